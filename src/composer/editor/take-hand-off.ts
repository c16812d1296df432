/**
 * The plain field's words as the writing surface's first blocks.
 */

/**
 * Internal dependencies
 */
import type { Block } from '../../content/blocks';
import { inlineFromText } from '../../content/inline';
import { plainHandOff } from './plain-hand-off';

/**
 * @param content The composer's content as the surface starts.
 * @return The plain field's paragraphs, spaces and all, when that content is still theirs.
 */
export function takeHandOff( content: string ): Block[] | null {
	const { text } = plainHandOff;
	plainHandOff.text = null;
	if ( text === null || plainHandOff.content !== content ) {
		return null;
	}
	return text
		.split( /\n[ \t]*\n/ )
		.filter( ( paragraph ) => paragraph.trim() !== '' )
		.map( ( paragraph ) => ( {
			type: 'paragraph',
			html: inlineFromText( paragraph.replace( /^\n+|\n+$/g, '' ) ),
		} ) );
}
