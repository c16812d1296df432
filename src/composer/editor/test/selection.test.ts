/**
 * Internal dependencies
 */
import {
	blockOf,
	coversAll,
	lineBeforeCaret,
	placeCaret,
	rangeIn,
	restorePosition,
	savePosition,
} from '../selection';
import { current, marked, select, surface } from './helpers';

afterEach( () => {
	document.getSelection()?.removeAllRanges();
	document.body.replaceChildren();
} );

describe( 'blockOf', () => {
	it( 'should find the top-level element holding a node, however deep', () => {
		const root = surface(
			'<p>a</p><ul><li>one<ul><li><strong>deep</strong></li></ul></li></ul>'
		);
		const deep = root.querySelector( 'strong' )?.firstChild as Node;
		expect( blockOf( deep, root ) ).toBe( root.children[ 1 ] );
		expect( blockOf( root.firstChild?.firstChild as Node, root ) ).toBe(
			root.firstChild
		);
		expect( blockOf( root.children[ 1 ] as Node, root ) ).toBe(
			root.children[ 1 ]
		);
	} );

	it( 'should find nothing for the editable area itself, text straight in it, or a node outside it', () => {
		const root = surface( 'loose<p>a</p>' );
		const outside = document.body.appendChild(
			document.createElement( 'p' )
		);
		expect( blockOf( root, root ) ).toBeNull();
		expect( blockOf( root.firstChild, root ) ).toBeNull();
		expect( blockOf( outside, root ) ).toBeNull();
		expect( blockOf( null, root ) ).toBeNull();
	} );
} );

describe( 'rangeIn', () => {
	it( 'should give the selection when it lies in the editable area', () => {
		const root = surface( '<p>abc</p>' );
		const range = select( root.firstChild?.firstChild as Node, 1 );
		expect( rangeIn( root ) ).toBe( range );
	} );

	it( 'should give nothing when there is no selection, or it is elsewhere', () => {
		const root = surface( '<p>abc</p>' );
		expect( rangeIn( root ) ).toBeNull();
		const outside = document.body.appendChild(
			document.createElement( 'p' )
		);
		outside.textContent = 'out';
		select( outside.firstChild as Node, 1 );
		expect( rangeIn( root ) ).toBeNull();
		// Starting inside and ending outside is not in it either.
		select(
			root.firstChild?.firstChild as Node,
			1,
			outside.firstChild as Node,
			2
		);
		expect( rangeIn( root ) ).toBeNull();
	} );
} );

describe( 'lineBeforeCaret', () => {
	it( 'should give the text from the start of the element up to the caret', () => {
		const root = surface( '<p>ab<strong>cd</strong>ef</p>' );
		const p = root.firstChild as HTMLElement;
		const line = lineBeforeCaret(
			p.querySelector( 'strong' )?.firstChild as Node,
			1,
			p
		);
		expect( line.text ).toBe( 'abc' );
		expect( line.range.startContainer ).toBe( p );
		expect( line.range.startOffset ).toBe( 0 );
	} );

	it( 'should start the line after the last line break before the caret', () => {
		const root = surface( '<p>one<br>two<br>three</p>' );
		const p = root.firstChild as HTMLElement;
		const three = p.lastChild as Node;
		expect( lineBeforeCaret( three, 3, p ).text ).toBe( 'thr' );
		const line = lineBeforeCaret( p.childNodes[ 2 ] as Node, 2, p );
		expect( line.text ).toBe( 'tw' );
		expect( line.range.startContainer ).toBe( p );
		expect( line.range.startOffset ).toBe( 2 );
	} );

	it( 'should not count a line break just after the caret', () => {
		const root = surface( '<p>one<br>two</p>' );
		const p = root.firstChild as HTMLElement;
		// The caret before the <br>, given as an offset in the paragraph.
		expect( lineBeforeCaret( p, 1, p ).text ).toBe( 'one' );
		// And just after it: an empty line.
		expect( lineBeforeCaret( p, 2, p ).text ).toBe( '' );
	} );

	it( 'should take a line break inside a format into account', () => {
		const root = surface( '<p>a<em>b<br>c</em>d</p>' );
		const p = root.firstChild as HTMLElement;
		expect( lineBeforeCaret( p.lastChild as Node, 1, p ).text ).toBe(
			'cd'
		);
	} );

	it( 'should read a line of a list item only, not the items before it', () => {
		const root = surface( '<ul><li>first</li><li>sec<br>ond</li></ul>' );
		const item = root.querySelectorAll( 'li' )[ 1 ] as HTMLElement;
		expect( lineBeforeCaret( item.lastChild as Node, 2, item ).text ).toBe(
			'on'
		);
	} );
} );

