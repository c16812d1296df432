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
import { withRestErrors } from './rest-error';
import type {
	DraftSummary,
	EditablePost,
	PostRequest,
	PostTypeSettings,
	QueryArgs,
	SavedPost,
} from '../types';

/** A post type's collection route, as PHP had core's route helper compute it. */
type PostTypeRoute = Pick< PostTypeSettings, 'route' >;

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
	const path = id ? `${ type.route }/${ id }` : type.route;
	const controller = new AbortController();
	let timedOut = false;
	const timer = options.timeout
		? setTimeout( () => {
				timedOut = true;
				controller.abort();
			}, options.timeout )
		: undefined;
	return withRestErrors( async () => {
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

/**
 * The path of the user's latest drafts, from the query PHP preloaded for the first post type (so
 * api-fetch answers it from the page).
 *
 * @param type  The post type's REST route.
 * @param query The recent-drafts query PHP passed.
 */
export function recentDraftsPath(
	type: PostTypeRoute,
	query: QueryArgs
): string {
	return addQueryArgs( type.route, query );
}

export function getRecentDrafts(
	type: PostTypeRoute,
	query: QueryArgs
): Promise< DraftSummary[] > {
	return withRestErrors( () =>
		apiFetch< DraftSummary[] >( { path: recentDraftsPath( type, query ) } )
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
	return withRestErrors( () =>
		apiFetch< EditablePost >( {
			path: addQueryArgs( `${ type.route }/${ id }`, {
				context: 'edit',
				_embed: 'author,wp:featuredmedia',
			} ),
		} )
	);
}
