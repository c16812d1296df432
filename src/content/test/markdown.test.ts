/**
 * Internal dependencies
 */
import {
	serializeBlocks,
	type Block,
	type ListBlock,
	type ListItem,
} from '../blocks';
import { inlineHtml } from '../inline';
import { looksLikeMarkdown, markdownToBlocks } from '../markdown';

const paragraph = ( html: string ): Block => ( { type: 'paragraph', html } );
const heading = ( level: 2 | 3 | 4, html: string ): Block => ( {
	type: 'heading',
	level,
	html,
} );
const item = ( html: string, list: ListBlock | null = null ): ListItem => ( {
	html,
	list,
} );
const bullets = ( ...items: ListItem[] ): ListBlock => ( {
	type: 'list',
	ordered: false,
	items,
} );
const numbers = ( ...items: ListItem[] ): ListBlock => ( {
	type: 'list',
	ordered: true,
	items,
} );
/**
 * The one block a Markdown text makes.
 * @param text
 */
const only = ( text: string ): Block | undefined => {
	const blocks = markdownToBlocks( text );
	expect( blocks ).toHaveLength( 1 );
	return blocks[ 0 ];
};
/**
 * The inline HTML of a one-paragraph text.
 * @param text
 */
const inline = ( text: string ): string => {
	const block = only( text );
	return block?.type === 'paragraph' ? block.html : `(a ${ block?.type })`;
};

/**
 * Every piece of inline HTML in the blocks.
 * @param blocks
 */
function inlineOf( blocks: Block[] ): string[] {
	const ofList = ( list: ListBlock ): string[] =>
		list.items.flatMap( ( { html, list: nested } ) => [
			html,
			...( nested ? ofList( nested ) : [] ),
		] );
	return blocks.flatMap( ( block ) => {
		switch ( block.type ) {
			case 'paragraph':
			case 'heading':
				return [ block.html ];
			case 'quote':
				return block.paragraphs;
			case 'list':
				return ofList( block );
			default:
				return [];
		}
	} );
}

const DOCUMENT = `# Release notes

Version **2.0** brings _faster_ publishing, \`quick drafts\` and ~~fewer~~ no bugs.
See [the changelog](https://example.com/changelog "Changelog") or https://example.com/docs.

## What's new

- Drafts save every *10 seconds*
- Lists nest:
  1. by two spaces
  2. or by four
- [Bad links](javascript:alert(1)) stay text

> Writing should feel like thinking.
>
> — Someone

### Code

\`\`\`js
if ( a < b && c > d ) {
	publish( '**now**' );
}
\`\`\`

| Option | Default |
| --- | :---: |
| Autosave | *on* |

---

![Screenshot](https://example.com/shot.png)

<script>alert("hi")</script> stays text.
`;

