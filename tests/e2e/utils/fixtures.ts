/**
 * Small files and REST shortcuts the specs share.
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/** A valid 1×1 PNG. */
export const PNG_1PX = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

export interface StoredPost {
	id: number;
	status: string;
	date: string;
	slug: string;
	title: { raw: string };
	content: { raw: string };
	excerpt: { raw: string };
	password: string;
	sticky: boolean;
	format: string;
	comment_status: string;
	ping_status: string;
	author: number;
	featured_media: number;
	categories: number[];
	tags: number[];
	[ key: string ]: unknown;
}

/**
 * A collection route: `/wp/v2/<restBase>`, or the route itself when one is given (a type or
 * taxonomy in a namespace of its own, e.g. `/quick-post-test/v1/recipes`).
 * @param restBase A REST base such as `posts`, or a full route.
 */
export function routeOf( restBase: string ): string {
	return restBase.startsWith( '/' ) ? restBase : `/wp/v2/${ restBase }`;
}

export function getStored(
	requestUtils: RequestUtils,
	restBase: string,
	id: number
): Promise< StoredPost > {
	return requestUtils.rest( {
		path: `${ routeOf( restBase ) }/${ id }`,
		params: { context: 'edit' },
	} );
}

export async function userId(
	requestUtils: RequestUtils,
	username: string
): Promise< number > {
	const [ user ] = await requestUtils.rest( {
		path: '/wp/v2/users',
		params: { search: username, context: 'edit' },
	} );
	return user.id;
}

export async function termId(
	requestUtils: RequestUtils,
	restBase: string,
	name: string
): Promise< number | undefined > {
	const terms: Array< { id: number; name: string } > =
		await requestUtils.rest( {
			path: routeOf( restBase ),
			params: { search: name, per_page: 10 },
		} );
	return terms.find( ( term ) => term.name === name )?.id;
}

/**
 * Sets a user's "More options" preference (the admin's, unless another user's requestUtils is given).
 * @param requestUtils
 * @param open
 */
export function setMoreOptionsOpen(
	requestUtils: RequestUtils,
	open: boolean
) {
	return requestUtils.rest( {
		path: '/wp/v2/users/me',
		method: 'POST',
		data: { meta: { quick_post_more_options_open: open } },
	} );
}

/**
 * Creates a term, or finds the one that already has that name (specs may run again after a retry).
 * @param requestUtils
 * @param restBase
 * @param name
 * @param parent
 */
export async function ensureTerm(
	requestUtils: RequestUtils,
	restBase: string,
	name: string,
	parent?: number
): Promise< number > {
	try {
		const term = await requestUtils.rest( {
			path: routeOf( restBase ),
			method: 'POST',
			data: parent ? { name, parent } : { name },
		} );
		return term.id;
	} catch ( error ) {
		const existing = ( error as { data?: { term_id?: number } } ).data
			?.term_id;
		if ( existing ) {
			return existing;
		}
		throw error;
	}
}

/**
 * Deletes terms a spec is about to create through the UI, in case an earlier try created them.
 * @param requestUtils
 * @param restBase
 * @param names
 */
export async function deleteTerms(
	requestUtils: RequestUtils,
	restBase: string,
	names: string[]
) {
	for ( const name of names ) {
		const id = await termId( requestUtils, restBase, name );
		if ( id ) {
			await requestUtils.rest( {
				path: `${ routeOf( restBase ) }/${ id }`,
				method: 'DELETE',
				params: { force: true },
			} );
		}
	}
}

/**
 * Every post (any status, any author) whose title is exactly `title`: how specs count duplicates.
 * @param requestUtils
 * @param title
 */
export async function postsTitled(
	requestUtils: RequestUtils,
	title: string
): Promise< StoredPost[] > {
	const posts: StoredPost[] = await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: {
			search: title,
			status: 'publish,future,draft,pending,private',
			context: 'edit',
			per_page: 100,
		},
	} );
	return posts.filter( ( post ) => post.title.raw === title );
}

/**
 * A browser cookie the test-helpers plugin reads (see quick-post-test-helpers.php).
 * @param baseURL
 * @param name
 * @param value
 */
export function testCookie( baseURL: string, name: string, value: string ) {
	return { name, value, url: baseURL };
}
