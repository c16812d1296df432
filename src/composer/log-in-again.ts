/**
 * Lets a logged-out writer log in again without leaving the page (and the text in it).
 */

interface JQueryLike {
	( target: Document ): {
		trigger: ( event: string, args: unknown[] ) => void;
	};
}

/**
 * Opens core's login modal (`wp-auth-check`, loaded on admin screens for logged-in users): its
 * heartbeat handler shows the modal when told the session is gone. Where it is missing or the
 * writer closed it a moment ago (it then stays shut for five minutes), the login page opens in a
 * new tab instead.
 *
 * @param loginUrl The site's login URL.
 */
export function logInAgain( loginUrl: string ): void {
	const jQuery = ( window as unknown as { jQuery?: JQueryLike } ).jQuery;
	const modal = document.getElementById( 'wp-auth-check-wrap' );
	if ( jQuery && modal ) {
		jQuery( document ).trigger( 'heartbeat-tick', [
			{ 'wp-auth-check': false },
		] );
		if ( ! modal.classList.contains( 'hidden' ) ) {
			return;
		}
	}
	window.open( loginUrl, '_blank', 'noopener' );
}
