/**
 * Posts through the core REST API: save, load for editing, list the user's recent drafts.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { withComposerErrors } from './errors';
import type {
	DraftSummary,
	EditablePost,
	PostRequest,
	PostTypeSettings,
	SavedPost,
} from '../types';

type PostTypeRoute = Pick< PostTypeSettings, 'restNamespace' | 'restBase' >;

function collectionPath( type: PostTypeRoute ): string {
	return `/${ type.restNamespace }/${ type.restBase }`;
}

/**
 * Creates a post, or updates it when `id` is given.
 *
 * @param type The post type's REST route.
 * @param id   The post to update, or null to create one.
 * @param post The fields to save.
 */
export function savePost(
	type: PostTypeRoute,
	id: number | null,
	post: PostRequest
): Promise< SavedPost > {
	const path = id
		? `${ collectionPath( type ) }/${ id }`
		: collectionPath( type );
	return withComposerErrors( () =>
		apiFetch< SavedPost >( {
			path: addQueryArgs( path, {
				_fields: 'id,link,status,date,title',
			} ),
			method: 'POST',
			data: post,
		} )
	);
}

/**
 * The path of the user's latest drafts; PHP preloads the same path for the first post type.
 *
 * @param type   The post type's REST route.
 * @param userId The current user.
 */
export function recentDraftsPath(
	type: PostTypeRoute,
	userId: number
): string {
	return addQueryArgs( collectionPath( type ), {
		_fields: 'id,title,modified,link',
		author: userId,
		context: 'edit',
		orderby: 'modified',
		per_page: 5,
		status: 'draft',
	} );
}

export function getRecentDrafts(
	type: PostTypeRoute,
	userId: number
): Promise< DraftSummary[] > {
	return withComposerErrors( () =>
		apiFetch< DraftSummary[] >( { path: recentDraftsPath( type, userId ) } )
	);
}

/**
 * A post with everything the composer shows, in one request (terms, author and image embedded).
 *
 * @param type The post type's REST route.
 * @param id   The post.
 */
export function getPostForEditing(
	type: PostTypeRoute,
	id: number
): Promise< EditablePost > {
	return withComposerErrors( () =>
		apiFetch< EditablePost >( {
			path: addQueryArgs( `${ collectionPath( type ) }/${ id }`, {
				context: 'edit',
				_embed: 'author,wp:term,wp:featuredmedia',
			} ),
		} )
	);
}
