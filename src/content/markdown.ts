/**
 * Markdown pasted or typed as plain text → the composer's blocks, as the block editor's paste
 * handling reads it (CommonMark and GFM, every line break kept), restricted to the blocks the
 * composer has. Text is never lost: what has no block of its own (a table, a list in a quote)
 * becomes paragraphs or line breaks, and anything that is not Markdown, HTML included, stays text.
 */

/**
 * Internal dependencies
 */
import type { Block, ListBlock } from './blocks';
import { inlineFromText, inlineHtml } from './inline';
import { escapeHtml, imageOnly, link, renderInline } from './markdown-inline';
import {
	fenceOf,
	isBlank,
	isTableStart,
	listItem,
	mayStartBlock,
	parse,
	RULE,
	type Raw,
} from './markdown-parse';

// A block inside a quote or list item, as inline HTML: one piece per paragraph.
function flatten( raw: Raw ): string[] {
	switch ( raw.kind ) {
		case 'paragraph':
			return [ renderInline( raw.text ) ];
		case 'heading':
			return [ `<strong>${ renderInline( raw.text ) }</strong>` ];
		case 'list':
			return [ listLines( raw ).join( '<br>' ) ];
		case 'quote':
			return raw.blocks.flatMap( flatten );
		case 'code':
			return [
				`<code>${ escapeHtml( raw.text ).replace( /\n/g, '<br>' ) }</code>`,
			];
		case 'image':
			return [ link( raw.url, escapeHtml( raw.alt || raw.url ) ) ];
		case 'table':
			return raw.rows
				.filter( ( row ) => row.some( ( cell ) => cell !== '' ) )
				.map( ( row ) =>
					row.map( ( cell ) => renderInline( cell ) ).join( ' | ' )
				);
		case 'separator':
			return [];
	}
}

// A list where only paragraphs go (a quote): one line per item, marked as it was.
function listLines( list: Raw & { kind: 'list' } ): string[] {
	return list.items.flatMap( ( blocks, index ) => [
		( list.ordered ? `${ index + 1 }. ` : '• ' ) +
			blocks
				.flatMap( ( block ) =>
					block.kind === 'list' ? [] : flatten( block )
				)
				.join( '<br>' ),
		...blocks.flatMap( ( block ) =>
			block.kind === 'list' ? listLines( block ) : []
		),
	] );
}

function renderList( list: Raw & { kind: 'list' } ): ListBlock {
	return {
		type: 'list',
		ordered: list.ordered,
		items: list.items.map( ( blocks ) => {
			let nested: ListBlock | null = null;
			const pieces: string[] = [];
			for ( const block of blocks ) {
				if ( block.kind !== 'list' ) {
					pieces.push( ...flatten( block ) );
				} else if ( nested ) {
					// One nested list per item: a second one (the other kind) joins the first.
					nested.items.push( ...renderList( block ).items );
				} else {
					nested = renderList( block );
				}
			}
			return {
				html: canonical( pieces.join( '<br><br>' ) ),
				list: nested,
			};
		} ),
	};
}

/*
 * Inline HTML as inline.ts makes it canonical. Plain text that the DOM would not change (most
 * items, cells and quotes) goes through inlineFromText(), far cheaper than inlineHtml()'s DOM.
 */
function canonical( html: string ): string {
	const text = html
		.replace( /<br>/g, '\n' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&amp;/g, '&' );
	const plain = ! /<(?!br>)/.test( html ) && text === text.trim();
	return plain && ! /[^\S \n]| {2}| \n|\n |\ufffc/.test( text )
		? inlineFromText( text )
		: inlineHtml( html );
}

function hasText( html: string ): boolean {
	return html.replace( /<br>/g, '' ).trim() !== '';
}

function render( raw: Raw ): Block[] {
	switch ( raw.kind ) {
		case 'heading': {
			const html = canonical( renderInline( raw.text ) );
			return hasText( html )
				? [ { type: 'heading', level: raw.level, html } ]
				: [];
		}
		case 'list':
			return [ renderList( raw ) ];
		case 'quote': {
			const paragraphs = raw.blocks
				.flatMap( flatten )
				.map( canonical )
				.filter( hasText );
			return paragraphs.length > 0
				? [ { type: 'quote', paragraphs } ]
				: [];
		}
		case 'code':
			return raw.text.trim() ? [ { type: 'code', text: raw.text } ] : [];
		case 'separator':
			return [ { type: 'separator' } ];
		case 'image':
			return [ { type: 'image', id: null, url: raw.url, alt: raw.alt } ];
		default:
			return flatten( raw )
				.map( canonical )
				.filter( hasText )
				.map( ( html ) => ( { type: 'paragraph', html } ) );
	}
}

/**
 * @param text Markdown as pasted or typed, with any line endings.
 * @return The composer's blocks for it.
 */
export function markdownToBlocks( text: string ): Block[] {
	const clean = text
		// NUL and other C0 controls (but tab and newline) cannot be stored or displayed.
		.replace( /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '' )
		.replace( /\r\n?/g, '\n' );
	const lines = clean.split( '\n' );
	// As the block editor has it, one line is never a list: "1. May 2021" is a date.
	const oneLine = lines.filter( ( line ) => ! isBlank( line ) ).length === 1;
	const escaped = lines.map( ( line ) =>
		line.replace( /^( {0,3}\d+)([.)])/, '$1\\$2' )
	);
	return parse( oneLine ? escaped : lines, true ).flatMap( render );
}

const INLINE_MARKDOWN = [
	/\*\*[^\s*](?:[^*\n]*[^\s*])?\*\*/,
	/~~[^\s~](?:[^~\n]*[^\s~])?~~/,
	/`[^`\n]+`/,
	/\[[^[\]\n]+\]\((?:https?:|mailto:|\/|#)[^\s()]*\)/i,
	/<https?:\/\/[^\s<>]+>/i,
	// Emphasis with white space around it, not snake_case or __init__.py.
	/(?:^|[\s(])(\*|_|__)[^\s*_](?:[^*_\n]*[^\s*_])?\1(?=$|[\s),;:!?]|\.(?:\s|$))/m,
];

/**
 * @param text Plain text.
 * @return Whether it has Markdown worth converting: a heading, a list of two items or more, a
 *         fence, quote, rule, table or image line, or inline bold, code, strikethrough, emphasis
 *         or a link. Not prose, a URL, arithmetic (5 * 3) or file_names.
 */
export function looksLikeMarkdown( text: string ): boolean {
	const lines = text.replace( /\r\n?/g, '\n' ).split( '\n' );
	let items = 0;
	let fences = 0;
	for ( let i = 0; i < lines.length; i++ ) {
		const line = lines[ i ] as string;
		if ( ! mayStartBlock( line ) ) {
			continue;
		}
		const item = listItem( line );
		items += item?.content.trim() && ( items > 0 || item.starts ) ? 1 : 0;
		fences += fenceOf( line ) ? 1 : 0;
		const block =
			/^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?)\S/.test( line ) ||
			RULE.test( line ) ||
			!! imageOnly( line ) ||
			isTableStart( lines, i );
		if ( block || items > 1 || fences > 1 ) {
			return true;
		}
	}
	return INLINE_MARKDOWN.some( ( pattern ) => pattern.test( text ) );
}
