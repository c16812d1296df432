/**
 * A fresh idempotency key for one submit (a random UUID).
 */
export function newSubmitKey(): string {
	if ( typeof crypto.randomUUID === 'function' ) {
		return crypto.randomUUID();
	}
	// randomUUID needs a secure context; wp-admin over plain http on a LAN address is not one.
	const bytes = crypto.getRandomValues( new Uint8Array( 16 ) );
	return Array.from( bytes, ( byte ) =>
		byte.toString( 16 ).padStart( 2, '0' )
	).join( '' );
}
