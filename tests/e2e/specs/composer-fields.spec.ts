/**
 * Every field of the full composer, saved and read back over REST; other post types; drafts.
 */
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { restRoute } from '../utils/bad-input';
import { ComposerUi, paragraphBlock } from '../utils/composer';
import {
	PNG_1PX,
	deleteTerms,
	ensureTerm,
	getStored,
	setMoreOptionsOpen,
	termId,
	userId,
} from '../utils/fixtures';
import { USERS, storageStatePath } from '../utils/roles';

test.describe( 'The full composer, as an administrator', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.deleteAllPosts();
		await setMoreOptionsOpen( requestUtils, false );
		const travel = await ensureTerm( requestUtils, 'categories', 'Travel' );
		await ensureTerm( requestUtils, 'categories', 'Trains', travel );
		await ensureTerm( requestUtils, 'tags', 'rail' );
		await deleteTerms( requestUtils, 'categories', [ 'Slow travel' ] );
		await deleteTerms( requestUtils, 'tags', [
			'overnight',
			'contributed-tag',
		] );
		await deleteTerms( requestUtils, 'qp_genre', [ 'Mystery' ] );
	} );

	test( 'fills every field, schedules the post, and the server stores each one', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		const root = composer.root;
		await composer.write( 'Every field', 'A post with everything.' );
		await composer.openMoreOptions();

		// Categories: find a child category by search, add a new one, drop the default.
		const categories = root.getByRole( 'group', { name: 'Categories' } );
		await categories
			.getByRole( 'searchbox', { name: 'Search Categories' } )
			.fill( 'Trai' );
		await expect( categories.getByText( 'in Travel' ) ).toBeVisible();
		await categories.getByRole( 'checkbox', { name: 'Trains' } ).check();
		await categories
			.getByRole( 'searchbox', { name: 'Search Categories' } )
			.fill( 'Slow travel' );
		await categories
			.getByRole( 'button', { name: 'Add new category “Slow travel”' } )
			.click();
		await expect(
			categories.getByRole( 'checkbox', { name: 'Slow travel' } )
		).toBeChecked();
		await categories
			.getByRole( 'checkbox', { name: 'Uncategorized' } )
			.uncheck();

		// Tags: an existing one from the suggestions, and a new one.
		const tags = root.getByRole( 'combobox', { name: 'Tags' } );
		await tags.fill( 'rai' );
		await root.getByRole( 'option', { name: 'rail' } ).click();
		await tags.fill( 'overnight' );
		await tags.press( 'Enter' );

		// Publish date: next year, so the post is scheduled.
		const nextYear = new Date().getFullYear() + 1;
		await root
			.getByRole( 'button', { name: 'Publish date: Immediately' } )
			.click();
		await page.getByLabel( 'Year' ).fill( String( nextYear ) );
		await page.getByLabel( 'Hours' ).fill( '09' );
		await page.getByLabel( 'Minutes' ).fill( '30' );
		await page.getByRole( 'radio', { name: 'AM', exact: true } ).click();
		await page.getByRole( 'button', { name: 'Done' } ).click();
		await expect( composer.button( 'Schedule' ) ).toBeVisible();

		await root
			.getByRole( 'checkbox', { name: 'Stick to the top of the blog' } )
			.check();
		await root
			.getByRole( 'textbox', { name: 'Excerpt' } )
			.fill( 'The short version.' );
		await root
			.getByRole( 'textbox', { name: 'Slug' } )
			.fill( 'every-field-post' );
		await root
			.getByRole( 'combobox', { name: 'Post format' } )
			.selectOption( 'aside' );
		await root
			.getByRole( 'checkbox', { name: 'Allow comments' } )
			.uncheck();
		await root
			.getByRole( 'checkbox', { name: 'Allow pingbacks and trackbacks' } )
			.uncheck();

		const author = root.getByRole( 'combobox', { name: 'Author' } );
		await author.fill( USERS.editor.username );
		await page
			.getByRole( 'option', { name: USERS.editor.username } )
			.click();

		await root
			.locator( '.quick-post-featured-image input[type="file"]' )
			.setInputFiles( {
				name: 'pixel.png',
				mimeType: 'image/png',
				buffer: PNG_1PX,
			} );
		await expect(
			root.getByRole( 'button', { name: 'Replace image' } )
		).toBeVisible();

		await composer.button( 'Schedule' ).click();
		await expect( composer.notice( /Post scheduled for/ ) ).toBeVisible();
		const id = await composer.savedPostId();

		const post = await getStored( requestUtils, 'posts', id );
		expect( post.status ).toBe( 'future' );
		expect( post.date ).toBe(
			`${ nextYear }-${ post.date.slice( 5, 10 ) }T09:30:00`
		);
		expect( post.title.raw ).toBe( 'Every field' );
		expect( post.content.raw ).toBe(
			paragraphBlock( 'A post with everything.' )
		);
		expect( post.sticky ).toBe( true );
		expect( post.excerpt.raw ).toBe( 'The short version.' );
		expect( post.slug ).toBe( 'every-field-post' );
		expect( post.format ).toBe( 'aside' );
		expect( post.comment_status ).toBe( 'closed' );
		expect( post.ping_status ).toBe( 'closed' );
		expect( post.author ).toBe(
			await userId( requestUtils, USERS.editor.username )
		);
		expect( post.featured_media ).toBeGreaterThan( 0 );
		expect( post.categories.sort() ).toEqual(
			[
				await termId( requestUtils, 'categories', 'Trains' ),
				await termId( requestUtils, 'categories', 'Slow travel' ),
			].sort()
		);
		expect( post.tags.sort() ).toEqual(
			[
				await termId( requestUtils, 'tags', 'rail' ),
				await termId( requestUtils, 'tags', 'overnight' ),
			].sort()
		);
	} );

	test( 'publishes a password-protected post and a private one from the widget', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'widget' );
		await composer.openMoreOptions();
		await composer.write( 'Members only', 'Secret words.' );
		await composer.root
			.getByRole( 'radio', { name: 'Password protected' } )
			.check();
		await composer.button( 'Publish' ).click();
		await expect(
			composer.notice( 'Enter a password, or choose another visibility.' )
		).toBeVisible();
		await composer.root
			.getByLabel( 'Password', { exact: true } )
			.fill( 'open sesame' );
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const protectedPost = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( protectedPost.password ).toBe( 'open sesame' );
		expect( protectedPost.status ).toBe( 'publish' );

		await composer.write( 'Just for editors', 'Private words.' );
		await composer.root.getByRole( 'radio', { name: 'Private' } ).check();
		await composer.button( 'Publish' ).click();
		await expect(
			composer.notice( 'Private post published.' )
		).toBeVisible();
		const privatePost = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( privatePost.status ).toBe( 'private' );
	} );

	test( 'creates a page and a custom post type entry', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		const postType = composer.root.getByRole( 'combobox', {
			name: 'Post type',
		} );

		await postType.selectOption( { label: 'Page' } );
		await composer.write( 'About this site', 'Who we are.' );
		await composer.openMoreOptions();
		await expect(
			composer.root.getByRole( 'group', { name: 'Categories' } )
		).toHaveCount( 0 );
		await composer.button( 'Publish' ).click();
		// In the type's own words, not "Post published." / "View post".
		const pageNotice = composer.notice( 'Page published.' );
		await expect( pageNotice ).toBeVisible();
		await expect( pageNotice.getByRole( 'link' ) ).toHaveText( [
			'View Page',
			'Edit Page',
		] );
		const storedPage = await getStored(
			requestUtils,
			'pages',
			await composer.savedPostId()
		);
		expect( storedPage.title.raw ).toBe( 'About this site' );
		expect( storedPage.content.raw ).toBe(
			paragraphBlock( 'Who we are.' )
		);

		await postType.selectOption( { label: 'Book' } );
		await composer.write( 'A novel', 'Chapter one.' );
		const genres = composer.root.getByRole( 'combobox', {
			name: 'Genres',
		} );
		await genres.fill( 'Mystery' );
		await genres.press( 'Enter' );
		await composer.button( 'Publish' ).click();
		const bookNotice = composer.notice( 'Book published.' );
		await expect( bookNotice ).toBeVisible();
		await expect( bookNotice.getByRole( 'link' ) ).toHaveText( [
			'View Book',
			'Edit Book',
		] );
		const book = await getStored(
			requestUtils,
			'qp-books',
			await composer.savedPostId()
		);
		expect( book.title.raw ).toBe( 'A novel' );
		expect( book.qp_genre ).toEqual( [
			await termId( requestUtils, 'qp_genre', 'Mystery' ),
		] );
	} );

	test( 'creates an entry of a type and a taxonomy in a REST namespace of their own', async ( {
		page,
		requestUtils,
	} ) => {
		// Both live under /quick-post-test/v1/, not /wp/v2/ (the test plugin registers them so).
		const cuisines = '/quick-post-test/v1/cuisines';
		await deleteTerms( requestUtils, cuisines, [ 'Thai' ] );
		const italian = await ensureTerm( requestUtils, cuisines, 'Italian' );
		const requested: string[] = [];
		page.on( 'request', ( request ) => requested.push( request.url() ) );

		const composer = await ComposerUi.open( page, 'page' );
		await composer.root
			.getByRole( 'combobox', { name: 'Post type' } )
			.selectOption( { label: 'Recipe' } );
		await composer.write( 'Green curry', 'Coconut milk first.' );
		await composer.openMoreOptions();
		const field = composer.root.getByRole( 'combobox', {
			name: 'Cuisines',
		} );
		await field.fill( 'Ital' );
		await page.getByRole( 'option', { name: 'Italian' } ).click();
		await field.fill( 'Thai' );
		await field.press( 'Enter' );
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();

		const recipe = await getStored(
			requestUtils,
			'/quick-post-test/v1/recipes',
			await composer.savedPostId()
		);
		expect( recipe.title.raw ).toBe( 'Green curry' );
		expect( recipe.status ).toBe( 'publish' );
		expect( ( recipe.cuisines as number[] ).sort() ).toEqual(
			[ italian, await termId( requestUtils, cuisines, 'Thai' ) ].sort()
		);
		const routes = requested.map( restRoute );
		expect( routes ).toContainEqual(
			expect.stringMatching( /^\/quick-post-test\/v1\/cuisines/ )
		);
		expect(
			routes.filter( ( route ) =>
				/^\/wp\/v2\/(cuisines|recipes)/.test( route ?? '' )
			)
		).toEqual( [] );
	} );

	test( 'loads a recent draft, updates that same post, and starts a new one', async ( {
		page,
		requestUtils,
	} ) => {
		const draft = await requestUtils.rest( {
			path: '/wp/v2/posts',
			method: 'POST',
			data: {
				title: 'Half an idea',
				content: paragraphBlock( 'To be continued' ),
				status: 'draft',
			},
		} );
		const composer = await ComposerUi.open( page, 'page' );
		const drafts = composer.drafts;
		await drafts
			.getByRole( 'button', { name: 'Continue “Half an idea” here' } )
			.click();

		await expect( composer.title ).toHaveValue( 'Half an idea' );
		await composer.expectContent( 'To be continued' );
		await composer.content.fill( 'To be continued, and now it is.' );
		await composer.button( 'Save draft' ).click();
		await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();
		expect( await composer.savedPostId() ).toBe( draft.id );
		await expect( composer.title ).toHaveValue( 'Half an idea' );

		const stored = await getStored( requestUtils, 'posts', draft.id );
		expect( stored.content.raw ).toBe(
			paragraphBlock( 'To be continued, and now it is.' )
		);
		const all: unknown[] = await requestUtils.rest( {
			path: '/wp/v2/posts',
			params: { search: 'Half an idea', status: 'draft,publish' },
		} );
		expect( all ).toHaveLength( 1 );

		await composer.root.getByRole( 'button', { name: 'New post' } ).click();
		await expect( composer.title ).toHaveValue( '' );
	} );
} );

