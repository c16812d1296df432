/**
 * Markdown inline syntax → inline HTML: bold, italic, code, strikethrough, links, line breaks. The
 * HTML made here is escaped but not yet canonical; markdown.ts passes it through inline.ts.
 * Emphasis follows CommonMark's delimiter rules (flanking runs, the rule of three), so loose `*`
 * and `_` (arithmetic, snake_case) stay text; anything that is not Markdown, HTML included, is text.
 * Every scan is linear: no regular expression can backtrack over more than one line or run.
 */

/**
 * Internal dependencies
 */
import { safeHref } from './inline';

/** A run of `*`, `_` or `~~` that may open or close emphasis. */
interface Run {
	char: string;
	/** Characters not matched yet. */
	count: number;
	length: number;
	canOpen: boolean;
	canClose: boolean;
	/** Tags its matched characters open (outermost first) and close (innermost first). */
	opens: string;
	closes: string;
}

const SPECIAL = /[\\`*_~![<>&\n]|https?:\/\//gi;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/**
 * `(destination "title")`, parentheses balanced one level deep as URLs have them. Each run of
 * white space is taken whole (the lookaheads), so no split of it is ever tried again.
 */
const TARGET =
	/\([ \t\n]*(?![ \t\n])(<[^<>\n]*>|[^\s()<>[\]]*(?:\([^\s()<>[\]]*\)[^\s()<>[\]]*)*)(?:[ \t\n]+(?![ \t\n])(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t\n]*\)/y;
const AUTOLINK =
	/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)>/iy;
const BARE_URL = /https?:\/\/[\p{L}\p{N}][^\s<]*/iuy;
const IMAGE = /^ {0,3}!\[((?:[^\]\\]|\\.)*)\]/;

export function escapeHtml( text: string ): string {
	return text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

export function link( href: string, html: string ): string {
	return `<a href="${ escapeHtml( href ).replace( /"/g, '&quot;' ) }">${ html }</a>`;
}

