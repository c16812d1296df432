/**
 * Users through the core REST API: author search and the current user's composer preferences.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { withRestErrors } from './rest-error';
import type { Author } from '../types';

/**
 * Users who can be a post's author, matching what was typed (one small page, never the whole list).
 *
 * @param search What the user typed.
 * @param signal Aborts a search the user has typed past.
 */
export function searchAuthors(
	search: string,
	signal?: AbortSignal
): Promise< Author[] > {
	return withRestErrors( () =>
		apiFetch< Author[] >( {
			path: addQueryArgs( '/wp/v2/users', {
				who: 'authors',
				search,
				per_page: 10,
				_fields: 'id,name',
			} ),
			signal,
		} )
	);
}

/**
 * Remembers whether the user keeps "More options" open.
 *
 * @param open Whether it is open.
 */
export function saveMoreOptionsPreference( open: boolean ): Promise< unknown > {
	return withRestErrors( () =>
		apiFetch( {
			path: addQueryArgs( '/wp/v2/users/me', { _fields: 'id' } ),
			method: 'POST',
			data: { meta: { quick_post_more_options_open: open } },
		} )
	);
}
