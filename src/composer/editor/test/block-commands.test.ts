/**
 * Internal dependencies
 */
import type { Block } from '../../../content/blocks';
import {
	convertBlock,
	indentItem,
	insertBlocks,
	outdentItem,
	splitAt,
	type TextBlockKind,
} from '../block-commands';
import { marked, surface, surfaceAt } from './helpers';

afterEach( () => {
	document.getSelection()?.removeAllRanges();
	document.body.replaceChildren();
} );

/**
 * @param html The surface: one block.
 * @param kind What it becomes.
 * @return The surface's HTML after, and the element convertBlock() gave.
 */
function convert(
	html: string,
	kind: TextBlockKind
): { html: string; returned: HTMLElement; root: HTMLElement } {
	const root = surface( html );
	const returned = convertBlock(
		root.firstElementChild as HTMLElement,
		kind
	);
	return { html: root.innerHTML, returned, root };
}

describe( 'convertBlock', () => {
	it( 'should retag between paragraphs and headings, keeping the formatting', () => {
		const { html, returned, root } = convert(
			'<p>a <em>b</em><br>c</p>',
			'heading-3'
		);
		expect( html ).toBe( '<h3>a <em>b</em><br>c</h3>' );
		expect( returned ).toBe( root.firstChild );
		expect(
			convert( '<h2>T <strong>x</strong></h2>', 'paragraph' ).html
		).toBe( '<p>T <strong>x</strong></p>' );
		expect( convert( '<h4>T</h4>', 'heading-2' ).html ).toBe(
			'<h2>T</h2>'
		);
	} );

	it( 'should give an empty block a line to type on', () => {
		expect( convert( '<p></p>', 'heading-2' ).html ).toBe(
			'<h2><br></h2>'
		);
		expect( convert( '<p><br></p>', 'bulleted' ).html ).toBe(
			'<ul><li><br></li></ul>'
		);
		expect( convert( '<p><br></p>', 'quote' ).html ).toBe(
			'<blockquote><p><br></p></blockquote>'
		);
	} );

	it( 'should make an item of each line of a paragraph, skipping blank lines', () => {
		const { html, returned, root } = convert(
			'<p>one<br><br><strong>two</strong> 2<br>three<br></p>',
			'bulleted'
		);
		expect( html ).toBe(
			'<ul><li>one</li><li><strong>two</strong> 2</li><li>three</li></ul>'
		);
		expect( returned ).toBe( root.querySelector( 'li' ) );
		expect( convert( '<h2>Title</h2>', 'numbered' ).html ).toBe(
			'<ol><li>Title</li></ol>'
		);
	} );

	it( 'should switch a list between bulleted and numbered, items and nesting as they are', () => {
		const list = '<li>a<ul><li>b</li></ul></li><li>c</li>';
		expect( convert( `<ul>${ list }</ul>`, 'numbered' ).html ).toBe(
			`<ol>${ list }</ol>`
		);
		expect( convert( `<ol>${ list }</ol>`, 'bulleted' ).html ).toBe(
			`<ul>${ list }</ul>`
		);
	} );

	it( 'should make a paragraph of each item and each quote paragraph', () => {
		expect(
			convert( '<ul><li>a</li><li>b <em>c</em></li></ul>', 'paragraph' )
				.html
		).toBe( '<p>a</p><p>b <em>c</em></p>' );
		const { html, returned, root } = convert(
			'<blockquote><p>q</p><p>r<br>s</p></blockquote>',
			'paragraph'
		);
		expect( html ).toBe( '<p>q</p><p>r</p><p>s</p>' );
		expect( returned ).toBe( root.firstChild );
	} );

	it( 'should give each line of a nested list once, and no list inside the new blocks', () => {
		const nested =
			'<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>';
		expect( convert( nested, 'paragraph' ).html ).toBe(
			'<p>a</p><p>b</p><p>c</p><p>d</p>'
		);
		expect( convert( nested, 'quote' ).html ).toBe(
			'<blockquote><p>a</p><p>b</p><p>c</p><p>d</p></blockquote>'
		);
		expect( convert( nested, 'code' ).html ).toBe(
			'<pre>a\nb\nc\nd</pre>'
		);
	} );

	it( 'should make a quote of a paragraph, a paragraph per line', () => {
		const { html, returned, root } = convert(
			'<p>a<br><em>b</em></p>',
			'quote'
		);
		expect( html ).toBe(
			'<blockquote><p>a</p><p><em>b</em></p></blockquote>'
		);
		expect( returned ).toBe( root.querySelector( 'blockquote p' ) );
		// And a list of a quote.
		expect(
			convert( '<blockquote><p>a</p><p>b</p></blockquote>', 'bulleted' )
				.html
		).toBe( '<ul><li>a</li><li>b</li></ul>' );
	} );

	it( 'should keep text a browser left in a quote beside its paragraphs', () => {
		expect(
			convert( '<blockquote>loose<p>q</p></blockquote>', 'paragraph' )
				.html
		).toBe( '<p>loose</p><p>q</p>' );
	} );

	it( 'should make code of the text, formats dropped, a line per line', () => {
		const { html, returned, root } = convert(
			'<p>a &lt; <strong>b</strong><br>c</p>',
			'code'
		);
		expect( html ).toBe( '<pre>a &lt; b\nc</pre>' );
		expect( returned ).toBe( root.firstChild );
		expect( convert( '<ul><li>x</li><li>y</li></ul>', 'code' ).html ).toBe(
			'<pre>x\ny</pre>'
		);
	} );

	it( 'should make a paragraph of each line of code, whether lines are newlines or <br>s', () => {
		expect(
			convert( '<pre><code>a\nb</code></pre>', 'paragraph' ).html
		).toBe( '<p>a</p><p>b</p>' );
		expect( convert( '<pre>one<br>two</pre>', 'paragraph' ).html ).toBe(
			'<p>one</p><p>two</p>'
		);
		// A last <br> only keeps the last line open.
		expect( convert( '<pre>one<br>two<br></pre>', 'bulleted' ).html ).toBe(
			'<ul><li>one</li><li>two</li></ul>'
		);
	} );
} );

