/**
 * A site with 3,000 categories and 10,000 tags: the composer never lists a whole taxonomy.
 */
import { test, expect, type RequestUtils } from '../utils/test';
import type { Request } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';
import { setMoreOptionsOpen } from '../utils/fixtures';

const CATEGORY_PREFIX = 'qp-scale-cat';
const TAG_PREFIX = 'qp-scale-tag';

function seed(
	requestUtils: RequestUtils,
	method: 'POST' | 'DELETE',
	taxonomy: string,
	prefix: string,
	count = 0
) {
	return requestUtils.rest( {
		path: '/quick-post-test/v1/terms',
		method,
		data: { taxonomy, prefix, count },
	} );
}

/**
 * Term requests the composer sent, with their query parameters.
 * @param requests
 */
function termRequests( requests: Request[] ) {
	return requests
		.map( ( request ) => new URL( request.url() ) )
		.filter( ( url ) =>
			/\/wp\/v2\/(categories|tags)\b/.test(
				decodeURIComponent( url.pathname + url.search )
			)
		)
		.map( ( url ) => {
			const route = url.searchParams.get( 'rest_route' ) ?? url.pathname;
			return { route, params: Object.fromEntries( url.searchParams ) };
		} );
}

test.describe( 'On a site with 3,000 categories and 10,000 tags', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		test.setTimeout( 300_000 );
		await seed( requestUtils, 'DELETE', 'category', CATEGORY_PREFIX );
		await seed( requestUtils, 'DELETE', 'post_tag', TAG_PREFIX );
		await seed( requestUtils, 'POST', 'category', CATEGORY_PREFIX, 3000 );
		await seed( requestUtils, 'POST', 'post_tag', TAG_PREFIX, 10000 );
		const [ categories, tags ] = await Promise.all( [
			requestUtils.request.head(
				`${ requestUtils.storageState?.rootURL }wp/v2/categories?per_page=1`
			),
			requestUtils.request.head(
				`${ requestUtils.storageState?.rootURL }wp/v2/tags?per_page=1`
			),
		] );
		expect(
			Number( categories.headers()[ 'x-wp-total' ] )
		).toBeGreaterThanOrEqual( 3000 );
		expect(
			Number( tags.headers()[ 'x-wp-total' ] )
		).toBeGreaterThanOrEqual( 10000 );
		await setMoreOptionsOpen( requestUtils, true );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await seed( requestUtils, 'DELETE', 'category', CATEGORY_PREFIX );
		await seed( requestUtils, 'DELETE', 'post_tag', TAG_PREFIX );
		await setMoreOptionsOpen( requestUtils, false );
	} );

	for ( const where of [ 'page', 'widget' ] as const ) {
		test( `opening the ${ where } composer asks for no whole taxonomy, and search still finds terms`, async ( {
			page,
		} ) => {
			const requests: Request[] = [];
			page.on( 'request', ( request ) => requests.push( request ) );

			const composer = await ComposerUi.open( page, where );
			const categories = composer.root.getByRole( 'group', {
				name: 'Categories',
			} );
			await expect(
				categories.getByRole( 'checkbox', { name: 'Uncategorized' } )
			).toBeChecked();

			await categories
				.getByRole( 'searchbox', { name: 'Search Categories' } )
				.fill( `${ CATEGORY_PREFIX } 2999` );
			await expect(
				categories.getByRole( 'checkbox', {
					name: `${ CATEGORY_PREFIX } 2999`,
				} )
			).toBeVisible();

			const tags = composer.root.getByRole( 'combobox', {
				name: 'Tags',
			} );
			await tags.fill( `${ TAG_PREFIX } 9999` );
			await expect(
				composer.root.getByRole( 'option', {
					name: `${ TAG_PREFIX } 9999`,
				} )
			).toBeVisible();

			const sent = termRequests( requests );
			expect( sent.length ).toBeGreaterThan( 0 );
			for ( const { params } of sent ) {
				expect( Number( params.per_page ) ).toBeLessThanOrEqual( 10 );
				expect( params.page ?? '1' ).toBe( '1' );
				expect( params._fields ).toBe( 'id,name,parent' );
			}
			// Before typing, at most one request per taxonomy (the most used categories); tags wait for input.
			const unfiltered = sent.filter(
				( { params } ) => ! params.search && ! params.include
			);
			expect( unfiltered.length ).toBeLessThanOrEqual( 1 );
		} );
	}
} );
