/**
 * Internal dependencies
 */
import { serializeBlock, serializeBlocks, type Block } from '../blocks';
import { inlineHtml } from '../inline';
import { parseContent } from '../parse';
import core from './core-serialized.json';

/**
 * What the block editor's own serializer wrote for the same blocks (`wp.blocks.serialize()` of
 * `createBlock()`, on WordPress 7.1: see core-serialized.json).
 */
const SAME_AS_CORE: Record< keyof typeof core, Block > = {
	paragraph: {
		type: 'paragraph',
		html: inlineHtml(
			'Hi <strong>b</strong> &amp; a &lt; c > d "q" \u00a0x<br>next'
		),
	},
	link: {
		type: 'paragraph',
		html: inlineHtml(
			'<a href="https://x.test/?a=1&amp;b=2" target="_blank">x</a> and <i>i</i><code>c</code><del>s</del>'
		),
	},
	heading2: { type: 'heading', level: 2, html: 'Title' },
	heading3: { type: 'heading', level: 3, html: 'Title' },
	heading4: { type: 'heading', level: 4, html: 'Title' },
	list: {
		type: 'list',
		ordered: false,
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
	},
	ordered: {
		type: 'list',
		ordered: true,
		items: [
			{ html: 'a', list: null },
			{ html: 'b', list: null },
		],
	},
	quote: { type: 'quote', paragraphs: [ 'q1', 'q2' ] },
	code: { type: 'code', text: 'a < b\n&c\n  x' },
	separator: { type: 'separator' },
	image: {
		type: 'image',
		id: 12,
		url: 'http://x.test/a.jpg?x=1&y="2"',
		alt: 'A "cat" & <dog>',
	},
	imageExternal: {
		type: 'image',
		id: null,
		url: 'https://e.test/a.png',
		alt: 'x',
	},
	embed: {
		type: 'embed',
		url: 'http://localhost:8889/?p=1&x=2',
		embedType: 'wp-embed',
		providerNameSlug: 'quick-post',
	},
};

describe( 'serializeBlock', () => {
	for ( const [ name, block ] of Object.entries( SAME_AS_CORE ) ) {
		it( `should write a ${ name } block as the block editor does`, () => {
			expect( serializeBlock( block ) ).toBe(
				core[ name as keyof typeof core ]
			);
		} );
	}

	it( 'should separate blocks with a blank line and leave out empty paragraphs', () => {
		expect(
			serializeBlocks( [
				{ type: 'paragraph', html: 'One' },
				{ type: 'paragraph', html: '<br>' },
				{ type: 'separator' },
				{ type: 'paragraph', html: '' },
			] )
		).toBe(
			`${ core.paragraph.replace( /<p>[\s\S]*<\/p>/, '<p>One</p>' ) }\n\n${ core.separator }`
		);
	} );
} );

describe( 'parseContent', () => {
	it( 'should read back every block it writes, as blocks it edits', () => {
		const content = Object.values( core ).join( '\n\n' );
		const blocks = parseContent( content );
		expect( blocks.map( ( block ) => block.type ) ).toEqual( [
			'paragraph',
			'paragraph',
			'heading',
			'heading',
			'heading',
			'list',
			'list',
			'quote',
			'code',
			'separator',
			'image',
			'image',
			'embed',
		] );
		expect( serializeBlocks( blocks ) ).toBe( content );
	} );

	it( 'should keep blocks it does not edit, and Classic HTML, byte for byte', () => {
		const gallery =
			'<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="a.jpg" alt="" class="wp-image-5"/></figure>\n<!-- /wp:image --></figure>\n<!-- /wp:gallery -->';
		const columns =
			'<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Left</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
		const pluginBlock = '<!-- wp:my-plugin/map {"lat":1.5,"zoom":3} /-->';
		const aligned =
			'<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Centered</p>\n<!-- /wp:paragraph -->';
		const classic =
			'<p>Old <font color="red">classic</font> text</p>\n[gallery ids="1,2"]';
		const blocks = parseContent(
			[
				gallery,
				columns,
				pluginBlock,
				aligned,
				core.paragraph,
				classic,
			].join( '\n\n' )
		);
		expect( blocks ).toEqual( [
			{ type: 'raw', markup: gallery, name: 'gallery' },
			{ type: 'raw', markup: columns, name: 'columns' },
			{ type: 'raw', markup: pluginBlock, name: 'my-plugin/map' },
			{ type: 'raw', markup: aligned, name: 'paragraph' },
			expect.objectContaining( { type: 'paragraph' } ),
			{ type: 'raw', markup: classic, name: null },
		] );
		expect( serializeBlocks( blocks ) ).toBe(
			[
				gallery,
				columns,
				pluginBlock,
				aligned,
				core.paragraph,
				classic,
			].join( '\n\n' )
		);
	} );

	it( 'should keep content it cannot split (a stray or missing delimiter) as it is', () => {
		const broken = '<!-- wp:paragraph -->\n<p>Never closed</p>';
		expect( serializeBlocks( parseContent( broken ) ) ).toBe( broken );
	} );
} );
