/**
 * Points WordPress's own api-fetch at this site with the nonce and preloaded data PHP gave the composer.
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
 * @param settings Settings from PHP.
 */
export function configureApiFetch(
	settings: Pick< QuickPostSettings, 'root' | 'nonce' > &
		Partial< Pick< QuickPostSettings, 'preload' > >
): void {
	if ( settings.preload && Object.keys( settings.preload ).length > 0 ) {
		apiFetch.use( apiFetch.createPreloadingMiddleware( settings.preload ) );
	}
	if ( apiFetch.nonceMiddleware ) {
		apiFetch.nonceMiddleware.nonce = settings.nonce;
		return;
	}
	apiFetch.nonceMiddleware = apiFetch.createNonceMiddleware( settings.nonce );
	apiFetch.use( apiFetch.nonceMiddleware );
	apiFetch.use( apiFetch.createRootURLMiddleware( settings.root ) );
}

/**
 * The nonce api-fetch currently sends (core refreshes it when it expires).
 *
 * @param fallback The nonce PHP printed, for when no middleware holds one.
 */
export function currentNonce( fallback: string ): string {
	return apiFetch.nonceMiddleware?.nonce ?? fallback;
}

/**
 * Asks core for a fresh REST nonce, as api-fetch does by itself when one expires, for the one
 * request that does not go through api-fetch (the upload with progress).
 *
 * @return The new nonce, or null when there is none to have (logged out, or no endpoint).
 */
export async function refreshNonce(): Promise< string | null > {
	if ( ! apiFetch.nonceEndpoint || ! apiFetch.nonceMiddleware ) {
		return null;
	}
	try {
		const response = await window.fetch( apiFetch.nonceEndpoint, {
			credentials: 'same-origin',
		} );
		const nonce = ( await response.text() ).trim();
		if ( ! response.ok || ! /^[a-f0-9]{10}$/.test( nonce ) ) {
			return null;
		}
		apiFetch.nonceMiddleware.nonce = nonce;
		return nonce;
	} catch {
		return null;
	}
}
