/**
 * Changes to the blocks of the writing surface: splitting a block at the caret, turning blocks
 * into other kinds, nesting list items, and putting new blocks in at the caret.
 */

/**
 * Internal dependencies
 */
import { renderBlock, type RenderOptions } from '../../content/dom-blocks';
import type { Block } from '../../content/blocks';
import { blockOf, placeCaret } from './selection';

/** The kinds of block the writer can turn text into. */
export type TextBlockKind =
	| 'paragraph'
	| 'heading-2'
	| 'heading-3'
	| 'heading-4'
	| 'bulleted'
	| 'numbered'
	| 'quote'
	| 'code';

const TEXT_TAGS = /^(P|DIV|H[1-6])$/;

/**
 * An element left without content gets a line break, so it keeps a line to type on.
 * @param element
 */
export function keepOpen( element: Element ): void {
	if ( ! element.textContent && ! element.querySelector( 'br, img' ) ) {
		element.appendChild( element.ownerDocument.createElement( 'br' ) );
	}
}

/**
 * Moves everything after `range`'s start out of `element` into a new element after it.
 *
 * @param element The element to split.
 * @param range   Where.
 * @param tag     The new element's tag.
 * @return The new element, with the caret at its start.
 */
export function splitAt(
	element: HTMLElement,
	range: Range,
	tag: string
): HTMLElement {
	const document = element.ownerDocument;
	const rest = document.createRange();
	rest.setStart( range.startContainer, range.startOffset );
	rest.setEnd( element, element.childNodes.length );
	const next = document.createElement( tag );
	next.appendChild( rest.extractContents() );
	element.after( next );
	keepOpen( element );
	keepOpen( next );
	placeCaret( next );
	return next;
}

/**
 * Moves `from`'s children into a new element of `tag` that takes its place.
 * @param from
 * @param tag
 */
function retag( from: HTMLElement, tag: string ): HTMLElement {
	const to = from.ownerDocument.createElement( tag );
	while ( from.firstChild ) {
		to.appendChild( from.firstChild );
	}
	from.replaceWith( to );
	keepOpen( to );
	return to;
}

/**
 * Splits inline content at its <br>s: one fragment per line.
 * @param element
 */
function lines( element: Element ): DocumentFragment[] {
	const document = element.ownerDocument;
	const result: DocumentFragment[] = [ document.createDocumentFragment() ];
	Array.from( element.childNodes ).forEach( ( node ) => {
		const tag = ( node as Element ).tagName ?? '';
		if ( tag === 'BR' ) {
			result.push( document.createDocumentFragment() );
		} else if ( tag === 'UL' || tag === 'OL' ) {
			// A nested list: its items are lines of their own (see contentLines()).
		} else if ( tag === 'P' || tag === 'DIV' ) {
			// A quote's paragraph (or one a browser put in a list item): lines of its own.
			result.push( ...lines( node as Element ) );
			result.push( document.createDocumentFragment() );
		} else {
			( result[ result.length - 1 ] as DocumentFragment ).appendChild(
				node
			);
		}
	} );
	return result.filter(
		( fragment ) =>
			fragment.textContent?.trim() || fragment.childNodes.length
	);
}

/**
 * The inline content of a text block, list or quote, as lines.
 * @param block
 */
function contentLines( block: HTMLElement ): DocumentFragment[] {
	if ( /^(UL|OL)$/.test( block.tagName ) ) {
		return Array.from( block.querySelectorAll( 'li' ) ).flatMap( ( item ) =>
			lines( item )
		);
	}
	if ( block.tagName === 'PRE' ) {
		const document = block.ownerDocument;
		// Lines are newlines, or <br>s as a browser types them (the last one only keeps a line open).
		const clone = block.cloneNode( true ) as Element;
		clone
			.querySelectorAll( 'br' )
			.forEach( ( br ) => br.replaceWith( '\n' ) );
		const code = ( clone.textContent ?? '' ).replace( /\n$/, '' );
		return code.split( '\n' ).map( ( text ) => {
			const fragment = document.createDocumentFragment();
			fragment.append( text );
			return fragment;
		} );
	}
	return lines( block );
}

/**
 * Turns a top-level block into another kind, keeping its text (and, between text kinds, its
 * formatting).
 *
 * @param block The block.
 * @param kind  What it becomes.
 * @return The element that now holds the caret's content.
 */
