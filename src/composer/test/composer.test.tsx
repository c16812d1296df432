/**
 * External dependencies
 */
import {
	cleanup,
	fireEvent,
	render,
	screen,
	waitFor,
	within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { Composer } from '../composer';
import { emptyForm } from '../post-form';
import {
	contributorPostType,
	makePostType,
	makeSettings,
} from '../../test-utils/settings';
import {
	emptyReads,
	mockServer,
	type RecordedRequest,
} from '../../test-utils/server';
import type { QuickPostSettings } from '../../types';

/**
 * Renders the composer and waits until its recent drafts have loaded.
 * @param settings
 */
async function renderComposer( settings: QuickPostSettings = makeSettings() ) {
	const user = userEvent.setup();
	render( <Composer settings={ settings } context="page" /> );
	await waitFor( () =>
		expect(
			screen.getByRole( 'region', { name: 'Your recent drafts' } )
		).toHaveAttribute( 'aria-busy', 'false' )
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

const savedPost = ( status: string, id = 42 ) => ( {
	id,
	link: `http://example.test/?p=${ id }`,
	status,
	date: '2026-11-22T10:00:00',
	title: { rendered: 'Hello' },
} );

const isSave = ( request: RecordedRequest ) =>
	request.method === 'POST' && /^\/wp\/v2\/posts\b/.test( request.path );

/**
 * Answers saves with `save`, everything else as an empty site would.
 * @param save
 */
function server( save: ( request: RecordedRequest ) => unknown ) {
	return mockServer( ( request ) =>
		isSave( request ) ? save( request ) : emptyReads( request )
	);
}

const title = () => screen.getByRole( 'textbox', { name: 'Title' } );
const content = () => screen.getByRole( 'textbox', { name: 'Content' } );

describe( 'Composer', () => {
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
			screen.getByRole( 'textbox', { name: 'Excerpt' } )
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
			restBase: 'pages',
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

describe( 'Composer, kept in the browser', () => {
	beforeEach( () => window.localStorage.clear() );

	it( 'should bring unsaved work back after a reload, and discard it on request', async () => {
		server( () => savedPost( 'publish' ) );
		const user = await renderComposer();
		await user.type( title(), 'Survives a reload' );
		await user.type( content(), 'And so does this.' );
		await waitFor( () =>
			expect( JSON.stringify( { ...window.localStorage } ) ).toContain(
				'And so does this.'
			)
		);
		cleanup();

		await renderComposer();
		expect(
			await findNotice( 'Restored your unsaved post.' )
		).toBeInTheDocument();
		expect( title() ).toHaveValue( 'Survives a reload' );
		expect( content() ).toHaveValue( 'And so does this.' );

		await userEvent.click(
			screen.getByRole( 'button', { name: 'Discard' } )
		);
		expect( title() ).toHaveValue( '' );
		await waitFor( () => expect( window.localStorage ).toHaveLength( 0 ) );
	} );

	it( 'should forget the copy once the server has the post', async () => {
		server( () => savedPost( 'publish' ) );
		const user = await renderComposer();
		await user.type( title(), 'Published soon' );
		await waitFor( () => expect( window.localStorage ).toHaveLength( 1 ) );

		await user.click( screen.getByRole( 'button', { name: 'Publish' } ) );
		await findNotice( 'Post published.' );
		await waitFor( () => expect( window.localStorage ).toHaveLength( 0 ) );
	} );
} );

describe( 'Composer, taking over the early fields', () => {
	beforeEach( () => window.localStorage.clear() );

	/**
	 * The markup PHP prints, with words typed into it before the bundle ran.
	 * @param typed         What is in the fields.
	 * @param typed.title   The title typed.
	 * @param typed.content The content typed.
	 */
	function earlyRoot( typed: { title: string; content: string } ) {
		const root = document.createElement( 'div' );
		root.innerHTML = `<div class="quick-post is-page quick-post-early">
			<input type="text" data-early-field="title" aria-label="Early title" />
			<textarea data-early-field="content" aria-label="Early content"></textarea>
		</div>`;
		document.body.appendChild( root );
		const [ earlyTitle, earlyContent ] = [
			root.querySelector( 'input' ) as HTMLInputElement,
			root.querySelector( 'textarea' ) as HTMLTextAreaElement,
		];
		earlyTitle.value = typed.title;
		earlyContent.value = typed.content;
		earlyContent.focus();
		return root;
	}

	/**
	 * Mounts the composer the way index.tsx does: in a new element inside the root.
	 * @param root The root holding the early fields.
	 */
	function mountOver( root: HTMLElement ) {
		const mount = document.createElement( 'div' );
		root.appendChild( mount );
		render(
			<Composer
				settings={ makeSettings() }
				context="page"
				root={ root }
			/>,
			{ container: mount }
		);
	}

	it( 'should keep what was typed before it loaded, and the focus', async () => {
		server( () => savedPost( 'publish' ) );
		const root = earlyRoot( {
			title: 'Typed at first paint',
			content: 'Before any script ran',
		} );
		mountOver( root );

		expect( title() ).toHaveValue( 'Typed at first paint' );
		expect( content() ).toHaveValue( 'Before any script ran' );
		expect( content() ).toHaveFocus();
		expect( root.querySelector( '.quick-post-early' ) ).toBeNull();
		await waitFor( () =>
			expect(
				screen.getByRole( 'region', { name: 'Your recent drafts' } )
			).toHaveAttribute( 'aria-busy', 'false' )
		);
		root.remove();
	} );

	it( 'should keep early words beside restored unsaved work', async () => {
		window.localStorage.setItem(
			'quick-post:http://example.test/wp-json/:7:page:post',
			JSON.stringify( {
				version: 1,
				savedAt: Date.now(),
				postType: 'post',
				editingId: null,
				submitKey: null,
				form: {
					...emptyForm( makePostType() ),
					title: 'From yesterday',
					content: 'Unsaved paragraph.',
				},
			} )
		);
		server( () => savedPost( 'publish' ) );
		const root = earlyRoot( {
			title: 'New idea',
			content: 'Typed early.',
		} );
		mountOver( root );

		expect(
			await findNotice( 'Restored your unsaved post.' )
		).toBeInTheDocument();
		expect( title() ).toHaveValue( 'From yesterday' );
		expect( content() ).toHaveValue(
			'Unsaved paragraph.\n\nNew idea\n\nTyped early.'
		);
		root.remove();
	} );
} );
