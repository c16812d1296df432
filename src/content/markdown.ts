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

/** Blocks as read, their inline content still Markdown. */
type Raw =
	| { kind: 'paragraph'; text: string }
	| { kind: 'heading'; level: 2 | 3 | 4; text: string }
	| { kind: 'list'; ordered: boolean; items: Raw[][] }
	| { kind: 'quote'; blocks: Raw[] }
	| { kind: 'code'; text: string }
	| { kind: 'separator' }
	| { kind: 'image'; url: string; alt: string }
	| { kind: 'table'; rows: string[][] };

/** A block read, and the line after it. */
type Read = { raw: Raw; next: number } | null;

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const SLACK_CODE = /^ {0,3}```([^`]+)```[ \t]*$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT = /^ {0,3}(?:={2,}|-{2,})[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const ITEM = /^([ \t]*)([-*+•]|\d{1,9}[.)])([ \t]+|$)/;
const LEVELS = [ 2, 2, 2, 3, 4, 4, 4 ] as const;

function isBlank( line: string | undefined ): boolean {
	return ( line ?? '' ).trim() === '';
}

// Leading white space in columns, a tab reaching the next multiple of 4.
function indentOf( line: string ): number {
	let columns = 0;
	for ( let i = 0; line[ i ] === ' ' || line[ i ] === '\t'; i++ ) {
		columns += line[ i ] === ' ' ? 1 : 4 - ( columns % 4 );
	}
	return columns;
}

// The line without `columns` columns of leading white space, or as many as it has.
function dedent( line: string, columns: number ): string {
	let column = 0;
	let i = 0;
	for (
		;
		column < columns && ( line[ i ] === ' ' || line[ i ] === '\t' );
		i++
	) {
		column += line[ i ] === ' ' ? 1 : 4 - ( column % 4 );
	}
	return ' '.repeat( Math.max( 0, column - columns ) ) + line.slice( i );
}

// Text lines, most of them, cannot start a block: they skip every other test.
function mayStartBlock( line: string ): boolean {
	return /^[ \t]*[-#>*+_=~`![\d•]/.test( line ) || line.includes( '|' );
}

function listItem( line: string ) {
	const match = ITEM.exec( line );
	if ( ! match || RULE.test( line ) ) {
		return null;
	}
	const [ all, space = '', marker = '', after = '' ] = match;
	const indent = indentOf( space );
	const content = line.slice( all.length );
	const ordered = /\d/.test( marker );
	return {
		ordered,
		// The composer's lists have no start number: a list counting from 3 stays text.
		starts: ! ordered || Number.parseInt( marker, 10 ) === 1,
		indent,
		content,
		column:
			indent +
			marker.length +
			( content && after.length <= 4 ? after.length : 1 ),
	};
}

function cells( line: string ): string[] {
	const row = line
		.trim()
		.replace( /^\|/, '' )
		.replace( /(?<!\\)\|$/, '' );
	return row
		.split( /(?<!\\)\|/ )
		.map( ( cell ) => cell.trim().replace( /\\\|/g, '|' ) );
}

function isTableStart( lines: string[], at: number ): boolean {
	const [ head = '', rule = '' ] = lines.slice( at, at + 2 );
	const columns =
		rule.includes( '|' ) && head.includes( '|' ) ? cells( rule ) : [];
	return (
		columns.length === cells( head ).length &&
		columns.every( ( cell ) => /^:?-+:?$/.test( cell ) )
	);
}

// A fence's indentation and marks; a backtick fence's info string has no backtick.
function fenceOf( line: string ): [ string, string ] | null {
	const [ , space = '', marks = '', info = '' ] = FENCE.exec( line ) ?? [];
	return marks && ! ( marks[ 0 ] === '`' && info.includes( '`' ) )
		? [ space, marks ]
		: null;
}

// Whether the line starts a block even in the middle of a paragraph.
function interrupts( lines: string[], at: number ): boolean {
	const line = lines[ at ] as string;
	const item = listItem( line );
	return (
		mayStartBlock( line ) &&
		( !! fenceOf( line ) ||
			[ SLACK_CODE, ATX, RULE, QUOTE ].some( ( re ) =>
				re.test( line )
			) ||
			( !! item?.starts && item.content.trim() !== '' ) ||
			!! imageOnly( line ) ||
			isTableStart( lines, at ) )
	);
}

// A one-line block.
function one( raw: Raw, at: number ): Read {
	return { raw, next: at + 1 };
}

// The first line from `from` on that `keep` refuses, or the end.
function until(
	lines: string[],
	from: number,
	keep: ( line: string ) => boolean
): number {
	let end = from;
	while ( end < lines.length && keep( lines[ end ] as string ) ) {
		end++;
	}
	return end;
}

// An unclosed fence is text (as showdown has it), not code to the end of the document.
function readFence(
	lines: string[],
	at: number,
	unclosed: Map< string, number >
): Read {
	const [ space = '', marks = '' ] = fenceOf( lines[ at ] as string ) ?? [];
	const char = marks[ 0 ] ?? '';
	if ( ! marks || ( unclosed.get( char ) ?? Infinity ) <= marks.length ) {
		return null;
	}
	const end = until( lines, at + 1, ( line ) => {
		const closing = CLOSING.exec( line )?.[ 1 ] ?? '';
		return closing[ 0 ] !== char || closing.length < marks.length;
	} );
	if ( end === lines.length ) {
		unclosed.set( char, marks.length );
		return null;
	}
	const text = lines
		.slice( at + 1, end )
		.map( ( line ) => dedent( line, space.length ) );
	return { raw: { kind: 'code', text: text.join( '\n' ) }, next: end + 1 };
}

