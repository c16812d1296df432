/**
 * When the site answers "an earlier copy of this post is still being saved" (a 409 with
 * Retry-After), the composer sends the same save again by itself after that long, within limits,
 * and the notice says so.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useEffect, useMemo, useRef } from '@wordpress/element';

/**
 * Internal dependencies
 */
import type { ComposerAction, ComposerState } from '../model/composer-state';

/** Enough to outlast a request that died holding the lock (the server breaks it after 45 s). */
const MAX_ATTEMPTS = 10;
const GIVE_UP_AFTER_MS = 60_000;

export interface AutoRetry {
	/** After a save: if the site asked to wait, sends it again then; otherwise stops retrying. */
	afterSave: ( send: () => void ) => void;
	/** The writer did something else (retried, started over, loaded a draft): no more retries. */
	cancel: () => void;
}

export function useAutoRetry(
	latest: () => ComposerState,
	dispatch: ( action: ComposerAction ) => void
): AutoRetry {
	const timer = useRef< number | undefined >( undefined );
	const run = useRef< { since: number; attempts: number } | null >( null );

	const cancel = useCallback( () => {
		window.clearTimeout( timer.current );
		run.current = null;
	}, [] );

	const afterSave = useCallback(
		( send: () => void ) => {
			const { outcome } = latest();
			const wait =
				outcome?.type === 'failed' &&
				outcome.error.code === 'quick_post_save_in_progress'
					? outcome.error.retryAfter
					: undefined;
			if ( ! wait ) {
				cancel();
				return;
			}
			run.current ??= { since: Date.now(), attempts: 0 };
			if (
				run.current.attempts >= MAX_ATTEMPTS ||
				Date.now() - run.current.since > GIVE_UP_AFTER_MS
			) {
				// The Retry button stays: the writer decides when to try again.
				run.current = null;
				return;
			}
			run.current.attempts++;
			dispatch( { type: 'retryScheduled', seconds: wait } );
			timer.current = window.setTimeout( send, wait * 1000 );
		},
		[ latest, dispatch, cancel ]
	);

	useEffect( () => () => window.clearTimeout( timer.current ), [] );

	return useMemo( () => ( { afterSave, cancel } ), [ afterSave, cancel ] );
}
