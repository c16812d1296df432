/**
 * PHP prints a plain title and content field where the composer will be, so they take keys from
 * the first paint; the composer takes over whatever was typed there, focus included.
 */

/**
 * Internal dependencies
 */
import { toBlockMarkup } from '../../content/to-block-markup';

export interface EarlyWords {
	title: string;
	content: string;
	/** The field that had the focus, so typing goes on where it was. */
	focus: 'title' | 'content' | null;
}

/**
 * Reads the early fields inside `root` and removes them. Call it in the same task as the
 * composer's first commit (a layout effect), so no key can land in between.
 *
 * @param root The element the composer mounts in.
 * @return What was typed, or null when there were no early fields.
 */
export function takeEarlyWords( root: HTMLElement ): EarlyWords | null {
	const early = root.querySelector( '.quick-post-early' );
	if ( ! early ) {
		return null;
	}
	const title = early.querySelector< HTMLInputElement >(
		'[data-early-field="title"]'
	);
	const content = early.querySelector< HTMLTextAreaElement >(
		'[data-early-field="content"]'
	);
	const active = root.ownerDocument.activeElement;
	let focus: EarlyWords[ 'focus' ] = null;
	if ( active && active === title ) {
		focus = 'title';
	} else if ( active && active === content ) {
		focus = 'content';
	}
	const words = {
		title: title?.value ?? '',
		content: content?.value ?? '',
		focus,
	};
	early.remove();
	return words;
}

/**
 * Unsaved work from local storage and words typed before the composer loaded: keep both.
 *
 * @param stored         The restored title and content.
 * @param stored.title   Restored title.
 * @param stored.content Restored content (block markup).
 * @param early          What was typed into the early fields (plain text).
 * @return The title, and the content as block markup: the restored blocks, then the early words.
 */
export function mergeEarlyWords(
	stored: { title: string; content: string },
	early: EarlyWords
): { title: string; content: string } {
	if ( ! stored.title.trim() && ! stored.content.trim() ) {
		return { title: early.title, content: toBlockMarkup( early.content ) };
	}
	const title = stored.title.trim() ? stored.title : early.title;
	const extra = toBlockMarkup(
		[
			stored.title.trim() && early.title.trim() ? early.title : '',
			early.content,
		]
			.filter( ( part ) => part.trim() !== '' )
			.join( '\n\n' )
	);
	return {
		title,
		content: [ stored.content, extra ]
			.filter( ( part ) => part.trim() !== '' )
			.join( '\n\n' ),
	};
}
