/**
 * External dependencies
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';

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
import { contributorPostType, makeSettings } from '../../test-utils/settings';

describe( 'Composer, saving', () => {
	it( 'should offer Publish and Save draft to users who may publish', async () => {
		server( () => savedPost( 'publish' ) );
		await renderComposer();
		expect( title() ).toBeInTheDocument();
		expect( content() ).toBeInTheDocument();
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

	it( 'should offer Submit for review instead of Publish to contributors', async () => {
		server( () => savedPost( 'pending' ) );
		await renderComposer(
			makeSettings( { postTypes: [ contributorPostType() ] } )
		);
		expect(
			screen.getByRole( 'button', { name: 'Submit for review' } )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Publish' } )
		).not.toBeInTheDocument();
	} );

	it( 'should send the title, paragraph blocks, status and default category, then clear the form and link to the post', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const user = await renderComposer();

		await user.type( title(), 'Hello' );
		await user.type(
			content(),
			'First & best{Enter}line{Enter}{Enter}Second'
		);
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		const saves = requests.filter( isSave );
		expect( saves ).toHaveLength( 1 );
		expect( saves[ 0 ]?.data ).toMatchObject( {
			title: 'Hello',
			status: 'publish',
			categories: [ 1 ],
			tags: [],
			content:
				'<!-- wp:paragraph -->\n<p>First &amp; best<br>line</p>\n<!-- /wp:paragraph -->\n\n' +
				'<!-- wp:paragraph -->\n<p>Second</p>\n<!-- /wp:paragraph -->',
		} );
		expect(
			screen.getByRole( 'link', { name: 'View post' } )
		).toHaveAttribute( 'href', 'http://example.test/?p=42' );
		expect(
			screen.getByRole( 'link', { name: 'Edit post' } )
		).toHaveAttribute(
			'href',
			'http://example.test/wp-admin/post.php?post=42&action=edit'
		);
		expect( title() ).toHaveValue( '' );
		expect( content() ).toHaveValue( '' );
		await waitFor( () => expect( title() ).toHaveFocus() );
	} );

	it( 'should save a draft with the draft status and a preview link', async () => {
		const requests = server( () => savedPost( 'draft' ) );
		const user = await renderComposer();

		await user.type( title(), 'Later' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save draft' } )
		);

		expect( await findNotice( 'Draft saved.' ) ).toBeInTheDocument();
		expect( requests.find( isSave )?.data ).toMatchObject( {
			title: 'Later',
			content: '',
			status: 'draft',
		} );
		expect(
			screen.getByRole( 'link', { name: 'Preview' } )
		).toBeInTheDocument();
	} );

	it( "should submit contributors' posts as pending when Enter is pressed in the title", async () => {
		const requests = server( () => savedPost( 'pending' ) );
		const user = await renderComposer(
			makeSettings( { postTypes: [ contributorPostType() ] } )
		);

		await user.type( title(), 'For review{Enter}' );

		expect(
			await findNotice( 'Post submitted for review.' )
		).toBeInTheDocument();
		expect( requests.find( isSave )?.data ).toMatchObject( {
			status: 'pending',
		} );
	} );

	it( 'should save with Ctrl+Enter from the content field', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const user = await renderComposer();

		await user.type( content(), 'Quick thought' );
		await user.keyboard( '{Control>}{Enter}{/Control}' );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		expect( requests.filter( isSave ) ).toHaveLength( 1 );
	} );

	it( 'should refuse an empty post without asking the server', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const user = await renderComposer();

		await user.type( content(), '   ' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect(
			await findNotice( 'Add a title or some content before saving.' )
		).toBeInTheDocument();
		expect( requests.filter( isSave ) ).toHaveLength( 0 );
	} );

	it( 'should send one request when Publish is clicked twice quickly', async () => {
		let respond: ( value: unknown ) => void = () => {};
		const requests = server(
			() => new Promise( ( resolve ) => ( respond = resolve ) )
		);
		const user = await renderComposer();

		await user.type( title(), 'Once' );
		const publish = screen.getByRole( 'button', { name: 'Publish' } );
		await user.click( publish );
		await user.click( publish );
		await user.click(
			screen.getByRole( 'button', { name: 'Save draft' } )
		);
		respond( savedPost( 'publish' ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		expect( requests.filter( isSave ) ).toHaveLength( 1 );
	} );

	it( "should send the save in the click's own task, before the form re-renders", async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const user = await renderComposer();

		await user.type( title(), 'At once' );
		fireEvent.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect( requests.filter( isSave ) ).toHaveLength( 1 );
		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
	} );

	it( 'should keep words typed while the save was in flight', async () => {
		let respond: ( value: unknown ) => void = () => {};
		server( () => new Promise( ( resolve ) => ( respond = resolve ) ) );
		const user = await renderComposer();

		await user.type( content(), 'Sent' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await user.type( content(), ' and more' );
		respond( savedPost( 'publish' ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		await waitFor( () =>
			expect(
				screen.getByRole( 'region', { name: 'Your recent drafts' } )
			).toHaveAttribute( 'aria-busy', 'false' )
		);
		expect( content() ).toHaveValue( 'Sent and more' );
	} );
} );

describe( 'Composer, on a fast site', () => {
	it( 'should keep the success notice when the same submit is pressed again right after', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const user = await renderComposer();

		await user.type( content(), 'Once is enough' );
		await user.keyboard( '{Control>}{Enter}{/Control}' );
		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		await user.keyboard( '{Control>}{Enter}{Enter}{/Control}' );

		await expect(
			findNotice( 'Post published.' )
		).resolves.toBeInTheDocument();
		expect(
			screen.queryByText( 'Add a title or some content before saving.', {
				selector: '.components-notice__content',
			} )
		).not.toBeInTheDocument();
		expect( requests.filter( isSave ) ).toHaveLength( 1 );
	} );
} );
