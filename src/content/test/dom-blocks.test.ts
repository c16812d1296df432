/**
 * Internal dependencies
 */
import type { Block } from '../blocks';
import {
	EMBED_CLASS,
	IMAGE_CLASS,
	RAW_CLASS,
	readBlock,
	readBlocks,
	renderBlock,
} from '../dom-blocks';

const options = {
	describeRaw: ( name: string | null ) => `${ name ?? 'Classic' } block`,
};

/**
 * @param html Top-level content of the writing surface.
 * @return Its first node, in a surface in the document.
 */
function node( html: string ): Node {
	const root = document.createElement( 'div' );
	root.innerHTML = html;
	document.body.replaceChildren( root );
	return root.firstChild as Node;
}

const render = ( block: Block ) =>
	renderBlock( document, block, options ).outerHTML;

afterEach( () => document.body.replaceChildren() );

describe( 'renderBlock', () => {
	it( 'should show text blocks as the elements the writer types in', () => {
		expect(
			render( { type: 'paragraph', html: 'a <strong>b</strong>' } )
		).toBe( '<p>a <strong>b</strong></p>' );
		expect( render( { type: 'heading', level: 3, html: 'T' } ) ).toBe(
			'<h3>T</h3>'
		);
		expect(
			render( { type: 'quote', paragraphs: [ 'a', '<em>b</em>' ] } )
		).toBe( '<blockquote><p>a</p><p><em>b</em></p></blockquote>' );
		// An empty quote still has a paragraph to type in.
		expect( render( { type: 'quote', paragraphs: [] } ) ).toBe(
			'<blockquote><p></p></blockquote>'
		);
		expect( render( { type: 'separator' } ) ).toBe( '<hr>' );
	} );

	it( 'should show spaces a browser would hide as non-breaking ones, and read them back as spaces', () => {
		const block: Block = {
			type: 'paragraph',
			html: ' lead and end <em>in </em><br> two  here ',
		};
		const element = renderBlock( document, block, options );
		expect( element.innerHTML ).toBe(
			'\u00A0lead and end <em>in\u00A0</em><br>\u00A0two\u00A0 here\u00A0'.replace(
				/\u00A0/g,
				'&nbsp;'
			)
		);
		document.body.replaceChildren( element );
		// Spaces at the block's edges are trimmed, as when the writer typed them.
		expect( readBlock( element ) ).toEqual( {
			type: 'paragraph',
			html: 'lead and end <em>in </em><br> two here',
		} );
		const item = renderBlock(
			document,
			{
				type: 'list',
				ordered: false,
				items: [ { html: 'item ', list: null } ],
			},
			options
		);
		expect( item.innerHTML ).toBe( '<li>item&nbsp;</li>' );
	} );

	it( 'should show a nested list in its item', () => {
		expect(
			render( {
				type: 'list',
				ordered: true,
				items: [
					{ html: 'one', list: null },
					{
						html: 'two',
						list: {
							type: 'list',
							ordered: false,
							items: [ { html: 'sub', list: null } ],
						},
					},
				],
			} )
		).toBe( '<ol><li>one</li><li>two<ul><li>sub</li></ul></li></ol>' );
	} );

	it( 'should show code as text, never as markup', () => {
		const pre = renderBlock(
			document,
			{ type: 'code', text: 'a <b> & c\n  d' },
			options
		);
		expect( pre.outerHTML ).toBe(
			'<pre><code>a &lt;b&gt; &amp; c\n  d</code></pre>'
		);
		expect( pre.querySelector( 'b' ) ).toBeNull();
	} );

	it( 'should show images, embeds and kept blocks as elements not typed into, decorated', () => {
		const decorate = jest.fn();
		const image = renderBlock(
			document,
			{ type: 'image', id: 7, url: 'https://x.test/a.png', alt: 'A "q"' },
			{ ...options, decorate }
		);
		expect( image.className ).toBe( IMAGE_CLASS );
		expect( image.contentEditable ).toBe( 'false' );
		expect( image.dataset.id ).toBe( '7' );
		expect( image.querySelector( 'img' )?.getAttribute( 'alt' ) ).toBe(
			'A "q"'
		);
		const embed = renderBlock(
			document,
			{
				type: 'embed',
				url: 'https://v.test/1',
				embedType: 'video',
				providerNameSlug: 'v',
			},
			{ ...options, decorate }
		);
		expect( embed.className ).toBe( EMBED_CLASS );
		expect( embed.textContent ).toBe( 'https://v.test/1' );
		const raw = renderBlock(
			document,
			{ type: 'raw', markup: '<!-- wp:gallery /-->', name: 'gallery' },
			{ ...options, decorate }
		);
		expect( raw.className ).toBe( RAW_CLASS );
		expect( raw.contentEditable ).toBe( 'false' );
		expect( raw.textContent ).toBe( 'gallery block' );
		expect( decorate.mock.calls ).toEqual( [
			[ image ],
			[ embed ],
			[ raw ],
		] );
		renderBlock(
			document,
			{ type: 'separator' },
			{ ...options, decorate }
		);
		expect( decorate ).toHaveBeenCalledTimes( 3 );
	} );
} );

