/**
 * Internal dependencies
 */
import { COMPOSER_FIELDS } from '../../fields';
import { emptyForm, type PostForm } from '../post-form';
import {
	composerReducer,
	initialState,
	isDirty,
	uploadProgress,
} from '../reducer';
import type { ComposerAction, ComposerState } from '../composer-state';
import { makePostType } from '../../../test-utils/settings';
import type { SavedPost } from '../../../types';

const type = makePostType();
const page = makePostType( { slug: 'page', taxonomies: [], formats: [] } );
const fresh = emptyForm( COMPOSER_FIELDS, type );
const start = () => initialState( 'post', fresh );
const run = ( state: ComposerState, ...actions: ComposerAction[] ) =>
	actions.reduce( composerReducer, state );
const saved = ( status: SavedPost[ 'status' ], id = 42 ): SavedPost => ( {
	id,
	status,
	link: `http://example.test/?p=${ id }`,
	date: '2026-12-01T10:00:00',
	title: { rendered: 'Hello' },
} );
const edited = ( patch: Partial< PostForm > ): ComposerAction => ( {
	type: 'edited',
	patch,
} );

describe( 'composerReducer', () => {
	it( 'should start clean, and call any edit unsaved work', () => {
		const state = start();
		expect( isDirty( state ) ).toBe( false );
		const next = run( state, edited( { title: 'Hi' } ) );
		expect( next.form.title ).toBe( 'Hi' );
		expect( isDirty( next ) ).toBe( true );
		expect( state.form.title ).toBe( '' );
	} );

	it( 'should keep the words and reset the rest when the post type changes', () => {
		const state = run(
			start(),
			edited( { title: 'T', content: 'C', excerpt: 'E', slug: 's' } ),
			{
				type: 'typeChanged',
				slug: 'page',
				fresh: emptyForm( COMPOSER_FIELDS, page ),
			}
		);
		expect( state.typeSlug ).toBe( 'page' );
		expect( state.form ).toMatchObject( {
			title: 'T',
			content: 'C',
			excerpt: '',
			slug: '',
		} );
		expect( state.form.terms ).toEqual( {} );
	} );

	it( 'should hand a post of another type a key of its own', () => {
		const state = run(
			start(),
			edited( { title: 'T' } ),
			{
				type: 'saveStarted',
				intent: 'publish',
				phase: 'sending',
				submitKey: 'for-the-post',
			},
			{
				type: 'saveFailed',
				error: { code: 'fetch_error', message: 'x' },
			},
			{
				type: 'typeChanged',
				slug: 'page',
				fresh: emptyForm( COMPOSER_FIELDS, page ),
			}
		);
		expect( state.submitKey ).toBeNull();
	} );

	it( 'should say when a failed save goes again by itself', () => {
		const failed = run( start(), {
			type: 'saveFailed',
			error: {
				code: 'quick_post_save_in_progress',
				message: 'x',
				retryAfter: 2,
			},
		} );
		expect(
			run( failed, { type: 'retryScheduled', seconds: 2 } ).outcome
		).toEqual( {
			type: 'failed',
			error: {
				code: 'quick_post_save_in_progress',
				message: 'x',
				retryAfter: 2,
				autoRetryIn: 2,
			},
		} );
		expect(
			run( start(), { type: 'retryScheduled', seconds: 2 } ).outcome
		).toBeNull();
	} );

	it( 'should not change the type of a loaded draft', () => {
		const loaded = run( start(), {
			type: 'loaded',
			id: 5,
			status: 'draft',
			form: { ...fresh, title: 'Draft' },
		} );
		expect(
			run( loaded, { type: 'typeChanged', slug: 'page', fresh } )
		).toBe( loaded );
	} );

	it( 'should clear a new post once saved, keeping what was typed during the request', () => {
		const typed = run(
			start(),
			edited( { title: 'Sent', content: 'Body' } )
		);
		const sent = typed.form;
		const state = run(
			typed,
			{
				type: 'saveStarted',
				intent: 'publish',
				phase: 'sending',
				submitKey: 'key-1',
			},
			edited( { content: 'Body and more' } ),
			{
				type: 'saved',
				post: saved( 'publish' ),
				sent,
				terms: sent.terms,
				notes: [],
				fresh,
				at: 1000,
			}
		);
		expect( state.form.title ).toBe( '' );
		expect( state.form.content ).toBe( 'Body and more' );
		expect( state.submitKey ).toBeNull();
		expect( state.saving ).toBeNull();
		expect( state.generation ).toBe( typed.generation + 1 );
		expect( state.outcome ).toMatchObject( {
			type: 'saved',
			previousStatus: null,
		} );
		expect( state.lastSaved?.id ).toBe( 42 );
	} );

	it( 'should keep editing a loaded draft saved as a draft, with its new terms', () => {
		const loaded = run( start(), {
			type: 'loaded',
			id: 5,
			status: 'draft',
			form: { ...fresh, title: 'Old' },
		} );
		const typed = run(
			loaded,
			edited( { terms: { post_tag: [ { id: null, name: 'New' } ] } } )
		);
		const state = run( typed, {
			type: 'saved',
			post: saved( 'draft', 5 ),
			sent: typed.form,
			terms: { post_tag: [ { id: 9, name: 'New' } ] },
			notes: [],
			fresh,
			at: 1000,
		} );
		expect( state.editingId ).toBe( 5 );
		expect( state.form.terms ).toEqual( {
			post_tag: [ { id: 9, name: 'New' } ],
		} );
		expect( isDirty( state ) ).toBe( false );
		expect( state.outcome ).toMatchObject( { previousStatus: 'draft' } );
	} );

	it( 'should keep the form and the key when a save fails', () => {
		const state = run(
			start(),
			edited( { title: 'Keep' } ),
			{
				type: 'saveStarted',
				intent: 'draft',
				phase: 'sending',
				submitKey: 'k',
			},
			{ type: 'saveFailed', error: { code: 'fetch_error', message: 'x' } }
		);
		expect( state.form.title ).toBe( 'Keep' );
		expect( state.submitKey ).toBe( 'k' );
		expect( state.saving ).toBeNull();
		expect( state.outcome ).toEqual( {
			type: 'failed',
			error: { code: 'fetch_error', message: 'x' },
		} );
	} );

	it( 'should load a draft as the server has it, and start a new post on request', () => {
		const form = { ...fresh, title: 'Loaded' };
		const loaded = run(
			start(),
			{ type: 'loadStarted' },
			{ type: 'loaded', id: 7, status: 'draft', form }
		);
		expect( loaded ).toMatchObject( {
			editingId: 7,
			editingStatus: 'draft',
			isLoading: false,
			generation: 1,
		} );
		expect( isDirty( loaded ) ).toBe( false );
		const blank = run( loaded, { type: 'startedNew', fresh } );
		expect( blank ).toMatchObject( {
			editingId: null,
			form: fresh,
			generation: 2,
		} );
	} );

	it( 'should restore a local copy over an empty form of its type, key included', () => {
		const state = run( start(), {
			type: 'restored',
			snapshot: {
				postType: 'page',
				// An older copy, from before a field existed.
				form: { title: 'Back' } as PostForm,
				editingId: null,
				submitKey: 'kept-key',
			},
			fresh: emptyForm( COMPOSER_FIELDS, page ),
		} );
		expect( state.typeSlug ).toBe( 'page' );
		expect( state.form.title ).toBe( 'Back' );
		expect( state.form.slug ).toBe( '' );
		expect( state.submitKey ).toBe( 'kept-key' );
		expect( state.outcome ).toEqual( { type: 'restored' } );
		expect( isDirty( state ) ).toBe( true );
	} );

	it( 'should land a finished upload on the post it was started for', () => {
		const image = { id: 3, url: 'i.jpg', alt: '' };
		const state = run(
			start(),
			{ type: 'uploadStarted', id: 'u1', field: 'featuredImage' },
			{ type: 'uploadProgress', id: 'u1', progress: 0.5 }
		);
		expect( uploadProgress( state, 'featuredImage' ) ).toBe( 0.5 );
		expect( uploadProgress( state, 'content' ) ).toBeNull();
		const done = run( state, {
			type: 'uploadFinished',
			id: 'u1',
			patch: { featuredImage: image },
		} );
		expect( done.form.featuredImage ).toEqual( image );
		expect( done.uploads ).toEqual( {} );
	} );

	it( 'should never land an upload on a later post', () => {
		const state = run(
			start(),
			{ type: 'uploadStarted', id: 'u1', field: 'featuredImage' },
			{ type: 'startedNew', fresh },
			{
				type: 'uploadFinished',
				id: 'u1',
				patch: { featuredImage: { id: 3, url: 'i.jpg', alt: '' } },
			}
		);
		expect( state.form.featuredImage ).toBeNull();
		expect( state.uploads ).toEqual( {} );
		expect(
			uploadProgress(
				run( start(), { type: 'uploadFailed', id: 'none' } ),
				'featuredImage'
			)
		).toBeNull();
	} );
} );
