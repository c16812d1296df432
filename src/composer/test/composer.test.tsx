/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { Composer } from '../composer';
import type { QuickPostSettings } from '../../types';

function settingsFor( canPublish: boolean ): QuickPostSettings {
	return {
		root: 'http://example.test/wp-json/',
		nonce: 'abc123',
		adminUrl: 'http://example.test/wp-admin/',
		postType: {
			slug: 'post',
			restBase: 'posts',
			can: { create: true, publish: canPublish },
		},
	};
}

type Handler = ( options: APIFetchOptions ) => Promise< unknown >;

/**
 * Routes every api-fetch request through `handler` and records it.
 * @param handler
 */
function mockServer( handler: Handler ) {
	const requests: APIFetchOptions[] = [];
	apiFetch.setFetchHandler( ( options ) => {
		requests.push( options );
		return handler( options );
	} );
	return requests;
}

function renderComposer( canPublish = true ) {
	const user = userEvent.setup();
	render(
		<Composer settings={ settingsFor( canPublish ) } context="page" />
	);
	return user;
}

/**
 * The visible notice, not the copy that is spoken to screen readers.
 * @param text
 */
function findNotice( text: string | RegExp ) {
	return screen.findByText( text, {
		selector: '.components-notice__content',
	} );
}

const savedPost = ( status: string ) => ( {
	id: 42,
	link: 'http://example.test/?p=42',
	status,
	title: { rendered: 'Hello' },
} );

describe( 'Composer', () => {
	it( 'should offer Publish and Save draft to users who may publish', () => {
		renderComposer( true );
		expect(
			screen.getByRole( 'textbox', { name: 'Title' } )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'textbox', { name: 'Content' } )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Publish' } )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Save draft' } )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Submit for review' } )
		).not.toBeInTheDocument();
	} );

	it( 'should offer Submit for review instead of Publish to contributors', () => {
		renderComposer( false );
		expect(
			screen.getByRole( 'button', { name: 'Submit for review' } )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Publish' } )
		).not.toBeInTheDocument();
	} );

	it( 'should send the title, paragraph blocks and status, then clear the form and link to the post', async () => {
		const requests = mockServer( async () => savedPost( 'publish' ) );
		const user = renderComposer();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Title' } ),
			'Hello'
		);
		await user.type(
			screen.getByRole( 'textbox', { name: 'Content' } ),
			'First & best{Enter}line{Enter}{Enter}Second'
		);
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		expect( requests ).toHaveLength( 1 );
		expect( requests[ 0 ] ).toMatchObject( {
			method: 'POST',
			data: {
				title: 'Hello',
				status: 'publish',
				content:
					'<!-- wp:paragraph -->\n<p>First &amp; best<br>line</p>\n<!-- /wp:paragraph -->\n\n' +
					'<!-- wp:paragraph -->\n<p>Second</p>\n<!-- /wp:paragraph -->',
			},
		} );
		expect( requests[ 0 ]?.path ).toMatch( /^\/wp\/v2\/posts\b/ );
		expect(
			screen.getByRole( 'link', { name: 'View post' } )
		).toHaveAttribute( 'href', 'http://example.test/?p=42' );
		expect(
			screen.getByRole( 'link', { name: 'Edit post' } )
		).toHaveAttribute(
			'href',
			'http://example.test/wp-admin/post.php?post=42&action=edit'
		);
		expect( screen.getByRole( 'textbox', { name: 'Title' } ) ).toHaveValue(
			''
		);
		expect(
			screen.getByRole( 'textbox', { name: 'Content' } )
		).toHaveValue( '' );
		await waitFor( () =>
			expect(
				screen.getByRole( 'textbox', { name: 'Title' } )
			).toHaveFocus()
		);
	} );

	it( 'should save a draft with the draft status and a preview link', async () => {
		const requests = mockServer( async () => savedPost( 'draft' ) );
		const user = renderComposer();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Title' } ),
			'Later'
		);
		await user.click(
			screen.getByRole( 'button', { name: 'Save draft' } )
		);

		expect( await findNotice( 'Draft saved.' ) ).toBeInTheDocument();
		expect( requests[ 0 ]?.data ).toEqual( {
			title: 'Later',
			content: '',
			status: 'draft',
		} );
		expect(
			screen.getByRole( 'link', { name: 'Preview' } )
		).toBeInTheDocument();
	} );

	it( "should submit contributors' posts as pending when Enter is pressed in the title", async () => {
		const requests = mockServer( async () => savedPost( 'pending' ) );
		const user = renderComposer( false );

		await user.type(
			screen.getByRole( 'textbox', { name: 'Title' } ),
			'For review{Enter}'
		);

		expect(
			await findNotice( 'Post submitted for review.' )
		).toBeInTheDocument();
		expect( requests[ 0 ]?.data ).toMatchObject( { status: 'pending' } );
	} );

	it( "should show the server's error and keep everything that was typed", async () => {
		mockServer( async () => {
			throw {
				code: 'rest_cannot_publish',
				message:
					'Sorry, you are not allowed to publish posts in this post type.',
				data: { status: 403 },
			};
		} );
		const user = renderComposer();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Title' } ),
			'Keep me'
		);
		await user.type(
			screen.getByRole( 'textbox', { name: 'Content' } ),
			'Every word'
		);
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			await findNotice(
				'Sorry, you are not allowed to publish posts in this post type.'
			)
		).toBeInTheDocument();
		expect( screen.getByRole( 'textbox', { name: 'Title' } ) ).toHaveValue(
			'Keep me'
		);
		expect(
			screen.getByRole( 'textbox', { name: 'Content' } )
		).toHaveValue( 'Every word' );
	} );

	it( 'should explain a network failure and keep the text', async () => {
		mockServer( async () => {
			throw { code: 'fetch_error', message: 'You are probably offline.' };
		} );
		const user = renderComposer();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Content' } ),
			'Offline words'
		);
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			await findNotice( /could not reach your site/i )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'textbox', { name: 'Content' } )
		).toHaveValue( 'Offline words' );
	} );

	it( 'should refuse an empty post without asking the server', async () => {
		const requests = mockServer( async () => savedPost( 'publish' ) );
		const user = renderComposer();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Content' } ),
			'   '
		);
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			await findNotice( 'Add a title or some content before saving.' )
		).toBeInTheDocument();
		expect( requests ).toHaveLength( 0 );
	} );

	it( 'should send one request when Publish is clicked twice quickly', async () => {
		let respond: ( value: unknown ) => void = () => {};
		const requests = mockServer(
			() => new Promise( ( resolve ) => ( respond = resolve ) )
		);
		const user = renderComposer();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Title' } ),
			'Once'
		);
		const publish = screen.getByRole( 'button', { name: 'Publish' } );
		await user.click( publish );
		await user.click( publish );
		await user.click(
			screen.getByRole( 'button', { name: 'Save draft' } )
		);
		respond( savedPost( 'publish' ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		expect( requests ).toHaveLength( 1 );
	} );

	it( 'should keep words typed while the save was in flight', async () => {
		let respond: ( value: unknown ) => void = () => {};
		mockServer( () => new Promise( ( resolve ) => ( respond = resolve ) ) );
		const user = renderComposer();
		const content = screen.getByRole( 'textbox', { name: 'Content' } );

		await user.type( content, 'Sent' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await user.type( content, ' and more' );
		respond( savedPost( 'publish' ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		expect( content ).toHaveValue( 'Sent and more' );
	} );
} );