function readQuote( lines: string[], at: number ): Read {
	const body: string[] = [];
	const end = until( lines, at, ( line ) => {
		const quoted = QUOTE.exec( line );
		if ( quoted ) {
			body.push( line.slice( quoted[ 0 ].length ) );
		} else if (
			isBlank( line ) ||
			isBlank( body.at( -1 ) ) ||
			interrupts( lines, at + body.length )
		) {
			return false;
		} else {
			body.push( line ); // A lazy line, continuing the quote's paragraph.
		}
		return true;
	} );
	return { raw: { kind: 'quote', blocks: parse( body, false ) }, next: end };
}

/*
 * Items nest by indentation: a line indented two columns past its item's marker (or as far as the
 * item's text) belongs to the item, so 2 or 4 spaces and tabs all nest, under `-` or `1.` alike.
 */
function readList( lines: string[], at: number ): Read {
	let item = listItem( lines[ at ] as string );
	const ordered = !! item?.ordered;
	const items: Raw[][] = [];
	let i = at + 1;
	while ( item && item.ordered === ordered ) {
		const { column, indent: marker } = item;
		const body = [ item.content ];
		let blanks = 0;
		i = until( lines, i, ( line ) => {
			const indent = indentOf( line );
			const other = indent < column ? listItem( line ) : null;
			if ( isBlank( line ) ) {
				blanks++;
			} else if ( indent >= Math.min( column, marker + 2 ) ) {
				body.push(
					...Array< string >( blanks ).fill( '' ),
					dedent( line, Math.min( indent, column ) )
				);
				blanks = 0;
			} else if (
				blanks > 0 ||
				other?.starts ||
				other?.ordered === ordered ||
				interrupts( lines, i )
			) {
				return false;
			} else {
				body.push( line ); // A lazy line, continuing the item's paragraph.
			}
			i++;
			return true;
		} );
		items.push( parse( body, false ) );
		item = i < lines.length ? listItem( lines[ i ] as string ) : null;
		i += item?.ordered === ordered ? 1 : 0;
	}
	return { raw: { kind: 'list', ordered, items }, next: i };
}

function blockAt(
	lines: string[],
	at: number,
	top: boolean,
	inParagraph: boolean,
	unclosed: Map< string, number >
): Read {
	const line = lines[ at ] as string;
	const indent = indentOf( line );
	if ( top && ! inParagraph && indent >= 4 ) {
		const end = until(
			lines,
			at,
			( code ) => isBlank( code ) || indentOf( code ) >= 4
		);
		const text = lines
			.slice( at, end )
			.map( ( code ) => dedent( code, 4 ) );
		return {
			raw: { kind: 'code', text: text.join( '\n' ).trimEnd() },
			next: end,
		};
	}
	if ( ! mayStartBlock( line ) || ( top && indent >= 4 ) ) {
		return null;
	}
	const slack = SLACK_CODE.exec( line );
	if ( slack ) {
		return one( { kind: 'code', text: slack[ 1 ] as string }, at );
	}
	const fence = readFence( lines, at, unclosed );
	if ( fence ) {
		return fence;
	}
	const heading = ATX.exec( line );
	if ( heading ) {
		// `## Title ##`: the closing #s are not the title's (`C#` keeps its own).
		const text = ( heading[ 2 ] ?? '' ).trimEnd();
		let end = text.length;
		while ( text[ end - 1 ] === '#' ) {
			end--;
		}
		const open = text.slice( 0, end );
		return one(
			{
				kind: 'heading',
				level: LEVELS[ heading[ 1 ]!.length ]!,
				text: ( open === '' || /[ \t]$/.test( open )
					? open
					: text
				).trim(),
			},
			at
		);
	}
	if ( RULE.test( line ) ) {
		return one( { kind: 'separator' }, at );
	}
	if ( isTableStart( lines, at ) ) {
		const end = until(
			lines,
			at + 2,
			( row ) => row.includes( '|' ) && ! isBlank( row )
		);
		const rows = [ line, ...lines.slice( at + 2, end ) ].map( cells );
		return { raw: { kind: 'table', rows }, next: end };
	}
	if ( QUOTE.test( line ) ) {
		return readQuote( lines, at );
	}
	const item = listItem( line );
	if ( item?.starts && ( ! inParagraph || item.content.trim() ) ) {
		return readList( lines, at );
	}
	const image = imageOnly( line );
	return image ? one( { kind: 'image', ...image }, at ) : null;
}

function parse( lines: string[], top: boolean ): Raw[] {
	const blocks: Raw[] = [];
	const paragraph: string[] = [];
	const unclosed = new Map< string, number >();
	// The end is a blank line: it ends the last paragraph.
	for ( let i = 0; i <= lines.length; ) {
		const line = lines[ i ] ?? '';
		const setext = paragraph.length === 1 && SETEXT.test( line );
		const read =
			isBlank( line ) || setext
				? null
				: blockAt( lines, i, top, paragraph.length > 0, unclosed );
		if ( paragraph.length > 0 && ( read || setext || isBlank( line ) ) ) {
			const text = paragraph.splice( 0 ).join( '\n' );
			blocks.push(
				setext
					? { kind: 'heading', level: 2, text }
					: { kind: 'paragraph', text }
			);
		}
		if ( read ) {
			blocks.push( read.raw );
		} else if ( ! isBlank( line ) && ! setext ) {
			paragraph.push( line.trim() );
		}
		i = read?.next ?? i + 1;
	}
	return blocks;
}

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
