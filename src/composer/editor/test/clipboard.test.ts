/**
 * Internal dependencies
 */
import { fromClipboard, fromText, paragraphsOf } from '../clipboard';
import { plainHandOff } from '../plain-hand-off';
import { takeHandOff } from '../take-hand-off';

/**
 * jsdom has no DataTransfer: what a paste's clipboardData gives.
 * @param data  Its data by type.
 * @param files Its files.
 */
function clipboard(
	data: Record< string, string >,
	files: File[] = []
): DataTransfer {
	return {
		files,
		getData: ( type: string ) => data[ type ] ?? '',
	} as unknown as DataTransfer;
}

const png = () => new File( [ 'x' ], 'shot.png', { type: 'image/png' } );

describe( 'paragraphsOf', () => {
	it( 'should make a paragraph of each part between blank lines, line breaks kept', () => {
		expect( paragraphsOf( 'one\n\ntwo\nlines\r\n \t\r\nthree' ) ).toEqual( [
			{ type: 'paragraph', html: 'one' },
			{ type: 'paragraph', html: 'two<br>lines' },
			{ type: 'paragraph', html: 'three' },
		] );
	} );

	it( 'should drop blank parts, line breaks at the edges and spaces at line ends, and escape the text', () => {
		expect( paragraphsOf( '\n\n\na < b & c  \nd\t\n\n\n\n   \n' ) ).toEqual(
			[ { type: 'paragraph', html: 'a &lt; b &amp; c<br>d' } ]
		);
		expect( paragraphsOf( ' \n\n' ) ).toEqual( [] );
	} );
} );

describe( 'fromText', () => {
	it( 'should take an address alone as an address', () => {
		expect( fromText( '  https://x.test/a?b=1 \n' ) ).toEqual( {
			kind: 'url',
			url: 'https://x.test/a?b=1',
		} );
	} );

	it( 'should put one line of plain text in as text, escaped, control characters dropped', () => {
		expect( fromText( 'a <b> & c\u0007 see https://x.test' ) ).toEqual( {
			kind: 'inline',
			html: 'a &lt;b> &amp; c see https://x.test',
		} );
	} );

	it( 'should make paragraphs of plain text on several lines', () => {
		expect( fromText( 'one\n\ntwo' ) ).toEqual( {
			kind: 'blocks',
			blocks: [
				{ type: 'paragraph', html: 'one' },
				{ type: 'paragraph', html: 'two' },
			],
		} );
	} );

	it( 'should make blocks of Markdown', () => {
		const pasted = fromText( '## Title\n\n- a\n- b' );
		expect( pasted.kind ).toBe( 'blocks' );
		expect(
			pasted.kind === 'blocks' &&
				pasted.blocks.map( ( block ) => block.type )
		).toEqual( [ 'heading', 'list' ] );
	} );
} );

describe( 'fromClipboard', () => {
	it( 'should give images to upload when there is no text with them', () => {
		const image = png();
		const text = new File( [ 'x' ], 'notes.txt', { type: 'text/plain' } );
		expect( fromClipboard( clipboard( {}, [ image, text ] ) ) ).toEqual( {
			kind: 'files',
			files: [ image ],
		} );
	} );

	it( 'should take the HTML of an image copied from a page (the image by its address), not its file', () => {
		expect(
			fromClipboard(
				clipboard(
					{
						'text/plain': 'Photo',
						'text/html':
							'<p><img src="https://x.test/p.png">Photo</p>',
					},
					[ png() ]
				)
			)
		).toEqual( {
			kind: 'blocks',
			blocks: [
				{
					type: 'image',
					id: null,
					url: 'https://x.test/p.png',
					alt: '',
				},
				{ type: 'paragraph', html: 'Photo' },
			],
		} );
	} );

	it( 'should put one paragraph of HTML in as text in the line, formats kept', () => {
		expect(
			fromClipboard(
				clipboard( {
					'text/plain': 'a b',
					'text/html': '<meta charset="utf-8"><p>a <b>b</b></p>',
				} )
			)
		).toEqual( { kind: 'inline', html: 'a <strong>b</strong>' } );
	} );

	it( 'should make blocks of HTML with several', () => {
		const pasted = fromClipboard(
			clipboard( {
				'text/plain': 'T\n\nx',
				'text/html': '<h2>T</h2><p>x</p>',
			} )
		);
		expect( pasted ).toEqual( {
			kind: 'blocks',
			blocks: [
				{ type: 'heading', level: 2, html: 'T' },
				{ type: 'paragraph', html: 'x' },
			],
		} );
	} );

	it( 'should take an address as an address even with HTML (a copied link)', () => {
		expect(
			fromClipboard(
				clipboard( {
					'text/plain': 'https://x.test/',
					'text/html':
						'<a href="https://x.test/">https://x.test/</a>',
				} )
			)
		).toEqual( { kind: 'url', url: 'https://x.test/' } );
	} );

	it( 'should read the text when there is no HTML', () => {
		expect(
			fromClipboard( clipboard( { 'text/plain': 'one\n\ntwo' } ) )
		).toEqual( fromText( 'one\n\ntwo' ) );
	} );
} );

describe( 'takeHandOff', () => {
	afterEach( () => {
		plainHandOff.text = null;
		plainHandOff.content = null;
	} );

	it( 'should give the plain field’s paragraphs, spaces and all, once', () => {
		plainHandOff.text = 'one  \nline  \n\n\n two \n\n';
		plainHandOff.content = 'stored';
		expect( takeHandOff( 'stored' ) ).toEqual( [
			{ type: 'paragraph', html: 'one  <br>line  ' },
			{ type: 'paragraph', html: ' two ' },
		] );
		expect( takeHandOff( 'stored' ) ).toBeNull();
	} );

	it( 'should give nothing when the content is no longer the field’s, and forget the field', () => {
		plainHandOff.text = 'a';
		plainHandOff.content = 'a';
		expect( takeHandOff( 'changed since' ) ).toBeNull();
		expect( plainHandOff.text ).toBeNull();
		expect( takeHandOff( 'a' ) ).toBeNull();
	} );
} );
