/**
 * When the server refuses one field, the writer sees why at that field, in plain words, with
 * everything else still in the form.
 */
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';
import { PNG_1PX, postsTitled, setMoreOptionsOpen } from '../utils/fixtures';

test.describe( 'Field errors', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await setMoreOptionsOpen( requestUtils, true );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await setMoreOptionsOpen( requestUtils, false );
	} );

	test( 'an author deleted while the form was open is flagged at the Author field', async ( {
		page,
		requestUtils,
	} ) => {
		const username = `qp_gone_${ Date.now() }`;
		const user = await requestUtils.createUser( {
			username,
			email: `${ username }@example.org`,
			password: 'gone-pass-123',
			roles: [ 'author' ],
		} );
		const title = `Author vanished ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, 'Whose post is this?' );
		const author = composer.root.getByRole( 'combobox', {
			name: 'Author',
		} );
		await author.fill( username );
		await page.getByRole( 'option', { name: username } ).click();

		await requestUtils.rest( {
			path: `/wp/v2/users/${ user.id }`,
			method: 'DELETE',
			params: { force: true, reassign: 1 },
		} );
		await composer.button( 'Publish' ).click();

		const field = composer.root.locator( '.quick-post-cell.has-error' );
		await expect( field ).toContainText(
			'You cannot make this person the author.'
		);
		await expect(
			field.getByRole( 'combobox', { name: 'Author' } )
		).toBeVisible();
		await expect( composer.title ).toHaveValue( title );
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 0 );
	} );

	test( 'fields the server rejects are flagged where they are, in plain words', async ( {
		page,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write(
			'Refused fields',
			'Kept while the server complains.'
		);
		// What core answers when a parameter fails its schema; the words it uses are for developers.
		await page.route( '**/wp/v2/posts?**', ( route ) =>
			route.request().method() === 'POST'
				? route.fulfill( {
						status: 400,
						contentType: 'application/json',
						body: JSON.stringify( {
							code: 'rest_invalid_param',
							message: 'Invalid parameter(s): date',
							data: {
								status: 400,
								params: { date: 'Invalid date.' },
								details: {},
							},
						} ),
					} )
				: route.continue()
		);
		await composer.button( 'Publish' ).click();

		const field = composer.root.locator( '.quick-post-cell.has-error' );
		await expect( field ).toContainText(
			'This date could not be used. Pick a date and time again.'
		);
		await expect(
			field.getByRole( 'button', { name: /^Publish date:/ } )
		).toBeVisible();
		await expect( composer.title ).toHaveValue( 'Refused fields' );
	} );

	test( 'an image deleted from the library leaves the post without one, and the notice says so', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Image vanished ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, 'The picture went missing.' );
		const uploaded = page.waitForResponse(
			( response ) =>
				response.request().method() === 'POST' &&
				response.url().includes( '/wp/v2/media' )
		);
		await composer.featuredImageFile.setInputFiles( {
			name: 'soon-gone.png',
			mimeType: 'image/png',
			buffer: PNG_1PX,
		} );
		const media = await ( await uploaded ).json();
		await expect(
			composer.root.getByRole( 'button', { name: 'Replace image' } )
		).toBeVisible();

		await requestUtils.rest( {
			path: `/wp/v2/media/${ media.id }`,
			method: 'DELETE',
			params: { force: true },
		} );
		await composer.button( 'Publish' ).click();

		// Core saves the post and skips an image that is gone; the writer is told.
		await expect(
			composer.notice(
				'The featured image is no longer in the media library, so the post was saved without one.'
			)
		).toBeVisible();
		const posts = await postsTitled( requestUtils, title );
		expect( posts ).toHaveLength( 1 );
		expect( posts[ 0 ]?.featured_media ).toBe( 0 );
		expect( posts[ 0 ]?.status ).toBe( 'publish' );
	} );
} );
