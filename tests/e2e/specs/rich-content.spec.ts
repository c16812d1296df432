/**
 * Content as a writing surface: every construct typed on both screens becomes valid core blocks,
 * Markdown and keyboard shortcuts work as in the block editor, paste keeps what matters and never
 * anything that runs, undo takes a paste or a conversion back in one step, and blocks Quick Post
 * does not edit survive a save byte for byte.
 */
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';
import { getStored, PNG_1PX } from '../utils/fixtures';
import { blocksInBlockEditor, pasteInto } from '../utils/blocks';
import { storageStatePath } from '../utils/roles';

test.describe( 'Every construct', () => {
	for ( const where of [ 'page', 'widget' ] as const ) {
		test( `written on the ${ where } is valid core blocks in the block editor and the same structure on the site`, async ( {
			page,
			admin,
			requestUtils,
		} ) => {
			const target = await requestUtils.rest( {
				path: '/wp/v2/posts',
				method: 'POST',
				data: { title: 'A post to embed', status: 'publish' },
			} );
			const composer = await ComposerUi.open( page, where );
			const title = `Every construct (${ where }) ${ Date.now() }`;
			await composer.title.fill( title );
			await composer.richContent.click();
			const type = ( text: string ) => page.keyboard.type( text );
			const press = ( key: string ) => page.keyboard.press( key );

			// Inline: an address that becomes a link, Ctrl+B, Markdown marks, and Ctrl+K on a selection.
			await type( 'Read https://example.org/article then ' );
			await press( 'ControlOrMeta+b' );
			await type( 'bold' );
			await press( 'ControlOrMeta+b' );
			await type( ', _italic_, `code`, ~~struck~~ and a link' );
			for ( let i = 0; i < 'link'.length; i++ ) {
				await press( 'Shift+ArrowLeft' );
			}
			await press( 'ControlOrMeta+k' );
			const dialog = page.getByRole( 'dialog', { name: 'Add link' } );
			await dialog
				.getByRole( 'textbox', { name: 'Link address' } )
				.fill( 'wordpress.org/news/' );
			await dialog
				.getByRole( 'checkbox', { name: 'Open in new tab' } )
				.check();
			await dialog.getByRole( 'button', { name: 'Apply' } ).click();
			await expect( dialog ).toHaveCount( 0 );
			await press( 'End' );
			await type( '.' );

			// Blocks, from Markdown shortcuts: heading, nested bulleted list, numbered list, quote,
			// code, separator.
			await press( 'Enter' );
			await press( 'Enter' );
			await type( '## A heading' );
			await press( 'Enter' );
			await type( '- first point' );
			await press( 'Enter' );
			await type( 'nested point' );
			await press( 'Tab' );
			await press( 'Enter' );
			await press( 'Enter' );
			await type( 'second point' );
			await press( 'Enter' );
			await press( 'Enter' );
			await type( '1. one' );
			await press( 'Enter' );
			await type( 'two' );
			await press( 'Enter' );
			await press( 'Enter' );
			await type( '> A quote' );
			await press( 'Enter' );
			await press( 'Enter' );
			await type( '```' );
			await type( 'const answer = 42;' );
			await press( 'Enter' );
			await type( 'answer < 43 && true' );
			await press( 'Enter' );
			await press( 'Enter' );
			await press( 'Enter' );
			await type( '---' );
			await press( 'Enter' );

			// An image, uploaded from the toolbar, with alt text.
			await composer.root
				.getByRole( 'toolbar', { name: 'Content formatting' } )
				.locator( 'input[type="file"]' )
				.setInputFiles( {
					name: `construct-${ where }.png`,
					mimeType: 'image/png',
					buffer: PNG_1PX,
				} );
			const image = composer.richContent.locator(
				'figure.quick-post-editor__image:not(.is-uploading) img'
			);
			await expect( image ).toBeVisible();
			await composer.richContent
				.getByRole( 'button', { name: 'Alt text' } )
				.click();
			const altDialog = page.getByRole( 'dialog', {
				name: 'Alternative text',
			} );
			await altDialog.getByRole( 'textbox' ).fill( 'A single pixel' );
			await altDialog.getByRole( 'button', { name: 'Apply' } ).click();
			await expect( image ).toHaveAttribute( 'alt', 'A single pixel' );

			// An address alone on a line the site can embed (a post of its own), then one it cannot.
			await composer.richContent.locator( 'p' ).last().click();
			await type( target.link );
			await press( 'Enter' );
			await expect(
				composer.richContent.locator(
					'figure.quick-post-editor__embed'
				)
			).toBeVisible();
			await composer.richContent.locator( 'p' ).last().click();
			await type( 'https://example.invalid/no-embed' );
			await press( 'Enter' );
			await type( 'The end.' );

			await composer.button( 'Publish' ).click();
			await expect( composer.notice( 'Post published.' ) ).toBeVisible();
			const id = await composer.savedPostId();
			const post = await getStored( requestUtils, 'posts', id );
			const raw = post.content.raw;

			// Canonical markup, as the block editor's serializer writes it.
			expect( raw ).toContain(
				'<p>Read <a href="https://example.org/article">https://example.org/article</a> then <strong>bold</strong>, <em>italic</em>, <code>code</code>, <s>struck</s> and a <a href="https://wordpress.org/news/" target="_blank" rel="noreferrer noopener">link</a>.</p>'
			);
			expect( raw ).toContain(
				'<!-- wp:heading -->\n<h2 class="wp-block-heading">A heading</h2>\n<!-- /wp:heading -->'
			);
			expect( raw ).toContain(
				'<pre class="wp-block-code"><code>const answer = 42;\nanswer &lt; 43 &amp;&amp; true</code></pre>'
			);
			expect( raw ).toMatch(
				/<!-- wp:image \{"id":\d+,"sizeSlug":"large","linkDestination":"none"\} -->\n<figure class="wp-block-image size-large"><img src="[^"]+" alt="A single pixel" class="wp-image-\d+"\/><\/figure>/
			);
			expect( raw ).toContain(
				`<!-- wp:embed {"url":"${ target.link }","type":"wp-embed"`
			);
			expect( raw ).toContain(
				'<p><a href="https://example.invalid/no-embed">https://example.invalid/no-embed</a></p>'
			);

			// Every block valid in the block editor, none of them Classic.
			const blocks = await blocksInBlockEditor( admin, page, id );
			expect(
				blocks.filter( ( block ) => ! block.isValid ),
				'invalid blocks'
			).toEqual( [] );
			expect(
				blocks.map( ( { name, depth } ) => `${ depth }:${ name }` )
			).toEqual( [
				'0:core/paragraph',
				'0:core/heading',
				'0:core/list',
				'1:core/list-item',
				'2:core/list',
				'3:core/list-item',
				'1:core/list-item',
				'0:core/list',
				'1:core/list-item',
				'1:core/list-item',
				'0:core/quote',
				'1:core/paragraph',
				'0:core/code',
				'0:core/separator',
				'0:core/image',
				'0:core/embed',
				'0:core/paragraph',
				'0:core/paragraph',
			] );

			// The site shows the same structure.
			await page.goto( post.link as string );
			const entry = page
				.locator( '.wp-block-post-content, .entry-content' )
				.first();
			await expect( entry.locator( 'h2' ) ).toHaveText( 'A heading' );
			await expect( entry.locator( '> ul > li' ) ).toHaveCount( 2 );
			await expect( entry.locator( 'ul ul > li' ) ).toHaveText(
				'nested point'
			);
			await expect( entry.locator( 'ol > li' ) ).toHaveText( [
				'one',
				'two',
			] );
			await expect(
				entry.locator( 'blockquote.wp-block-quote' )
			).toHaveText( 'A quote' );
			// The embed, as core shows a post of its own site.
			await expect(
				entry.locator( '.wp-block-embed iframe.wp-embedded-content' )
			).toHaveCount( 1 );
			await expect(
				entry.locator( 'a[href="https://wordpress.org/news/"]' )
			).toHaveText( 'link' );
			await expect(
				entry.locator( 'img[alt="A single pixel"]' )
			).toHaveCount( 1 );
			await expect( entry.locator( 'pre code' ) ).toContainText(
				'answer < 43'
			);
			await expect( entry.locator( 'hr' ) ).toHaveCount( 1 );
		} );
	}
} );