describe( 'splitAt', () => {
	it( 'should move the rest after the caret into a new block, the caret at its start', () => {
		const { root, range } = surfaceAt( '<p>ab|cd</p>' );
		const next = splitAt( root.firstChild as HTMLElement, range, 'p' );
		expect( marked( root ) ).toBe( '<p>ab</p><p>|cd</p>' );
		expect( next ).toBe( root.lastChild );
	} );

	it( 'should leave both halves a line to type on', () => {
		const end = surfaceAt( '<h2>ab|</h2>' );
		splitAt( end.root.firstChild as HTMLElement, end.range, 'p' );
		expect( marked( end.root ) ).toBe( '<h2>ab</h2><p>|<br></p>' );
		const start = surfaceAt( '<p>|ab</p>' );
		splitAt( start.root.firstChild as HTMLElement, start.range, 'p' );
		expect( marked( start.root ) ).toBe( '<p><br></p><p>|ab</p>' );
	} );

	it( 'should split a format the caret is in', () => {
		const { root, range } = surfaceAt( '<p>x<strong>ab|cd</strong>y</p>' );
		splitAt( root.firstChild as HTMLElement, range, 'p' );
		expect( marked( root ) ).toBe(
			'<p>x<strong>ab</strong></p><p>|<strong>cd</strong>y</p>'
		);
	} );
} );

describe( 'indentItem and outdentItem', () => {
	it( 'should nest an item under the one before, in a list of the same kind', () => {
		const root = surface( '<ol><li>a</li><li>b</li><li>c</li></ol>' );
		const items = root.querySelectorAll( 'li' );
		expect( indentItem( items[ 1 ] as HTMLElement ) ).toBe( true );
		expect( root.innerHTML ).toBe(
			'<ol><li>a<ol><li>b</li></ol></li><li>c</li></ol>'
		);
		// The next one joins the same nested list.
		expect( indentItem( items[ 2 ] as HTMLElement ) ).toBe( true );
		expect( root.innerHTML ).toBe(
			'<ol><li>a<ol><li>b</li><li>c</li></ol></li></ol>'
		);
	} );

	it( 'should not indent the first item', () => {
		const root = surface( '<ul><li>a</li></ul>' );
		expect( indentItem( root.querySelector( 'li' ) as HTMLElement ) ).toBe(
			false
		);
		expect( root.innerHTML ).toBe( '<ul><li>a</li></ul>' );
	} );

	it( 'should move a nested item out a level, the items after it nested under it', () => {
		const root = surface(
			'<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>'
		);
		const b = root.querySelectorAll( 'li' )[ 1 ] as HTMLElement;
		expect( outdentItem( b, root ) ).toBe( b );
		expect( root.innerHTML ).toBe(
			'<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>'
		);
	} );

	it( 'should make a paragraph of a top-level item, its nested list and the items after it staying lists', () => {
		const root = surface(
			'<ul><li>a</li><li>b<ul><li>b1</li></ul></li><li>c</li></ul>'
		);
		const b = root.querySelectorAll( 'li' )[ 1 ] as HTMLElement;
		const paragraph = outdentItem( b, root );
		expect( root.innerHTML ).toBe(
			'<ul><li>a</li></ul><p>b</p><ul><li>b1</li></ul><ul><li>c</li></ul>'
		);
		expect( paragraph ).toBe( root.querySelector( 'p' ) );
	} );

	it( 'should undo an indent', () => {
		const html = '<ul><li>a</li><li>b</li><li>c</li></ul>';
		const root = surface( html );
		const b = root.querySelectorAll( 'li' )[ 1 ] as HTMLElement;
		indentItem( b );
		outdentItem( b, root );
		expect( root.innerHTML ).toBe( html );
	} );
} );

