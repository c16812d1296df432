/**
 * Blocks ⇄ the elements of the writing surface: each top-level element of the editable area is
 * one block (p, h2–h4, ul/ol, blockquote, pre, hr, and figures or placeholders the writer does
 * not type into). Reading takes whatever the browser made of an element while typing.
 */

/**
 * Internal dependencies
 */
import type { Block, ListBlock, ListItem } from './blocks';
import { inlineHtml, inlineHtmlOf } from './inline';

/**
 * Kept raw markup of blocks the composer does not edit, by the key their placeholder carries (a
 * key, not the element, so the surface can be rebuilt from its HTML, as undo does).
 */
const rawMarkup = new Map< string, { markup: string; name: string | null } >();
let nextRawKey = 0;

export const RAW_CLASS = 'quick-post-editor__raw';
export const IMAGE_CLASS = 'quick-post-editor__image';
export const EMBED_CLASS = 'quick-post-editor__embed';

function createElementWith< K extends keyof HTMLElementTagNameMap >(
	document: Document,
	tag: K,
	html?: string
): HTMLElementTagNameMap[ K ] {
	const node = document.createElement( tag );
	if ( html !== undefined ) {
		node.innerHTML = html;
	}
	return node;
}

/**
 * Inline content, with the spaces a browser would not show (at the start or end of a line, or
 * after another space) as non-breaking ones, so they stay where the writer left them: a caret
 * after a space it cannot see goes before it. Reading the surface turns them back into spaces.
 *
 * @param document The editable area's document.
 * @param tag      The block's element.
 * @param html     Its inline content.
 */
function createInline< K extends keyof HTMLElementTagNameMap >(
	document: Document,
	tag: K,
	html: string
): HTMLElementTagNameMap[ K ] {
	const node = createElementWith( document, tag, html );
	const walker = document.createTreeWalker( node, NodeFilter.SHOW_TEXT );
	const texts: Text[] = [];
	for ( let text = walker.nextNode(); text; text = walker.nextNode() ) {
		texts.push( text as Text );
	}
	// The node next to `from` in reading order, formats left or entered; null at the block's edge.
	const beside = ( from: Node, side: 'previousSibling' | 'nextSibling' ) => {
		let at: Node | null = from;
		while ( at && at !== node && ! at[ side ] ) {
			at = at.parentNode;
		}
		return at === node || ! at ? null : at[ side ];
	};
	const edge = ( from: Node, side: 'previousSibling' | 'nextSibling' ) => {
		const next = beside( from, side );
		return ! next || next.nodeName === 'BR';
	};
	texts.forEach( ( text ) => {
		const lineStart = edge( text, 'previousSibling' );
		const lineEnd = edge( text, 'nextSibling' );
		let data = text.data.replace( / (?= )/g, '\u00A0' );
		if ( lineStart ) {
			data = data.replace( /^ /, '\u00A0' );
		}
		if ( lineEnd ) {
			data = data.replace( / $/, '\u00A0' );
		}
		if ( data !== text.data ) {
			text.data = data;
		}
	} );
	return node;
}

function renderList( document: Document, list: ListBlock ): HTMLElement {
	const node = createElementWith( document, list.ordered ? 'ol' : 'ul' );
	for ( const item of list.items ) {
		const li = createInline( document, 'li', item.html );
		if ( item.list ) {
			li.appendChild( renderList( document, item.list ) );
		}
		node.appendChild( li );
	}
	return node;
}

export interface RenderOptions {
	/** Words for a placeholder of a block the composer keeps as it is, e.g. "Gallery block". */
	describeRaw: ( name: string | null ) => string;
	/** Adds controls to the element of an image, an embed or a kept block. */
	decorate?: ( element: HTMLElement ) => void;
}

/**
 * @param document The editable area's document.
 * @param block    A block.
 * @param options  Words for placeholders.
 * @return The element that shows it in the editable area.
 */
export function renderBlock(
	document: Document,
	block: Block,
	options: RenderOptions
): HTMLElement {
	const element = renderPlain( document, block, options );
	if ( /^(image|embed|raw)$/.test( block.type ) ) {
		options.decorate?.( element );
	}
	return element;
}

function renderPlain(
	document: Document,
	block: Block,
	options: RenderOptions
): HTMLElement {
	switch ( block.type ) {
		case 'paragraph':
			return createInline( document, 'p', block.html );
		case 'heading':
			return createInline( document, `h${ block.level }`, block.html );
		case 'list':
			return renderList( document, block );
		case 'quote': {
			const quote = createElementWith( document, 'blockquote' );
			for ( const html of block.paragraphs.length
				? block.paragraphs
				: [ '' ] ) {
				quote.appendChild( createInline( document, 'p', html ) );
			}
			return quote;
		}
		case 'code': {
			const pre = createElementWith( document, 'pre' );
			pre.appendChild(
				createElementWith( document, 'code' )
			).textContent = block.text;
			return pre;
		}
		case 'separator':
			return createElementWith( document, 'hr' );
		case 'image': {
			const figure = createElementWith( document, 'figure' );
			figure.className = IMAGE_CLASS;
			figure.contentEditable = 'false';
			figure.dataset.id = String( block.id ?? '' );
			const img = figure.appendChild(
				createElementWith( document, 'img' )
			);
			img.src = block.url;
			img.alt = block.alt;
			return figure;
		}
		case 'embed': {
			const figure = createElementWith( document, 'figure' );
			figure.className = EMBED_CLASS;
			figure.contentEditable = 'false';
			figure.dataset.url = block.url;
			figure.dataset.type = block.embedType;
			figure.dataset.provider = block.providerNameSlug;
			figure.textContent = block.url;
			return figure;
		}
		case 'raw': {
			const placeholder = createElementWith( document, 'div' );
			placeholder.className = RAW_CLASS;
			placeholder.contentEditable = 'false';
			placeholder.textContent = options.describeRaw( block.name );
			const key = String( ++nextRawKey );
			placeholder.dataset.raw = key;
			rawMarkup.set( key, { markup: block.markup, name: block.name } );
			return placeholder;
		}
	}
}

