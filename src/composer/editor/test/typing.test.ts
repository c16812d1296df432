/**
 * Internal dependencies
 */
import { backspaceAtStart, enter } from '../typing';
import {
	fakeLineBreaks,
	marked,
	restoreCommands,
	surface,
	surfaceAt,
} from './helpers';

let execCommand: jest.Mock;

beforeEach( () => {
	execCommand = fakeLineBreaks();
} );

afterEach( () => {
	restoreCommands();
	document.getSelection()?.removeAllRanges();
	document.body.replaceChildren();
} );

/**
 * Presses Enter in a surface with the caret marked, and gives the result with the caret marked.
 * @param html    The surface, `|` where the caret is.
 * @param presses How many times.
 */
function pressEnter( html: string, presses = 1 ): string {
	const { root } = surfaceAt( html );
	for ( let press = 0; press < presses; press++ ) {
		enter( root, ( document.getSelection() as Selection ).getRangeAt( 0 ) );
	}
	return marked( root );
}

/**
 * Presses Backspace (the part the editor takes over).
 * @param html The surface, `|` where the caret is.
 * @return Whether the editor took it, and the result with the caret marked.
 */
function pressBackspace( html: string ): [ boolean, string ] {
	const { root, range } = surfaceAt( html );
	const handled = backspaceAtStart( root, range );
	return [ handled, marked( root ) ];
}

describe( 'enter in a paragraph', () => {
	it( 'should make a line break, as the plain field did', () => {
		expect( pressEnter( '<p>ab|cd</p>' ) ).toBe( '<p>ab<br>|cd</p>' );
		expect( execCommand ).toHaveBeenCalledWith( 'insertLineBreak' );
	} );

	it( 'should start a new paragraph on a blank line (Enter twice)', () => {
		expect( pressEnter( '<p>ab|</p>', 2 ) ).toBe( '<p>ab</p><p>|<br></p>' );
	} );

	it( 'should start a new paragraph on the blank line a browser keeps open with a second <br>', () => {
		// A browser shows a line break typed last with a <br> after it; the caret is between.
		const { root } = surfaceAt( '<p>ab<br>|</p>' );
		root.firstChild?.appendChild( document.createElement( 'br' ) );
		enter( root, ( document.getSelection() as Selection ).getRangeAt( 0 ) );
		expect( marked( root ) ).toBe( '<p>ab</p><p>|<br></p>' );
	} );

	it( 'should split the paragraph when Enter is pressed at the start of a line after a line break', () => {
		// That makes a blank line: the plain field's paragraph break.
		expect( pressEnter( '<p>ab<br>|cd</p>' ) ).toBe(
			'<p>ab</p><p>|cd</p>'
		);
	} );

	it( 'should add an empty paragraph after an empty one', () => {
		const { root } = surfaceAt( '<p>x</p><p>|</p>' );
		root.lastChild?.appendChild( document.createElement( 'br' ) );
		enter( root, ( document.getSelection() as Selection ).getRangeAt( 0 ) );
		expect( marked( root ) ).toBe( '<p>x</p><p><br></p><p>|<br></p>' );
	} );

	it( 'should replace the selection with the line break', () => {
		expect( pressEnter( '<p>a[bc]d</p>' ) ).toBe( '<p>a<br>|d</p>' );
	} );

	it( 'should turn a line of three dashes, stars or underscores into a separator', () => {
		for ( const rule of [ '---', '***', '___', '-----' ] ) {
			expect( pressEnter( `<p>${ rule }|</p>` ) ).toBe(
				'<hr><p>|<br></p>'
			);
		}
	} );

	it( 'should not make a separator of dashes in a paragraph with other text', () => {
		expect( pressEnter( '<p>x<br>---|</p>' ) ).toBe(
			'<p>x<br>---<br>|</p>'
		);
		expect( pressEnter( '<p>--|</p>' ) ).toBe( '<p>--<br>|</p>' );
	} );

	it( 'should start a paragraph when the caret is in no block', () => {
		const root = surface( '' );
		const range = document.createRange();
		range.setStart( root, 0 );
		enter( root, range );
		expect( marked( root ) ).toBe( '<p>|<br></p>' );
	} );
} );

