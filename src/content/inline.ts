/**
 * Inline content (what sits inside a paragraph, heading, list item or quote): only the formats the
 * composer offers survive — bold, italic, inline code, strikethrough, links, line breaks — and the
 * HTML is what core's rich text makes of it, so the block editor finds the block valid.
 */

/**
 * WordPress dependencies
 */
import { create, toHTMLString } from '@wordpress/rich-text';

/** Tags the composer writes, from the tags browsers, documents and old editors use for the same. */
const FORMAT_TAGS: Record< string, string > = {
	STRONG: 'strong',
	B: 'strong',
	EM: 'em',
	I: 'em',
	CODE: 'code',
	KBD: 'code',
	TT: 'code',
	S: 's',
	DEL: 's',
	STRIKE: 's',
};

/** Elements whose text would be wrong as running text: left out entirely. */
const DROPPED = new Set( [
	'SCRIPT',
	'STYLE',
	'TEMPLATE',
	'NOSCRIPT',
	'IFRAME',
	'OBJECT',
	'EMBED',
	'HEAD',
	'META',
	'LINK',
	'TITLE',
	'IMG',
	'SVG',
	'CANVAS',
] );

/**
 * @param href A link's address as written.
 * @return It, when it is safe to keep (http, https, mailto, tel, relative, #); otherwise null.
 */
export function safeHref( href: string | null ): string | null {
	const value = ( href ?? '' ).trim();
	if ( value === '' ) {
		return null;
	}
	// Browsers ignore control characters and whitespace inside a scheme ("java\nscript:").
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(
		value.replace( /[\u0000-\u0020]/g, '' )
	)?.[ 1 ];
	if ( scheme && ! /^(https?|mailto|tel)$/i.test( scheme ) ) {
		return null;
	}
	return value;
}

/**
 * Copies `from`'s children into `to`, keeping only what the composer's formats allow.
 *
 * @param from  The element to read.
 * @param to    The element to fill.
 * @param typed Whether it was typed in the writing surface (and so has the browser's spaces).
 */
function copyInline( from: Node, to: Node, typed: boolean ): void {
	const document = to.ownerDocument as Document;
	from.childNodes.forEach( ( node ) => {
		if ( node.nodeType === node.TEXT_NODE ) {
			// Zero-width spaces are how the editor keeps the caret outside a format it just closed.
			// Line breaks and runs of spaces in HTML text are layout, not content (line breaks are
			// <br>).
			let text = ( node.textContent ?? '' ).replace( /\u200B/g, '' );
			if ( typed ) {
				// A browser types a space next to a space, a format or a line's edge as a
				// non-breaking one, so that it shows: there it is a space (elsewhere it was meant).
				text = text.replace( /\u00A0(?= |$)|(?<=^| )\u00A0/g, ' ' );
			}
			to.appendChild(
				document.createTextNode( text.replace( /[\t\n\r ]+/g, ' ' ) )
			);
			return;
		}
		if ( node.nodeType !== node.ELEMENT_NODE ) {
			return;
		}
		const element = node as Element;
		if ( DROPPED.has( element.tagName ) ) {
			return;
		}
		if ( element.tagName === 'BR' ) {
			to.appendChild( document.createElement( 'br' ) );
			return;
		}
		const format = FORMAT_TAGS[ element.tagName ];
		if ( format ) {
			const copy = document.createElement( format );
			copyInline( element, copy, typed );
			to.appendChild( copy );
			return;
		}
		const href =
			element.tagName === 'A'
				? safeHref( element.getAttribute( 'href' ) )
				: null;
		if ( href ) {
			const link = document.createElement( 'a' );
			link.setAttribute( 'href', href );
			if ( element.getAttribute( 'target' ) === '_blank' ) {
				// As core's link format writes a link that opens in a new tab.
				link.setAttribute( 'target', '_blank' );
				link.setAttribute( 'rel', 'noreferrer noopener' );
			}
			copyInline( element, link, typed );
			to.appendChild( link );
			return;
		}
		// Any other element (span, font, u, a without a safe address, …): its text stays.
		copyInline( element, to, typed );
	} );
}

/**
 * @param element An element whose children are inline content (stored, pasted, or typed).
 * @param typed   Whether it was typed in the writing surface (see copyInline()).
 * @return The content as the block editor's rich text would save it.
 */
export function inlineHtmlOf( element: Node, typed = false ): string {
	const document = ( element.ownerDocument ?? element ) as Document;
	const clean = document.createElement( 'div' );
	copyInline( element, clean, typed );
	// A trailing <br> is how browsers keep an empty line open, not content.
	while (
		clean.lastChild &&
		( clean.lastChild as Element ).tagName === 'BR'
	) {
		clean.lastChild.remove();
	}
	trimEdges( clean );
	// What the block editor writes for rich text it made itself (not the HTML it was given).
	return toHTMLString( { value: create( { element: clean } ) } );
}

/**
 * Spaces at the very start and end of inline content are layout too (a browser shows a space
 * typed last as a non-breaking one).
 *
 * @param element Inline content.
 */
function trimEdges( element: Element ): void {
	const walker = element.ownerDocument.createTreeWalker(
		element,
		NodeFilter.SHOW_TEXT
	);
	const texts: Text[] = [];
	for ( let node = walker.nextNode(); node; node = walker.nextNode() ) {
		texts.push( node as Text );
	}
	for ( const text of texts ) {
		text.data = text.data.replace( /^[ \u00A0]+/, '' );
		if ( text.data ) {
			break;
		}
	}
	for ( const text of texts.reverse() ) {
		text.data = text.data.replace( /[ \u00A0]+$/, '' );
		if ( text.data ) {
			break;
		}
	}
}

/**
 * @param html Inline HTML from anywhere.
 * @return The same content as inlineHtmlOf() makes of it.
 */
export function inlineHtml( html: string ): string {
	const template = document.createElement( 'template' );
	template.innerHTML = html;
	return inlineHtmlOf( template.content );
}

/**
 * @param text Plain text; line breaks become <br>.
 * @return Inline HTML of it.
 */
export function inlineFromText( text: string ): string {
	return toHTMLString( { value: create( { text } ) } );
}