describe( 'markdownToBlocks', () => {
	it( 'should make no blocks of empty or blank text', () => {
		expect( markdownToBlocks( '' ) ).toEqual( [] );
		expect( markdownToBlocks( ' \n\t\n   \n' ) ).toEqual( [] );
	} );

	it( 'should make level 2 headings of # and ##, 3 of ###, 4 of ####–######', () => {
		expect(
			markdownToBlocks(
				'# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six'
			)
		).toEqual( [
			heading( 2, 'One' ),
			heading( 2, 'Two' ),
			heading( 3, 'Three' ),
			heading( 4, 'Four' ),
			heading( 4, 'Five' ),
			heading( 4, 'Six' ),
		] );
	} );

	it( 'should drop the closing #s of a heading, and keep # inside it', () => {
		expect( only( '## Title ##' ) ).toEqual( heading( 2, 'Title' ) );
		expect( only( '### C# and F# ###   ' ) ).toEqual(
			heading( 3, 'C# and F#' )
		);
		expect( only( '## Ends with \\#' ) ).toEqual(
			heading( 2, 'Ends with #' )
		);
	} );

	it( 'should format inline Markdown in headings', () => {
		expect( only( '## A *big* `deal`' ) ).toEqual(
			heading( 2, 'A <em>big</em> <code>deal</code>' )
		);
	} );

	it( 'should not make headings of #hashtags, seven #s or empty headings', () => {
		expect( inline( '#hashtag' ) ).toBe( '#hashtag' );
		expect( inline( '####### Seven' ) ).toBe( '####### Seven' );
		expect( markdownToBlocks( '#\n\n## ##' ) ).toEqual( [] );
	} );

	it( 'should make level 2 headings of Setext underlines', () => {
		expect( markdownToBlocks( 'Title\n=====\n\nSub\n---' ) ).toEqual( [
			heading( 2, 'Title' ),
			heading( 2, 'Sub' ),
		] );
	} );

	it( 'should read --- after a paragraph of several lines as a rule', () => {
		expect( markdownToBlocks( 'one\ntwo\n---\nthree' ) ).toEqual( [
			paragraph( 'one<br>two' ),
			{ type: 'separator' },
			paragraph( 'three' ),
		] );
	} );

	it( 'should separate paragraphs by blank lines and keep single line breaks', () => {
		expect(
			markdownToBlocks( 'Roses are red\nViolets are blue\n\n\n\nNext' )
		).toEqual( [
			paragraph( 'Roses are red<br>Violets are blue' ),
			paragraph( 'Next' ),
		] );
	} );

	it( 'should read Markdown hard breaks as one line break', () => {
		expect( inline( 'two spaces  \nbackslash\\\nplain' ) ).toBe(
			'two spaces<br>backslash<br>plain'
		);
	} );

	it( 'should read Windows and old Mac line endings the same way', () => {
		const expected = [ heading( 2, 'T' ), paragraph( 'a<br>b' ) ];
		expect( markdownToBlocks( '# T\r\n\r\na\r\nb\r\n' ) ).toEqual(
			expected
		);
		expect( markdownToBlocks( '# T\r\ra\rb' ) ).toEqual( expected );
	} );

	it( 'should drop NUL and other control characters', () => {
		expect(
			markdownToBlocks( '**bo\u0000ld**\u0007\n\n\u0000# T' )
		).toEqual( [
			paragraph( '<strong>bold</strong>' ),
			heading( 2, 'T' ),
		] );
	} );

	it( 'should make bulleted lists of -, * , + and • items', () => {
		const expected = bullets( item( 'one' ), item( 'two' ) );
		for ( const marker of [ '-', '*', '+', '•' ] ) {
			expect( only( `${ marker } one\n${ marker } two` ) ).toEqual(
				expected
			);
		}
	} );

	it( 'should make numbered lists of 1. and 1) items, whatever the numbers after', () => {
		const expected = numbers(
			item( 'one' ),
			item( 'two' ),
			item( 'three' )
		);
		expect( only( '1. one\n2. two\n3. three' ) ).toEqual( expected );
		expect( only( '1) one\n1) two\n7) three' ) ).toEqual( expected );
	} );

	it( 'should keep as text a numbered list not counting from 1, or one line', () => {
		// The composer's lists have no start number: "3." would show as "1.".
		expect( inline( '3. three\n4. four' ) ).toBe( '3. three<br>4. four' );
		expect( inline( '18. May 2021' ) ).toBe( '18. May 2021' );
		expect( inline( '\n1. foo\n' ) ).toBe( '1. foo' );
	} );

	it( 'should nest lists by 2 or 4 spaces or a tab', () => {
		const expected = bullets(
			item( 'a', bullets( item( 'b', bullets( item( 'c' ) ) ) ) ),
			item( 'd' )
		);
		expect( only( '- a\n  - b\n    - c\n- d' ) ).toEqual( expected );
		expect( only( '- a\n    - b\n        - c\n- d' ) ).toEqual( expected );
		expect( only( '- a\n\t- b\n\t\t- c\n- d' ) ).toEqual( expected );
	} );

	it( 'should nest numbered lists in bulleted ones and the other way round', () => {
		expect( only( '- a\n  1. one\n  2. two\n- b' ) ).toEqual(
			bullets(
				item( 'a', numbers( item( 'one' ), item( 'two' ) ) ),
				item( 'b' )
			)
		);
		const numbered = numbers(
			item( 'x', bullets( item( 'y' ) ) ),
			item( 'z' )
		);
		expect( only( '1. x\n   - y\n2. z' ) ).toEqual( numbered );
		expect( only( '1. x\n  - y\n2. z' ) ).toEqual( numbered );
	} );

	it( 'should start a list right after a paragraph, without a blank line', () => {
		expect( markdownToBlocks( 'Shopping:\n- milk\n- eggs' ) ).toEqual( [
			paragraph( 'Shopping:' ),
			bullets( item( 'milk' ), item( 'eggs' ) ),
		] );
		expect( markdownToBlocks( 'Steps:\n1. open\n2. close' ) ).toEqual( [
			paragraph( 'Steps:' ),
			numbers( item( 'open' ), item( 'close' ) ),
		] );
	} );

	it( 'should not start a list inside a paragraph on a number other than 1', () => {
		expect( inline( 'The year was\n1984. A good year' ) ).toBe(
			'The year was<br>1984. A good year'
		);
	} );

	it( 'should keep items across blank lines, and an item’s paragraphs and lazy lines', () => {
		expect(
			only( '- one\n\n- two\n\n  more about two\n- three\ncontinued' )
		).toEqual(
			bullets(
				item( 'one' ),
				item( 'two<br><br>more about two' ),
				item( 'three<br>continued' )
			)
		);
	} );

	it( 'should start a new list where the kind of marker changes', () => {
		expect( markdownToBlocks( '- a\n- b\n1. c\n2. d' ) ).toEqual( [
			bullets( item( 'a' ), item( 'b' ) ),
			numbers( item( 'c' ), item( 'd' ) ),
		] );
	} );

	it( 'should keep code, quotes and headings inside items as text', () => {
		expect(
			only( '- run\n  ```\n  npm **test**\n  ```\n- > said\n- ## big' )
		).toEqual(
			bullets(
				item( 'run<br><br><code>npm **test**</code>' ),
				item( 'said' ),
				item( '<strong>big</strong>' )
			)
		);
	} );

	it( 'should make quotes of > lines, with paragraphs separated by > lines', () => {
		expect( only( '> First\n> line\n>\n> Second\nlazy line' ) ).toEqual( {
			type: 'quote',
			paragraphs: [ 'First<br>line', 'Second<br>lazy line' ],
		} );
	} );

	it( 'should end a quote at a blank line, even after an empty > line', () => {
		expect( markdownToBlocks( '> a\n>\nb\n\n> c\n\n> d' ) ).toEqual( [
			{ type: 'quote', paragraphs: [ 'a' ] },
			paragraph( 'b' ),
			{ type: 'quote', paragraphs: [ 'c' ] },
			{ type: 'quote', paragraphs: [ 'd' ] },
		] );
	} );

	it( 'should flatten what a quote holds into its paragraphs', () => {
		expect(
			only( '> ## Said\n> - one\n> - two\n>\n> > nested *quote*' )
		).toEqual( {
			type: 'quote',
			paragraphs: [
				'<strong>Said</strong>',
				'• one<br>• two',
				'nested <em>quote</em>',
			],
		} );
	} );

	it( 'should make code blocks of ``` and ~~~ fences with the text as written', () => {
		const text =
			'if ( a < b && c ) {\n\treturn "**x**" <br>;\n}\n\n  # not a heading';
		expect( only( `\`\`\`js title="x"\n${ text }\n\`\`\`` ) ).toEqual( {
			type: 'code',
			text,
		} );
		expect( only( `~~~\n${ text }\n~~~~` ) ).toEqual( {
			type: 'code',
			text,
		} );
	} );

	it( 'should close a fence only with a fence as long, and unindent it', () => {
		expect( only( '````\n```\ninner\n```\n````' ) ).toEqual( {
			type: 'code',
			text: '```\ninner\n```',
		} );
		expect( only( '  ```\n  two\n    four\n  ```' ) ).toEqual( {
			type: 'code',
			text: 'two\n  four',
		} );
	} );

	it( 'should keep a fence that never closes as text', () => {
		expect( inline( '```\nnot code\n**bold**' ) ).toBe(
			'```<br>not code<br><strong>bold</strong>'
		);
		expect( markdownToBlocks( '````\nopen\n\n```\ncode\n```' ) ).toEqual( [
			paragraph( '````<br>open' ),
			{ type: 'code', text: 'code' },
		] );
	} );

	it( 'should make code of Slack’s one-line fences', () => {
		expect( only( '```npm test```' ) ).toEqual( {
			type: 'code',
			text: 'npm test',
		} );
	} );

	it( 'should make code of lines indented by 4, but not after a paragraph', () => {
		expect(
			markdownToBlocks(
				'    const a = 1;\n      b();\n\ntext\n    more text\n    - not a list'
			)
		).toEqual( [
			{ type: 'code', text: 'const a = 1;\n  b();' },
			paragraph( 'text<br>more text<br>- not a list' ),
		] );
	} );

	it( 'should make separators of ---, ***, ___ and spaced rules', () => {
		expect(
			markdownToBlocks( '---\n\n***\n\n___\n\n* * *\n\n - - -' )
		).toEqual( Array( 5 ).fill( { type: 'separator' } ) );
	} );

	it( 'should make image blocks of images alone on a line', () => {
		expect(
			markdownToBlocks(
				'![A *cat*](https://example.com/cat.png "Cat")\n\n![](http://example.com/a%20b.png)'
			)
		).toEqual( [
			{
				type: 'image',
				id: null,
				url: 'https://example.com/cat.png',
				alt: 'A *cat*',
			},
			{
				type: 'image',
				id: null,
				url: 'http://example.com/a%20b.png',
				alt: '',
			},
		] );
	} );

	it( 'should keep images from other addresses, or within text, as text', () => {
		expect( inline( '![local](/cat.png)' ) ).toBe(
			'<a href="/cat.png">local</a>'
		);
		expect( inline( '![x](javascript:alert(1))' ) ).toBe( 'x' );
		expect( inline( '![x](data:image/png;base64,AAAA)' ) ).toBe( 'x' );
		expect( inline( 'See ![cat](https://e.com/c.png) here' ) ).toBe(
			'See <a href="https://e.com/c.png">cat</a> here'
		);
	} );

	it( 'should format bold, italic, code and strikethrough', () => {
		expect(
			inline( '**b** __b__ *i* _i_ `c` ~~s~~ ***bi*** **b *i* b**' )
		).toBe(
			'<strong>b</strong> <strong>b</strong> <em>i</em> <em>i</em> <code>c</code> ' +
				'<s>s</s> <em><strong>bi</strong></em> <strong>b <em>i</em> b</strong>'
		);
	} );

	it( 'should keep loose and intraword _ and * as text', () => {
		expect( inline( 'snake_case_name and __init__ file' ) ).toBe(
			'snake_case_name and <strong>init</strong> file'
		);
		expect( inline( '5 * 3 = 15 and 2*3*4 is a*b' ) ).toBe(
			'5 * 3 = 15 and 2<em>3</em>4 is a*b'
		);
		expect( inline( 'a_b_c and 5 _ 3' ) ).toBe( 'a_b_c and 5 _ 3' );
		expect( inline( 'my_var_ and _x_y' ) ).toBe( 'my_var_ and _x_y' );
	} );

	it( 'should match emphasis as CommonMark does: nested, never overlapping', () => {
		expect( inline( '*a _b _c* d_' ) ).toBe( '<em>a _b _c</em> d_' );
		expect( inline( '*foo**bar*' ) ).toBe( '<em>foo**bar</em>' );
		expect( inline( '*a b_ c* _d_' ) ).toBe( '<em>a b_ c</em> <em>d</em>' );
		expect( inline( '**a *b** c*' ) ).toBe(
			'<em><em>a <em>b</em></em> c</em>'
		);
	} );

	it( 'should keep emphasis that does not close as text', () => {
		expect( inline( '**not closed and *neither' ) ).toBe(
			'**not closed and *neither'
		);
		expect( inline( '~~one~ and ~single~' ) ).toBe( '~~one~ and ~single~' );
		expect( inline( '**bold** and **' ) ).toBe(
			'<strong>bold</strong> and **'
		);
	} );

	it( 'should keep code spans literal: no formatting, no links inside', () => {
		expect(
			inline( '`**not bold**` and `<b>` and `[a](https://a.b)`' )
		).toBe(
			'<code>**not bold**</code> and <code>&lt;b></code> and <code>[a](https://a.b)</code>'
		);
		expect( inline( '**bold `code**` x**' ) ).toBe(
			'<strong>bold <code>code**</code> x</strong>'
		);
		expect( inline( '`` a ` b `` and `unclosed' ) ).toBe(
			'<code>a ` b</code> and `unclosed'
		);
	} );

	it( 'should make links, with titles dropped, and no link inside a link', () => {
		expect(
			inline( '[the *docs*](https://example.com/?a=1&b=2 "Docs")' )
		).toBe(
			'<a href="https://example.com/?a=1&amp;b=2">the <em>docs</em></a>'
		);
		expect( inline( '[a [b](https://b.c) c](https://f.g)' ) ).toBe(
			'[a <a href="https://b.c">b</a> c](<a href="https://f.g">https://f.g</a>)'
		);
		expect(
			inline(
				'[see https://d.e or <https://g.h> ![i](https://i.j)](https://f.g)'
			)
		).toBe(
			'<a href="https://f.g">see https://d.e or &lt;https://g.h> i</a>'
		);
		expect( inline( '[mail](mailto:me@example.com) [top](#top)' ) ).toBe(
			'<a href="mailto:me@example.com">mail</a> <a href="#top">top</a>'
		);
	} );

	it( 'should keep balanced parentheses in link addresses', () => {
		expect(
			inline( '[Foo](https://en.wikipedia.org/wiki/Foo_(bar)).' )
		).toBe( '<a href="https://en.wikipedia.org/wiki/Foo_(bar)">Foo</a>.' );
		expect( inline( '[sp](<https://e.com/a b>)' ) ).toBe(
			'<a href="https://e.com/a%20b">sp</a>'
		);
	} );

	it( 'should keep only the text of links to unsafe addresses', () => {
		expect(
			inline(
				'[click](javascript:alert(1)) [me](JaVa\tScRiPt:x) [data](data:text/html,x) <javascript:alert(1)>'
			)
		).toBe( 'click [me](JaVa ScRiPt:x) data &lt;javascript:alert(1)>' );
	} );

	it( 'should not link unsafe addresses even before inline.ts', () => {
		jest.isolateModules( () => {
			jest.doMock( '../inline', () => ( {
				...jest.requireActual( '../inline' ),
				inlineHtml: ( html: string ) => html,
			} ) );
			const { markdownToBlocks: read } = require( '../markdown' );
			expect(
				read(
					'**[a](javascript:alert(1))** ![b](vbscript:x) <data:text/html,x>'
				)
			).toEqual( [
				paragraph( '<strong>a</strong> b &lt;data:text/html,x&gt;' ),
			] );
		} );
	} );

	it( 'should link <…> autolinks and bare URLs, without trailing punctuation', () => {
		expect(
			inline(
				'<https://a.b/c> (see https://w.org/wiki/Foo_(bar)), https://x.y/z. <me@x.y>'
			)
		).toBe(
			'<a href="https://a.b/c">https://a.b/c</a> (see ' +
				'<a href="https://w.org/wiki/Foo_(bar)">https://w.org/wiki/Foo_(bar)</a>), ' +
				'<a href="https://x.y/z">https://x.y/z</a>. <a href="mailto:me@x.y">me@x.y</a>'
		);
		expect(
			inline(
				'www.x.y, xhttps://no.pe, https:// and **https://b.c/d_e**'
			)
		).toBe(
			'www.x.y, xhttps://no.pe, https:// and <strong><a href="https://b.c/d_e">https://b.c/d_e</a></strong>'
		);
	} );

	it( 'should read backslash escapes as the character itself', () => {
		expect(
			inline(
				'\\*not em\\* \\_x\\_ \\`y\\` \\[z\\](https://a.b) \\\\ \\a'
			)
		).toBe(
			'*not em* _x_ `y` [z](<a href="https://a.b">https://a.b</a>) \\ \\a'
		);
	} );

	it( 'should keep HTML as text, never markup', () => {
		expect(
			inline(
				'<script>alert("x")</script> <b>hi</b> &amp; <!-- /wp:paragraph -->'
			)
		).toBe(
			'&lt;script>alert("x")&lt;/script> &lt;b>hi&lt;/b> &amp;amp; &lt;!-- /wp:paragraph -->'
		);
	} );

	it( 'should make one paragraph per table row, cells joined by " | "', () => {
		expect(
			markdownToBlocks(
				'| Name | **Value** |\n|:--|--:|\n| a \\| b | `1` |\n|  |  |\nno pipe'
			)
		).toEqual( [
			paragraph( 'Name | <strong>Value</strong>' ),
			paragraph( 'a | b | <code>1</code>' ),
			paragraph( 'no pipe' ),
		] );
		expect( markdownToBlocks( '|  | x |\n|---|---|\n| y |  |' ) ).toEqual( [
			paragraph( '| x' ),
			paragraph( 'y |' ),
		] );
		expect( markdownToBlocks( 'A | B\n--- | ---\n1 | 2' ) ).toEqual( [
			paragraph( 'A | B' ),
			paragraph( '1 | 2' ),
		] );
	} );

	it( 'should not make a table without a delimiter row of as many cells', () => {
		expect( inline( 'a | b\n--- | --- | ---\nc | d' ) ).toBe(
			'a | b<br>--- | --- | ---<br>c | d'
		);
	} );

	it( 'should make inline HTML that inline.ts leaves as it is', () => {
		const blocks = markdownToBlocks(
			`${ DOCUMENT }\n\na   b\t c  \n\n- x  y\n- ***z***\n\n> a > b &amp; “q” \u00a0 x`
		);
		const htmls = inlineOf( blocks );
		expect( htmls.length ).toBeGreaterThan( 15 );
		for ( const html of htmls ) {
			expect( inlineHtml( html ) ).toBe( html );
		}
	} );

	it( 'should serialize a realistic document as the block editor would', () => {
		const list = ( body: string, ordered = false ) =>
			`<!-- wp:list${ ordered ? ' {"ordered":true}' : '' } -->\n<${ ordered ? 'ol' : 'ul' } class="wp-block-list">${ body }</${ ordered ? 'ol' : 'ul' }>\n<!-- /wp:list -->`;
		const li = ( html: string ) =>
			`<!-- wp:list-item -->\n<li>${ html }</li>\n<!-- /wp:list-item -->`;
		expect( serializeBlocks( markdownToBlocks( DOCUMENT ) ) ).toBe(
			[
				'<!-- wp:heading -->\n<h2 class="wp-block-heading">Release notes</h2>\n<!-- /wp:heading -->',
				'<!-- wp:paragraph -->\n<p>Version <strong>2.0</strong> brings <em>faster</em> publishing, <code>quick drafts</code> and <s>fewer</s> no bugs.<br>See <a href="https://example.com/changelog">the changelog</a> or <a href="https://example.com/docs">https://example.com/docs</a>.</p>\n<!-- /wp:paragraph -->',
				'<!-- wp:heading -->\n<h2 class="wp-block-heading">What\'s new</h2>\n<!-- /wp:heading -->',
				list(
					[
						li( 'Drafts save every <em>10 seconds</em>' ),
						li(
							`Lists nest:${ list(
								[
									li( 'by two spaces' ),
									li( 'or by four' ),
								].join( '\n\n' ),
								true
							) }`
						),
						li( 'Bad links stay text' ),
					].join( '\n\n' )
				),
				'<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Writing should feel like thinking.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>— Someone</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->',
				'<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Code</h3>\n<!-- /wp:heading -->',
				'<!-- wp:code -->\n<pre class="wp-block-code"><code>if ( a &lt; b &amp;&amp; c > d ) {\n\tpublish( \'**now**\' );\n}</code></pre>\n<!-- /wp:code -->',
				'<!-- wp:paragraph -->\n<p>Option | Default</p>\n<!-- /wp:paragraph -->',
				'<!-- wp:paragraph -->\n<p>Autosave | <em>on</em></p>\n<!-- /wp:paragraph -->',
				'<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
				'<!-- wp:image -->\n<figure class="wp-block-image"><img src="https://example.com/shot.png" alt="Screenshot"/></figure>\n<!-- /wp:image -->',
				'<!-- wp:paragraph -->\n<p>&lt;script>alert("hi")&lt;/script> stays text.</p>\n<!-- /wp:paragraph -->',
			].join( '\n\n' )
		);
	} );

	describe( 'performance', () => {
		// A megabyte of everything above, in 1,700 sections of 13 blocks.
		const megabyte = DOCUMENT.repeat( Math.ceil( 1e6 / DOCUMENT.length ) );
		const time = ( convert: ( text: string ) => unknown, text: string ) => {
			const start = performance.now();
			convert( text );
			return performance.now() - start;
		};

		it( 'should read a 1 MB document in well under a second, before inline.ts', () => {
			jest.isolateModules( () => {
				jest.doMock( '../inline', () => ( {
					...jest.requireActual( '../inline' ),
					inlineHtml: ( html: string ) => html,
					inlineFromText: ( text: string ) => text,
				} ) );
				const { markdownToBlocks: read } = require( '../markdown' );
				expect( time( read, megabyte ) ).toBeLessThan( 1000 );
			} );
		} );

		it( 'should read input made to make a parser backtrack or rescan in linear time', () => {
			jest.isolateModules( () => {
				jest.doMock( '../inline', () => ( {
					...jest.requireActual( '../inline' ),
					inlineHtml: ( html: string ) => html,
					inlineFromText: ( text: string ) => text,
				} ) );
				const { markdownToBlocks: read } = require( '../markdown' );
				// About 1 MB each at n = 1: quadratic work would take 16 times a quarter's time.
				const nested = ( n: number ) =>
					Array.from(
						{ length: 80000 * n },
						( _, line ) => `${ ' '.repeat( ( line % 6 ) * 2 ) }- x`
					).join( '\n' );
				for ( const make of [
					( n: number ) => '*a _b '.repeat( 170000 * n ),
					( n: number ) => '**a** _b_ '.repeat( 100000 * n ),
					( n: number ) =>
						' _a'.repeat( 150000 * n ) + ' a*'.repeat( 150000 * n ),
					( n: number ) => '[a]('.repeat( 250000 * n ),
					( n: number ) => '[a](b "'.repeat( 150000 * n ),
					( n: number ) => '`a ``b '.repeat( 140000 * n ),
					( n: number ) => '```\nx\n'.repeat( 160000 * n ),
					( n: number ) => '~~~js\nx\n'.repeat( 120000 * n ),
					( n: number ) => '> - a\n> > b\n'.repeat( 85000 * n ),
					nested,
					( n: number ) => 'https://a.b/(((( '.repeat( 60000 * n ),
					( n: number ) => '<a '.repeat( 330000 * n ),
					( n: number ) => 'a | b\n'.repeat( 160000 * n ),
					( n: number ) => '['.repeat( 1e6 * n ),
					( n: number ) => '`'.repeat( 1e6 * n ),
					( n: number ) => `[a](${ ' '.repeat( 1e6 * n ) }x`,
					( n: number ) => `[a](b${ ' '.repeat( 1e6 * n ) }x`,
					( n: number ) => `# a${ ' '.repeat( 1e6 * n ) }b`,
					( n: number ) => `# ${ '#'.repeat( 1e6 * n ) }x`,
				] ) {
					const quarter = time( read, make( 0.25 ) );
					expect( time( read, make( 1 ) ) ).toBeLessThan(
						Math.max( 1000, quarter * 10 )
					);
				}
			} );
		} );

		it( 'should convert a 1 MB document with its canonical HTML in seconds at most', () => {
			expect( time( markdownToBlocks, megabyte ) ).toBeLessThan( 8000 );
			expect( time( looksLikeMarkdown, megabyte ) ).toBeLessThan( 100 );
		} );
	} );
} );