describe( 'enter in a heading', () => {
	it( 'should split it, the rest becoming a paragraph', () => {
		expect( pressEnter( '<h2>Ti|tle</h2>' ) ).toBe(
			'<h2>Ti</h2><p>|tle</p>'
		);
	} );

	it( 'should start an empty paragraph at its end', () => {
		expect( pressEnter( '<h3>Title|</h3><p>next</p>' ) ).toBe(
			'<h3>Title</h3><p>|<br></p><p>next</p>'
		);
	} );

	it( 'should keep the formatting on both sides', () => {
		expect( pressEnter( '<h2><em>ab|cd</em></h2>' ) ).toBe(
			'<h2><em>ab</em></h2><p>|<em>cd</em></p>'
		);
	} );
} );

describe( 'enter in a list', () => {
	it( 'should split the item at the caret', () => {
		expect( pressEnter( '<ul><li>one|two</li><li>three</li></ul>' ) ).toBe(
			'<ul><li>one</li><li>|two</li><li>three</li></ul>'
		);
	} );

	it( 'should start an empty item at the end of one', () => {
		expect( pressEnter( '<ol><li>one|</li></ol>' ) ).toBe(
			'<ol><li>one</li><li>|<br></li></ol>'
		);
	} );

	it( 'should leave the list from an empty last item (Enter twice)', () => {
		expect( pressEnter( '<ul><li>one|</li></ul>', 2 ) ).toBe(
			'<ul><li>one</li></ul><p>|<br></p>'
		);
	} );

	it( 'should split the list in two when the empty item is in the middle', () => {
		const { root } = surfaceAt( '<ul><li>a</li><li>|</li><li>b</li></ul>' );
		root.querySelectorAll( 'li' )[ 1 ]?.append(
			document.createElement( 'br' )
		);
		enter( root, ( document.getSelection() as Selection ).getRangeAt( 0 ) );
		expect( marked( root ) ).toBe(
			'<ul><li>a</li></ul><p>|<br></p><ul><li>b</li></ul>'
		);
	} );

	it( 'should move an empty nested item one level out, not out of the list', () => {
		// The first Enter makes an empty nested item, the second moves it out a level.
		expect(
			pressEnter( '<ul><li>a<ul><li>b|</li></ul></li></ul>', 2 )
		).toBe( '<ul><li>a<ul><li>b</li></ul></li><li>|<br></li></ul>' );
		const { root } = surfaceAt( '<ul><li>a<ul><li>|</li></ul></li></ul>' );
		root.querySelector( 'ul ul li' )?.append(
			document.createElement( 'br' )
		);
		enter( root, ( document.getSelection() as Selection ).getRangeAt( 0 ) );
		// The nested list, left empty, goes.
		expect( marked( root ) ).toBe( '<ul><li>a</li><li>|<br></li></ul>' );
	} );
} );

describe( 'enter in a quote', () => {
	it( 'should make a line break in the quote', () => {
		expect( pressEnter( '<blockquote><p>q|</p></blockquote>' ) ).toBe(
			'<blockquote><p>q<br>|</p></blockquote>'
		);
	} );

	it( 'should leave the quote from a blank line at its end', () => {
		expect(
			pressEnter( '<blockquote><p>quote|</p></blockquote>', 2 )
		).toBe( '<blockquote><p>quote</p></blockquote><p>|<br></p>' );
	} );

	it( 'should leave the quote from an empty paragraph at its end, dropping it', () => {
		const { root } = surfaceAt(
			'<blockquote><p>q</p><p>|</p></blockquote>'
		);
		root.querySelectorAll( 'p' )[ 1 ]?.append(
			document.createElement( 'br' )
		);
		enter( root, ( document.getSelection() as Selection ).getRangeAt( 0 ) );
		expect( marked( root ) ).toBe(
			'<blockquote><p>q</p></blockquote><p>|<br></p>'
		);
	} );

	it( 'should start a new paragraph in the quote from a blank line before more of it', () => {
		expect(
			pressEnter( '<blockquote><p>q|</p><p>r</p></blockquote>', 2 )
		).toBe( '<blockquote><p>q</p><p>|<br></p><p>r</p></blockquote>' );
	} );

	it( 'should not make a separator of dashes in a quote', () => {
		expect( pressEnter( '<blockquote><p>---|</p></blockquote>' ) ).toBe(
			'<blockquote><p>---<br>|</p></blockquote>'
		);
	} );
} );