function readList( list: Element ): ListBlock {
	return {
		type: 'list',
		ordered: list.tagName === 'OL',
		items: Array.from( list.children ).flatMap( ( child ): ListItem[] => {
			if ( child.tagName === 'UL' || child.tagName === 'OL' ) {
				// A list the browser put straight into a list: items of their own.
				return readList( child ).items;
			}
			const nested = Array.from( child.children ).find(
				( node ) => node.tagName === 'UL' || node.tagName === 'OL'
			);
			const text = child.cloneNode( true ) as Element;
			Array.from( text.children )
				.filter(
					( node ) => node.tagName === 'UL' || node.tagName === 'OL'
				)
				.forEach( ( node ) => node.remove() );
			return [
				{
					html: typedInline( text ),
					list: nested ? readList( nested ) : null,
				},
			];
		} ),
	};
}

/**
 * @param node A top-level element of the editable area (or text the browser left there).
 * @return The block it shows, or null for nothing (an empty text node).
 */
export function readBlock( node: Node ): Block | null {
	if ( node.nodeType === node.TEXT_NODE ) {
		const text = node.textContent ?? '';
		return text.trim()
			? { type: 'paragraph', html: inlineHtml( escapeForInline( text ) ) }
			: null;
	}
	if ( node.nodeType !== node.ELEMENT_NODE ) {
		return null;
	}
	const el = node as HTMLElement;
	const raw = el.dataset.raw ? rawMarkup.get( el.dataset.raw ) : undefined;
	if ( raw ) {
		return { type: 'raw', markup: raw.markup, name: raw.name };
	}
	switch ( el.tagName ) {
		case 'H1':
		case 'H2':
			return { type: 'heading', level: 2, html: typedInline( el ) };
		case 'H3':
		case 'H4':
			return {
				type: 'heading',
				level: Number( el.tagName[ 1 ] ) as 3 | 4,
				html: typedInline( el ),
			};
		case 'H5':
		case 'H6':
			return { type: 'heading', level: 4, html: typedInline( el ) };
		case 'UL':
		case 'OL':
			return readList( el );
		case 'BLOCKQUOTE':
			return { type: 'quote', paragraphs: quoteParagraphs( el ) };
		case 'PRE':
			return { type: 'code', text: codeText( el ) };
		case 'HR':
			return { type: 'separator' };
		case 'FIGURE':
			if ( el.classList.contains( IMAGE_CLASS ) ) {
				const img = el.querySelector( 'img' );
				return img && img.getAttribute( 'src' )
					? {
							type: 'image',
							id: Number( el.dataset.id ) || null,
							url: img.getAttribute( 'src' ) ?? '',
							alt: img.getAttribute( 'alt' ) ?? '',
						}
					: null;
			}
			if ( el.classList.contains( EMBED_CLASS ) ) {
				return {
					type: 'embed',
					url: el.dataset.url ?? '',
					embedType: el.dataset.type ?? 'rich',
					providerNameSlug: el.dataset.provider ?? '',
				};
			}
			return null;
		default:
			// A paragraph, or a div or span the browser made of one.
			return { type: 'paragraph', html: typedInline( el ) };
	}
}

/**
 * @param element Inline content the writer typed.
 */
const typedInline = ( element: Node ) => inlineHtmlOf( element, true );

/**
 * A quote's paragraphs: its <p>s, and text the browser left beside them as paragraphs of their own.
 * @param quote
 */
function quoteParagraphs( quote: Element ): string[] {
	const document = quote.ownerDocument;
	const paragraphs: string[] = [];
	let loose = document.createDocumentFragment();
	const flush = () => {
		if ( loose.textContent?.trim() ) {
			paragraphs.push( typedInline( loose ) );
		}
		loose = document.createDocumentFragment();
	};
	quote.childNodes.forEach( ( child ) => {
		if ( /^(P|DIV)$/.test( ( child as Element ).tagName ?? '' ) ) {
			flush();
			paragraphs.push( typedInline( child ) );
		} else {
			loose.appendChild( child.cloneNode( true ) );
		}
	} );
	flush();
	return paragraphs.length ? paragraphs : [ '' ];
}

function escapeForInline( text: string ): string {
	return text.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' );
}

/**
 * @param pre A code block's element.
 * @return Its text, line breaks (as <br> or newline) kept.
 */
function codeText( pre: Element ): string {
	const clone = pre.cloneNode( true ) as Element;
	clone.querySelectorAll( 'br' ).forEach( ( br ) => br.replaceWith( '\n' ) );
	return ( clone.textContent ?? '' ).replace( /\n$/, '' );
}

/**
 * @param root The editable area.
 * @return Its blocks, in order.
 */
export function readBlocks( root: Element ): Block[] {
	return Array.from( root.childNodes ).flatMap( ( node ) => {
		const block = readBlock( node );
		return block ? [ block ] : [];
	} );
}