describe( 'insertBlocks', () => {
	const options = { describeRaw: () => 'Kept block', decorate: jest.fn() };
	const blocks: Block[] = [
		{ type: 'paragraph', html: 'X' },
		{ type: 'heading', level: 2, html: 'Y' },
	];

	it( 'should split the paragraph at the caret, the blocks between, the caret at their end', () => {
		const { root, range } = surfaceAt( '<p>ab|cd</p>' );
		const last = insertBlocks( root, range, blocks, options );
		expect( marked( root ) ).toBe(
			'<p>ab</p><p>X</p><h2>Y|</h2><p>cd</p>'
		);
		expect( last ).toBe( root.querySelector( 'h2' ) );
	} );

	it( 'should leave no empty paragraph at either end', () => {
		const end = surfaceAt( '<p>ab|</p>' );
		insertBlocks( end.root, end.range, blocks, options );
		expect( end.root.innerHTML ).toBe( '<p>ab</p><p>X</p><h2>Y</h2>' );
		const start = surfaceAt( '<p>|ab</p>' );
		insertBlocks( start.root, start.range, blocks, options );
		expect( start.root.innerHTML ).toBe( '<p>X</p><h2>Y</h2><p>ab</p>' );
	} );

	it( 'should replace an empty paragraph, and replace a selection', () => {
		const empty = surfaceAt( '<p>a</p><p>|</p>' );
		insertBlocks( empty.root, empty.range, blocks, options );
		expect( empty.root.innerHTML ).toBe( '<p>a</p><p>X</p><h2>Y</h2>' );
		const selected = surfaceAt( '<p>a[bc]d</p>' );
		insertBlocks( selected.root, selected.range, blocks, options );
		expect( selected.root.innerHTML ).toBe(
			'<p>a</p><p>X</p><h2>Y</h2><p>d</p>'
		);
	} );

	it( 'should put blocks after a list or quote, the caret in the last item', () => {
		const { root, range } = surfaceAt( '<ul><li>a|b</li></ul>' );
		insertBlocks(
			root,
			range,
			[
				{
					type: 'list',
					ordered: true,
					items: [
						{ html: '1', list: null },
						{ html: '2', list: null },
					],
				},
			],
			options
		);
		expect( marked( root ) ).toBe(
			'<ul><li>ab</li></ul><ol><li>1</li><li>2|</li></ol>'
		);
	} );

	it( 'should decorate images, embeds and kept blocks only', () => {
		options.decorate.mockClear();
		const { root, range } = surfaceAt( '<p>|</p>' );
		insertBlocks(
			root,
			range,
			[
				{ type: 'paragraph', html: 'p' },
				{ type: 'image', id: 3, url: 'https://x.test/i.png', alt: 'A' },
			],
			options
		);
		expect( options.decorate ).toHaveBeenCalledTimes( 1 );
		expect( options.decorate ).toHaveBeenCalledWith(
			root.querySelector( 'figure' )
		);
	} );

	it( 'should change nothing for no blocks', () => {
		const { root, range } = surfaceAt( '<p>a|b</p>' );
		expect( insertBlocks( root, range, [], options ) ).toBeNull();
		expect( marked( root ) ).toBe( '<p>a|b</p>' );
	} );
} );