describe( 'enter in a code block', () => {
	it( 'should make new lines, and leave the code at the third Enter at its end', () => {
		expect( pressEnter( '<pre><code>a = 1|</code></pre>' ) ).toBe(
			'<pre><code>a = 1<br>|</code></pre>'
		);
		expect( pressEnter( '<pre><code>a = 1|</code></pre>', 2 ) ).toBe(
			'<pre><code>a = 1<br><br>|</code></pre>'
		);
		// The two blank lines go: the code ends with its last line.
		expect( pressEnter( '<pre><code>a = 1|</code></pre>', 3 ) ).toBe(
			'<pre><code>a = 1</code></pre><p>|<br></p>'
		);
	} );

	it( 'should keep making lines when there is code after the caret', () => {
		expect( pressEnter( '<pre>a<br><br>|b</pre>' ) ).toBe(
			'<pre>a<br><br><br>|b</pre>'
		);
	} );

	it( 'should count lines kept as newlines in the text, as loaded code has them', () => {
		expect( pressEnter( '<pre><code>x\ny|</code></pre>', 3 ) ).toBe(
			'<pre><code>x\ny</code></pre><p>|<br></p>'
		);
	} );

	it( 'should drop blank lines the code ends with as newlines, too, when leaving it', () => {
		expect( pressEnter( '<pre><code>ab\n\n|</code></pre>' ) ).toBe(
			'<pre><code>ab</code></pre><p>|<br></p>'
		);
	} );
} );

describe( 'backspaceAtStart', () => {
	it( 'should turn a heading into a paragraph from its very start', () => {
		expect( pressBackspace( '<h2>|Title <em>x</em></h2>' ) ).toEqual( [
			true,
			'<p>|Title <em>x</em></p>',
		] );
	} );

	it( 'should turn a quote into paragraphs, and a code block into a paragraph per line', () => {
		expect(
			pressBackspace( '<blockquote><p>|q</p><p>r</p></blockquote>' )
		).toEqual( [ true, '<p>|q</p><p>r</p>' ] );
		expect( pressBackspace( '<pre>|a\nb</pre>' ) ).toEqual( [
			true,
			'<p>|a</p><p>b</p>',
		] );
	} );

	it( 'should take the first item out of the list from the start of the list, the rest staying a list', () => {
		expect(
			pressBackspace( '<ul><li>|a</li><li>b</li><li>c</li></ul>' )
		).toEqual( [ true, '<p>|a</p><ul><li>b</li><li>c</li></ul>' ] );
		expect( pressBackspace( '<ol><li>|only</li></ol>' ) ).toEqual( [
			true,
			'<p>|only</p>',
		] );
	} );

	it( 'should leave an item after the first to the browser (which joins it to the one before)', () => {
		for ( const html of [
			'<ul><li>a</li><li>|b</li></ul>',
			'<ul><li>a<ul><li>|b</li></ul></li></ul>',
		] ) {
			expect( pressBackspace( html ) ).toEqual( [ false, html ] );
		}
	} );

	it( 'should leave it to the browser anywhere but the very start, and in paragraphs', () => {
		for ( const html of [
			'<h2>Ti|tle</h2>',
			'<h2>a<br>|b</h2>',
			'<blockquote><p>q</p><p>|r</p></blockquote>',
			'<p>|text</p>',
			'<p>a</p><p>|b</p>',
		] ) {
			const [ handled, result ] = pressBackspace( html );
			expect( handled ).toBe( false );
			expect( result ).toBe( html );
		}
	} );

	it( 'should leave a selection to the browser', () => {
		const { root, range } = surfaceAt( '<h2>[Ti]tle</h2>' );
		expect( backspaceAtStart( root, range ) ).toBe( false );
		expect( root.innerHTML ).toBe( '<h2>Title</h2>' );
	} );
} );
