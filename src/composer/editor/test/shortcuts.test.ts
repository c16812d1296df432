/**
 * The Markdown shortcuts and links typing.ts makes as the writer types.
 */

/**
 * Internal dependencies
 */
import {
	applyBlockShortcut,
	applyCodeFence,
	applyInlineShortcut,
	autolink,
} from '../typing';
import { marked, surfaceAt } from './helpers';

afterEach( () => {
	document.getSelection()?.removeAllRanges();
	document.body.replaceChildren();
} );

/**
 * A space typed with the caret there.
 * @param html The surface, `|` where the caret is.
 * @return Whether a shortcut was applied, and the result with the caret marked.
 */
function space( html: string ): [ boolean, string ] {
	const { root, range } = surfaceAt( html );
	const applied = applyBlockShortcut( root, range );
	return [ applied, marked( root ) ];
}

/**
 * The closing character of a format just typed (the browser has put it in).
 * @param html The surface, `|` just after it.
 */
function closed( html: string ): [ boolean, string ] {
	const { root, range } = surfaceAt( html );
	const applied = applyInlineShortcut( range );
	return [ applied, marked( root ) ];
}

describe( 'applyBlockShortcut', () => {
	it.each( [
		[ '#', '<h2>|<br></h2>' ],
		[ '##', '<h2>|<br></h2>' ],
		[ '###', '<h3>|<br></h3>' ],
		[ '####', '<h4>|<br></h4>' ],
		[ '######', '<h4>|<br></h4>' ],
		[ '-', '<ul><li>|<br></li></ul>' ],
		[ '*', '<ul><li>|<br></li></ul>' ],
		[ '+', '<ul><li>|<br></li></ul>' ],
		[ '1.', '<ol><li>|<br></li></ol>' ],
		[ '1)', '<ol><li>|<br></li></ol>' ],
		[ '&gt;', '<blockquote><p>|<br></p></blockquote>' ],
	] )( 'should turn "%s" and a space into the block', ( typed, expected ) => {
		expect( space( `<p>${ typed }|</p>` ) ).toEqual( [ true, expected ] );
	} );

	it( 'should keep the text after the caret in the new block', () => {
		expect( space( '<p>-|item <em>x</em></p>' ) ).toEqual( [
			true,
			'<ul><li>|item <em>x</em></li></ul>',
		] );
	} );

	it( 'should leave the lines above the shortcut a paragraph of their own', () => {
		expect( space( '<p>first<br>##|</p>' ) ).toEqual( [
			true,
			'<p>first</p><h2>|<br></h2>',
		] );
	} );

	it( 'should do nothing for text that is not a shortcut, or not at the start of the line', () => {
		for ( const html of [
			'<p>#######|</p>',
			'<p>2.|</p>',
			'<p>a ##|</p>',
			'<p>--|</p>',
			'<p>- -|</p><p>x</p>',
		] ) {
			expect( space( html ) ).toEqual( [ false, html ] );
		}
	} );

	it( 'should do nothing outside a paragraph', () => {
		for ( const html of [
			'<h2>-|</h2>',
			'<ul><li>1.|</li></ul>',
			'<blockquote><p>##|</p></blockquote>',
		] ) {
			expect( space( html ) ).toEqual( [ false, html ] );
		}
	} );
} );

describe( 'applyCodeFence', () => {
	it( 'should turn an empty paragraph with two backticks into a code block at the third', () => {
		const { root, range } = surfaceAt( '<p>a</p><p>``|</p>' );
		expect( applyCodeFence( root, range ) ).toBe( true );
		expect( marked( root ) ).toBe( '<p>a</p><pre>|</pre>' );
	} );

	it( 'should do nothing when the paragraph has other text', () => {
		for ( const html of [ '<p>x``|</p>', '<p>`|</p>', '<h2>``|</h2>' ] ) {
			const { root, range } = surfaceAt( html );
			expect( applyCodeFence( root, range ) ).toBe( false );
			expect( marked( root ) ).toBe( html );
		}
	} );
} );

describe( 'applyInlineShortcut', () => {
	it.each( [
		[ '**bold**', 'strong', 'bold' ],
		[ '_it_', 'em', 'it' ],
		[ '*it*', 'em', 'it' ],
		[ '`x = 1`', 'code', 'x = 1' ],
		[ '~~gone~~', 's', 'gone' ],
		[ '**two words**', 'strong', 'two words' ],
	] )(
		'should turn %s into <%s>, the caret after it outside the format',
		( typed, tag, inner ) => {
			expect( closed( `<p>a ${ typed }|</p>` ) ).toEqual( [
				true,
				`<p>a <${ tag }>${ inner }</${ tag }>\u200B|</p>`,
			] );
		}
	);

	it( 'should keep the text after the caret', () => {
		expect( closed( '<p>**b**| rest</p>' ) ).toEqual( [
			true,
			'<p><strong>b</strong>\u200B| rest</p>',
		] );
	} );

	it( 'should not take markers that do not close a format', () => {
		for ( const html of [
			// Underscores inside a word.
			'<p>snake_case_|</p>',
			// Half of a bold marker.
			'<p>a **b*|</p>',
			// Spaces just inside the markers.
			'<p>** b**|</p>',
			'<p>_a _|</p>',
			// Nothing between them.
			'<p>a ``|</p>',
			'<p>just *|</p>',
		] ) {
			expect( closed( html ) ).toEqual( [ false, html ] );
		}
	} );

	it( 'should not format inside code', () => {
		const html = '<p><code>**x**|</code></p>';
		expect( closed( html ) ).toEqual( [ false, html ] );
		const pre = '<pre>a _b_|</pre>';
		expect( closed( pre ) ).toEqual( [ false, pre ] );
	} );
} );

describe( 'autolink', () => {
	it( 'should link an address just typed, the caret after the link', () => {
		const { root, range } = surfaceAt( '<p>see https://x.test/a?b=1|</p>' );
		const link = autolink( range );
		expect( link?.getAttribute( 'href' ) ).toBe( 'https://x.test/a?b=1' );
		expect( marked( root ) ).toBe(
			'<p>see <a href="https://x.test/a?b=1">https://x.test/a?b=1</a>|</p>'
		);
	} );

	it( 'should link only the address, not text after the caret', () => {
		const { root, range } = surfaceAt( '<p>http://x.test| more</p>' );
		autolink( range );
		expect( marked( root ) ).toBe(
			'<p><a href="http://x.test">http://x.test</a>| more</p>'
		);
	} );

	it( 'should not link text that is not an address, or one already linked or in code', () => {
		for ( const html of [
			'<p>x.test|</p>',
			'<p>nohttps://x.test|</p>',
			'<p><a href="https://x.test">https://x.test|</a></p>',
			'<p><code>https://x.test|</code></p>',
			'<p>https://|</p>',
		] ) {
			const { root, range } = surfaceAt( html );
			expect( autolink( range ) ).toBeNull();
			expect( marked( root ) ).toBe( html );
		}
	} );
} );