function unescape( text: string ): string {
	return text.replace( /\\([!-/:-@[-`{-~])/g, '$1' );
}

// The address in a matched TARGET.
function destination( target: string ): string {
	return unescape( target.replace( /^<([^]*)>$/, '$1' ) ).replace(
		/ /g,
		'%20'
	);
}

/**
 * @param line A line of Markdown.
 * @return The image when the line is only `![alt](http…)`, else null (it stays text).
 */
export function imageOnly( line: string ): { url: string; alt: string } | null {
	const image = IMAGE.exec( line );
	TARGET.lastIndex = image?.[ 0 ].length ?? 0;
	const target = image && TARGET.exec( line );
	const url = target ? destination( target[ 1 ] as string ) : '';
	return /^https?:\/\/\S/i.test( url ) &&
		! line.slice( TARGET.lastIndex ).trim()
		? { url, alt: unescape( image?.[ 1 ] ?? '' ) }
		: null;
}

function isSpace( char: string ): boolean {
	return char === '' || /\s/.test( char );
}

function isPunctuation( char: string ): boolean {
	return char < '\x80' ? ESCAPABLE.test( char ) : PUNCTUATION.test( char );
}

function runLength( text: string, at: number ): number {
	let end = at;
	while ( text[ end ] === text[ at ] ) {
		end++;
	}
	return end - at;
}

// Where each `[` finds its `]`, by nesting, escapes skipped: one pass, so links never rescan.
function matchBrackets( text: string ): Map< number, number > {
	const matches = new Map< number, number >();
	const open: number[] = [];
	for ( let i = text.indexOf( '[' ); i !== -1 && i < text.length; i++ ) {
		if ( text[ i ] === '\\' ) {
			i++;
		} else if ( text[ i ] === '[' ) {
			open.push( i );
		} else if ( text[ i ] === ']' && open.length > 0 ) {
			matches.set( open.pop() as number, i );
		}
	}
	return matches;
}

// A bare URL ends, as GFM's autolinks do, before trailing punctuation or an unbalanced `)`.
function trimUrl( url: string ): string {
	const opened = url.split( '(' ).length;
	let closed = url.split( ')' ).length;
	let end = url.length;
	for ( ; end > 0; end-- ) {
		if ( url[ end - 1 ] === ')' && closed > opened ) {
			closed--;
		} else if ( ! /[?!.,:;*_~'"]/.test( url[ end - 1 ] as string ) ) {
			break;
		}
	}
	return url.slice( 0, end );
}

/**
 * @param source Markdown inline source: a paragraph (line breaks kept), heading, cell or item.
 * @param inLink For a link's text: notes a link inside (then the outer one is text, as in
 *               CommonMark); autolinks stay text and images become their alt text.
 * @return Escaped inline HTML.
 */
export function renderInline(
	source: string,
	inLink: { nested: boolean } | null = null
): string {
	const pieces: Array< string | Run > = [];
	const openers: Run[] = [];
	// CommonMark's openers_bottom: below it, no opener can match such a closer.
	const bottom = new Map< string, number >();
	const brackets = matchBrackets( source );
	let html = '';
	let i = 0;

	const delimiter = ( char: string, length: number ) => {
		const [ before = '', after = '' ] = [
			source[ i - 1 ],
			source[ i + length ],
		];
		const left =
			! isSpace( after ) &&
			( ! isPunctuation( after ) ||
				isSpace( before ) ||
				isPunctuation( before ) );
		const right =
			! isSpace( before ) &&
			( ! isPunctuation( before ) ||
				isSpace( after ) ||
				isPunctuation( after ) );
		// Intraword `_` is text: snake_case_name.
		const run: Run = {
			char,
			count: length,
			length,
			canOpen:
				left && ( char !== '_' || ! right || isPunctuation( before ) ),
			canClose:
				right && ( char !== '_' || ! left || isPunctuation( after ) ),
			opens: '',
			closes: '',
		};
		pieces.push( html, run );
		html = '';
		// Which openers can match a closer depends on these only: a search that failed for one
		// closer fails below the same point for every later one alike.
		const key = `${ char }${ run.canOpen }${ length % 3 }`;
		while ( run.canClose && run.count > 0 ) {
			const floor = bottom.get( key ) ?? 0;
			let at = openers.length - 1;
			for ( ; at >= floor; at-- ) {
				const opener = openers[ at ] as Run;
				const ruleOfThree =
					char !== '~' &&
					( opener.canClose || run.canOpen ) &&
					( opener.length + run.length ) % 3 === 0 &&
					( opener.length % 3 !== 0 || run.length % 3 !== 0 );
				if ( opener.char === char && ! ruleOfThree ) {
					break;
				}
			}
			const opener = openers[ at ];
			if ( ! opener || at < floor ) {
				bottom.set( key, openers.length );
				break;
			}
			const used =
				char === '~' || ( opener.count > 1 && run.count > 1 ) ? 2 : 1;
			const tag = char === '~' ? 's' : [ '', 'em', 'strong' ][ used ];
			opener.opens = `<${ tag }>${ opener.opens }`;
			run.closes += `</${ tag }>`;
			opener.count -= used;
			run.count -= used;
			// Runs between the two can no longer match: emphasis nests, never overlaps.
			openers.length = opener.count > 0 ? at + 1 : at;
			for ( const [ other, index ] of bottom ) {
				bottom.set( other, Math.min( index, openers.length ) );
			}
		}
		if ( run.canOpen && run.count > 0 ) {
			openers.push( run );
		}
	};

	while ( i < source.length ) {
		SPECIAL.lastIndex = i;
		const match = SPECIAL.exec( source );
		html += source.slice( i, match?.index ?? source.length );
		if ( ! match ) {
			break;
		}
		i = match.index;
		const char = match[ 0 ][ 0 ] as string;
		const next = source[ i + 1 ] ?? '';
		if ( char === '\\' ) {
			// An escaped character is text; a backslash ending a line is a line break.
			const escaped = ESCAPABLE.test( next );
			const text = next === '\n' ? '' : '\\';
			html += escaped ? escapeHtml( next ) : text;
			i += escaped ? 2 : 1;
		} else if ( char === '\n' ) {
			html += '<br>';
			i++;
		} else if ( char === '`' ) {
			const length = runLength( source, i );
			// A run of another length is no closer; when none closes it, no later run of this
			// length exists either (it would have closed it), so this scan never repeats.
			let end = i + length;
			while ( ( end = source.indexOf( '`', end ) ) !== -1 ) {
				if ( runLength( source, end ) === length ) {
					break;
				}
				end += runLength( source, end );
			}
			if ( end === -1 ) {
				// No closer of that length anywhere after: the backticks are text.
				html += '`'.repeat( length );
				i += length;
				continue;
			}
			const code = source.slice( i + length, end ).replace( /\n/g, ' ' );
			const padded =
				code.startsWith( ' ' ) &&
				code.endsWith( ' ' ) &&
				/[^ ]/.test( code )
					? code.slice( 1, -1 )
					: code;
			html += `<code>${ escapeHtml( padded ) }</code>`;
			i = end + length;
		} else if ( char === '*' || char === '_' || char === '~' ) {
			const length = runLength( source, i );
			if ( char === '~' && length !== 2 ) {
				html += '~'.repeat( length );
			} else {
				delimiter( char, length );
			}
			i += length;
		} else if ( char === '[' || ( char === '!' && next === '[' ) ) {
			const open = char === '!' ? i + 1 : i;
			const close = brackets.get( open );
			TARGET.lastIndex = ( close ?? -2 ) + 1;
			const target = close === undefined ? null : TARGET.exec( source );
			if ( ! target ) {
				html += char;
				i++;
				continue;
			}
			const end = TARGET.lastIndex;
			const inner = source.slice( open + 1, close );
			const url = destination( target[ 1 ] as string );
			const within = { nested: false };
			const text =
				char === '!'
					? escapeHtml( unescape( inner ) )
					: renderInline( inner, within );
			if ( within.nested ) {
				html += char;
				i++;
				continue;
			}
			if ( inLink && char === '[' ) {
				inLink.nested = true;
			}
			// An image inside text becomes a link to it; an unsafe address leaves only the text.
			const href = inLink ? null : safeHref( url );
			html += href ? link( href, text || escapeHtml( url ) ) : text;
			i = end;
		} else if ( char === '<' ) {
			AUTOLINK.lastIndex = i;
			const autolink = inLink ? null : AUTOLINK.exec( source );
			const address = autolink?.[ 1 ] ?? '';
			const href = safeHref(
				/^[a-z][a-z0-9+.-]*:/i.test( address )
					? address
					: `mailto:${ address }`
			);
			html +=
				autolink && href ? link( href, escapeHtml( address ) ) : '&lt;';
			i += autolink && href ? autolink[ 0 ].length : 1;
		} else if ( char === 'h' || char === 'H' ) {
			BARE_URL.lastIndex = i;
			const bare = /^$|[\s(*_~]/.test( source[ i - 1 ] ?? '' )
				? BARE_URL.exec( source )
				: null;
			const url = bare && ! inLink ? trimUrl( bare[ 0 ] ) : '';
			html += url ? link( url, escapeHtml( url ) ) : match[ 0 ];
			i += url ? url.length : match[ 0 ].length;
		} else {
			html += escapeHtml( char );
			i++;
		}
	}
	pieces.push( html );
	return pieces
		.map( ( piece ) =>
			typeof piece === 'string'
				? piece
				: piece.closes + piece.char.repeat( piece.count ) + piece.opens
		)
		.join( '' );
}