describe( 'placeCaret', () => {
	it( 'should put a collapsed caret at the start of an element', () => {
		const root = surface( '<p>ab</p><h2>cd<em>ef</em></h2>' );
		placeCaret( root.lastChild as Node );
		expect( current().collapsed ).toBe( true );
		expect( marked( root ) ).toBe( '<p>ab</p><h2>|cd<em>ef</em></h2>' );
	} );

	it( 'should put it at the end when asked', () => {
		const root = surface( '<p>ab</p><h2>cd<em>ef</em></h2>' );
		placeCaret( root.lastChild as Node, true );
		expect( marked( root ) ).toBe( '<p>ab</p><h2>cd<em>ef</em>|</h2>' );
	} );

	it( 'should replace any selection there was', () => {
		const root = surface( '<p>abc</p><p>def</p>' );
		select(
			root.firstChild?.firstChild as Node,
			0,
			root.lastChild?.firstChild as Node,
			2
		);
		placeCaret( root.firstChild as Node, true );
		expect( document.getSelection()?.rangeCount ).toBe( 1 );
		expect( marked( root ) ).toBe( '<p>abc|</p><p>def</p>' );
	} );
} );

describe( 'coversAll', () => {
	it( 'should be true for a selection from the first character to the last', () => {
		const root = surface( '<p>abc</p><ul><li>x</li><li>yz</li></ul>' );
		const range = select(
			root.firstChild?.firstChild as Node,
			0,
			root.querySelectorAll( 'li' )[ 1 ]?.firstChild as Node,
			2
		);
		expect( coversAll( root, range ) ).toBe( true );
	} );

	it( 'should ignore blank text and empty lines outside the selection', () => {
		const root = surface( '<p> </p><p>abc</p><p><br></p>' );
		const text = root.children[ 1 ]?.firstChild as Node;
		expect( coversAll( root, select( text, 0, text, 3 ) ) ).toBe( true );
	} );

	it( 'should be false when text is left before or after', () => {
		const root = surface( '<p>abc</p><p>def</p>' );
		const first = root.firstChild?.firstChild as Node;
		const last = root.lastChild?.firstChild as Node;
		expect( coversAll( root, select( first, 1, last, 3 ) ) ).toBe( false );
		expect( coversAll( root, select( first, 0, last, 2 ) ) ).toBe( false );
		expect( coversAll( root, select( first, 0, first, 3 ) ) ).toBe( false );
	} );

	it( 'should be false when an image, a separator or a figure is left outside it', () => {
		for ( const html of [
			'<p><img src="x.png" alt=""></p>',
			'<hr>',
			'<figure contenteditable="false"></figure>',
		] ) {
			const root = surface( `<p>abc</p>${ html }` );
			const text = root.firstChild?.firstChild as Node;
			expect( coversAll( root, select( text, 0, text, 3 ) ) ).toBe(
				false
			);
		}
	} );

	it( 'should be false for a collapsed caret in non-empty content', () => {
		const root = surface( '<p>abc</p>' );
		expect(
			coversAll( root, select( root.firstChild?.firstChild as Node, 1 ) )
		).toBe( false );
	} );
} );

