/**
 * External dependencies
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { Composer } from '../composer';
import { COMPOSER_FIELDS } from '../fields';
import { emptyForm } from '../model/post-form';
import {
	content,
	findNotice,
	renderComposer,
	savedPost,
	server,
	title,
} from '../../test-utils/composer';
import { makePostType, makeSettings } from '../../test-utils/settings';

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
					...emptyForm( COMPOSER_FIELDS, makePostType() ),
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
