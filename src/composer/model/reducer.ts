/**
 * Every change of the composer's state, as a pure function of the state and what happened.
 */

/**
 * Internal dependencies
 */
import type { PostForm } from './post-form';
import type {
	ComposerAction,
	ComposerOutcome,
	ComposerState,
} from './composer-state';

export function initialState(
	typeSlug: string,
	fresh: PostForm
): ComposerState {
	return {
		typeSlug,
		form: fresh,
		baseline: fresh,
		editingId: null,
		editingStatus: null,
		submitKey: null,
		generation: 0,
		isLoading: false,
		saving: null,
		outcome: null,
		lastSaved: null,
		uploads: {},
	};
}

/**
 * What is left of the form after a save: fields the user changed while the request was in flight
 * keep their new values; the rest start over.
 *
 * @param current The form now.
 * @param sent    The form as it was sent.
 * @param fresh   An empty form.
 */
export function clearSent(
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
 * A new post, a loaded draft or a restored copy: nothing of the previous post's may land in it.
 * @param state
 * @param form
 * @param baseline
 */
function startOver(
	state: ComposerState,
	form: PostForm,
	baseline: PostForm
): ComposerState {
	return {
		...state,
		form,
		baseline,
		submitKey: null,
		generation: state.generation + 1,
	};
}

function withoutUpload(
	uploads: ComposerState[ 'uploads' ],
	id: string
): ComposerState[ 'uploads' ] {
	const { [ id ]: _gone, ...rest } = uploads;
	return rest;
}

function afterSave(
	state: ComposerState,
	action: Extract< ComposerAction, { type: 'saved' } >
): ComposerState {
	const outcome: ComposerOutcome = {
		type: 'saved',
		post: action.post,
		notes: action.notes,
		previousStatus: state.editingStatus,
		at: action.at,
	};
	const done = {
		...state,
		saving: null,
		submitKey: null,
		outcome,
		lastSaved: action.post,
	};
	if ( state.editingId !== null && action.post.status === 'draft' ) {
		// Still a draft: keep editing it, with new terms now known by ID.
		const kept = { ...action.sent, terms: action.terms };
		return {
			...done,
			form: state.form === action.sent ? kept : state.form,
			baseline: kept,
			editingStatus: 'draft',
		};
	}
	return {
		...startOver(
			done,
			clearSent( state.form, action.sent, action.fresh ),
			action.fresh
		),
		editingId: null,
		editingStatus: null,
	};
}

export function composerReducer(
	state: ComposerState,
	action: ComposerAction
): ComposerState {
	switch ( action.type ) {
		case 'edited':
			return { ...state, form: { ...state.form, ...action.patch } };
		case 'typeChanged':
			if ( state.editingId !== null || action.slug === state.typeSlug ) {
				return state;
			}
			// The words stay; fields that belong to the old type start over. So does the submit
			// key: a post of another type is another post, which a retry must not update.
			return {
				...state,
				typeSlug: action.slug,
				submitKey: null,
				form: {
					...action.fresh,
					title: state.form.title,
					content: state.form.content,
				},
				baseline: action.fresh,
			};
		case 'saveStarted':
			return {
				...state,
				saving: { intent: action.intent, phase: action.phase },
				submitKey: action.submitKey,
				outcome: null,
			};
		case 'saved':
			return afterSave( state, action );
		case 'saveFailed':
			return {
				...state,
				saving: null,
				outcome: { type: 'failed', error: action.error },
			};
		case 'retryScheduled':
			return state.outcome?.type === 'failed'
				? {
						...state,
						outcome: {
							type: 'failed',
							error: {
								...state.outcome.error,
								autoRetryIn: action.seconds,
							},
						},
					}
				: state;
		case 'loadStarted':
			return { ...state, isLoading: true, outcome: null };
		case 'loaded':
			return {
				...startOver( state, action.form, action.form ),
				editingId: action.id,
				editingStatus: action.status,
				isLoading: false,
			};
		case 'loadFailed':
			return {
				...state,
				isLoading: false,
				outcome: { type: 'failed', error: action.error },
			};
		case 'startedNew':
			return {
				...startOver( state, action.fresh, action.fresh ),
				editingId: null,
				editingStatus: null,
				outcome: null,
			};
		case 'restored':
			return {
				...startOver(
					state,
					// Older copies may lack fields added since: start from an empty form of the type.
					{ ...action.fresh, ...action.snapshot.form },
					action.fresh
				),
				typeSlug: action.snapshot.postType,
				editingId: action.snapshot.editingId,
				editingStatus:
					action.snapshot.editingId === null ? null : 'draft',
				submitKey: action.snapshot.submitKey,
				outcome: { type: 'restored' },
			};
		case 'outcomeDismissed':
			return { ...state, outcome: null };
		case 'uploadStarted':
			return {
				...state,
				uploads: {
					...state.uploads,
					[ action.id ]: {
						field: action.field,
						generation: state.generation,
						progress: 0,
					},
				},
			};
		case 'uploadProgress': {
			const upload = state.uploads[ action.id ];
			return upload
				? {
						...state,
						uploads: {
							...state.uploads,
							[ action.id ]: {
								...upload,
								progress: action.progress,
							},
						},
					}
				: state;
		}
		case 'uploadFinished': {
			const upload = state.uploads[ action.id ];
			const uploads = withoutUpload( state.uploads, action.id );
			return upload && upload.generation === state.generation
				? {
						...state,
						uploads,
						form: { ...state.form, ...action.patch },
					}
				: { ...state, uploads };
		}
		case 'uploadFailed':
			return {
				...state,
				uploads: withoutUpload( state.uploads, action.id ),
			};
	}
}

/**
 * @param state The composer's state.
 * @return Whether the form holds something the server does not have yet.
 */
export const isDirty = ( state: ComposerState ): boolean =>
	state.form !== state.baseline;

/**
 * @param state The composer's state.
 * @param field A field's ID.
 * @return The progress of the field's upload in flight for the post in the form, or null.
 */
export function uploadProgress(
	state: ComposerState,
	field: string
): number | null {
	const upload = Object.values( state.uploads ).find(
		( item ) => item.field === field && item.generation === state.generation
	);
	return upload ? upload.progress : null;
}
