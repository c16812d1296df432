/**
 * One save, step by step: wait for uploads in flight, check the form, create new terms, send the
 * request; each step reported to the reducer.
 */

/**
 * Internal dependencies
 */
import { savePost } from '../api/posts';
import type { RestError } from '../api/rest-error';
import { COMPOSER_FIELDS } from './fields';
import { createNewTerms, hasNewTerms, termIds } from './new-terms';
import { toSaveFailure } from './model/field-errors';
import { buildPostRequest, type SaveIntent } from './model/post-request';
import { emptyForm } from './model/post-form';
import { refusal, uploadFailure } from './model/refusals';
import { describeDifferences } from './model/save-differences';
import { newSubmitKey } from './model/submit-key';
import type { ComposerAction, ComposerState } from './model/composer-state';
import type { Uploads } from './hooks/use-uploads';
import type { PostTypeSettings, SavedPost } from '../types';

export interface SaveContext {
	/** The composer's state right now (not as last rendered). */
	latest: () => ComposerState;
	dispatch: ( action: ComposerAction ) => void;
	type: PostTypeSettings;
	uploads: Pick< Uploads, 'isUploading' | 'settle' >;
	/** Has every field hand over what it holds (the writing surface, a moment after typing). */
	flush: () => void;
	/** Milliseconds before the request counts as lost. */
	timeout: number;
}

/**
 * The fields the save reads back: the notice's, and what shows how the server stored terms and image.
 *
 * @param type The post type.
 */
function readBack( type: PostTypeSettings ): string[] {
	return [
		...type.taxonomies.map( ( taxonomy ) => taxonomy.restBase ),
		...( type.supports.thumbnail ? [ 'featured_media' ] : [] ),
	];
}

/** Presses this soon after a save count as the same submit, not a new, empty one. */
const REPEAT_WINDOW_MS = 2000;

/**
 * @param state   The composer's state.
 * @param refused Why the form cannot be saved.
 */
function isRepeatOfSave( state: ComposerState, refused: RestError ): boolean {
	return (
		refused.code === 'empty_content' &&
		state.outcome?.type === 'saved' &&
		Date.now() - state.outcome.at < REPEAT_WINDOW_MS
	);
}

/**
 * @param context What the save works with.
 * @param intent  The button pressed.
 * @return The saved post, or null when it was not saved (the reducer has the reason).
 */
export async function sendSave(
	context: SaveContext,
	intent: SaveIntent
): Promise< SavedPost | null > {
	const { latest, dispatch, type, uploads, flush } = context;
	flush();
	const fail = ( error: RestError ) => {
		dispatch( {
			type: 'saveFailed',
			error: toSaveFailure( COMPOSER_FIELDS, error, type ),
		} );
		return null;
	};
	const refused = refusal( latest().form );
	if ( refused && isRepeatOfSave( latest(), refused ) ) {
		// The same submit pressed again after it went through (Ctrl+Enter mashed on a fast site):
		// the form is empty because the post was saved; the notice saying so stays.
		return null;
	}
	if ( refused ) {
		return fail( refused );
	}
	const { editingId } = latest();
	const submitKey =
		editingId === null ? ( latest().submitKey ?? newSubmitKey() ) : null;
	try {
		if ( uploads.isUploading() ) {
			dispatch( {
				type: 'saveStarted',
				intent,
				phase: 'uploads',
				submitKey,
			} );
			const failed = await uploads.settle();
			if ( failed ) {
				return fail( uploadFailure( failed ) );
			}
		}
		// The form as it is now: an upload that just finished is in it.
		flush();
		const sent = latest().form;
		const late = refusal( sent );
		if ( late ) {
			return fail( late );
		}
		dispatch( {
			type: 'saveStarted',
			intent,
			phase: 'sending',
			submitKey,
		} );
		// Without new terms, the request leaves in the click's own task, before React renders
		// the busy state.
		const terms = hasNewTerms( sent.terms )
			? await createNewTerms( type, sent.terms )
			: sent.terms;
		const post = await savePost(
			type,
			editingId,
			buildPostRequest(
				COMPOSER_FIELDS,
				sent,
				intent,
				type,
				termIds( type, terms )
			),
			{
				idempotencyKey: submitKey ?? undefined,
				timeout: context.timeout,
				fields: readBack( type ),
			}
		);
		dispatch( {
			type: 'saved',
			post,
			sent,
			terms,
			notes: describeDifferences( post, sent, type, terms ),
			fresh: emptyForm( COMPOSER_FIELDS, type ),
			at: Date.now(),
		} );
		return post;
	} catch ( error ) {
		return fail( error as RestError );
	}
}