describe( 'savePosition and restorePosition', () => {
	it( 'should give nothing when the selection is not in the editable area', () => {
		const root = surface( '<p>abc</p>' );
		expect( savePosition( root ) ).toBeNull();
	} );

	it( 'should count characters, line breaks and block boundaries', () => {
		const root = surface( '<p>ab</p><p>c<br>de</p>' );
		select( root.lastChild?.lastChild as Node, 1 );
		// "ab" (2) + <p> + <p> + "c" + <br> + "d".
		expect( savePosition( root ) ).toEqual( { start: 7, end: 7 } );
	} );

	const SURFACES: Array< [ string, string ] > = [
		[ 'a caret in text', '<p>ab|c</p>' ],
		[ 'a caret at the end of a paragraph', '<p>abc|</p><p>def</p>' ],
		[ 'a caret in the second paragraph', '<p>abc</p><p>d|ef</p>' ],
		[ 'a caret after a line break', '<p>a<br>|b</p>' ],
		[ 'a caret before a line break', '<p>a|<br>b</p>' ],
		[ 'a caret in a format', '<p>a<strong>b|c</strong>d</p>' ],
		[
			'a caret in a nested list item',
			'<ul><li>one<ul><li>tw|o</li></ul></li><li>three</li></ul>',
		],
		[
			'a caret in a quote',
			'<blockquote><p>q1</p><p>q|2</p></blockquote>',
		],
		[ 'a caret in code', '<pre><code>a\nb|c</code></pre>' ],
		[ 'a caret after a separator', '<p>a</p><hr><p>b|</p>' ],
		[ 'a selection across blocks', '<p>a[bc</p><h2>de]f</h2>' ],
		[ 'a selection in one text', '<p>a[bc]d</p>' ],
	];

	for ( const [ name, html ] of SURFACES ) {
		it( `should put back ${ name } after the surface is rebuilt from its HTML`, () => {
			const root = surface( html.replace( /[|[\]]/g, '' ) );
			// Find the marked places in the rebuilt surface's text nodes.
			const places: Array< [ Node, number ] > = [];
			const marks = surface( html );
			const walker = document.createTreeWalker(
				marks,
				NodeFilter.SHOW_TEXT
			);
			const texts: Text[] = [];
			for (
				let node = walker.nextNode();
				node;
				node = walker.nextNode()
			) {
				texts.push( node as Text );
			}
			document.body.replaceChildren( root );
			const plainWalker = document.createTreeWalker(
				root,
				NodeFilter.SHOW_TEXT
			);
			const plain: Text[] = [];
			for (
				let node = plainWalker.nextNode();
				node;
				node = plainWalker.nextNode()
			) {
				plain.push( node as Text );
			}
			texts.forEach( ( text, index ) => {
				let removed = 0;
				for ( const [ at, character ] of Array.from(
					text.data
				).entries() ) {
					if ( /[|[\]]/.test( character ) ) {
						places.push( [ plain[ index ] as Node, at - removed ] );
						removed++;
					}
				}
			} );
			const [ start, end = start ] = places as Array< [ Node, number ] >;
			select(
				...( start as [ Node, number ] ),
				...( end as [ Node, number ] )
			);
			const expected = marked( root );
			const position = savePosition( root );
			expect( position ).not.toBeNull();

			root.innerHTML = root.innerHTML;
			document.getSelection()?.removeAllRanges();
			restorePosition( root, position as { start: number; end: number } );
			expect( marked( root ) ).toBe( expected );
			expect( savePosition( root ) ).toEqual( position );
		} );
	}

	it( 'should put the caret at the very end when the position is past the content', () => {
		const root = surface( '<p>abc</p>' );
		restorePosition( root, { start: 99, end: 99 } );
		expect( marked( root ) ).toBe( '<p>abc|</p>' );
	} );

	it( 'should put a caret on an empty line back on that line', () => {
		const root = surface( '<p>abc</p><p><br></p><p>def</p>' );
		select( root.children[ 1 ] as Node, 0 );
		const position = savePosition( root );
		root.innerHTML = root.innerHTML;
		restorePosition( root, position as { start: number; end: number } );
		expect( blockOf( current().startContainer, root ) ).toBe(
			root.children[ 1 ]
		);
	} );
} );