export function convertBlock(
	block: HTMLElement,
	kind: TextBlockKind
): HTMLElement {
	const document = block.ownerDocument;
	if ( kind === 'paragraph' || kind.startsWith( 'heading-' ) ) {
		const tag = kind === 'paragraph' ? 'p' : `h${ kind.slice( -1 ) }`;
		if ( TEXT_TAGS.test( block.tagName ) ) {
			return retag( block, tag );
		}
		const parts = contentLines( block ).map( ( fragment ) => {
			const element = document.createElement( tag );
			element.appendChild( fragment );
			keepOpen( element );
			return element;
		} );
		block.replaceWith(
			...( parts.length ? parts : [ document.createElement( tag ) ] )
		);
		return parts[ 0 ] ?? document.createElement( tag );
	}
	if ( kind === 'bulleted' || kind === 'numbered' ) {
		const tag = kind === 'bulleted' ? 'ul' : 'ol';
		if ( block.tagName === 'UL' || block.tagName === 'OL' ) {
			return retag( block, tag );
		}
		const list = document.createElement( tag );
		const items = contentLines( block );
		for ( const fragment of items.length
			? items
			: [ document.createDocumentFragment() ] ) {
			const item = list.appendChild( document.createElement( 'li' ) );
			item.appendChild( fragment );
			keepOpen( item );
		}
		block.replaceWith( list );
		return list.firstElementChild as HTMLElement;
	}
	if ( kind === 'quote' ) {
		const quote = document.createElement( 'blockquote' );
		const paragraphs = contentLines( block );
		for ( const fragment of paragraphs.length
			? paragraphs
			: [ document.createDocumentFragment() ] ) {
			const paragraph = quote.appendChild(
				document.createElement( 'p' )
			);
			paragraph.appendChild( fragment );
			keepOpen( paragraph );
		}
		block.replaceWith( quote );
		return quote.firstElementChild as HTMLElement;
	}
	const pre = document.createElement( 'pre' );
	pre.textContent = contentLines( block )
		.map( ( fragment ) => fragment.textContent ?? '' )
		.join( '\n' );
	block.replaceWith( pre );
	return pre;
}

/**
 * Nests a list item under the one before it (Tab).
 *
 * @param item The item.
 * @return Whether it moved.
 */
export function indentItem( item: HTMLElement ): boolean {
	const previous = item.previousElementSibling;
	if ( ! previous || previous.tagName !== 'LI' ) {
		return false;
	}
	const parentTag = (
		item.parentElement as HTMLElement
	 ).tagName.toLowerCase();
	let nested = Array.from( previous.children ).find(
		( child ) => child.tagName === 'UL' || child.tagName === 'OL'
	);
	if ( ! nested ) {
		nested = previous.appendChild(
			item.ownerDocument.createElement( parentTag )
		);
	}
	nested.appendChild( item );
	return true;
}

/**
 * Moves a list item one level out (Shift+Tab), or out of the list into a paragraph when it is
 * at the top level.
 *
 * @param item The item.
 * @param root The editable area.
 * @return The element now holding the item's content.
 */
export function outdentItem(
	item: HTMLElement,
	root: HTMLElement
): HTMLElement {
	const list = item.parentElement as HTMLElement;
	const document = item.ownerDocument;
	// Items after this one go with it, nested under it, so their order stays.
	const following: Element[] = [];
	for (
		let next = item.nextElementSibling;
		next;
		next = next.nextElementSibling
	) {
		following.push( next );
	}
	if ( following.length ) {
		const tail = document.createElement( list.tagName.toLowerCase() );
		following.forEach( ( node ) => tail.appendChild( node ) );
		if ( list.parentElement === root ) {
			list.after( tail );
		} else {
			item.appendChild( tail );
		}
	}
	const parentItem = list.parentElement;
	if ( parentItem && parentItem.tagName === 'LI' ) {
		parentItem.after( item );
		if ( ! list.children.length ) {
			list.remove();
		}
		return item;
	}
	const paragraph = document.createElement( 'p' );
	Array.from( item.childNodes )
		.filter(
			( node ) => ! /^(UL|OL)$/.test( ( node as Element ).tagName ?? '' )
		)
		.forEach( ( node ) => paragraph.appendChild( node ) );
	keepOpen( paragraph );
	const nestedLists = Array.from( item.children );
	list.after( paragraph, ...nestedLists );
	item.remove();
	if ( ! list.children.length ) {
		list.remove();
	}
	return paragraph;
}

/**
 * Puts blocks in at the caret: the block there is split, and an empty one is replaced.
 *
 * @param root    The editable area.
 * @param range   Where.
 * @param blocks  The blocks.
 * @param options Words for placeholders.
 * @return The last element put in.
 */
export function insertBlocks(
	root: HTMLElement,
	range: Range,
	blocks: Block[],
	options: RenderOptions
): HTMLElement | null {
	const document = root.ownerDocument;
	const elements = blocks.map( ( block ) =>
		renderBlock( document, block, options )
	);
	if ( ! elements.length ) {
		return null;
	}
	range.deleteContents();
	const current = blockOf( range.startContainer, root );
	if ( ! current ) {
		root.append( ...elements );
	} else if (
		! current.textContent?.trim() &&
		! current.querySelector( 'img' ) &&
		TEXT_TAGS.test( current.tagName )
	) {
		current.replaceWith( ...elements );
	} else if ( TEXT_TAGS.test( current.tagName ) ) {
		const rest = splitAt( current, range, current.tagName.toLowerCase() );
		rest.before( ...elements );
		if ( ! rest.textContent?.trim() ) {
			rest.remove();
		}
		if ( ! current.textContent?.trim() ) {
			current.remove();
		}
	} else {
		current.after( ...elements );
	}
	const last = elements[ elements.length - 1 ] as HTMLElement;
	placeCaret(
		last.querySelector( 'li:last-child, p:last-child' ) ?? last,
		true
	);
	return last;
}
