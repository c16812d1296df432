/**
 * What a paste (or text the browser inserts in one go) becomes: blocks from HTML, from Markdown,
 * or plain paragraphs; an address alone is a link (and maybe an embed); images are files to upload.
 */

/**
 * Internal dependencies
 */
import type { Block } from '../../content/blocks';
import { inlineFromText } from '../../content/inline';
import { looksLikeMarkdown, markdownToBlocks } from '../../content/markdown';
import { htmlToBlocks } from '../../content/paste-html';
import { URL_ALONE } from './typing';

export type Pasted =
	| { kind: 'files'; files: File[] }
	| { kind: 'url'; url: string }
	| { kind: 'inline'; html: string }
	| { kind: 'blocks'; blocks: Block[] };

/**
 * Plain text as the composer has always taken it: blank lines separate paragraphs, single line
 * breaks stay line breaks.
 *
 * @param text Plain text.
 */
export function paragraphsOf( text: string ): Block[] {
	return text
		.replace( /\r\n?/g, '\n' )
		.split( /\n[ \t]*\n/ )
		.map( ( part ) => part.replace( /^\n+|\n+$/g, '' ) )
		.filter( ( part ) => part.trim() !== '' )
		.map( ( part ) => ( {
			type: 'paragraph' as const,
			html: inlineFromText( part.replace( /[ \t]+$/gm, '' ) ),
		} ) );
}

/**
 * @param text Plain text (a paste's text/plain, or what the browser inserts at once).
 * @return What it becomes.
 */
export function fromText( text: string ): Pasted {
	const clean = text.replace(
		/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
		''
	);
	const url = URL_ALONE.exec( clean )?.[ 1 ];
	if ( url ) {
		return { kind: 'url', url };
	}
	if ( ! /\n/.test( clean.trim() ) && ! looksLikeMarkdown( clean ) ) {
		return { kind: 'inline', html: inlineFromText( clean ) };
	}
	return {
		kind: 'blocks',
		blocks: looksLikeMarkdown( clean )
			? markdownToBlocks( clean )
			: paragraphsOf( clean ),
	};
}

/**
 * @param data The paste's (or drop's) data.
 * @return What it becomes.
 */
export function fromClipboard( data: DataTransfer ): Pasted {
	const files = Array.from( data.files ).filter( ( file ) =>
		file.type.startsWith( 'image/' )
	);
	const text = data.getData( 'text/plain' );
	// An image copied from a page comes with its HTML too; a screenshot only as a file.
	if ( files.length && ! text.trim() ) {
		return { kind: 'files', files };
	}
	const html = data.getData( 'text/html' );
	if ( html.trim() && ! URL_ALONE.test( text ) ) {
		const blocks = htmlToBlocks( html );
		if (
			blocks.length === 1 &&
			blocks[ 0 ]?.type === 'paragraph' &&
			! /\n/.test( text.trim() )
		) {
			return { kind: 'inline', html: blocks[ 0 ].html };
		}
		return { kind: 'blocks', blocks };
	}
	return fromText( text );
}
