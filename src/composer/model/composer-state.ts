/**
 * The composer's state and the things that happen to it, as types.
 */

/**
 * Internal dependencies
 */
import type { PostForm } from './post-form';
import type { SaveIntent } from './post-request';
import type { SaveFailure } from './field-errors';
import type { PostStatus, SavedPost, TermRef } from '../../types';

export type ComposerOutcome =
	/** `notes`: what the server did differently from what was asked (a taken slug, a gone term). */
	| {
			type: 'saved';
			post: SavedPost;
			notes: string[];
			/** The status the post had before this save (null for a new post). */
			previousStatus: PostStatus | null;
			/** When the answer came (ms since the epoch). */
			at: number;
	  }
	| { type: 'failed'; error: SaveFailure }
	| { type: 'restored' };

/** A save waits for uploads in flight, then sends one request. */
export type SavePhase = 'uploads' | 'sending';

export interface UploadInFlight {
	/** The field uploading. */
	field: string;
	/** The post it is for: it lands only if the form still holds that post. */
	generation: number;
	progress: number;
}

export interface ComposerState {
	typeSlug: string;
	form: PostForm;
	/** The form as the server has it (empty for a new post): anything else is unsaved work. */
	baseline: PostForm;
	/** The post being edited, or null for a new one. */
	editingId: number | null;
	editingStatus: PostStatus | null;
	/** One idempotency key per post being created, kept across retries (and reloads) until the server confirms. */
	submitKey: string | null;
	/** Counts the posts the form has held; a new post, a loaded draft or a restored copy each start one. */
	generation: number;
	isLoading: boolean;
	saving: { intent: SaveIntent; phase: SavePhase } | null;
	outcome: ComposerOutcome | null;
	/** The last post the server confirmed, so lists can update without asking again. */
	lastSaved: SavedPost | null;
	/** Uploads in flight, by upload ID. */
	uploads: Record< string, UploadInFlight >;
}

/** Everything needed to pick up where the writer left off, e.g. after a reload. */
export interface ComposerSnapshot {
	postType: string;
	form: PostForm;
	editingId: number | null;
	submitKey: string | null;
}

export type ComposerAction =
	| { type: 'edited'; patch: Partial< PostForm > }
	| { type: 'typeChanged'; slug: string; fresh: PostForm }
	| {
			type: 'saveStarted';
			intent: SaveIntent;
			phase: SavePhase;
			submitKey: string | null;
	  }
	| {
			type: 'saved';
			post: SavedPost;
			/** The form as it was sent. */
			sent: PostForm;
			/** The terms sent, new ones now with IDs. */
			terms: Record< string, TermRef[] >;
			notes: string[];
			/** An empty form of the post type, for what comes next. */
			fresh: PostForm;
			/** When the answer came (ms since the epoch). */
			at: number;
	  }
	| { type: 'saveFailed'; error: SaveFailure }
	/** The failed save goes again by itself in `seconds` (the site asked to wait). */
	| { type: 'retryScheduled'; seconds: number }
	| { type: 'loadStarted' }
	| { type: 'loaded'; id: number; status: PostStatus; form: PostForm }
	| { type: 'loadFailed'; error: SaveFailure }
	| { type: 'startedNew'; fresh: PostForm }
	| { type: 'restored'; snapshot: ComposerSnapshot; fresh: PostForm }
	| { type: 'outcomeDismissed' }
	| { type: 'uploadStarted'; id: string; field: string }
	| { type: 'uploadProgress'; id: string; progress: number }
	| { type: 'uploadFinished'; id: string; patch: Partial< PostForm > }
	| { type: 'uploadFailed'; id: string };
