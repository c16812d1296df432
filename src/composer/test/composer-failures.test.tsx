/**
 * External dependencies
 */
import { act, screen, waitFor } from '@testing-library/react';

/**
 * Internal dependencies
 */
import {
	content,
	findNotice,
	isSave,
	renderComposer,
	savedPost,
	server,
	title,
} from '../../test-utils/composer';

describe( 'Composer, when a save fails', () => {
	it( "should show the server's error and keep everything that was typed", async () => {
		server( () => {
			throw {
				code: 'rest_cannot_publish',
				message:
					'Sorry, you are not allowed to publish posts in this post type.',
				data: { status: 403 },
			};
		} );
		const user = await renderComposer();

		await user.type( title(), 'Keep me' );
		await user.type( content(), 'Every word' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			await findNotice(
				'Sorry, you are not allowed to publish posts in this post type.'
			)
		).toBeInTheDocument();
		expect( title() ).toHaveValue( 'Keep me' );
		expect( content() ).toHaveValue( 'Every word' );
	} );

	it( 'should explain a network failure and keep the text', async () => {
		server( () => {
			throw { code: 'fetch_error', message: 'You are probably offline.' };
		} );
		const user = await renderComposer();

		await user.type( content(), 'Offline words' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			await findNotice( /could not reach your site/i )
		).toBeInTheDocument();
		expect( content() ).toHaveValue( 'Offline words' );
	} );

	it( 'should send one idempotency key per post, the same one again on Retry', async () => {
		let attempts = 0;
		const requests = server( () => {
			attempts++;
			if ( attempts === 1 ) {
				throw { code: 'fetch_error', message: 'Failed to fetch' };
			}
			return savedPost( 'publish', 40 + attempts );
		} );
		const user = await renderComposer();

		await user.type( title(), 'Sent twice, stored once' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await findNotice( /could not reach your site/i );
		await user.click( screen.getByRole( 'button', { name: 'Retry' } ) );
		await findNotice( 'Post published.' );

		await user.type( title(), 'The next post' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await waitFor( () => expect( attempts ).toBe( 3 ) );

		const keys = requests
			.filter( isSave )
			.map( ( request ) => request.headers[ 'Idempotency-Key' ] );
		expect( keys[ 0 ] ).toMatch( /^[0-9a-f-]{32,36}$/ );
		expect( keys[ 1 ] ).toBe( keys[ 0 ] );
		expect( keys[ 2 ] ).not.toBe( keys[ 0 ] );
	} );

	it( 'should offer to log in again when the session is gone, keeping the text', async () => {
		const open = jest.spyOn( window, 'open' ).mockReturnValue( null );
		server( () => {
			throw {
				code: 'rest_not_logged_in',
				message: 'You are not currently logged in.',
				data: { status: 401 },
			};
		} );
		const user = await renderComposer();

		await user.type( content(), 'Logged out words' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await findNotice( /you have been logged out/i );
		await user.click(
			screen.getByRole( 'button', { name: 'Log in again' } )
		);

		expect( open ).toHaveBeenCalledWith(
			'http://example.test/wp-login.php',
			'_blank',
			'noopener'
		);
		expect(
			screen.getByRole( 'button', { name: 'Retry' } )
		).toBeInTheDocument();
		expect( content() ).toHaveValue( 'Logged out words' );
		open.mockRestore();
	} );

	it( 'should show a field the server refused at that field, in plain words', async () => {
		server( () => {
			throw {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): slug',
				data: { status: 400, params: { slug: 'Invalid slug.' } },
			};
		} );
		const user = await renderComposer();

		await user.type( title(), 'Bad slug' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		const slug = await screen.findByRole( 'textbox', { name: 'Slug' } );
		expect( slug ).toHaveAccessibleDescription(
			'This slug cannot be used. Use letters, numbers and hyphens.'
		);
		expect( title() ).toHaveValue( 'Bad slug' );
	} );
} );

describe( 'Composer, when the site is still saving an earlier copy', () => {
	beforeEach( () => jest.useFakeTimers() );
	afterEach( () => jest.useRealTimers() );

	it( 'should wait as long as the site asks, say so, and send the same save again by itself', async () => {
		let attempts = 0;
		const requests = server( () => {
			attempts++;
			if ( attempts < 3 ) {
				throw {
					code: 'quick_post_save_in_progress',
					message: 'This post is still being saved.',
					data: { status: 409, retry_after: 2 },
				};
			}
			return savedPost( 'publish' );
		} );
		const user = await renderComposer( undefined, {
			advanceTimers: jest.advanceTimersByTime,
		} );

		await user.type( title(), 'Patience' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		expect(
			await findNotice(
				/still finishing an earlier save of this post.*tries again in 2 seconds\./
			)
		).toBeInTheDocument();
		expect( requests.filter( isSave ) ).toHaveLength( 1 );

		await act( async () => jest.advanceTimersByTime( 2000 ) );
		await waitFor( () =>
			expect( requests.filter( isSave ) ).toHaveLength( 2 )
		);
		await act( async () => jest.advanceTimersByTime( 2000 ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		const keys = requests
			.filter( isSave )
			.map( ( request ) => request.headers[ 'Idempotency-Key' ] );
		expect( keys ).toHaveLength( 3 );
		expect( new Set( keys ).size ).toBe( 1 );
	} );

	it( 'should stop retrying when the writer starts over', async () => {
		const requests = server( () => {
			throw {
				code: 'quick_post_save_in_progress',
				message: 'This post is still being saved.',
				data: { status: 409, retry_after: 2 },
			};
		} );
		const user = await renderComposer( undefined, {
			advanceTimers: jest.advanceTimersByTime,
		} );

		await user.type( title(), 'Never mind' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await findNotice( /tries again in 2 seconds/ );
		await user.click( screen.getByRole( 'button', { name: /Close/ } ) );
		await act( async () => jest.advanceTimersByTime( 10000 ) );

		expect( requests.filter( isSave ) ).toHaveLength( 1 );
	} );
} );
