/**
 * Points WordPress's own api-fetch at this site with the nonce PHP gave the composer.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { QuickPostSettings } from '../types';

/**
 * In wp-admin, core has already registered a root URL and a nonce middleware (with nonce refresh);
 * reuse them instead of stacking a second nonce middleware on top.
 *
 * @param settings       Settings from PHP.
 * @param settings.root
 * @param settings.nonce
 */
export function configureApiFetch( {
	root,
	nonce,
}: Pick< QuickPostSettings, 'root' | 'nonce' > ): void {
	if ( apiFetch.nonceMiddleware ) {
		apiFetch.nonceMiddleware.nonce = nonce;
		return;
	}
	apiFetch.nonceMiddleware = apiFetch.createNonceMiddleware( nonce );
	apiFetch.use( apiFetch.nonceMiddleware );
	apiFetch.use( apiFetch.createRootURLMiddleware( root ) );
}
