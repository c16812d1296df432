/**
 * External dependencies
 */
import { screen, waitFor } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { uploadMedia } from '../../api/media';
import {
	findNotice,
	isSave,
	renderComposer,
	savedPost,
	server,
	title,
} from '../../test-utils/composer';
import { makeSettings } from '../../test-utils/settings';
import type { MediaItem } from '../../types';

jest.mock( '../../api/media', () => ( {
	...jest.requireActual( '../../api/media' ),
	uploadMedia: jest.fn(),
} ) );

const upload = uploadMedia as jest.MockedFunction< typeof uploadMedia >;

/** An upload the test finishes when it wants, reporting progress on the way. */
function pendingUpload() {
	let finish: ( media: MediaItem ) => void = () => {};
	let fail: ( error: unknown ) => void = () => {};
	upload.mockImplementation( ( _file, _target, onProgress ) => {
		onProgress( 0.4 );
		return new Promise( ( resolve, reject ) => {
			finish = resolve;
			fail = reject;
		} );
	} );
	return {
		finish: ( media: MediaItem ) => finish( media ),
		fail: ( error: unknown ) => fail( error ),
	};
}

const cat: MediaItem = {
	id: 31,
	source_url: 'http://example.test/cat.jpg',
	alt_text: 'A cat',
};

async function startUpload() {
	const user = await renderComposer(
		makeSettings( { preferences: { moreOptionsOpen: true } } )
	);
	const input = document.querySelector(
		'.quick-post-featured-image input[type="file"]'
	) as HTMLInputElement;
	await user.upload(
		input,
		new File( [ 'png' ], 'cat.png', { type: 'image/png' } )
	);
	expect(
		screen.getByRole( 'progressbar', { name: 'Uploading image' } )
	).toBeInTheDocument();
	return user;
}

describe( 'Composer, saving while an image uploads', () => {
	afterEach( () => upload.mockReset() );

	it( 'should wait for the upload, say so, then save the post with the image', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const uploading = pendingUpload();
		const user = await startUpload();

		await user.type( title(), 'With a picture' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			screen.getByRole( 'button', { name: 'Uploading image…' } )
		).toHaveAttribute( 'aria-disabled', 'true' );
		expect( requests.filter( isSave ) ).toHaveLength( 0 );

		uploading.finish( cat );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		const saves = requests.filter( isSave );
		expect( saves ).toHaveLength( 1 );
		expect( saves[ 0 ]?.data ).toMatchObject( {
			title: 'With a picture',
			featured_media: 31,
		} );
		// The image went with that post; the next one starts without it.
		expect(
			screen.queryByRole( 'img', { name: 'A cat' } )
		).not.toBeInTheDocument();
	} );

	it( 'should not send the post when the upload fails, and say why', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const uploading = pendingUpload();
		const user = await startUpload();

		await user.type( title(), 'Picture or nothing' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		uploading.fail( {
			code: 'rest_upload_unknown_error',
			message: 'The uploaded file could not be moved.',
		} );

		expect(
			await findNotice(
				'The image could not be uploaded, so the post was not sent: The uploaded file could not be moved.'
			)
		).toBeInTheDocument();
		expect( requests.filter( isSave ) ).toHaveLength( 0 );
		expect( title() ).toHaveValue( 'Picture or nothing' );
		expect(
			screen.queryByRole( 'button', { name: 'Retry' } )
		).not.toBeInTheDocument();
	} );

	it( 'should keep the image choice locked while the request is on its way', async () => {
		let respond: ( value: unknown ) => void = () => {};
		server( () => new Promise( ( resolve ) => ( respond = resolve ) ) );
		const user = await renderComposer(
			makeSettings( { preferences: { moreOptionsOpen: true } } )
		);

		await user.type( title(), 'Locked' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		await waitFor( () =>
			expect(
				screen.getByRole( 'button', { name: 'Media library' } )
			).toHaveAttribute( 'aria-disabled', 'true' )
		);
		expect(
			screen.getByRole( 'button', { name: 'Upload image' } )
		).toHaveAttribute( 'aria-disabled', 'true' );
		respond( savedPost( 'publish' ) );
		await findNotice( 'Post published.' );
		expect(
			screen.getByRole( 'button', { name: 'Media library' } )
		).not.toHaveAttribute( 'aria-disabled', 'true' );
	} );
} );
