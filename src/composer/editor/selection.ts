/**
 * Where the caret is in the writing surface, in terms the editor works with: the top-level block,
 * the text of the current line before the caret, and positions that survive the surface being
 * rebuilt (for undo).
 */

/**
 * @param node A node in the editable area.
 * @param root The editable area.
 * @return The top-level element (block) holding it, or null.
 */
export function blockOf(
	node: Node | null,
	root: HTMLElement
): HTMLElement | null {
	let current: Node | null = node;
	while ( current && current.parentNode !== root ) {
		current = current.parentNode;
	}
	return current instanceof HTMLElement ? current : null;
}

/**
 * @param root The editable area.
 * @return The current selection's range, when it lies in the editable area.
 */
export function rangeIn( root: HTMLElement ): Range | null {
	const selection = root.ownerDocument.getSelection();
	if ( ! selection || selection.rangeCount === 0 ) {
		return null;
	}
	const range = selection.getRangeAt( 0 );
	return root.contains( range.commonAncestorContainer ) ? range : null;
}

/**
 * @param node   Where the caret is.
 * @param offset Its offset there.
 * @param within The element the line belongs to (a block, or a list item).
 * @return The text from the start of the caret's line (after the last line break) up to the caret,
 *         and a range that covers it.
 */
export function lineBeforeCaret(
	node: Node,
	offset: number,
	within: HTMLElement
): { text: string; range: Range } {
	const range = within.ownerDocument.createRange();
	range.setStart( within, 0 );
	range.setEnd( node, offset );
	// The line starts after the last <br> before the caret.
	let lineStart: Element | null = null;
	within.querySelectorAll( 'br' ).forEach( ( br ) => {
		if ( range.intersectsNode( br ) ) {
			lineStart = br;
		}
	} );
	if ( lineStart ) {
		range.setStartAfter( lineStart );
	}
	return { text: range.toString(), range };
}

/**
 * @param root  The editable area.
 * @param range A selection in it.
 * @return Whether it covers all the content (nothing visible before or after it).
 */
export function coversAll( root: HTMLElement, range: Range ): boolean {
	const document = root.ownerDocument;
	const before = document.createRange();
	before.setStart( root, 0 );
	before.setEnd( range.startContainer, range.startOffset );
	const after = document.createRange();
	after.setStart( range.endContainer, range.endOffset );
	after.setEnd( root, root.childNodes.length );
	return [ before, after ].every(
		( part ) =>
			! part.toString().trim() &&
			! part.cloneContents().querySelector( 'img, hr, figure' )
	);
}

/**
 * Puts the caret at the start (or end) of an element.
 *
 * @param element The element.
 * @param atEnd   At its end instead.
 */
export function placeCaret( element: Node, atEnd = false ): void {
	const document = element.ownerDocument as Document;
	const range = document.createRange();
	range.selectNodeContents( element );
	range.collapse( ! atEnd );
	const selection = document.getSelection();
	selection?.removeAllRanges();
	selection?.addRange( range );
}

/** A caret position as a count of characters from the start of the editable area. */
export interface TextPosition {
	start: number;
	end: number;
}

/**
 * Counts positions the way the surface is read: each character of text, each <br> and each
 * block boundary count one.
 *
 * @param root   The editable area.
 * @param node   A node in it.
 * @param offset An offset in that node.
 */
function offsetOf( root: HTMLElement, node: Node, offset: number ): number {
	const range = root.ownerDocument.createRange();
	range.setStart( root, 0 );
	range.setEnd( node, offset );
	const fragment = range.cloneContents();
	return (
		( fragment.textContent ?? '' ).length +
		fragment.querySelectorAll(
			'br, p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, hr, figure, div'
		).length
	);
}

/**
 * @param root The editable area.
 * @return Where the selection is, or null when it is not in the editable area.
 */
export function savePosition( root: HTMLElement ): TextPosition | null {
	const range = rangeIn( root );
	if ( ! range ) {
		return null;
	}
	return {
		start: offsetOf( root, range.startContainer, range.startOffset ),
		end: offsetOf( root, range.endContainer, range.endOffset ),
	};
}

/**
 * @param root     The editable area.
 * @param position A position savePosition() gave, maybe before the surface was rebuilt.
 */
export function restorePosition(
	root: HTMLElement,
	position: TextPosition
): void {
	const find = ( target: number ): [ Node, number ] => {
		const walker = root.ownerDocument.createTreeWalker(
			root,
			NodeFilter.SHOW_ALL
		);
		let count = 0;
		let last: [ Node, number ] = [ root, 0 ];
		for ( let node = walker.nextNode(); node; node = walker.nextNode() ) {
			if ( node.nodeType === node.TEXT_NODE ) {
				const length = node.textContent?.length ?? 0;
				if ( count + length >= target ) {
					return [ node, target - count ];
				}
				count += length;
				last = [ node, length ];
			} else if (
				/^(BR|P|LI|H[1-6]|PRE|BLOCKQUOTE|HR|FIGURE|DIV)$/.test(
					( node as Element ).tagName
				)
			) {
				count += 1;
				if ( count >= target && ( node as Element ).tagName !== 'BR' ) {
					return [ node, 0 ];
				}
			}
		}
		return last;
	};
	const [ startNode, startOffset ] = find( position.start );
	const [ endNode, endOffset ] = find( position.end );
	const range = root.ownerDocument.createRange();
	range.setStart( startNode, startOffset );
	range.setEnd( endNode, endOffset );
	const selection = root.ownerDocument.getSelection();
	selection?.removeAllRanges();
	selection?.addRange( range );
}
