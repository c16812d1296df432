/**
 * Internal dependencies
 */
import { toRestError } from '../rest-error';

describe( 'toRestError', () => {
	it( 'should keep the message and status of a REST error', () => {
		expect(
			toRestError( {
				code: 'rest_cannot_create',
				message:
					'Sorry, you are not allowed to create posts as this user.',
				data: { status: 403 },
			} )
		).toEqual( {
			code: 'rest_cannot_create',
			message: 'Sorry, you are not allowed to create posts as this user.',
			status: 403,
		} );
	} );

	it( 'should explain a network failure in plain words', () => {
		const error = toRestError( {
			code: 'fetch_error',
			message: 'You are probably offline.',
		} );
		expect( error.code ).toBe( 'fetch_error' );
		expect( error.message ).toMatch( /could not reach your site/i );
	} );

	it( 'should say the writer is logged out when even a fresh nonce failed', () => {
		// api-fetch only passes this error on when its own nonce refresh failed too.
		const error = toRestError( {
			code: 'rest_cookie_invalid_nonce',
			message: 'Cookie check failed',
			data: { status: 403 },
		} );
		expect( error.message ).toMatch( /logged out/i );
		expect( error.loggedOut ).toBe( true );
		expect( error.retryable ).toBe( true );
	} );

	it( 'should offer a retry for network trouble, timeouts and server errors, not for refusals', () => {
		for ( const thrown of [
			{ code: 'fetch_error' },
			{ code: 'timeout' },
			{ code: 'invalid_json' },
			{
				code: 'internal_server_error',
				message: 'There has been a critical error on this website.',
				data: { status: 500 },
			},
		] ) {
			expect( toRestError( thrown ).retryable ).toBe( true );
		}
		const refused = toRestError( {
			code: 'rest_cannot_publish',
			message:
				'Sorry, you are not allowed to publish posts in this post type.',
			data: { status: 403 },
		} );
		expect( refused.retryable ).toBeUndefined();
		expect( refused.loggedOut ).toBeUndefined();
		expect( refused.message ).toBe(
			'Sorry, you are not allowed to publish posts in this post type.'
		);
	} );

	it( 'should say which server error happened, in words', () => {
		expect(
			toRestError( {
				code: 'internal_server_error',
				message: 'There has been a critical error on this website.',
				data: { status: 500 },
			} ).message
		).toMatch( /problem \(error 500\).*still here/ );
	} );

	it( 'should fall back to a generic message for anything unexpected', () => {
		for ( const thrown of [
			undefined,
			null,
			'boom',
			new Error( '' ),
			{ code: 42 },
		] ) {
			const error = toRestError( thrown );
			expect( error.code ).toBe( 'unknown_error' );
			expect( error.message ).toMatch( /not saved/i );
		}
	} );
} );

describe( 'toRestError for server trouble', () => {
	it( "should show a 5xx answer's own message as plain text, with the guidance and a retry", () => {
		const error = toRestError( {
			code: 'internal_server_error',
			message:
				'<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>',
			data: { status: 500 },
			additional_errors: [],
		} );
		expect( error.message ).toBe(
			'There has been a critical error on this website. Learn more about troubleshooting WordPress. ' +
				'Your site had a problem (error 500) and may not have saved the post. Your text is still here; retry (it will not post twice).'
		);
		expect( error.retryable ).toBe( true );
		expect( error.status ).toBe( 500 );
	} );

	it( "should decode a plugin's entities and keep its words, for 502 and 503 too", () => {
		for ( const status of [ 502, 503 ] ) {
			const error = toRestError( {
				code: 'my_plugin_maintenance',
				message:
					'The shop&#8217;s <strong>down</strong> for a minute &amp; back soon.',
				data: { status },
			} );
			expect( error.message ).toContain(
				`The shop’s down for a minute & back soon. Your site had a problem (error ${ status })`
			);
		}
	} );

	it( 'should keep today’s wording for a 5xx without a message, and for one that is not JSON', () => {
		expect(
			toRestError( { code: 'x', data: { status: 503 } } ).message
		).toBe(
			'Your site had a problem (error 503) and may not have saved the post. Your text is still here; retry (it will not post twice).'
		);
		// api-fetch reports an answer it cannot parse (an HTML error page) as invalid_json.
		expect(
			toRestError( {
				code: 'invalid_json',
				message: 'The response is not a valid JSON response.',
			} ).message
		).toMatch( /^Your site sent back something unexpected/ );
	} );

	it( 'should cut an enormous server message short', () => {
		const error = toRestError( {
			code: 'x',
			message: `<div>${ 'word '.repeat( 500 ) }</div>`,
			data: { status: 500 },
		} );
		expect( error.message.indexOf( '…' ) ).toBeLessThanOrEqual( 300 );
	} );
} );

describe( 'toRestError with invalid parameters', () => {
	it( 'should name the parameter the server rejected, with its words', () => {
		expect(
			toRestError( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): excerpt',
				data: {
					status: 400,
					params: { excerpt: 'excerpt is not of type string.' },
				},
			} )
		).toEqual( {
			code: 'rest_invalid_param',
			message: 'excerpt is not of type string.',
			status: 400,
			param: 'excerpt',
		} );
	} );

	it( 'should put a refused status in words, as no field stands for it', () => {
		expect(
			toRestError( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): status',
				data: { status: 400, params: { status: 'Invalid status.' } },
			} ).message
		).toBe(
			'You cannot save the post this way. Try saving it as a draft.'
		);
	} );
} );

describe( 'toRestError for a bare Response', () => {
	it( "should say the writer is logged out when WordPress 6.8's nonce refresh was refused", () => {
		// What fetch() resolved with: the nonce endpoint's 400, which api-fetch 6.8 throws.
		const error = toRestError( {
			url: 'http://example.test/wp-admin/admin-ajax.php?action=rest-nonce',
			status: 400,
			ok: false,
		} );
		expect( error.loggedOut ).toBe( true );
		expect( error.message ).toMatch( /logged out/i );
	} );

	it( 'should treat any other Response by its status', () => {
		expect(
			toRestError( {
				url: 'http://example.test/wp-json/wp/v2/posts',
				status: 502,
				ok: false,
			} )
		).toMatchObject( { status: 502, retryable: true } );
	} );
} );
