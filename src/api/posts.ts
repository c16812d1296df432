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

export interface SaveOptions {
	/**
	 * Sent with a create as the `Idempotency-Key` header: the plugin's server side makes every
	 * request with the same key from the same user land on the same post.
	 */
	idempotencyKey?: string;
	/** Milliseconds to wait before giving up with a retryable `timeout` error. */
	timeout?: number;
	/** Extra fields to read back, e.g. the taxonomies' REST bases. */
	fields?: string[];
}

/**
 * Creates a post, or updates it when `id` is given.
 *
 * @param type    The post type's REST route.
 * @param id      The post to update, or null to create one.
 * @param post    The fields to save.
 * @param options Idempotency key, timeout and extra fields.
 */
export function savePost(
	type: PostTypeRoute,
	id: number | null,
	post: PostRequest,
	options: SaveOptions = {}
): Promise< SavedPost > {
	const path = id
		? `${ collectionPath( type ) }/${ id }`
		: collectionPath( type );
	const controller = new AbortController();
	let timedOut = false;
	const timer = options.timeout
		? setTimeout( () => {
				timedOut = true;
				controller.abort();
			}, options.timeout )
		: undefined;
	return withComposerErrors( async () => {
		try {
			return await apiFetch< SavedPost >( {
				path: addQueryArgs( path, {
					_fields: [
						'id',
						'link',
						'status',
						'date',
						'modified',
						'title',
						'type',
						'slug',
						...( options.fields ?? [] ),
					].join( ',' ),
				} ),
				method: 'POST',
				data: post,
				headers:
					! id && options.idempotencyKey
						? { 'Idempotency-Key': options.idempotencyKey }
						: undefined,
				signal: controller.signal,
			} );
		} catch ( error ) {
			throw timedOut ? { code: 'timeout' } : error;
		} finally {
			clearTimeout( timer );
		}
	} );
}

/** How many of the user's drafts the composer lists. */
export const RECENT_DRAFTS_LIMIT = 5;

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
		per_page: RECENT_DRAFTS_LIMIT,
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
 * A post with everything the composer shows but its terms' names (author and image embedded;
 * embedded terms stop at 10 per taxonomy, so names are fetched by ID instead).
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
				_embed: 'author,wp:featuredmedia',
			} ),
		} )
	);
}
