/**
 * The current user's application passwords (core's `/wp/v2/users/me/application-passwords`), and
 * the plugin's connection test, which tries one the way a script would.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { withRestErrors } from './rest-error';

const ROUTE = '/wp/v2/users/me/application-passwords';

export interface AppPassword {
	uuid: string;
	name: string;
	created: string;
	last_used: string | null;
}

export interface CreatedAppPassword extends AppPassword {
	/** Shown once: the server keeps only its hash. */
	password: string;
}

export interface ConnectionResult {
	ok: boolean;
	cause:
		| 'ok'
		| 'wrong_password'
		| 'header_stripped'
		| 'unavailable'
		| 'cannot_create'
		| 'cannot_publish'
		| 'unreachable'
		| 'other';
	message: string;
}

export function listAppPasswords(): Promise< AppPassword[] > {
	return withRestErrors( () =>
		apiFetch< AppPassword[] >( {
			path: `${ ROUTE }?_fields=uuid,name,created,last_used`,
		} )
	);
}

/** @param name What the writer calls the app, e.g. "Phone shortcut". */
export function createAppPassword(
	name: string
): Promise< CreatedAppPassword > {
	return withRestErrors( () =>
		apiFetch< CreatedAppPassword >( {
			path: ROUTE,
			method: 'POST',
			data: { name },
		} )
	);
}

/** @param uuid The password to revoke. */
export function revokeAppPassword( uuid: string ): Promise< unknown > {
	return withRestErrors( () =>
		apiFetch( {
			path: `${ ROUTE }/${ encodeURIComponent( uuid ) }`,
			method: 'DELETE',
		} )
	);
}

/**
 * @param password An application password of the current user.
 * @param type     The post type's slug.
 * @param status   The status the post would be sent with.
 * @return Whether a script could post with it, and if not, why.
 */
export function testConnection(
	password: string,
	type: string,
	status: string
): Promise< ConnectionResult > {
	return withRestErrors( () =>
		apiFetch< ConnectionResult >( {
			path: '/quick-post/v1/connection-test',
			method: 'POST',
			data: { password, type, status },
		} )
	);
}