test.describe( 'Shortcuts', () => {
	test( 'Ctrl/Cmd+K in Content opens the link dialog, not the command palette', async ( {
		page,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.richContent.click();
		await page.keyboard.type( 'Some words' );
		await page.keyboard.press( 'Shift+Home' );
		await page.keyboard.press( 'ControlOrMeta+k' );
		await expect(
			page.getByRole( 'dialog', { name: 'Add link' } )
		).toBeVisible();
		await expect( page.locator( '.commands-command-menu' ) ).toHaveCount(
			0
		);
		await page.keyboard.press( 'Escape' );
		await expect(
			page.getByRole( 'dialog', { name: 'Add link' } )
		).toHaveCount( 0 );
		// Closing gives the words back their selection, unchanged, and nothing was saved.
		await expect( composer.richContent ).toBeFocused();
		await composer.expectContent( 'Some words' );
		await expect( composer.notice( /published|saved/i ) ).toHaveCount( 0 );
	} );

	test( 'a Markdown conversion and a paste are each one undo step, and redo brings them back', async ( {
		page,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.richContent.click();
		await page.keyboard.type( '## Title' );
		await expect( composer.richContent.locator( 'h2' ) ).toHaveText(
			'Title'
		);
		await page.keyboard.press( 'ControlOrMeta+z' );
		// Typing is undone separately from the conversion: first the word, then the heading.
		await page.keyboard.press( 'ControlOrMeta+z' );
		await expect( composer.richContent.locator( 'h2' ) ).toHaveCount( 0 );
		await composer.expectContent( '##' );
		await page.keyboard.press( 'ControlOrMeta+Shift+z' );
		await page.keyboard.press( 'ControlOrMeta+Shift+z' );
		await expect( composer.richContent.locator( 'h2' ) ).toHaveText(
			'Title'
		);

		// Deleting everything leaves a paragraph to type in, not an empty heading.
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.press( 'Delete' );
		await expect( composer.richContent.locator( 'h2' ) ).toHaveCount( 0 );
		await page.keyboard.type( 'Before.' );
		await pasteInto( composer.richContent, {
			html: '<h2>Pasted heading</h2><ul><li>one</li><li>two</li></ul><p>Pasted <b>paragraph</b></p>',
			text: 'Pasted heading\none\ntwo\nPasted paragraph',
		} );
		await expect( composer.richContent.locator( 'li' ) ).toHaveCount( 2 );
		await page.keyboard.press( 'ControlOrMeta+z' );
		await expect( composer.richContent.locator( 'h2, li' ) ).toHaveCount(
			0
		);
		await composer.expectContent( 'Before.' );
		await page.keyboard.press( 'ControlOrMeta+Shift+z' );
		await expect( composer.richContent.locator( 'li' ) ).toHaveCount( 2 );
		await expect( composer.richContent.locator( 'strong' ) ).toHaveText(
			'paragraph'
		);
	} );
} );

test.describe( 'Addresses', () => {
	test.use( { permissions: [ 'clipboard-read', 'clipboard-write' ] } );

	test( 'pasted over selected text links it; pasted alone on a line it embeds when the site can, and links when not', async ( {
		page,
		requestUtils,
	} ) => {
		const target = await requestUtils.rest( {
			path: '/wp/v2/posts',
			method: 'POST',
			data: { title: 'Embedded by paste', status: 'publish' },
		} );
		const composer = await ComposerUi.open( page, 'widget' );
		await composer.title.fill( `Addresses ${ Date.now() }` );
		await composer.richContent.click();
		await page.keyboard.type( 'Read the docs' );
		await page.keyboard.press( 'Shift+ArrowLeft' );
		await page.keyboard.press( 'Shift+ArrowLeft' );
		await page.keyboard.press( 'Shift+ArrowLeft' );
		await page.keyboard.press( 'Shift+ArrowLeft' );
		// A real Ctrl+V from the system clipboard.
		await page.evaluate( () =>
			navigator.clipboard.writeText( 'https://developer.wordpress.org/' )
		);
		await page.keyboard.press( 'ControlOrMeta+v' );
		await expect(
			composer.richContent.locator(
				'a[href="https://developer.wordpress.org/"]'
			)
		).toHaveText( 'docs' );

		await page.keyboard.press( 'End' );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.press( 'Enter' );
		await page.evaluate(
			( link ) => navigator.clipboard.writeText( link ),
			target.link as string
		);
		await page.keyboard.press( 'ControlOrMeta+v' );
		await expect(
			composer.richContent.locator( 'figure.quick-post-editor__embed' )
		).toContainText( target.link );
		await page.evaluate( () =>
			navigator.clipboard.writeText( 'https://example.invalid/page' )
		);
		await page.keyboard.press( 'ControlOrMeta+v' );

		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.content.raw ).toContain(
			'<p>Read the <a href="https://developer.wordpress.org/">docs</a></p>'
		);
		expect( post.content.raw ).toContain(
			`<!-- wp:embed {"url":"${ target.link }"`
		);
		expect( post.content.raw ).toContain(
			'<p><a href="https://example.invalid/page">https://example.invalid/page</a></p>'
		);
	} );
} );

test.describe( 'Paste', () => {
	test( 'a Markdown document pasted as plain text becomes the same blocks', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.title.fill( `Markdown paste ${ Date.now() }` );
		await composer.richContent.click();
		await pasteInto( composer.richContent, {
			text: [
				'## Plan',
				'',
				'Some **bold** words and a [link](https://example.org/).',
				'',
				'- one',
				'  - nested',
				'- two',
				'',
				'1. first',
				'2. second',
				'',
				'> quoted',
				'',
				'```',
				'code()',
				'```',
				'',
				'---',
				'',
				'The end.',
			].join( '\n' ),
		} );
		await composer.button( 'Save draft' ).click();
		await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		const names = [
			...post.content.raw.matchAll( /<!-- wp:([a-z-]+)/g ),
		].map( ( match ) => match[ 1 ] );
		expect( names ).toEqual( [
			'heading',
			'paragraph',
			'list',
			'list-item',
			'list',
			'list-item',
			'list-item',
			'list',
			'list-item',
			'list-item',
			'quote',
			'paragraph',
			'code',
			'separator',
			'paragraph',
		] );
		expect( post.content.raw ).toContain(
			'<p>Some <strong>bold</strong> words and a <a href="https://example.org/">link</a>.</p>'
		);
	} );

	for ( const role of [ 'administrator', 'author' ] as const ) {
		test.describe( `as an ${ role }`, () => {
			test.use( { storageState: storageStatePath( role ) } );

			test( 'keeps the text of a hostile paste and nothing that runs', async ( {
				page,
				requestUtils,
			} ) => {
				const dialogs: string[] = [];
				page.on( 'dialog', ( dialog ) => {
					dialogs.push( dialog.message() );
					void dialog.dismiss();
				} );
				const composer = await ComposerUi.open( page, 'page' );
				await composer.title.fill( `Hostile paste ${ Date.now() }` );
				await composer.richContent.click();
				await pasteInto( composer.richContent, {
					html: [
						'<p onclick="alert(1)" style="color:red" class="MsoNormal">Click <a href="javascript:alert(2)">here</a> or <a href=" JaVaScRiPt:alert(3)">there</a>.</p>',
						'<script>alert(4)</script>',
						'<p><img src="x" onerror="alert(5)">Image gone, <a href="https://example.org/" onmouseover="alert(6)">link kept</a>.</p>',
						'<iframe src="javascript:alert(7)"></iframe>',
						'<table><tr><td>cell one</td><td>cell two</td></tr></table>',
					].join( '' ),
					text: 'Click here or there.\nImage gone, link kept.\ncell one cell two',
				} );
				await expect(
					composer.richContent.locator(
						'[onclick], [onerror], [onmouseover], script, iframe, [style]'
					)
				).toHaveCount( 0 );
				await composer.button( 'Save draft' ).click();
				await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();
				const post = await getStored(
					requestUtils,
					'posts',
					await composer.savedPostId()
				);
				const raw = post.content.raw;
				expect( raw ).not.toMatch(
					/javascript:|onclick|onerror|onmouseover|<script|<iframe|style=|class="Mso/i
				);
				expect( raw ).toContain( '<p>Click here or there.</p>' );
				expect( raw ).toContain(
					'<a href="https://example.org/">link kept</a>'
				);
				// A table's text stays, as paragraphs.
				expect( raw ).toContain( 'cell one' );
				expect( raw ).toContain( 'cell two' );
				expect( dialogs ).toEqual( [] );
			} );
		} );
	}
} );

