/**
 * State of one composer: the post type, the form, the post being edited, the save in flight and
 * its outcome.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getPostForEditing, savePost } from '../api/posts';
import { createTerms, getPostTerms } from '../api/terms';
import { newSubmitKey } from './submit-key';
import { buildPostRequest, hasWords, type SaveIntent } from './build-request';
import { emptyForm, formFromPost, type PostForm } from './post-form';
import type {
	ComposerError,
	PostTypeSettings,
	QuickPostSettings,
	SavedPost,
	Term,
	TermRef,
} from '../types';

export type ComposerOutcome =
	/** `notes`: what the server did differently from what was asked (a taken slug, a gone term). */
	| { type: 'saved'; post: SavedPost; notes: string[] }
	| { type: 'failed'; error: ComposerError }
	| { type: 'restored' };

/** Everything needed to pick up where the writer left off, e.g. after a reload. */
export interface ComposerSnapshot {
	postType: string;
	form: PostForm;
	editingId: number | null;
	submitKey: string | null;
}

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
	/** Sends the last save again, with the same idempotency key. */
	retry: () => Promise< SavedPost | null >;
	load: ( id: number ) => Promise< boolean >;
	startNew: () => void;
	/** The last post the server confirmed, so lists can update without asking again. */
	lastSaved: SavedPost | null;
	/** Whether the form holds something the server does not have yet. */
	isDirty: boolean;
	snapshot: () => ComposerSnapshot;
	restore: ( snapshot: ComposerSnapshot ) => void;
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

function hasNewTerms( terms: Record< string, TermRef[] > ): boolean {
	return Object.values( terms ).some( ( refs ) =>
		refs.some( ( ref ) => ref.id === null )
	);
}

/**
 * Creates the terms the user typed that do not exist yet, and returns every term with its ID.
 *
 * @param type  The post type.
 * @param terms Selected terms by taxonomy slug.
 */
async function createNewTerms(
	type: PostTypeSettings,
	terms: Record< string, TermRef[] >
): Promise< Record< string, TermRef[] > > {
	const resolved: Record< string, TermRef[] > = {};
	for ( const taxonomy of type.taxonomies ) {
		const refs = terms[ taxonomy.slug ] ?? [];
		const newNames = refs
			.filter( ( ref ) => ref.id === null )
			.map( ( ref ) => ref.name );
		// One batch request per 25 new terms, not one request each.
		const made = newNames.length
			? await createTerms( taxonomy, newNames )
			: [];
		let next = 0;
		resolved[ taxonomy.slug ] = refs.map( ( ref ) =>
			ref.id !== null
				? ref
				: { id: ( made[ next++ ] as Term ).id, name: ref.name }
		);
	}
	return resolved;
}

/**
 * @param type  The post type.
 * @param terms Selected terms by taxonomy slug, all with IDs.
 */
