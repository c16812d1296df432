/**
 * External dependencies
 */
import { screen, waitFor, within } from '@testing-library/react';

/**
 * Internal dependencies
 */
import {
	content,
	findNotice,
	renderComposer,
	savedPost,
	server,
	title,
} from '../../test-utils/composer';
import {
	contributorPostType,
	makePostType,
	makeSettings,
} from '../../test-utils/settings';
import { emptyReads, mockServer } from '../../test-utils/server';

describe( 'Composer, options and drafts', () => {
	it( 'should remember that More options was opened', async () => {
		const requests = server( () => savedPost( 'publish' ) );
		const user = await renderComposer();

		const toggle = screen.getByRole( 'button', { name: 'More options' } );
		expect( toggle ).toHaveAttribute( 'aria-expanded', 'false' );
		expect(
			screen.queryByRole( 'textbox', { name: 'Excerpt' } )
		).not.toBeInTheDocument();
		await user.click( toggle );

		expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
		expect(
			await screen.findByRole( 'textbox', { name: 'Excerpt' } )
		).toBeInTheDocument();
		await waitFor( () =>
			expect( requests ).toContainEqual(
				expect.objectContaining( {
					method: 'POST',
					path: expect.stringMatching( /^\/wp\/v2\/users\/me\b/ ),
					data: { meta: { quick_post_more_options_open: true } },
				} )
			)
		);
	} );

	it( 'should offer contributors no schedule, private visibility, sticky or uploads', async () => {
		server( () => savedPost( 'pending' ) );
		await renderComposer(
			makeSettings( {
				postTypes: [ contributorPostType() ],
				preferences: { moreOptionsOpen: true },
			} )
		);

		expect(
			await screen.findByRole( 'textbox', { name: 'Excerpt' } )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Immediately' } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'radio', { name: 'Private' } )
		).not.toBeInTheDocument();
		expect(
			screen.getByRole( 'radio', { name: 'Password protected' } )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'checkbox', {
				name: 'Stick to the top of the blog',
			} )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Upload image' } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'combobox', { name: 'Author' } )
		).not.toBeInTheDocument();
	} );

	it( 'should create a page when the post type is switched, keeping the words', async () => {
		const page = makePostType( {
			slug: 'page',
			label: 'Page',
			route: '/wp/v2/pages',
			taxonomies: [],
			formats: [],
		} );
		const requests = mockServer( ( request ) =>
			request.method === 'POST' &&
			request.path.startsWith( '/wp/v2/pages' )
				? savedPost( 'publish', 50 )
				: emptyReads( request )
		);
		const user = await renderComposer(
			makeSettings( { postTypes: [ makePostType(), page ] } )
		);

		await user.type( title(), 'About us' );
		await user.selectOptions(
			screen.getByRole( 'combobox', { name: 'Post type' } ),
			'page'
		);
		expect( title() ).toHaveValue( 'About us' );
		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );

		expect( await findNotice( 'Post published.' ) ).toBeInTheDocument();
		const save = requests.find( ( request ) => request.method === 'POST' );
		expect( save?.path ).toMatch( /^\/wp\/v2\/pages\?/ );
		expect( save?.data ).not.toHaveProperty( 'categories' );
	} );

	it( 'should load a recent draft, update that post, and keep it loaded', async () => {
		const requests = mockServer( ( request ) => {
			if (
				request.method === 'GET' &&
				request.path.includes( 'status=draft' )
			) {
				return [
					{
						id: 5,
						title: { raw: '<img src=x onerror=alert(1)>' },
						modified: '2026-11-20T10:00:00',
						link: 'http://example.test/?p=5',
					},
				];
			}
			if (
				request.method === 'GET' &&
				request.path.startsWith( '/wp/v2/posts/5' )
			) {
				return {
					id: 5,
					status: 'draft',
					date: '2026-11-20T10:00:00',
					date_gmt: null,
					link: 'http://example.test/?p=5',
					slug: '',
					title: { raw: 'Old idea' },
					content: {
						raw: '<!-- wp:paragraph -->\n<p>Half written</p>\n<!-- /wp:paragraph -->',
					},
					excerpt: { raw: '' },
					password: '',
					sticky: false,
					format: 'standard',
					comment_status: 'open',
					ping_status: 'closed',
					author: 7,
					featured_media: 0,
					categories: [ 4 ],
					tags: [],
				};
			}
			if (
				request.method === 'GET' &&
				request.path.startsWith( '/wp/v2/categories' ) &&
				request.path.includes( 'include=4' )
			) {
				return [ { id: 4, name: 'Ideas', parent: 0 } ];
			}
			if (
				request.method === 'POST' &&
				request.path.startsWith( '/wp/v2/posts/5' )
			) {
				return { ...savedPost( 'draft', 5 ) };
			}
			return emptyReads( request );
		} );
		const user = await renderComposer();

		const drafts = await screen.findByRole( 'region', {
			name: 'Your recent drafts',
		} );
		const draftButton = await within( drafts ).findByRole( 'button', {
			name: 'Continue “<img src=x onerror=alert(1)>” here',
		} );
		expect( draftButton ).toHaveTextContent(
			'<img src=x onerror=alert(1)>'
		);
		expect( drafts.querySelector( 'img' ) ).toBeNull();
		await user.click( draftButton );

		await waitFor( () => expect( title() ).toHaveValue( 'Old idea' ) );
		expect( content() ).toHaveValue( 'Half written' );
		expect(
			screen.getByText( 'Editing draft “Old idea”.' )
		).toBeInTheDocument();
		await user.type( content(), ', now finished' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save draft' } )
		);

		expect( await findNotice( 'Draft saved.' ) ).toBeInTheDocument();
		const update = requests.find(
			( request ) =>
				request.method === 'POST' &&
				request.path.startsWith( '/wp/v2/posts/5' )
		);
		expect( update?.data ).toMatchObject( {
			title: 'Old idea',
			status: 'draft',
			categories: [ 4 ],
			content:
				'<!-- wp:paragraph -->\n<p>Half written, now finished</p>\n<!-- /wp:paragraph -->',
		} );
		expect( title() ).toHaveValue( 'Old idea' );

		await user.click( screen.getByRole( 'button', { name: 'New post' } ) );
		expect( title() ).toHaveValue( '' );
		expect( screen.queryByText( /Editing draft/ ) ).not.toBeInTheDocument();
	} );
} );
