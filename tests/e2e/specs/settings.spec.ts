/**
 * What PHP hands the bundle: the values the TypeScript types promise, with their JSON types.
 */
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';

test.describe( 'The settings PHP prints for the composer', () => {
	test( 'keep numbers as numbers and booleans as booleans', async ( {
		page,
	} ) => {
		await ComposerUi.open( page, 'page' );
		const settings = await page.evaluate(
			() =>
				(
					window as unknown as {
						quickPostSettings: Record< string, any >;
					}
				 ).quickPostSettings
		);

		// wp_localize_script() prints top-level scalars as strings: only strings live there.
		for ( const key of [ 'root', 'nonce', 'adminUrl', 'loginUrl' ] ) {
			expect( typeof settings[ key ], key ).toBe( 'string' );
		}
		expect( settings.limits ).toEqual( {
			timeout: expect.any( Number ),
			maxUpload: expect.any( Number ),
		} );
		expect( settings.limits.timeout ).toBeGreaterThanOrEqual( 1000 );
		expect( settings.limits.maxUpload ).toBeGreaterThan( 0 );
		expect( typeof settings.user.id ).toBe( 'number' );
		expect( typeof settings.preferences.moreOptionsOpen ).toBe( 'boolean' );
		expect( typeof settings.postTypes[ 0 ].can.publish ).toBe( 'boolean' );
		expect( typeof settings.queries.recentDrafts.per_page ).toBe(
			'number'
		);
		expect( settings.postTypes[ 0 ].route ).toBe( '/wp/v2/posts' );
	} );
} );