describe( 'looksLikeMarkdown', () => {
	it.each( [
		[ 'a heading', 'Intro\n\n## Details\n\nMore.' ],
		[ 'a bulleted list', 'Buy:\n- milk\n- eggs' ],
		[ 'a numbered list', '1. one\n2. two' ],
		[ 'a fence', 'Run:\n```\nnpm test\n```' ],
		[ 'a quote', '> To be or not to be' ],
		[ 'a rule', 'Part one\n\n---\n\nPart two' ],
		[ 'a table', 'a | b\n--|--\n1 | 2' ],
		[ 'an image', '![logo](https://example.com/logo.png)' ],
		[ 'bold', 'This is **important**.' ],
		[ 'a link', 'Read [the docs](https://example.com).' ],
		[ 'inline code', 'Call `init()` first.' ],
		[ 'strikethrough', 'It is ~~wrong~~ right.' ],
		[ 'emphasis between spaces', 'I *really* mean it.' ],
		[ 'an autolink', 'Mail <https://example.com/x> please.' ],
	] )( 'should be true for %s', ( _, text ) => {
		expect( looksLikeMarkdown( text ) ).toBe( true );
	} );

	it.each( [
		[ 'empty text', '' ],
		[
			'prose',
			'Dear Sam,\n\nThanks for the lovely dinner. See you soon!\n\nAlex',
		],
		[ 'a URL', 'https://example.com/some_path_(x)?a=*b*' ],
		[ 'arithmetic', '5 * 3 = 15 and 2 * 4 = 8' ],
		[
			'file names',
			'Edit my_file_name.txt and __init__.py, not *.md files',
		],
		[ 'one dash line', 'See you then\n- Alex' ],
		[ 'a date', '18. May 2021' ],
		[ 'numbers not from 1', '3. three\n4. four' ],
		[ 'a hashtag', '#blessed #sunday' ],
		[ 'loose brackets', 'Choose [a] or [b] (or neither).' ],
	] )( 'should be false for %s', ( _, text ) => {
		expect( looksLikeMarkdown( text ) ).toBe( false );
	} );
} );
