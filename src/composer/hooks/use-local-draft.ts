/**
 * Keeps the composer's unsaved work in localStorage, so a reload, a crash or another tab brings it
 * back. One entry per site, user, screen (page or widget, so they never overwrite each other) and
 * post type; written at most 300 ms after the last change and when the page goes away; removed as
 * soon as the server has everything.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';
import type { RefObject } from 'react';

/**
 * Internal dependencies
 */
import { mergeEarlyWords, type EarlyWords } from '../model/early-words';
import { toBlockMarkup } from '../../content/to-block-markup';
import type { ComposerSnapshot } from '../model/composer-state';
import type { Composer } from '../use-composer';

/** 2: content is block markup (1 held plain text). */
const VERSION = 2;
export const LOCAL_SAVE_DELAY = 300;

interface StoredDraft extends ComposerSnapshot {
	version: number;
	savedAt: number;
}

/**
 * A copy kept by an earlier version: its content was plain text, and not to be sent when the
 * loaded draft had content the plain field could not edit.
 *
 * @param stored The copy as version 1 kept it.
 */
function upgrade( stored: StoredDraft ): StoredDraft {
	const form = stored.form as StoredDraft[ 'form' ] & {
		contentEditable?: boolean;
	};
	const editable = form.contentEditable !== false;
	const { contentEditable: _old, ...rest } = form;
	return {
		...stored,
		version: VERSION,
		form: {
			...rest,
			content: editable ? toBlockMarkup( form.content ) : '',
			contentEdited:
				editable && stored.editingId === null
					? true
					: editable && form.content !== '',
		},
	};
}

function read( key: string ): StoredDraft | null {
	try {
		const value = JSON.parse(
			window.localStorage.getItem( key ) ?? 'null'
		) as StoredDraft | null;
		if ( value?.version === 1 && value.form ) {
			return upgrade( value );
		}
		return value?.version === VERSION && value.form ? value : null;
	} catch {
		return null;
	}
}

function write( key: string, snapshot: ComposerSnapshot ) {
	try {
		const draft: StoredDraft = {
			...snapshot,
			version: VERSION,
			savedAt: Date.now(),
		};
		window.localStorage.setItem( key, JSON.stringify( draft ) );
	} catch {
		// Storage full or disabled: the composer still works, it just cannot keep a copy.
	}
}

function remove( key: string ) {
	try {
		window.localStorage.removeItem( key );
	} catch {}
}

/**
 * @param prefix    What makes the entry this site's, user's and screen's.
 * @param typeSlugs The post types the composer offers.
 * @param composer  The composer.
 * @param early     Words typed before the composer loaded: kept beside restored work.
 */
export function useLocalDraft(
	prefix: string,
	typeSlugs: string[],
	composer: Composer,
	early?: RefObject< EarlyWords | null >
): void {
	const { restore, snapshot, isDirty } = composer;
	const { form, editingId, submitKey, typeSlug } = composer.state;
	const checked = useRef( false );
	const pending = useRef< ( () => void ) | null >( null );
	const keyFor = ( slug: string ) => `${ prefix }:${ slug }`;

	// Declared before the restoring effect so that, on mount, it runs first and skips: the first
	// render's empty form must not wipe the copy about to be restored.
	useEffect( () => {
		if ( ! checked.current ) {
			return;
		}
		const key = keyFor( typeSlug );
		if ( ! isDirty ) {
			pending.current = null;
			remove( key );
			return;
		}
		const save = () => {
			pending.current = null;
			write( key, snapshot() );
			// The text moved with a change of post type: no stale copy under the old one.
			typeSlugs
				.filter( ( slug ) => slug !== typeSlug )
				.forEach( ( slug ) => remove( keyFor( slug ) ) );
		};
		pending.current = save;
		const timer = window.setTimeout( save, LOCAL_SAVE_DELAY );
		return () => window.clearTimeout( timer );
		// `submitKey`: a save hands out an idempotency key, which must be kept too.
		// eslint-disable-next-line react-hooks/exhaustive-deps -- keyFor/typeSlugs derive from props that do not change.
	}, [ form, isDirty, editingId, typeSlug, submitKey, snapshot ] );

	// Once, on mount: bring back the newest unsaved work of any type.
	useEffect( () => {
		const [ newest ] = typeSlugs
			.map( ( slug ) => read( keyFor( slug ) ) )
			.filter( ( draft ): draft is StoredDraft => draft !== null )
			.sort( ( a, b ) => b.savedAt - a.savedAt );
		const typed = early?.current;
		if ( newest ) {
			restore(
				typed
					? {
							...newest,
							form: {
								...newest.form,
								...mergeEarlyWords( newest.form, typed ),
							},
						}
					: newest
			);
		}
		checked.current = true;
		// eslint-disable-next-line react-hooks/exhaustive-deps -- only the first render's storage counts.
	}, [] );

	useEffect( () => {
		const flush = () => pending.current?.();
		window.addEventListener( 'pagehide', flush );
		return () => window.removeEventListener( 'pagehide', flush );
	}, [] );
}