function termIds(
	type: PostTypeSettings,
	terms: Record< string, TermRef[] >
): Record< string, number[] > {
	return Object.fromEntries(
		type.taxonomies.map( ( taxonomy ) => [
			taxonomy.slug,
			( terms[ taxonomy.slug ] ?? [] ).map( ( ref ) => ref.id as number ),
		] )
	);
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

/**
 * What the server stored differently from what was sent, in words.
 *
 * @param post  The saved post, with its slug and term IDs.
 * @param sent  The form as sent.
 * @param type  The post type.
 * @param terms The terms sent, by taxonomy slug, all with IDs.
 */
function describeDifferences(
	post: SavedPost,
	sent: PostForm,
	type: PostTypeSettings,
	terms: Record< string, TermRef[] >
): string[] {
	const notes: string[] = [];
	const askedSlug = sent.slug.trim();
	if ( askedSlug && post.slug && post.slug !== askedSlug ) {
		notes.push(
			sprintf(
				/* translators: 1: the slug the writer asked for; 2: the slug WordPress used. */
				__(
					'The slug “%1$s” was taken or not allowed, so this post uses “%2$s”.',
					'quick-post'
				),
				askedSlug,
				post.slug
			)
		);
	}
	if (
		sent.featuredImage &&
		typeof post.featured_media === 'number' &&
		post.featured_media !== sent.featuredImage.id
	) {
		notes.push(
			__(
				'The featured image is no longer in the media library, so the post was saved without one.',
				'quick-post'
			)
		);
	}
	for ( const taxonomy of type.taxonomies ) {
		const stored = post[ taxonomy.restBase ];
		if ( ! Array.isArray( stored ) ) {
			continue;
		}
		const gone = ( terms[ taxonomy.slug ] ?? [] ).filter(
			( term ) => term.id !== null && ! stored.includes( term.id )
		);
		if ( gone.length > 0 ) {
			notes.push(
				sprintf(
					/* translators: 1: taxonomy name, e.g. Categories; 2: comma-separated term names. */
					__(
						'%1$s left out because they no longer exist: %2$s.',
						'quick-post'
					),
					taxonomy.label,
					gone.map( ( term ) => term.name ).join( ', ' )
				)
			);
		}
	}
	return notes;
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
	const [ lastSaved, setLastSaved ] = useState< SavedPost | null >( null );
	// The form as the server has it (empty for a new post): anything else is unsaved work.
	const [ baseline, setBaseline ] = useState< PostForm >( form );
	// Refs, not state: two clicks in the same frame must not both see "not saving".
	const inFlight = useRef( false );
	const formRef = useRef( form );
	formRef.current = form;
	// One key per post being created, kept across retries (and reloads) until the server confirms.
	const submitKey = useRef< string | null >( null );
	const lastIntent = useRef< SaveIntent | null >( null );

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
			lastIntent.current = intent;
			if ( editingId === null ) {
				submitKey.current ??= newSubmitKey();
			}
			setSavingIntent( intent );
			setOutcome( null );
			try {
				// Without new terms, the request leaves in the click's own task, before React
				// renders the busy state.
				const terms = hasNewTerms( sent.terms )
					? await createNewTerms( postType, sent.terms )
					: sent.terms;
				const post = await savePost(
					postType,
					editingId,
					buildPostRequest(
						sent,
						intent,
						postType,
						termIds( postType, terms )
					),
					{
						idempotencyKey: submitKey.current ?? undefined,
						timeout: settings.timeout,
						fields: [
							...postType.taxonomies.map(
								( taxonomy ) => taxonomy.restBase
							),
							...( postType.supports.thumbnail
								? [ 'featured_media' ]
								: [] ),
						],
					}
				);
				submitKey.current = null;
				if ( editingId !== null && post.status === 'draft' ) {
					// Still a draft: keep editing it, with new terms now known by ID.
					const kept = { ...sent, terms };
					setForm( ( current ) =>
						current === sent ? kept : current
					);
					setBaseline( kept );
				} else {
					const fresh = emptyForm( postType );
					setEditingId( null );
					setForm( ( current ) => clearSent( current, sent, fresh ) );
					setBaseline( fresh );
				}
				setOutcome( {
					type: 'saved',
					post,
					notes: describeDifferences( post, sent, postType, terms ),
				} );
				setLastSaved( post );
				return post;
			} catch ( error ) {
				setOutcome( { type: 'failed', error: error as ComposerError } );
				return null;
			} finally {
				inFlight.current = false;
				setSavingIntent( null );
			}
		},
		[ postType, editingId, settings.timeout ]
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
			setIsLoading( true );
			setOutcome( null );
			try {
				const post = await getPostForEditing( postType, id );
				const terms = await getPostTerms( postType.taxonomies, post );
				const loaded = formFromPost( post, postType, terms );
				setForm( loaded );
				setBaseline( loaded );
				setEditingId( id );
				submitKey.current = null;
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
		const fresh = emptyForm( postType );
		setEditingId( null );
		setOutcome( null );
		setForm( fresh );
		setBaseline( fresh );
		submitKey.current = null;
	}, [ postType ] );

	const dismissOutcome = useCallback( () => setOutcome( null ), [] );

	const snapshot = useCallback(
		(): ComposerSnapshot => ( {
			postType: postType.slug,
			form: formRef.current,
			editingId,
			submitKey: submitKey.current,
		} ),
		[ postType, editingId ]
	);

	const restore = useCallback(
		( saved: ComposerSnapshot ) => {
			const type = types.find( ( item ) => item.slug === saved.postType );
			if ( ! type ) {
				return;
			}
			setTypeSlug( type.slug );
			// Older snapshots may lack fields added since: start from an empty form of the type.
			setForm( { ...emptyForm( type ), ...saved.form } );
			setBaseline( emptyForm( type ) );
			setEditingId( saved.editingId );
			submitKey.current = saved.submitKey;
			setOutcome( { type: 'restored' } );
		},
		[ types ]
	);

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
		retry,
		load,
		startNew,
		lastSaved,
		isDirty: form !== baseline,
		snapshot,
		restore,
	};
}