test.describe( 'A draft with blocks Quick Post does not edit', () => {
	const kept = [
		'<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="https://example.org/a.jpg" alt=""/></figure>\n<!-- /wp:image --></figure>\n<!-- /wp:gallery -->',
		'<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>In a column</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->',
		'<!-- wp:shortcode -->\n[gallery ids="1,2"]\n<!-- /wp:shortcode -->',
		'<!-- wp:acme/widget {"answer":42,"note":"\\u003cb\\u003e"} /-->',
		'<p>Classic <em>content</em>   with odd   spacing</p>',
	];
	const content = [
		kept[ 0 ],
		'<!-- wp:paragraph -->\n<p>Edit me.</p>\n<!-- /wp:paragraph -->',
		...kept.slice( 1 ),
	].join( '\n\n' );

	test( 'shows them as placeholders linking to the block editor, and a save keeps them byte for byte', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Kept blocks ${ Date.now() }`;
		const draft = await requestUtils.rest( {
			path: '/wp/v2/posts',
			method: 'POST',
			data: { title, content, status: 'draft' },
		} );
		const composer = await ComposerUi.open( page, 'page' );
		await composer.drafts
			.getByRole( 'button', { name: `Continue “${ title }” here` } )
			.click();
		await expect( composer.title ).toHaveValue( title );
		const placeholders = composer.richContent.locator(
			'.quick-post-editor__raw'
		);
		await expect( placeholders ).toHaveCount( kept.length );
		await expect( placeholders.first() ).toHaveAttribute(
			'contenteditable',
			'false'
		);
		await expect(
			placeholders
				.first()
				.getByRole( 'link', { name: 'Edit it in the block editor' } )
		).toHaveAttribute(
			'href',
			new RegExp( `post\\.php\\?post=${ draft.id }&action=edit` )
		);

		await composer.richContent.getByText( 'Edit me.' ).click();
		await page.keyboard.press( 'End' );
		await page.keyboard.type( ' Edited.' );
		await composer.button( 'Save draft' ).click();
		await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();

		const stored = await getStored( requestUtils, 'posts', draft.id );
		for ( const markup of kept ) {
			expect( stored.content.raw ).toContain( markup );
		}
		expect( stored.content.raw ).toBe(
			content.replace( '<p>Edit me.</p>', '<p>Edit me. Edited.</p>' )
		);
	} );
} );

test.describe( 'Rich content and the reliability promises', () => {
	test( 'a local copy of rich content is restored with its blocks', async ( {
		page,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.title.fill( 'Rich local copy' );
		await composer.richContent.click();
		await page.keyboard.type( '## Kept heading' );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.type( '- kept item' );
		// The local copy is written within half a second of the last change.
		await expect
			.poll( () =>
				page.evaluate( () =>
					Object.keys( window.localStorage )
						.filter( ( key ) => key.startsWith( 'quick-post:' ) )
						.map( ( key ) => window.localStorage.getItem( key ) )
						.join( '\n' )
				)
			)
			.toContain( 'kept item' );
		await page.reload();
		const restored = await ComposerUi.open( page, 'page' );
		await expect(
			restored.notice( 'Restored your unsaved post.' )
		).toBeVisible();
		await expect( restored.richContent.locator( 'h2' ) ).toHaveText(
			'Kept heading'
		);
		await expect( restored.richContent.locator( 'li' ) ).toHaveText(
			'kept item'
		);
	} );
} );
