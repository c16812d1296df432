/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Internal dependencies
 */
import { readSettings } from '../settings';

/**
 * What WordPress 7.1 printed for the admin on the Quick Post page of the e2e site
 * (`wp_localize_script()` output, copied from the page source).
 */
const printed = fs.readFileSync(
	path.join( __dirname, 'fixtures', 'quick-post-js-extra.html' ),
	'utf8'
);
const raw = JSON.parse(
	/var quickPostSettings = (\{.*\});/s.exec( printed )?.[ 1 ] ?? 'null'
) as Record< string, unknown >;

describe( 'readSettings', () => {
	it( 'should hand the composer what WordPress printed, with numbers and booleans intact', () => {
		const settings = readSettings( raw );
		expect( settings ).not.toBeNull();
		expect( settings?.root ).toBe( 'http://localhost:8889/wp-json/' );
		expect( settings?.limits ).toEqual( {
			timeout: 30000,
			maxUpload: 2097152000,
		} );
		expect( settings?.user ).toEqual( {
			id: 1,
			name: 'admin',
			login: 'admin',
			appPasswords: true,
		} );
		expect( settings?.preferences.moreOptionsOpen ).toBe( false );
		expect( settings?.queries.recentDrafts.per_page ).toBe( 5 );
		expect( settings?.postTypes.map( ( type ) => type.route ) ).toEqual( [
			'/wp/v2/posts',
			'/wp/v2/pages',
			'/wp/v2/qp-books',
			'/quick-post-test/v1/recipes',
		] );
		expect( settings?.postTypes[ 1 ]?.labels.itemPublished ).toBe(
			'Page published.'
		);
		expect( Object.keys( settings?.preload ?? {} ) ).toHaveLength( 3 );
	} );

	it( 'should turn numbers and flags that arrive as strings into numbers and booleans', () => {
		// As wp_localize_script() prints top-level scalars, or a filter returns them.
		const settings = readSettings( {
			...raw,
			limits: { timeout: '45000', maxUpload: '1048576' },
			user: { id: '3', name: 'Ada' },
			preferences: { moreOptionsOpen: '1' },
		} );
		expect( settings?.limits ).toEqual( {
			timeout: 45000,
			maxUpload: 1048576,
		} );
		expect( settings?.user.id ).toBe( 3 );
		expect( settings?.preferences.moreOptionsOpen ).toBe( true );
		expect(
			readSettings( { ...raw, preferences: { moreOptionsOpen: '' } } )
				?.preferences.moreOptionsOpen
		).toBe( false );
	} );

	it( 'should fall back to safe limits, and to nothing without post types', () => {
		expect(
			readSettings( { ...raw, limits: { timeout: 'soon' } } )?.limits
		).toEqual( { timeout: 30000, maxUpload: 0 } );
		expect( readSettings( { ...raw, postTypes: undefined } ) ).toBeNull();
		expect( readSettings( undefined ) ).toBeNull();
		expect( readSettings( 'quickPostSettings' ) ).toBeNull();
	} );
} );
