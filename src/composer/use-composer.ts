/**
 * One composer's async work: saving (after uploads and new terms), loading a draft, restoring a
 * local copy. Every state change goes through the pure reducer in model/reducer.ts.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useMemo, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { getPostForEditing } from '../api/posts';
import { getPostTerms } from '../api/terms';
import type { RestError } from '../api/rest-error';
import { COMPOSER_FIELDS } from './fields';
import { useAutoRetry } from './hooks/use-auto-retry';
import { useStore } from './hooks/use-store';
import { useUploads, type Uploads } from './hooks/use-uploads';
import { sendSave } from './send-save';
import { emptyForm, formFromPost, type PostForm } from './model/post-form';
import type { SaveIntent } from './model/post-request';
import { toSaveFailure } from './model/field-errors';
import { composerReducer, initialState, isDirty } from './model/reducer';
import type { ComposerSnapshot, ComposerState } from './model/composer-state';
import type { PostTypeSettings, QuickPostSettings, SavedPost } from '../types';

export interface Composer {
	state: ComposerState;
	postType: PostTypeSettings;
	setPostType: ( slug: string ) => void;
	update: ( patch: Partial< PostForm > ) => void;
	save: ( intent: SaveIntent ) => Promise< SavedPost | null >;
	/** Sends the last save again, with the same idempotency key. */
	retry: () => Promise< SavedPost | null >;
	load: ( id: number ) => Promise< boolean >;
	startNew: () => void;
	dismissOutcome: () => void;
	isDirty: boolean;
	snapshot: () => ComposerSnapshot;
	restore: ( snapshot: ComposerSnapshot ) => void;
	uploads: Uploads;
	/** For fields that hand their value over late: see FieldEditProps.registerFlush. */
	registerFlush: ( flush: () => void ) => () => void;
}

const fresh = ( type: PostTypeSettings ) => emptyForm( COMPOSER_FIELDS, type );

export function useComposer( settings: QuickPostSettings ): Composer {
	const types = settings.postTypes;
	const typeFor = useCallback(
		( slug: string ) =>
			types.find( ( type ) => type.slug === slug ) ??
			( types[ 0 ] as PostTypeSettings ),
		[ types ]
	);
	const [ state, dispatch, latest ] = useStore( composerReducer, () => {
		const first = types[ 0 ] as PostTypeSettings;
		return initialState( first.slug, fresh( first ) );
	} );
	const now = useCallback(
		() => latest.current as ComposerState,
		[ latest ]
	);
	const postType = typeFor( state.typeSlug );
	const target = useMemo(
		() => ( {
			root: settings.root,
			nonce: settings.nonce,
			maxUpload: settings.limits.maxUpload,
		} ),
		[ settings ]
	);
	const uploads = useUploads( latest, dispatch, target );
	const flushers = useRef( new Set< () => void >() );
	const registerFlush = useCallback( ( flush: () => void ) => {
		flushers.current.add( flush );
		return () => void flushers.current.delete( flush );
	}, [] );
	const flush = useCallback(
		() => flushers.current.forEach( ( handOver ) => handOver() ),
		[]
	);
	// A ref, not state: two clicks in the same frame must not both see "not saving".
	const inFlight = useRef( false );
	const lastIntent = useRef< SaveIntent | null >( null );

	const update = useCallback(
		( patch: Partial< PostForm > ) => dispatch( { type: 'edited', patch } ),
		[ dispatch ]
	);

	const setPostType = useCallback(
		( slug: string ) => {
			const next = types.find( ( type ) => type.slug === slug );
			if ( next ) {
				dispatch( { type: 'typeChanged', slug, fresh: fresh( next ) } );
			}
		},
		[ types, dispatch ]
	);

	const autoRetry = useAutoRetry( now, dispatch );

	const send = useCallback(
		async (
			intent: SaveIntent,
			automatic: boolean
		): Promise< SavedPost | null > => {
			if ( inFlight.current ) {
				return null;
			}
			if ( ! automatic ) {
				autoRetry.cancel();
			}
			inFlight.current = true;
			lastIntent.current = intent;
			let post: SavedPost | null = null;
			try {
				post = await sendSave(
					{
						latest: now,
						dispatch,
						type: typeFor( now().typeSlug ),
						uploads,
						flush,
						timeout: settings.limits.timeout,
					},
					intent
				);
			} finally {
				inFlight.current = false;
			}
			autoRetry.afterSave( () => void send( intent, true ) );
			return post;
		},
		[
			now,
			typeFor,
			uploads,
			flush,
			dispatch,
			settings.limits.timeout,
			autoRetry,
		]
	);
	const save = useCallback(
		( intent: SaveIntent ) => send( intent, false ),
		[ send ]
	);

	const retry = useCallback(
		() =>
			lastIntent.current
				? save( lastIntent.current )
				: Promise.resolve( null ),
		[ save ]
	);

	const load = useCallback(
		async ( id: number ): Promise< boolean > => {
			const type = typeFor( now().typeSlug );
			autoRetry.cancel();
			dispatch( { type: 'loadStarted' } );
			try {
				const post = await getPostForEditing( type, id );
				const terms = await getPostTerms( type.taxonomies, post );
				const form = formFromPost(
					COMPOSER_FIELDS,
					{ post, terms },
					type
				);
				dispatch( { type: 'loaded', id, status: post.status, form } );
				return true;
			} catch ( error ) {
				dispatch( {
					type: 'loadFailed',
					error: toSaveFailure(
						COMPOSER_FIELDS,
						error as RestError,
						type
					),
				} );
				return false;
			}
		},
		[ now, typeFor, dispatch, autoRetry ]
	);

	const startNew = useCallback( () => {
		autoRetry.cancel();
		dispatch( {
			type: 'startedNew',
			fresh: fresh( typeFor( now().typeSlug ) ),
		} );
	}, [ now, dispatch, typeFor, autoRetry ] );

	const dismissOutcome = useCallback( () => {
		autoRetry.cancel();
		dispatch( { type: 'outcomeDismissed' } );
	}, [ dispatch, autoRetry ] );

	const snapshot = useCallback( (): ComposerSnapshot => {
		flush();
		const { typeSlug, form, editingId, submitKey } = now();
		return { postType: typeSlug, form, editingId, submitKey };
	}, [ now, flush ] );

	const restore = useCallback(
		( saved: ComposerSnapshot ) => {
			const type = types.find( ( item ) => item.slug === saved.postType );
			if ( type ) {
				dispatch( {
					type: 'restored',
					snapshot: saved,
					fresh: fresh( type ),
				} );
			}
		},
		[ types, dispatch ]
	);

	return {
		state,
		postType,
		setPostType,
		update,
		save,
		retry,
		load,
		startNew,
		dismissOutcome,
		isDirty: isDirty( state ),
		snapshot,
		restore,
		uploads,
		registerFlush,
	};
}
