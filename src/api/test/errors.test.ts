/**
 * Internal dependencies
 */
import { toComposerError } from '../errors';

describe( 'toComposerError', () => {
	it( 'should keep the message and status of a REST error', () => {
		expect(
			toComposerError( {
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
		const error = toComposerError( {
			code: 'fetch_error',
			message: 'You are probably offline.',
		} );
		expect( error.code ).toBe( 'fetch_error' );
		expect( error.message ).toMatch( /could not reach your site/i );
	} );

	it( 'should say the writer is logged out when even a fresh nonce failed', () => {
		// api-fetch only passes this error on when its own nonce refresh failed too.
		const error = toComposerError( {
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
			expect( toComposerError( thrown ).retryable ).toBe( true );
		}
		const refused = toComposerError( {
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
			toComposerError( {
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
			const error = toComposerError( thrown );
			expect( error.code ).toBe( 'unknown_error' );
			expect( error.message ).toMatch( /not saved/i );
		}
	} );
} );

describe( 'toComposerError with invalid parameters', () => {
	it( 'should name the field the server rejected, in words a writer understands', () => {
		expect(
			toComposerError( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): date',
				data: { status: 400, params: { date: 'Invalid date.' } },
			} )
		).toEqual( {
			code: 'rest_invalid_param',
			message: 'This date could not be used. Pick a date and time again.',
			status: 400,
			field: 'date',
		} );
	} );

	it( 'should use the server’s words for a field it has none of its own for', () => {
		expect(
			toComposerError( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): excerpt',
				data: {
					status: 400,
					params: { excerpt: 'excerpt is not of type string.' },
				},
			} )
		).toMatchObject( {
			message: 'excerpt is not of type string.',
			field: 'excerpt',
		} );
	} );

	it( 'should point refusals about a field at that field', () => {
		expect(
			toComposerError( {
				code: 'rest_cannot_assign_sticky',
				message: 'Sorry, you are not allowed to make posts sticky.',
				data: { status: 403 },
			} )
		).toMatchObject( {
			field: 'sticky',
			message: 'You cannot make posts sticky.',
		} );
	} );
} );
