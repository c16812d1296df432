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

	it( 'should say the session expired for an invalid nonce', () => {
		expect(
			toComposerError( {
				code: 'rest_cookie_invalid_nonce',
				message: 'Cookie check failed',
				data: { status: 403 },
			} ).message
		).toMatch( /session has expired/i );
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
	it( 'should name the field the server rejected and use its words', () => {
		expect(
			toComposerError( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): date',
				data: { status: 400, params: { date: 'Invalid date.' } },
			} )
		).toEqual( {
			code: 'rest_invalid_param',
			message: 'Invalid date.',
			status: 400,
			field: 'date',
		} );
	} );
} );
