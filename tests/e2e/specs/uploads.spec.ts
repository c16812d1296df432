/**
 * Saving while the featured image is still uploading: the save waits for it, or is not sent when
 * the upload fails; the image never lands on the next post.
 */
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { trackRest } from '../utils/bad-input';
import { ComposerUi } from '../utils/composer';
import {
	PNG_1PX,
	getStored,
	postsTitled,
	setMoreOptionsOpen,
} from '../utils/fixtures';

const PNG = { name: 'slow.png', mimeType: 'image/png', buffer: PNG_1PX };

test.describe( 'Saving while the featured image uploads', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await setMoreOptionsOpen( requestUtils, true );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await setMoreOptionsOpen( requestUtils, false );
	} );

	test( 'waits for the upload, says so, then publishes the post with the image', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Published mid-upload ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		// A slow connection: the upload reaches the site only when the test lets it.
		let arrive: () => void = () => {};
		const held = new Promise< void >( ( resolve ) => ( arrive = resolve ) );
		await page.route( '**/wp/v2/media**', async ( route ) => {
			if ( route.request().method() === 'POST' ) {
				await held;
			}
			await route.continue();
		} );
		const creates = trackRest( page, [ '/wp/v2/posts' ] );

		await composer.write( title, 'With a picture.' );
		await composer.featuredImageFile.setInputFiles( PNG );
		await expect(
			composer.root.getByRole( 'progressbar', {
				name: 'Uploading image',
			} )
		).toBeVisible();
		await composer.button( 'Publish' ).click();

		await expect( composer.button( 'Uploading image…' ) ).toBeVisible();
		expect( creates ).toHaveLength( 0 );
		arrive();

		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const post = await getStored(
			requestUtils,
			'posts',
			await composer.savedPostId()
		);
		expect( post.title.raw ).toBe( title );
		expect( post.featured_media ).toBeGreaterThan( 0 );
		expect( creates ).toHaveLength( 1 );
		// The next post starts without it.
		await expect(
			composer.root.getByRole( 'button', { name: 'Upload image' } )
		).toBeVisible();
		await expect(
			composer.root.locator( '.quick-post-featured-image__preview' )
		).toHaveCount( 0 );
	} );

	test( 'sends nothing when the upload fails, and says why', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Not without its picture ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'widget' );
		let arrive: () => void = () => {};
		const held = new Promise< void >( ( resolve ) => ( arrive = resolve ) );
		await page.route( '**/wp/v2/media**', async ( route ) => {
			if ( route.request().method() !== 'POST' ) {
				return route.continue();
			}
			await held;
			return route.fulfill( {
				status: 500,
				contentType: 'application/json',
				body: JSON.stringify( {
					code: 'rest_upload_unknown_error',
					message:
						'The uploaded file could not be moved to wp-content/uploads.',
					data: { status: 500 },
				} ),
			} );
		} );

		await composer.write( title, 'Words that wait.' );
		await composer.featuredImageFile.setInputFiles( PNG );
		await composer.button( 'Publish' ).click();
		await expect( composer.button( 'Uploading image…' ) ).toBeVisible();
		arrive();

		await expect(
			composer.notice(
				/The image could not be uploaded, so the post was not sent/
			)
		).toBeVisible();
		await expect( composer.title ).toHaveValue( title );
		await composer.expectContent( 'Words that wait.' );
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 0 );
	} );
} );
