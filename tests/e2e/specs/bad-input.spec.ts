/**
 * Bad input through the composer: each gets a clear message or a correct stored result (read back
 * over REST), and what the writer typed is never lost when something is refused.
 */
import { test, expect } from '../utils/test';
import type { Dialog } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ComposerUi, paragraphBlock } from '../utils/composer';
import {
	getStored,
	setMoreOptionsOpen,
	testCookie,
	userId,
} from '../utils/fixtures';
import {
	deleteTermsMatching,
	noisePng,
	restRoute,
	trackRest,
} from '../utils/bad-input';
import { USERS, storageStatePath } from '../utils/roles';

const ALL_STATUSES = 'publish,future,draft,pending,private,trash';

async function expectKept(
	composer: ComposerUi,
	title: string,
	content: string
) {
	await expect( composer.title ).toHaveValue( title );
	await composer.expectContent( content );
}

test.describe( 'Bad input', () => {
	test.afterAll( async ( { requestUtils } ) => {
		// Leave "More options" closed for the specs that run after this one.
		await setMoreOptionsOpen( requestUtils, false );
		await requestUtils.rest( {
			path: `/wp/v2/users/${ await userId( requestUtils, USERS.author.username ) }`,
			method: 'POST',
			data: { meta: { quick_post_more_options_open: false } },
		} );
	} );

	test( 'an empty title and content are refused with a message, and nothing is sent', async ( {
		page,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		const saves = trackRest( page, [ '/wp/v2/posts' ] );
		const refusal = composer.notice(
			'Add a title or some content before saving.'
		);

		await composer.button( 'Publish' ).click();
		await expect( refusal ).toBeVisible();

		// Blank space is no words either, and stays where it was typed (Content, like the block
		// editor, shows blank lines and spaces as no text).
		await composer.write( '   ', ' \n\n\t ' );
		await composer.button( 'Publish' ).click();
		await expect( refusal ).toBeVisible();
		await expectKept( composer, '   ', '' );

		// A real save afterwards is the first POST the page sends: the refusals sent none.
		await composer.write( 'Words at last', '' );
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		expect(
			saves.map( ( request ) => restRoute( request.url() ) )
		).toEqual( [ '/wp/v2/posts' ] );
	} );

	test( 'a megabyte of content is published and stored whole', async ( {
		page,
		requestUtils,
	} ) => {
		const paragraph = 'a'.repeat( 256 * 1024 );
		const content = Array( 4 ).fill( paragraph ).join( '\n\n' );
		expect( content.replace( /\n/g, '' ) ).toHaveLength( 1024 * 1024 );
		const title = `A megabyte ${ Date.now() }`;

		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, content );
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible( {
			timeout: 60_000,
		} );

		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.title.raw ).toBe( title );
		const paragraphs = [
			...post.content.raw.matchAll( /<p>([^<]*)<\/p>/g ),
		].map( ( match ) => match[ 1 ]?.length );
		expect( paragraphs ).toEqual( Array( 4 ).fill( paragraph.length ) );
		const expected = Array( 4 )
			.fill( paragraphBlock( paragraph ) )
			.join( '\n\n' );
		expect( post.content.raw ).toHaveLength( expected.length );
		// Not toBe(): a failure would print two megabytes.
		expect( post.content.raw === expected ).toBe( true );
	} );

	test( 'emoji, right-to-left text and combining characters are stored exactly; NUL characters are dropped', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Family 👩‍👩‍👧 flag 🏳️‍🌈 thumb 👍🏽 · שלום עולם · مرحبا بالعالم · Cafe\u0301 n\u0303 · a\u0000b ${ Date.now() }`;
		const content =
			'Family 👩‍👩‍👧 and 🧑🏿‍🚀\nשלום עולם — مرحبا بالعالم\n\nCafe\u0301 Zo\u0308e a\u0000b\u0000';

		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, content );
		// The title's NULs reach the composer (the browser keeps them): it is the composer that drops
		// them. The writing surface never shows one.
		await expectKept( composer, title, content.replace( /\0/g, '' ) );
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();

		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.title.raw ).toBe( title.replace( /\0/g, '' ) );
		expect( post.content.raw ).toBe(
			[
				paragraphBlock(
					'Family 👩‍👩‍👧 and 🧑🏿‍🚀<br>שלום עולם — مرحبا بالعالم'
				),
				paragraphBlock( 'Cafe\u0301 Zo\u0308e ab' ),
			].join( '\n\n' )
		);
	} );

	const stamp = Date.now();
	const markup = {
		title: `Markup <script>alert(1)</script><img src=x onerror="window.__qpXss='title'"><b>bold</b> ${ stamp }`,
		content: `<script>window.__qpXss='content'</script> & <img src=x onerror="alert(3)">`,
		excerpt: `<em>short</em> <img src=x onerror="window.__qpXss='excerpt'"><script>alert(4)</script>`,
	};
	// Core keeps an administrator's markup (unfiltered_html) and runs an author's through kses.
	// Content is typed text, escaped as the block editor's rich text escapes it (`&` and `<`);
	// kses then writes an author's lone `>` as `&gt;`.
	const storedMarkup = {
		administrator: {
			title: markup.title,
			excerpt: markup.excerpt,
			content: `&lt;script>window.__qpXss='content'&lt;/script> &amp; &lt;img src=x onerror="alert(3)">`,
		},
		author: {
			title: `Markup alert(1)<b>bold</b> ${ stamp }`,
			// kses keeps an <img> without its handler.
			excerpt: '<em>short</em> <img src="x">alert(4)',
			content: `&lt;script&gt;window.__qpXss='content'&lt;/script&gt; &amp; &lt;img src=x onerror="alert(3)"&gt;`,
		},
	};
	for ( const role of [ 'administrator', 'author' ] as const ) {
		test.describe( `HTML typed by an ${ role }`, () => {
			test.use( { storageState: storageStatePath( role ) } );

			test( 'is stored as core decides for the role, the content as text, and nothing runs', async ( {
				page,
				requestUtils,
			} ) => {
				const dialogs: string[] = [];
				page.on( 'dialog', ( dialog: Dialog ) => {
					dialogs.push( dialog.message() );
					void dialog.dismiss();
				} );
				const composer = await ComposerUi.open( page, 'page' );
				await composer.openMoreOptions();
				await composer.write( markup.title, markup.content );
				await composer.root
					.getByRole( 'textbox', { name: 'Excerpt' } )
					.fill( markup.excerpt );
				await composer.button( 'Publish' ).click();

				const notice = composer.notice( 'Post published.' );
				await expect( notice ).toBeVisible();
				await expect(
					notice.locator( '.components-notice__content' )
				).toHaveText( 'Post published.' );
				await expect( notice.getByRole( 'link' ) ).toHaveText( [
					'View post',
					'Edit post',
				] );
				await expect( notice.locator( 'img, script' ) ).toHaveCount(
					0
				);

				const post = await getStored(
					requestUtils,
					'posts',
					await composer.savedPostId()
				);
				// Content is typed text: escaped inside a paragraph block, whoever typed it.
				expect( post.content.raw ).toBe(
					paragraphBlock( storedMarkup[ role ].content )
				);
				expect( post.title.raw ).toBe( storedMarkup[ role ].title );
				expect( post.excerpt.raw ).toBe( storedMarkup[ role ].excerpt );

				await expect( page.locator( 'img[src="x"]' ) ).toHaveCount( 0 );
				expect(
					await page.evaluate(
						() =>
							( window as unknown as { __qpXss?: string } )
								.__qpXss
					)
				).toBeUndefined();
				expect( dialogs ).toEqual( [] );
			} );
		} );
	}

	test( 'a slug that is taken gets the next free one, and the writer is told', async ( {
		page,
		requestUtils,
	} ) => {
		const slug = 'qp-taken-slug';
		const earlier: Array< { id: number } > = await requestUtils.rest( {
			path: '/wp/v2/posts',
			params: {
				slug: `${ slug },${ slug }-2,${ slug }-3`,
				status: ALL_STATUSES,
				per_page: 100,
				context: 'edit',
			},
		} );
		for ( const post of earlier ) {
			await requestUtils.rest( {
				path: `/wp/v2/posts/${ post.id }`,
				method: 'DELETE',
				params: { force: true },
			} );
		}
		const holder = await requestUtils.rest( {
			path: '/wp/v2/posts',
			method: 'POST',
			data: { title: 'Holds the slug', slug, status: 'publish' },
		} );
		expect( holder.slug ).toBe( slug );

		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		await composer.write( 'Wants the same slug', 'Collides.' );
		await composer.root
			.getByRole( 'textbox', { name: 'Slug' } )
			.fill( slug );
		await composer.button( 'Publish' ).click();

		await expect(
			composer.notice(
				'The slug “qp-taken-slug” was taken or not allowed, so this post uses “qp-taken-slug-2”.'
			)
		).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.slug ).toBe( 'qp-taken-slug-2' );
		expect( post.status ).toBe( 'publish' );
	} );

	test( 'a category deleted while the form is open is left out, and the writer is told', async ( {
		page,
		requestUtils,
	} ) => {
		const name = `Vanishing category ${ Date.now() }`;
		const category = await requestUtils.rest( {
			path: '/wp/v2/categories',
			method: 'POST',
			data: { name },
		} );
		const { default_category: defaultCategory } = await requestUtils.rest( {
			path: '/wp/v2/settings',
		} );

		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		await composer.write( 'Has a vanished category', 'Saved anyway.' );
		const categories = composer.root.getByRole( 'group', {
			name: 'Categories',
		} );
		await categories
			.getByRole( 'searchbox', { name: 'Search Categories' } )
			.fill( name );
		await categories.getByRole( 'checkbox', { name } ).check();
		await expect(
			categories
				.getByRole( 'list', { name: 'Selected Categories' } )
				.getByRole( 'checkbox', { name } )
		).toBeChecked();

		await requestUtils.rest( {
			path: `/wp/v2/categories/${ category.id }`,
			method: 'DELETE',
			params: { force: true },
		} );
		await composer.button( 'Publish' ).click();

		await expect(
			composer.notice(
				`Categories left out because they no longer exist: ${ name }.`
			)
		).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.status ).toBe( 'publish' );
		expect( post.categories ).not.toContain( category.id );
		expect( post.categories ).toEqual( [ defaultCategory ] );
	} );

	test( 'a publish date in the past back-dates the post instead of scheduling it', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		await composer.write( 'Back-dated', 'From the archive.' );
		await composer.root
			.getByRole( 'button', { name: 'Publish date: Immediately' } )
			.click();
		await page.getByLabel( 'Month', { exact: true } ).selectOption( '01' );
		await page.getByLabel( 'Day' ).fill( '15' );
		await page.getByLabel( 'Year' ).fill( '2020' );
		await page.getByLabel( 'Hours' ).fill( '10' );
		await page.getByLabel( 'Minutes' ).fill( '30' );
		await page.getByRole( 'radio', { name: 'AM', exact: true } ).click();
		await page.getByRole( 'button', { name: 'Done' } ).click();

		await expect(
			composer.root.getByRole( 'button', {
				name: 'Publish date: January 15, 2020 10:30 am',
			} )
		).toBeVisible();
		await expect( composer.button( 'Publish' ) ).toBeVisible();
		await expect( composer.button( 'Schedule' ) ).toHaveCount( 0 );
		await composer.button( 'Publish' ).click();

		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.status ).toBe( 'publish' );
		expect( post.date ).toBe( '2020-01-15T10:30:00' );
	} );

	test( 'a 300-character tag name is refused at the field, and nothing is created', async ( {
		page,
		requestUtils,
	} ) => {
		const marker = `qplong${ Date.now() }`;
		const longName = `${ marker } `.padEnd( 300, 'y' );
		const title = 'Has a very long tag';
		const content = 'The tag is too long.';
		const termWrites = trackRest( page, [ '/wp/v2/tags', '/batch/v1' ] );

		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		await composer.write( title, content );
		const tags = composer.root.getByRole( 'combobox', { name: 'Tags' } );
		const tagsField = composer.root
			.locator( '.quick-post-field' )
			// `has` is matched inside each field, so it starts from the page, not the composer.
			.filter( {
				has: page.getByRole( 'combobox', { name: 'Tags' } ),
			} );
		const refusal = tagsField.getByRole( 'alert' );
		const tokens = tagsField.locator(
			'.components-form-token-field__token'
		);

		// Ended with a comma…
		await tags.fill( `${ longName },` );
		await expect( refusal ).toContainText( 'is too long' );
		await expect( refusal ).toContainText( 'at most 200 characters' );
		await expect( refusal ).toHaveText(
			`“${ longName.slice(
				0,
				40
			) }…” is too long: a tag name can have at most 200 characters.`
		);
		await expect( tokens ).toHaveCount( 0 );
		await expectKept( composer, title, content );

		// …or with Enter.
		await tags.fill( longName );
		await tags.press( 'Enter' );
		await expect( refusal ).toContainText( 'is too long' );
		await expect( tokens ).toHaveCount( 0 );
		await expectKept( composer, title, content );

		// Publishing does not sneak it in either.
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.tags ).toEqual( [] );
		expect( termWrites ).toHaveLength( 0 );
		expect(
			await requestUtils.rest( {
				path: '/wp/v2/tags',
				params: { search: marker, hide_empty: false },
			} )
		).toEqual( [] );
	} );

	test( 'two hundred new tags on one post are all created and stored', async ( {
		page,
		requestUtils,
	} ) => {
		test.slow();
		const marker = `qpmany${ Date.now() }`;
		const names = Array.from(
			{ length: 200 },
			( _, index ) => `${ marker } ${ index + 1 }`
		);
		try {
			const composer = await ComposerUi.open( page, 'page' );
			await composer.openMoreOptions();
			await composer.write( 'Two hundred tags', 'Tagged to the hilt.' );
			const tags = composer.root.getByRole( 'combobox', {
				name: 'Tags',
			} );
			// FormTokenField makes a token of everything before each comma.
			await tags.fill( `${ names.join( ',' ) },` );
			await expect(
				composer.root.locator( '.components-form-token-field__token' )
			).toHaveCount( 200 );
			const started = Date.now();
			await composer.button( 'Publish' ).click();
			await expect( composer.notice( 'Post published.' ) ).toBeVisible( {
				timeout: 120_000,
			} );
			test.info().annotations.push( {
				type: 'timing',
				description: `200 new tags: ${
					Date.now() - started
				} ms from Publish to the notice`,
			} );

			const post = await getStored(
				requestUtils,
				'posts',
				await composer.savedPostId()
			);
			expect( post.tags ).toHaveLength( 200 );
			const stored: Array< { name: string } > = [];
			for ( let start = 0; start < 200; start += 100 ) {
				stored.push(
					...( await requestUtils.rest( {
						path: '/wp/v2/tags',
						params: {
							include: post.tags
								.slice( start, start + 100 )
								.join( ',' ),
							per_page: 100,
							_fields: 'name',
						},
					} ) )
				);
			}
			expect( stored.map( ( tag ) => tag.name ).sort() ).toEqual(
				[ ...names ].sort()
			);
		} finally {
			await deleteTermsMatching( requestUtils, 'tags', marker );
		}
	} );

	test( 'a featured image that is not an image, or too large, is refused with a reason', async ( {
		page,
		context,
		baseURL,
		requestUtils,
	} ) => {
		await context.addCookies( [
			testCookie( baseURL ?? '', 'quick_post_test_upload_limit', '1000' ),
		] );
		const mediaBefore: Array< { id: number } > = await requestUtils.rest( {
			path: '/wp/v2/media',
			params: { per_page: 100, _fields: 'id' },
		} );
		const uploads = trackRest( page, [ '/wp/v2/media' ] );
		const title = 'Picture trouble';
		const content = 'The words stay.';

		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		await composer.write( title, content );
		const file = composer.featuredImageFile;
		const field = composer.root
			.locator( '.quick-post-featured-image' )
			.getByRole( 'alert' );

		await file.setInputFiles( {
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from( 'Not a picture at all.\n' ),
		} );
		await expect( field ).toHaveText(
			'That file is not an image. Choose a JPEG, PNG, GIF, WebP or AVIF file.'
		);
		await expectKept( composer, title, content );

		const png = noisePng( 40, 40 );
		expect( png.length ).toBeGreaterThan( 1000 );
		await file.setInputFiles( {
			name: 'big.png',
			mimeType: 'image/png',
			buffer: png,
		} );
		await expect( field ).toHaveText(
			`This image is ${ Math.ceil(
				png.length / 1024
			) } KB, and your site accepts files up to 1 KB. Choose a smaller image.`
		);
		await expect(
			composer.root.getByRole( 'button', { name: 'Replace image' } )
		).toHaveCount( 0 );
		await expectKept( composer, title, content );

		expect( uploads ).toHaveLength( 0 );
		const mediaAfter: Array< { id: number } > = await requestUtils.rest( {
			path: '/wp/v2/media',
			params: { per_page: 100, _fields: 'id' },
		} );
		expect( mediaAfter ).toEqual( mediaBefore );
	} );
} );
