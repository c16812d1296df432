/**
 * Internal dependencies
 */
import { toBlockMarkup } from '../to-block-markup';

const paragraph = ( html: string ) =>
	`<!-- wp:paragraph -->\n<p>${ html }</p>\n<!-- /wp:paragraph -->`;

describe( 'toBlockMarkup', () => {
	it( 'should return an empty string for empty or blank text', () => {
		expect( toBlockMarkup( '' ) ).toBe( '' );
		expect( toBlockMarkup( ' \n\t\n  ' ) ).toBe( '' );
	} );

	it( 'should make one paragraph block per paragraph', () => {
		expect( toBlockMarkup( 'One\n\nTwo' ) ).toBe(
			`${ paragraph( 'One' ) }\n\n${ paragraph( 'Two' ) }`
		);
	} );

	it( 'should treat several blank lines, or lines of spaces, as one break', () => {
		expect( toBlockMarkup( '\n\nOne\n\n\n\n  \t\nTwo\n\n' ) ).toBe(
			`${ paragraph( 'One' ) }\n\n${ paragraph( 'Two' ) }`
		);
	} );

	it( 'should keep single line breaks inside a paragraph', () => {
		expect( toBlockMarkup( 'Roses are red\nViolets are blue' ) ).toBe(
			paragraph( 'Roses are red<br>Violets are blue' )
		);
	} );

	it( 'should read Windows and old Mac line endings the same way', () => {
		const expected = `${ paragraph( 'a<br>b' ) }\n\n${ paragraph( 'c' ) }`;
		expect( toBlockMarkup( 'a\r\nb\r\n\r\nc' ) ).toBe( expected );
		expect( toBlockMarkup( 'a\rb\r\rc' ) ).toBe( expected );
	} );

	it( 'should escape markup so it shows as typed', () => {
		expect( toBlockMarkup( 'if a < b && c > d' ) ).toBe(
			paragraph( 'if a &lt; b &amp;&amp; c &gt; d' )
		);
		expect( toBlockMarkup( '<script>alert(1)</script>' ) ).toBe(
			paragraph( '&lt;script&gt;alert(1)&lt;/script&gt;' )
		);
		expect( toBlockMarkup( '<!-- /wp:paragraph -->' ) ).toBe(
			paragraph( '&lt;!-- /wp:paragraph --&gt;' )
		);
	} );

	it( 'should keep emoji, right-to-left text and combining characters intact', () => {
		const text = '🎉 Party 👩‍👩‍👧 שלום e\u0301';
		expect( toBlockMarkup( text ) ).toBe( paragraph( text ) );
	} );

	it( 'should drop NUL and other control characters but keep tabs', () => {
		expect( toBlockMarkup( 'a\u0000b\u0007c\td' ) ).toBe(
			paragraph( 'abc\td' )
		);
	} );
} );
