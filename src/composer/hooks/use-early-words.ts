/**
 * Takes over the title and content typed into the early fields PHP printed, in the composer's
 * first commit, and puts the focus back where it was.
 */

/**
 * WordPress dependencies
 */
import { useLayoutEffect, useRef } from '@wordpress/element';
import type { RefObject } from 'react';

/**
 * Internal dependencies
 */
import { takeEarlyWords, type EarlyWords } from '../model/early-words';
import type { Focusable } from '../model/field';
import type { PostForm } from '../model/post-form';
import { toBlockMarkup } from '../../content/to-block-markup';

/**
 * @param root           The element holding the early fields (and the composer).
 * @param update         Sets form fields.
 * @param fields         The composer's own title and content fields.
 * @param fields.title   Its title field.
 * @param fields.content Its content field.
 * @return What was typed early, for merging with restored unsaved work.
 */
export function useEarlyWords(
	root: HTMLElement | undefined,
	update: ( patch: Partial< PostForm > ) => void,
	fields: {
		title: RefObject< Focusable | null >;
		content: RefObject< Focusable | null >;
	}
): RefObject< EarlyWords | null > {
	const early = useRef< EarlyWords | null >( null );
	useLayoutEffect( () => {
		const words = root ? takeEarlyWords( root ) : null;
		if ( ! words ) {
			return;
		}
		early.current = words;
		if ( words.title || words.content ) {
			update( {
				title: words.title,
				content: toBlockMarkup( words.content ),
				contentEdited: true,
			} );
		}
		if ( words.focus === 'title' ) {
			fields.title.current?.focus();
		} else if ( words.focus === 'content' ) {
			fields.content.current?.focus();
		}
		// Once: the early fields exist only until the first commit.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );
	return early;
}
