/**
 * Creates posts through the core REST API; the only module that talks to the server.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { toComposerError } from './errors';
import type { PostRequest, SavedPost } from '../types';

/**
 * @param restBase The post type's REST base, e.g. `posts`.
 * @param post     Title, block markup content and status.
 * @return The saved post; rejects with a `ComposerError`.
 */
export async function createPost(
	restBase: string,
	post: PostRequest
): Promise< SavedPost > {
	try {
		return await apiFetch< SavedPost >( {
			path: `/wp/v2/${ restBase }?_fields=id,link,status,title`,
			method: 'POST',
			data: post,
		} );
	} catch ( error ) {
		throw toComposerError( error );
	}
}
