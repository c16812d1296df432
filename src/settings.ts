/**
 * Reads the settings PHP printed for the composer, with the types the rest of the bundle relies on.
 *
 * `wp_localize_script()` prints every top-level scalar as a string, so PHP nests numbers and
 * booleans (where JSON keeps their types); this is the one place that checks them, so a filter
 * returning `"30000"` or a plugin rewriting the data cannot turn arithmetic into string joins.
 */

/**
 * Internal dependencies
 */
import type { QuickPostSettings } from './types';

type Raw = Record< string, unknown >;

const isObject = ( value: unknown ): value is Raw =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

function text( value: unknown ): string {
	return typeof value === 'string' ? value : String( value ?? '' );
}

function whole( value: unknown, fallback: number ): number {
	const number = typeof value === 'number' ? value : Number( value );
	return Number.isFinite( number ) ? Math.trunc( number ) : fallback;
}

function flag( value: unknown ): boolean {
	// As PHP would print them: true, "1" and 1 are on; false, "", "0" and 0 are off.
	return value === true || value === 1 || value === '1' || value === 'true';
}

/**
 * @param raw What PHP printed (`window.quickPostSettings`).
 * @return The settings, or null when the page has none (e.g. a user who may not write posts).
 */
export function readSettings( raw: unknown ): QuickPostSettings | null {
	if ( ! isObject( raw ) || ! Array.isArray( raw.postTypes ) ) {
		return null;
	}
	const limits = isObject( raw.limits ) ? raw.limits : {};
	const user = isObject( raw.user ) ? raw.user : {};
	const preferences = isObject( raw.preferences ) ? raw.preferences : {};
	const queries = isObject( raw.queries ) ? raw.queries : {};
	const query = ( key: string ) =>
		( isObject( queries[ key ] ) ? queries[ key ] : {} ) as Record<
			string,
			string | number
		>;
	return {
		root: text( raw.root ),
		nonce: text( raw.nonce ),
		adminUrl: text( raw.adminUrl ),
		loginUrl: text( raw.loginUrl ),
		limits: {
			timeout: Math.max( 1000, whole( limits.timeout, 30000 ) ),
			maxUpload: Math.max( 0, whole( limits.maxUpload, 0 ) ),
		},
		user: {
			id: whole( user.id, 0 ),
			name: text( user.name ),
			login: text( user.login ),
			appPasswords: flag( user.appPasswords ),
		},
		postTypes: raw.postTypes as QuickPostSettings[ 'postTypes' ],
		preferences: { moreOptionsOpen: flag( preferences.moreOptionsOpen ) },
		queries: {
			recentDrafts: query( 'recentDrafts' ),
			termSearch: query( 'termSearch' ),
			mostUsedTerms: query( 'mostUsedTerms' ),
		},
		preload: isObject( raw.preload ) ? raw.preload : {},
	};
}

export function getSettings(): QuickPostSettings | null {
	return readSettings( window.quickPostSettings );
}
