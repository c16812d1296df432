/**
 * Internal dependencies
 */
import { mapWithLimit } from '../map-with-limit';

describe( 'mapWithLimit', () => {
	it( 'should keep the order and never run more than the limit at once', async () => {
		let running = 0;
		let most = 0;
		const results = await mapWithLimit(
			[ 5, 1, 4, 2, 3, 0 ],
			2,
			async ( delay ) => {
				running++;
				most = Math.max( most, running );
				await new Promise( ( resolve ) =>
					setTimeout( resolve, delay )
				);
				running--;
				return delay * 10;
			}
		);
		expect( results ).toEqual( [ 50, 10, 40, 20, 30, 0 ] );
		expect( most ).toBe( 2 );
	} );

	it( 'should handle nothing to do', async () => {
		expect( await mapWithLimit( [], 4, async () => 1 ) ).toEqual( [] );
	} );
} );
