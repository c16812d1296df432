/**
 * Writing and saving posts from the Quick Post page and the dashboard widget, as each role.
 */
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import {
	ComposerUi,
	DASHBOARD_PATH,
	PAGE_PATH,
	paragraphBlock,
} from '../utils/composer';
import { USERS, storageStatePath } from '../utils/roles';

interface StoredPost {
	status: string;
	title: { raw: string };
	content: { raw: string };
	author: number;
}

test.describe( 'As an administrator', () => {
	test( 'publishes from the Quick Post page as paragraph blocks', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await expect( page.locator( '#quick-post-js' ) ).toHaveCount( 1 );
		await composer.write(
			'Published from the page',
			'First line\nsame paragraph\n\nSecond <b> & more 🎉'
		);
		await composer.button( 'Publish' ).click();

		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		await expect( composer.title ).toHaveValue( '' );
		await composer.expectContent( '' );
		await expect( composer.title ).toBeFocused();
		const id = await composer.savedPostId();

		const post: StoredPost = await requestUtils.rest( {
			path: `/wp/v2/posts/${ id }`,
			params: { context: 'edit' },
		} );
		expect( post.status ).toBe( 'publish' );
		expect( post.title.raw ).toBe( 'Published from the page' );
		// Typed markup is text, escaped as the block editor's rich text escapes it (`<` and `&`).
		expect( post.content.raw ).toBe(
			`${ paragraphBlock( 'First line<br>same paragraph' ) }\n\n${ paragraphBlock( 'Second &lt;b> &amp; more 🎉' ) }`
		);

		const viewLink = composer.root.getByRole( 'link', {
			name: 'View post',
		} );
		await viewLink.click();
		await expect(
			page.getByRole( 'heading', {
				name: 'Published from the page',
				level: 1,
			} )
		).toBeVisible();
		await expect( page.getByText( 'Second <b> & more 🎉' ) ).toBeVisible();
	} );

	test( 'saves a draft from the dashboard widget', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'widget' );
		await composer.write( 'Draft from the widget', 'An idea for later.' );
		await composer.button( 'Save draft' ).click();

		await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();
		await expect(
			composer.root.getByRole( 'link', { name: 'Preview' } )
		).toBeVisible();
		const id = await composer.savedPostId();

		const post: StoredPost = await requestUtils.rest( {
			path: `/wp/v2/posts/${ id }`,
			params: { context: 'edit' },
		} );
		expect( post.status ).toBe( 'draft' );
		expect( post.title.raw ).toBe( 'Draft from the widget' );
		expect( post.content.raw ).toBe(
			paragraphBlock( 'An idea for later.' )
		);

		await composer.root.getByRole( 'link', { name: 'Edit post' } ).click();
		await expect( page ).toHaveURL(
			new RegExp( `post\\.php\\?post=${ id }&action=edit` )
		);
	} );

	test( 'keeps the text and explains when the site cannot be reached', async ( {
		page,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await page.route( '**/wp/v2/posts**', ( route ) =>
			route.abort( 'internetdisconnected' )
		);
		await composer.write( 'Not lost', 'Every word stays.' );
		await composer.button( 'Publish' ).click();

		await expect(
			composer.notice( /could not reach your site/i )
		).toBeVisible();
		await expect( composer.title ).toHaveValue( 'Not lost' );
		await composer.expectContent( 'Every word stays.' );
	} );
} );

test.describe( 'On screens without a composer', () => {
	test( 'loads none of Quick Post', async ( { page } ) => {
		await page.goto( 'wp-admin/edit.php' );
		await expect(
			page.getByRole( 'heading', { name: 'Posts', level: 1 } )
		).toBeVisible();
		await expect(
			page.locator( '#quick-post-js, #quick-post-css' )
		).toHaveCount( 0 );
		expect( await page.content() ).not.toContain( 'quickPostSettings' );
	} );
} );

test.describe( 'As an author', () => {
	test.use( { storageState: storageStatePath( 'author' ) } );

	test( 'publishes from the dashboard widget', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'widget' );
		await composer.write( 'An author writes', 'Straight to the site.' );
		await composer.button( 'Publish' ).click();

		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const id = await composer.savedPostId();
		const post: StoredPost = await requestUtils.rest( {
			path: `/wp/v2/posts/${ id }`,
			params: { context: 'edit' },
		} );
		const [ author ] = await requestUtils.rest( {
			path: '/wp/v2/users',
			params: { search: USERS.author.username },
		} );
		expect( post.status ).toBe( 'publish' );
		expect( post.author ).toBe( author.id );
	} );
} );

test.describe( 'As a contributor', () => {
	test.use( { storageState: storageStatePath( 'contributor' ) } );

	test( 'submits a post for review from the Quick Post page', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await expect( composer.button( 'Publish' ) ).toHaveCount( 0 );
		await composer.write( 'Please review', "A contributor's words." );
		await composer.button( 'Submit for review' ).click();

		await expect(
			composer.notice( 'Post submitted for review.' )
		).toBeVisible();
		const id = await composer.savedPostId();
		const post: StoredPost = await requestUtils.rest( {
			path: `/wp/v2/posts/${ id }`,
			params: { context: 'edit' },
		} );
		expect( post.status ).toBe( 'pending' );
		expect( post.content.raw ).toBe(
			paragraphBlock( "A contributor's words." )
		);
	} );
} );

test.describe( 'As a subscriber', () => {
	test.use( { storageState: storageStatePath( 'subscriber' ) } );

	test( 'sees no widget and is refused the page', async ( { page } ) => {
		await page.goto( DASHBOARD_PATH );
		await expect(
			page.getByRole( 'heading', { name: 'Dashboard', level: 1 } )
		).toBeVisible();
		await expect(
			page.locator( '#quick_post_dashboard_widget' )
		).toHaveCount( 0 );
		expect( await page.content() ).not.toContain( 'quickPostSettings' );

		await page.goto( PAGE_PATH );
		await expect(
			page.getByText( /Sorry, you are not allowed to access this page/ )
		).toBeVisible();
		await expect( page.locator( '.quick-post-root' ) ).toHaveCount( 0 );
	} );
} );
