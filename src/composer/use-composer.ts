/**
 * State of one composer: the post type, the form, the post being edited, the save in flight and
 * its outcome.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getPostForEditing, savePost } from '../api/posts';
import { createTerm } from '../api/terms';
import { buildPostRequest, hasWords, type SaveIntent } from './build-request';
import { emptyForm, formFromPost, type PostForm } from './post-form';
import type {
	ComposerError,
	PostTypeSettings,
	QuickPostSettings,
	SavedPost,
	TermRef,
} from '../types';

export type ComposerOutcome =
	| { type: 'saved'; post: SavedPost }
	| { type: 'failed'; error: ComposerError };

export interface Composer {
	postType: PostTypeSettings;
	setPostType: ( slug: string ) => void;
	form: PostForm;
	update: ( patch: Partial< PostForm > ) => void;
	/** The post being edited, or null for a new one. */
	editingId: number | null;
	isLoading: boolean;
	/** The button whose save is in flight. */
	savingIntent: SaveIntent | null;
	outcome: ComposerOutcome | null;
	dismissOutcome: () => void;
	save: ( intent: SaveIntent ) => Promise< SavedPost | null >;
	load: ( id: number ) => Promise< boolean >;
	startNew: () => void;
	/** Increases after every successful save, so lists can refresh. */
	savedCount: number;
}

function failure(
	code: string,
	message: string,
	field?: string
): ComposerOutcome {
	return {
		type: 'failed',
		error: field ? { code, message, field } : { code, message },
	};
}

/**
 * Creates the terms the user typed that do not exist yet, and returns every term's ID.
 *
 * @param type  The post type.
 * @param terms Selected terms by taxonomy slug.
 */
async function resolveTermIds(
	type: PostTypeSettings,
	terms: Record< string, TermRef[] >
): Promise< {
	ids: Record< string, number[] >;
	terms: Record< string, TermRef[] >;
} > {
	const ids: Record< string, number[] > = {};
	const resolved: Record< string, TermRef[] > = {};
	for ( const taxonomy of type.taxonomies ) {
		const refs = terms[ taxonomy.slug ] ?? [];
		const created = await Promise.all(
			refs.map( async ( ref ) =>
				ref.id !== null
					? ref
					: {
							id: ( await createTerm( taxonomy, ref.name ) ).id,
							name: ref.name,
						}
			)
		);
		resolved[ taxonomy.slug ] = created;
		ids[ taxonomy.slug ] = created.map( ( ref ) => ref.id as number );
	}
	return { ids, terms: resolved };
}

/**
 * What is left of the form after a save: fields the user changed while the request was in flight
 * keep their new values; the rest start over.
 *
 * @param current The form now.
 * @param sent    The form as it was sent.
 * @param fresh   An empty form.
 */
function clearSent(
	current: PostForm,
	sent: PostForm,
	fresh: PostForm
): PostForm {
	if ( current === sent ) {
		return fresh;
	}
	return {
		...fresh,
		title: current.title === sent.title ? '' : current.title,
		content: current.content === sent.content ? '' : current.content,
	};
}

export function useComposer( settings: QuickPostSettings ): Composer {
	const types = settings.postTypes;
	const [ typeSlug, setTypeSlug ] = useState( types[ 0 ]?.slug ?? 'post' );
	const postType =
		types.find( ( type ) => type.slug === typeSlug ) ??
		( types[ 0 ] as PostTypeSettings );
	const [ form, setForm ] = useState< PostForm >( () =>
		emptyForm( postType )
	);
	const [ editingId, setEditingId ] = useState< number | null >( null );
	const [ isLoading, setIsLoading ] = useState( false );
	const [ savingIntent, setSavingIntent ] = useState< SaveIntent | null >(
		null
	);
	const [ outcome, setOutcome ] = useState< ComposerOutcome | null >( null );
	const [ savedCount, setSavedCount ] = useState( 0 );
	// Refs, not state: two clicks in the same frame must not both see "not saving".
	const inFlight = useRef( false );
	const formRef = useRef( form );
	formRef.current = form;

	const update = useCallback( ( patch: Partial< PostForm > ) => {
		setForm( ( current ) => ( { ...current, ...patch } ) );
	}, [] );

	const setPostType = useCallback(
		( slug: string ) => {
			const next = types.find( ( type ) => type.slug === slug );
			if ( ! next || editingId !== null ) {
				return;
			}
			setTypeSlug( slug );
			// The words stay; fields that belong to the old type start over.
			setForm( ( current ) => ( {
				...emptyForm( next ),
				title: current.title,
				content: current.content,
			} ) );
		},
		[ types, editingId ]
	);

	const save = useCallback(
		async ( intent: SaveIntent ): Promise< SavedPost | null > => {
			if ( inFlight.current ) {
				return null;
			}
			const sent = formRef.current;
			if ( ! hasWords( sent ) ) {
				setOutcome(
					failure(
						'empty_content',
						__(
							'Add a title or some content before saving.',
							'quick-post'
						)
					)
				);
				return null;
			}
			if (
				sent.visibility === 'password' &&
				sent.password.trim() === ''
			) {
				setOutcome(
					failure(
						'empty_password',
						__(
							'Enter a password, or choose another visibility.',
							'quick-post'
						),
						'password'
					)
				);
				return null;
			}

			inFlight.current = true;
			setSavingIntent( intent );
			setOutcome( null );
			try {
				const resolved = await resolveTermIds( postType, sent.terms );
				const post = await savePost(
					postType,
					editingId,
					buildPostRequest( sent, intent, postType, resolved.ids )
				);
				if ( editingId !== null && post.status === 'draft' ) {
					// Still a draft: keep editing it, with new terms now known by ID.
					setForm( ( current ) =>
						current === sent
							? { ...current, terms: resolved.terms }
							: current
					);
				} else {
					setEditingId( null );
					setForm( ( current ) =>
						clearSent( current, sent, emptyForm( postType ) )
					);
				}
				setOutcome( { type: 'saved', post } );
				setSavedCount( ( count ) => count + 1 );
				return post;
			} catch ( error ) {
				setOutcome( { type: 'failed', error: error as ComposerError } );
				return null;
			} finally {
				inFlight.current = false;
				setSavingIntent( null );
			}
		},
		[ postType, editingId ]
	);

	const load = useCallback(
		async ( id: number ): Promise< boolean > => {
			setIsLoading( true );
			setOutcome( null );
			try {
				const post = await getPostForEditing( postType, id );
				setForm( formFromPost( post, postType ) );
				setEditingId( id );
				return true;
			} catch ( error ) {
				setOutcome( { type: 'failed', error: error as ComposerError } );
				return false;
			} finally {
				setIsLoading( false );
			}
		},
		[ postType ]
	);

	const startNew = useCallback( () => {
		setEditingId( null );
		setOutcome( null );
		setForm( emptyForm( postType ) );
	}, [ postType ] );

	const dismissOutcome = useCallback( () => setOutcome( null ), [] );

	return {
		postType,
		setPostType,
		form,
		update,
		editingId,
		isLoading,
		savingIntent,
		outcome,
		dismissOutcome,
		save,
		load,
		startNew,
		savedCount,
	};
}
