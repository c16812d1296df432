/**
 * Helpers for the bad-input spec: which REST routes a page calls, a valid PNG of any size, and
 * clean-up of many terms at once.
 */
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * The REST route a request goes to, whether the site uses `/wp-json/…` or `?rest_route=…`.
 * @param url A request URL.
 * @return The route (e.g. `/wp/v2/posts/12`), or null for anything that is not a REST request.
 */
export function restRoute( url: string ): string | null {
	const parsed = new URL( url );
	const fromQuery = parsed.searchParams.get( 'rest_route' );
	if ( fromQuery !== null ) {
		return fromQuery;
	}
	const match = /\/wp-json(\/.*)$/.exec(
		decodeURIComponent( parsed.pathname )
	);
	return match?.[ 1 ] ?? null;
}

/**
 * Records every request of `method` the page sends to one of `routes` (or below it).
 * @param page   The page.
 * @param routes REST routes such as `/wp/v2/posts`.
 * @param method HTTP method, POST unless told.
 * @return A list that fills up as requests go out.
 */
export function trackRest(
	page: Page,
	routes: string[],
	method = 'POST'
): Request[] {
	const seen: Request[] = [];
	page.on( 'request', ( request ) => {
		const route = restRoute( request.url() );
		if (
			request.method() === method &&
			route !== null &&
			routes.some(
				( wanted ) =>
					route === wanted || route.startsWith( `${ wanted }/` )
			)
		) {
			seen.push( request );
		}
	} );
	return seen;
}

function chunk( type: string, data: Buffer ): Buffer {
	const length = Buffer.alloc( 4 );
	length.writeUInt32BE( data.length );
	const body = Buffer.concat( [ Buffer.from( type, 'latin1' ), data ] );
	const crc = Buffer.alloc( 4 );
	crc.writeUInt32BE( crc32( body ) );
	return Buffer.concat( [ length, body, crc ] );
}

/**
 * A valid RGB PNG of random pixels (noise does not compress, so the file is about
 * 3 × width × height bytes).
 * @param width  Pixels.
 * @param height Pixels.
 */
export function noisePng( width: number, height: number ): Buffer {
	const header = Buffer.alloc( 13 );
	header.writeUInt32BE( width, 0 );
	header.writeUInt32BE( height, 4 );
	header[ 8 ] = 8; // Bit depth.
	header[ 9 ] = 2; // Colour type: RGB.
	const rowLength = 1 + width * 3;
	const rows = randomBytes( height * rowLength );
	for ( let row = 0; row < height; row++ ) {
		rows[ row * rowLength ] = 0; // Filter: none.
	}
	return Buffer.concat( [
		Buffer.from( [ 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a ] ),
		chunk( 'IHDR', header ),
		chunk( 'IDAT', deflateSync( rows ) ),
		chunk( 'IEND', Buffer.alloc( 0 ) ),
	] );
}

/**
 * Force-deletes every term of a taxonomy whose name contains `search`, 25 per batch request.
 * @param requestUtils An administrator's request utils.
 * @param restBase     The taxonomy's REST base, e.g. `tags`.
 * @param search       Text every one of the names contains (a per-run stamp).
 * @return How many terms were deleted.
 */
export async function deleteTermsMatching(
	requestUtils: RequestUtils,
	restBase: string,
	search: string
): Promise< number > {
	let deleted = 0;
	for (;;) {
		const terms: Array< { id: number } > = await requestUtils.rest( {
			path: `/wp/v2/${ restBase }`,
			params: { search, per_page: 100, _fields: 'id', hide_empty: false },
		} );
		if ( terms.length === 0 ) {
			return deleted;
		}
		// Core's batch endpoint takes at most 25 requests at a time.
		for ( let start = 0; start < terms.length; start += 25 ) {
			await requestUtils.batchRest(
				terms.slice( start, start + 25 ).map( ( term ) => ( {
					method: 'DELETE',
					path: `/wp/v2/${ restBase }/${ term.id }?force=true`,
				} ) )
			);
		}
		deleted += terms.length;
	}
}
