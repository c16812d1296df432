/**
 * Turns block markup back into the plain text the composer edits, when nothing would be lost.
 */

/**
 * WordPress dependencies
 */
import { decodeEntities } from '@wordpress/html-entities';

/**
 * Internal dependencies
 */
import { toBlockMarkup } from './to-block-markup';

const PARAGRAPH =
	/^<!-- wp:paragraph -->\n<p>([\s\S]*?)<\/p>\n<!-- \/wp:paragraph -->$/;

/**
 * @param markup Stored post content.
 * @return The text, or null when the content holds anything but plain paragraphs (other blocks,
 *         formatting, classic HTML): the composer then leaves the content alone.
 */
export function fromBlockMarkup( markup: string ): string | null {
	if ( markup.trim() === '' ) {
		return '';
	}
	const paragraphs: string[] = [];
	for ( const block of markup.trim().split( /\n\n/ ) ) {
		const match = PARAGRAPH.exec( block );
		if ( ! match || /<(?!br>)/.test( match[ 1 ] ?? '' ) ) {
			return null;
		}
		paragraphs.push(
			decodeEntities( ( match[ 1 ] ?? '' ).replace( /<br>/g, '\n' ) )
		);
	}
	const text = paragraphs.join( '\n\n' );
	// Only accept it if saving the text again gives back exactly what is stored.
	return toBlockMarkup( text ) === markup.trim() ? text : null;
}
