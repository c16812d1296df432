/**
 * Internal dependencies
 */
import { fromBlockMarkup } from '../from-block-markup';
import { toBlockMarkup } from '../to-block-markup';

describe( 'fromBlockMarkup', () => {
	it( 'should give back exactly the text that was saved', () => {
		for ( const text of [
			'',
			'One',
			'One\nline two\n\nSecond <b> & "quoted" 🎉',
			'if a < b && c > d',
			'שלום\n\nمرحبا',
		] ) {
			expect( fromBlockMarkup( toBlockMarkup( text ) ) ).toBe( text );
		}
	} );

	it( 'should refuse content it cannot edit without losing something', () => {
		expect(
			fromBlockMarkup(
				'<!-- wp:image {"id":1} -->\n<figure></figure>\n<!-- /wp:image -->'
			)
		).toBeNull();
		expect(
			fromBlockMarkup(
				'<!-- wp:paragraph -->\n<p>Some <strong>bold</strong></p>\n<!-- /wp:paragraph -->'
			)
		).toBeNull();
		expect( fromBlockMarkup( '<p>Classic HTML</p>' ) ).toBeNull();
		expect( fromBlockMarkup( 'Plain classic text' ) ).toBeNull();
	} );
} );
