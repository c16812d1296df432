/**
 * Internal dependencies
 */
import { createTerms } from '../terms';
import { mockServer } from '../../test-utils/server';
import { tags } from '../../test-utils/settings';

describe( 'createTerms', () => {
	it( 'should create many terms in batches of 25 and reuse the ones that exist', async () => {
		const names = Array.from(
			{ length: 30 },
			( _, index ) => `t${ index }`
		);
		const requests = mockServer( ( request ) => {
			const { requests: batch } = request.data as {
				requests: Array< { body: { name: string } } >;
			};
			return {
				responses: batch.map( ( { body } ) =>
					body.name === 't3'
						? {
								status: 400,
								body: {
									code: 'term_exists',
									message:
										'A term with the name provided already exists.',
									data: { status: 400, term_id: 99 },
								},
							}
						: {
								status: 201,
								body: {
									id: Number( body.name.slice( 1 ) ) + 1,
									name: body.name,
									parent: 0,
								},
							}
				),
			};
		} );

		const terms = await createTerms( tags, names );

		expect(
			requests.map( ( request ) => request.path.split( '?' )[ 0 ] )
		).toEqual( [ '/batch/v1', '/batch/v1' ] );
		expect( terms.map( ( term ) => term.id ) ).toEqual(
			names.map( ( name ) =>
				name === 't3' ? 99 : Number( name.slice( 1 ) ) + 1
			)
		);
	} );

	it( 'should refuse names longer than the database holds before asking the server', async () => {
		const requests = mockServer( () => ( {} ) );
		await expect(
			createTerms( tags, [ 'fine', 'x'.repeat( 201 ) ] )
		).rejects.toMatchObject( { code: 'term_name_too_long' } );
		expect( requests ).toHaveLength( 0 );
	} );
} );