test.describe( 'The full composer, as a contributor', () => {
	test.use( { storageState: storageStatePath( 'contributor' ) } );

	test( 'offers only what a contributor may do, and creates new tags', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		const root = composer.root;
		await expect(
			root.getByRole( 'textbox', { name: 'Excerpt' } )
		).toBeVisible();
		await expect(
			root.getByRole( 'button', { name: /Publish date/ } )
		).toHaveCount( 0 );
		await expect(
			root.getByRole( 'radio', { name: 'Private' } )
		).toHaveCount( 0 );
		await expect(
			root.getByRole( 'checkbox', {
				name: 'Stick to the top of the blog',
			} )
		).toHaveCount( 0 );
		await expect(
			root.getByRole( 'button', { name: 'Upload image' } )
		).toHaveCount( 0 );
		await expect(
			root.getByRole( 'combobox', { name: 'Author' } )
		).toHaveCount( 0 );

		await composer.write( 'Tagged by a contributor', 'Words.' );
		const tags = root.getByRole( 'combobox', { name: 'Tags' } );
		await tags.fill( 'contributed-tag' );
		await tags.press( 'Enter' );
		await composer.button( 'Submit for review' ).click();
		await expect(
			composer.notice( 'Post submitted for review.' )
		).toBeVisible();

		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.status ).toBe( 'pending' );
		expect( post.tags ).toEqual( [
			await termId( requestUtils, 'tags', 'contributed-tag' ),
		] );
	} );
} );
