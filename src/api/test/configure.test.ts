/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { configureApiFetch } from '../configure';

describe( 'configureApiFetch', () => {
	afterEach( () => {
		delete apiFetch.nonceMiddleware;
		jest.restoreAllMocks();
	} );

	it( 'should hand the nonce to the middleware core registered, not add a second one', () => {
		apiFetch.nonceMiddleware =
			apiFetch.createNonceMiddleware( 'core-nonce' );
		const use = jest.spyOn( apiFetch, 'use' );

		configureApiFetch( {
			root: 'http://example.test/wp-json/',
			nonce: 'fresh-nonce',
		} );

		expect( apiFetch.nonceMiddleware.nonce ).toBe( 'fresh-nonce' );
		expect( use ).not.toHaveBeenCalled();
	} );

	it( 'should register the nonce and root URL when core has not', async () => {
		const use = jest.spyOn( apiFetch, 'use' );

		configureApiFetch( {
			root: 'http://example.test/wp-json/',
			nonce: 'only-nonce',
		} );

		expect( apiFetch.nonceMiddleware?.nonce ).toBe( 'only-nonce' );
		expect( use ).toHaveBeenCalledTimes( 2 );
		const seen: Array< Record< string, unknown > > = [];
		apiFetch.setFetchHandler( async ( options ) => {
			seen.push( options as Record< string, unknown > );
			return {};
		} );
		await apiFetch( { path: '/wp/v2/posts', method: 'POST', data: {} } );
		expect( seen[ 0 ] ).toMatchObject( {
			url: expect.stringMatching(
				/^http:\/\/example\.test\/wp-json\/wp\/v2\/posts\b/
			),
			headers: { 'X-WP-Nonce': 'only-nonce' },
		} );
	} );
} );
