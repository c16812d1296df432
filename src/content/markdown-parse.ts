/**
 * Markdown's block structure, read line by line (CommonMark and GFM, as the block editor's paste
 * handling reads it); markdown.ts turns what it reads into the composer's blocks.
 */

/**
 * Internal dependencies
 */
import { imageOnly } from './markdown-inline';

/** Blocks as read, their inline content still Markdown. */
export type Raw =
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
export const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const ITEM = /^([ \t]*)([-*+•]|\d{1,9}[.)])([ \t]+|$)/;
const LEVELS = [ 2, 2, 2, 3, 4, 4, 4 ] as const;

export function isBlank( line: string | undefined ): boolean {
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
export function mayStartBlock( line: string ): boolean {
	return /^[ \t]*[-#>*+_=~`![\d•]/.test( line ) || line.includes( '|' );
}

export function listItem( line: string ) {
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

export function isTableStart( lines: string[], at: number ): boolean {
	const [ head = '', rule = '' ] = lines.slice( at, at + 2 );
	const columns =
		rule.includes( '|' ) && head.includes( '|' ) ? cells( rule ) : [];
	return (
		columns.length === cells( head ).length &&
		columns.every( ( cell ) => /^:?-+:?$/.test( cell ) )
	);
}

// A fence's indentation and marks; a backtick fence's info string has no backtick.
export function fenceOf( line: string ): [ string, string ] | null {
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

/**
 * @param lines The text's lines.
 * @param top   Whether they are the whole text (not a quote's or a list item's).
 * @return Its blocks, their inline content still Markdown.
 */
export function parse( lines: string[], top: boolean ): Raw[] {
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