describe( 'readBlock', () => {
	const BLOCKS: Array< [ string, Block ] > = [
		[
			'a paragraph',
			{ type: 'paragraph', html: 'a <strong>b</strong><br>c' },
		],
		[ 'a heading', { type: 'heading', level: 4, html: '<em>T</em>' } ],
		[
			'a nested list',
			{
				type: 'list',
				ordered: false,
				items: [
					{
						html: 'one',
						list: {
							type: 'list',
							ordered: true,
							items: [ { html: 'sub', list: null } ],
						},
					},
					{ html: 'two', list: null },
				],
			},
		],
		[ 'a quote', { type: 'quote', paragraphs: [ 'q', 'r<br>s' ] } ],
		[ 'code', { type: 'code', text: 'if (a < b) {\n\treturn;\n}' } ],
		[ 'a separator', { type: 'separator' } ],
		[
			'an image',
			{ type: 'image', id: 3, url: 'https://x.test/i.png', alt: 'Alt' },
		],
		[
			'an image from elsewhere',
			{ type: 'image', id: null, url: 'https://x.test/i.png', alt: '' },
		],
		[
			'an embed',
			{
				type: 'embed',
				url: 'https://v.test/1',
				embedType: 'video',
				providerNameSlug: 'v',
			},
		],
		[
			'a kept block',
			{
				type: 'raw',
				markup: '<!-- wp:gallery -->x<!-- /wp:gallery -->',
				name: 'gallery',
			},
		],
	];

	it.each( BLOCKS )( 'should read back %s as it was shown', ( _, block ) => {
		const element = renderBlock( document, block, options );
		expect( readBlock( element ) ).toEqual( block );
	} );

	it( 'should find a kept block by its key after the surface is rebuilt from its HTML', () => {
		const markup = '<!-- wp:html -->\n<b>x</b>\n<!-- /wp:html -->';
		const root = document.createElement( 'div' );
		root.append(
			renderBlock(
				document,
				{ type: 'raw', markup, name: 'html' },
				options
			)
		);
		root.innerHTML = root.innerHTML;
		expect( readBlock( root.firstChild as Node ) ).toEqual( {
			type: 'raw',
			markup,
			name: 'html',
		} );
	} );

	it( 'should read headings the composer does not make as the nearest it does', () => {
		const level = ( tag: string ) =>
			(
				readBlock( node( `<${ tag }>T</${ tag }>` ) ) as {
					level: number;
				}
			 ).level;
		expect( [ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6' ].map( level ) ).toEqual( [
			2, 2, 3, 4, 4, 4,
		] );
	} );

	it( 'should read a div or loose text a browser made as a paragraph', () => {
		expect( readBlock( node( '<div>a <b>b</b></div>' ) ) ).toEqual( {
			type: 'paragraph',
			html: 'a <strong>b</strong>',
		} );
		expect( readBlock( node( 'a < b & c' ) ) ).toEqual( {
			type: 'paragraph',
			html: 'a &lt; b &amp; c',
		} );
		expect( readBlock( node( ' \n ' ) ) ).toBeNull();
		expect( readBlock( node( '<!-- c -->' ) ) ).toBeNull();
	} );

	it( 'should read typed non-breaking spaces as spaces where a browser puts them, and keep others', () => {
		const html = ( markup: string ) =>
			( readBlock( node( markup ) ) as { html: string } ).html;
		// Next to a space, before a format, at either edge of a line: the browser's.
		expect( html( '<p>a&nbsp; b</p>' ) ).toBe( 'a b' );
		expect( html( '<p>word&nbsp;<em>it</em></p>' ) ).toBe(
			'word <em>it</em>'
		);
		expect( html( '<p>&nbsp;lead and tail&nbsp;</p>' ) ).toBe(
			'lead and tail'
		);
		// Between two words: the writer's (or the post's) own.
		expect( html( '<p>10&nbsp;km</p>' ) ).toBe( '10\u00a0km' );
	} );

	it( 'should drop what only keeps the caret or a line open', () => {
		expect(
			readBlock( node( '<p><strong>b</strong>\u200Bx<br></p>' ) )
		).toEqual( { type: 'paragraph', html: '<strong>b</strong>x' } );
		expect( readBlock( node( '<pre>a<br>b<br></pre>' ) ) ).toEqual( {
			type: 'code',
			text: 'a\nb',
		} );
	} );

	it( 'should read a list a browser put straight into a list as items of its own', () => {
		expect(
			readBlock( node( '<ul><li>a<br></li><ul><li>b</li></ul></ul>' ) )
		).toEqual( {
			type: 'list',
			ordered: false,
			items: [
				{ html: 'a', list: null },
				{ html: 'b', list: null },
			],
		} );
	} );

	it( 'should read text a browser left in a quote as paragraphs of its own', () => {
		expect(
			readBlock( node( '<blockquote>loose<p>p</p>tail</blockquote>' ) )
		).toEqual( { type: 'quote', paragraphs: [ 'loose', 'p', 'tail' ] } );
		expect( readBlock( node( '<blockquote></blockquote>' ) ) ).toEqual( {
			type: 'quote',
			paragraphs: [ '' ],
		} );
	} );

	it( 'should read nothing of a figure without an image, or not the composer’s', () => {
		expect(
			readBlock(
				node( `<figure class="${ IMAGE_CLASS }"><img></figure>` )
			)
		).toBeNull();
		expect(
			readBlock( node( '<figure><img src="x.png"></figure>' ) )
		).toBeNull();
	} );
} );

describe( 'readBlocks', () => {
	it( 'should read the blocks in order, skipping what holds nothing', () => {
		const root = document.createElement( 'div' );
		root.innerHTML = '<h2>T</h2> \n<p>a</p><figure></figure>loose<hr>';
		expect( readBlocks( root ) ).toEqual( [
			{ type: 'heading', level: 2, html: 'T' },
			{ type: 'paragraph', html: 'a' },
			{ type: 'paragraph', html: 'loose' },
			{ type: 'separator' },
		] );
	} );
} );
