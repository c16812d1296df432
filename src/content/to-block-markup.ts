/**
 * Turns plain text typed in the composer into core/paragraph block markup.
 */

const ESCAPES: Record< string, string > = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
};

function escapeHtml( text: string ): string {
	return text.replace(
		/[&<>]/g,
		( character ) => ESCAPES[ character ] ?? character
	);
}

/**
 * Splits text into paragraphs on blank lines and keeps single line breaks as `<br>`.
 *
 * The text is escaped, so what the person typed is what readers see, in the block editor as well:
 * one paragraph block per paragraph rather than a Classic block.
 *
 * @param text Text as typed, with any line endings.
 * @return Serialized blocks, or an empty string when there is no text.
 */
export function toBlockMarkup( text: string ): string {
	const lines = text
		// NUL and other C0 controls (but tab and newline) cannot be stored or displayed.

		.replace( /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '' )
		.replace( /\r\n?/g, '\n' )
		.split( '\n' );

	const paragraphs: string[][] = [];
	let current: string[] = [];
	for ( const line of lines ) {
		if ( line.trim() === '' ) {
			if ( current.length > 0 ) {
				paragraphs.push( current );
			}
			current = [];
		} else {
			current.push( line.trimEnd() );
		}
	}
	if ( current.length > 0 ) {
		paragraphs.push( current );
	}

	return paragraphs
		.map(
			( paragraph ) =>
				`<!-- wp:paragraph -->\n<p>${ escapeHtml( paragraph.join( '\n' ) ).replace( /\n/g, '<br>' ) }</p>\n<!-- /wp:paragraph -->`
		)
		.join( '\n\n' );
}
