/**
 * Internal dependencies
 */
import { toRestError } from '../../../api/rest-error';
import { COMPOSER_FIELDS } from '../../fields';
import { toSaveFailure } from '../field-errors';
import { makePostType } from '../../../test-utils/settings';

const type = makePostType();
const failure = ( thrown: unknown ) =>
	toSaveFailure( COMPOSER_FIELDS, toRestError( thrown ), type );

describe( 'toSaveFailure', () => {
	it( 'should name the field the server rejected, in words a writer understands', () => {
		expect(
			failure( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): date',
				data: { status: 400, params: { date: 'Invalid date.' } },
			} )
		).toEqual( {
			code: 'rest_invalid_param',
			message: 'This date could not be used. Pick a date and time again.',
			status: 400,
			param: 'date',
			field: 'date',
		} );
	} );

	it( 'should use the server’s words for a field it has none of its own for', () => {
		expect(
			failure( {
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
			failure( {
				code: 'rest_cannot_assign_sticky',
				message: 'Sorry, you are not allowed to make posts sticky.',
				data: { status: 403 },
			} )
		).toMatchObject( {
			field: 'visibility',
			message: 'You cannot make posts sticky.',
		} );
	} );

	it( 'should find each field by the request parameters and codes it sends', () => {
		const cases: Array< [ unknown, string, RegExp ] > = [
			[
				{ code: 'rest_invalid_param', data: { params: { slug: 'x' } } },
				'slug',
				/This slug cannot be used/,
			],
			[
				{
					code: 'rest_invalid_param',
					data: { params: { password: 'x' } },
				},
				'visibility',
				/This password cannot be used/,
			],
			[
				{ code: 'rest_invalid_author' },
				'author',
				/cannot make this person the author/,
			],
			[
				{ code: 'rest_cannot_edit_others' },
				'author',
				/cannot make this person/,
			],
			[
				{ code: 'rest_invalid_featured_media' },
				'featuredImage',
				/no longer in the media library/,
			],
			[
				{
					code: 'rest_invalid_param',
					data: { params: { tags: 'Invalid' } },
				},
				'terms',
				/Invalid/,
			],
			[
				{ code: 'term_exists', message: 'Exists', param: 'categories' },
				'terms',
				/Exists/,
			],
			[
				{
					code: 'rest_invalid_param',
					data: { params: { ping_status: 'No' } },
				},
				'discussion',
				/No/,
			],
		];
		for ( const [ thrown, field, message ] of cases ) {
			const result = failure( thrown );
			expect( result.field ).toBe( field );
			expect( result.message ).toMatch( message );
		}
	} );

	it( 'should leave errors that no field owns where they are', () => {
		const result = failure( { code: 'fetch_error' } );
		expect( result.field ).toBeUndefined();
		expect( result.message ).toMatch( /could not reach your site/i );
		expect(
			failure( {
				code: 'rest_invalid_param',
				data: { params: { status: 'Invalid status.' } },
			} ).field
		).toBeUndefined();
	} );

	it( 'should keep its own words for a check before sending', () => {
		expect(
			toSaveFailure(
				COMPOSER_FIELDS,
				{
					code: 'empty_password',
					message: 'Enter a password, or choose another visibility.',
					param: 'password',
				},
				type
			)
		).toMatchObject( {
			field: 'visibility',
			message: 'Enter a password, or choose another visibility.',
		} );
	} );
} );
