/**
 * What keys do in the writing surface beyond plain typing: Enter and Backspace per kind of block,
 * Markdown shortcuts as the writer types them (`## `, `- `, `1. `, `> `, three backticks, `---`,
 * `**bold**`, `_italic_`, `` `code` ``), and addresses that become links.
 */

/**
 * Internal dependencies
 */
import {
	convertBlock,
	keepOpen,
	outdentItem,
	splitAt,
	type TextBlockKind,
} from './block-commands';
import { blockOf, lineBeforeCaret, placeCaret } from './selection';

const BLOCK_SHORTCUTS: Array< [ RegExp, TextBlockKind ] > = [
	// The post title is the level 1 heading: `#` and `##` both start a level 2 one.
	[ /^#{1,2}$/, 'heading-2' ],
	[ /^###$/, 'heading-3' ],
	[ /^#{4,6}$/, 'heading-4' ],
	[ /^[-*+]$/, 'bulleted' ],
	[ /^1[.)]$/, 'numbered' ],
	[ /^>$/, 'quote' ],
];

/** Closing marker typed → format: the pattern (its group is the text), the tag, the marker's length. */
const INLINE_SHORTCUTS: Array< [ RegExp, string, number ] > = [
	[ /\*\*([^*\s](?:[^*]*[^*\s])?)\*\*$/, 'strong', 2 ],
	[ /(?:^|[\s(])_([^_\s](?:[^_]*[^_\s])?)_$/, 'em', 1 ],
	[ /(?:^|[^*])\*([^*\s](?:[^*]*[^*\s])?)\*$/, 'em', 1 ],
	[ /`([^`]+)`$/, 'code', 1 ],
	[ /~~([^~\s](?:[^~]*[^~\s])?)~~$/, 's', 2 ],
];

export const URL_AT_END = /(?:^|\s)(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'])$/;
export const URL_ALONE = /^\s*(https?:\/\/[^\s<>"]+)\s*$/;

const isTextBlock = ( element: Element ) => /^(P|DIV)$/.test( element.tagName );

/**
 * A space typed after a block shortcut at the start of a line: the line becomes that block.
 *
 * @param root  The editable area.
 * @param range The caret (collapsed).
 * @return Whether the shortcut was applied (the space is then not typed).
 */
export function applyBlockShortcut( root: HTMLElement, range: Range ): boolean {
	const block = blockOf( range.startContainer, root );
	if ( ! block || ! isTextBlock( block ) ) {
		return false;
	}
	const line = lineBeforeCaret(
		range.startContainer,
		range.startOffset,
		block
	);
	const kind = BLOCK_SHORTCUTS.find( ( [ pattern ] ) =>
		pattern.test( line.text )
	)?.[ 1 ];
	if ( ! kind ) {
		return false;
	}
	// Lines above the shortcut's stay a paragraph; the shortcut's line (from the caret on) converts.
	line.range.deleteContents();
	const caret = block.ownerDocument.createRange();
	caret.setStart( line.range.startContainer, line.range.startOffset );
	const before = block.ownerDocument.createRange();
	before.setStart( block, 0 );
	before.setEnd( caret.startContainer, caret.startOffset );
	let target = block;
	if (
		before.toString().trim() !== '' ||
		before.cloneContents().querySelector( 'img' )
	) {
		target = splitAt( block, caret, 'p' );
		const lastBr = block.lastChild as Element | null;
		if ( lastBr?.tagName === 'BR' ) {
			lastBr.remove();
		}
		keepOpen( block );
	}
	placeCaret( convertBlock( target, kind ) );
	return true;
}

/**
 * The third backtick typed into an empty paragraph: it becomes a code block.
 *
 * @param root  The editable area.
 * @param range The caret.
 */
export function applyCodeFence( root: HTMLElement, range: Range ): boolean {
	const block = blockOf( range.startContainer, root );
	if ( ! block || ! isTextBlock( block ) || block.textContent !== '``' ) {
		return false;
	}
	block.textContent = '';
	const pre = convertBlock( block, 'code' );
	pre.appendChild( pre.ownerDocument.createTextNode( '' ) );
	placeCaret( pre );
	return true;
}

/**
 * After a closing `*`, `_`, `` ` `` or `~` is typed: the marked text becomes that format.
 *
 * @param range The caret, just after the typed character.
 * @return Whether a format was made.
 */
export function applyInlineShortcut( range: Range ): boolean {
	const node = range.startContainer;
	if (
		node.nodeType !== node.TEXT_NODE ||
		node.parentElement?.closest( 'code, pre' )
	) {
		return false;
	}
	const text = ( node.textContent ?? '' ).slice( 0, range.startOffset );
	for ( const [ pattern, tag, marker ] of INLINE_SHORTCUTS ) {
		const inner = pattern.exec( text )?.[ 1 ];
		if ( inner === undefined ) {
			continue;
		}
		const start = range.startOffset - inner.length - 2 * marker;
		const document = node.ownerDocument as Document;
		const span = document.createRange();
		span.setStart( node, start );
		span.setEnd( node, range.startOffset );
		span.deleteContents();
		const format = document.createElement( tag );
		format.textContent = inner;
		// The caret goes after the format, in text of its own, so typing goes on unformatted.
		const after = document.createTextNode( '\u200B' );
		span.insertNode( after );
		span.insertNode( format );
		const caret = document.createRange();
		caret.setStart( after, 1 );
		document.getSelection()?.removeAllRanges();
		document.getSelection()?.addRange( caret );
		return true;
	}
	return false;
}

/**
 * A space or Enter after an address: it becomes a link.
 *
 * @param range The caret.
 * @return The link made, or null.
 */
export function autolink( range: Range ): HTMLAnchorElement | null {
	const node = range.startContainer;
	if (
		node.nodeType !== node.TEXT_NODE ||
		node.parentElement?.closest( 'a, code, pre' )
	) {
		return null;
	}
	const text = ( node.textContent ?? '' ).slice( 0, range.startOffset );
	const url = URL_AT_END.exec( text )?.[ 1 ];
	if ( ! url ) {
		return null;
	}
	const document = node.ownerDocument as Document;
	const span = document.createRange();
	span.setStart( node, range.startOffset - url.length );
	span.setEnd( node, range.startOffset );
	const link = document.createElement( 'a' );
	link.href = url;
	span.surroundContents( link );
	const caret = document.createRange();
	caret.setStartAfter( link );
	document.getSelection()?.removeAllRanges();
	document.getSelection()?.addRange( caret );
	return link;
}

/**
 * @param range Part of a code block.
 * @return Its text, with its line breaks as newlines.
 */
function codeText( range: Range ): string {
	const fragment = range.cloneContents();
	fragment
		.querySelectorAll( 'br' )
		.forEach( ( br ) => br.replaceWith( '\n' ) );
	return fragment.textContent ?? '';
}

/**
 * Removes the line breaks (and blank text) a code block ends with.
 * @param block
 */
function trimTrailingBreaks( block: Element ): void {
	let last = block.lastChild;
	while ( last ) {
		if (
			last.nodeType === last.ELEMENT_NODE &&
			( last as Element ).tagName === 'CODE'
		) {
			trimTrailingBreaks( last as Element );
			break;
		}
		// Lines can be newlines in the text too (as code is loaded, or the surface rebuilt).
		if (
			last.nodeType === last.TEXT_NODE &&
			( last.textContent ?? '' ).trim() !== ''
		) {
			( last as Text ).data = ( last as Text ).data.replace( /\n+$/, '' );
			break;
		}
		if (
			( last as Element ).tagName !== 'BR' &&
			( last.textContent ?? '' ).trim() !== ''
		) {
			break;
		}
		const previous = last.previousSibling;
		last.remove();
		last = previous;
	}
}

/**
 * Enter. In a paragraph, as in the plain field before: a line break, and a blank line (Enter on an
 * empty line) starts a new paragraph; `---` alone becomes a separator. In a heading, a new
 * paragraph; in a list, a new item (an empty one leaves the list); in a quote, lines, and a blank
 * line a new paragraph in it (at its end, one after it); in code, a new line (two empty ones leave it).
 *
 * @param root  The editable area.
 * @param range The caret.
 */
export function enter( root: HTMLElement, range: Range ): void {
	const document = root.ownerDocument;
	if ( ! range.collapsed ) {
		range.deleteContents();
	}
	const block = blockOf( range.startContainer, root );
	if ( ! block ) {
		const paragraph = document.createElement( 'p' );
		keepOpen( paragraph );
		root.append( paragraph );
		placeCaret( paragraph );
		return;
	}
	const item = (
		range.startContainer.nodeType === 1
			? ( range.startContainer as Element )
			: range.startContainer.parentElement
	)?.closest( 'li' );
	if ( item && root.contains( item ) ) {
		if ( ! item.textContent?.trim() && ! item.querySelector( 'ul, ol' ) ) {
			placeCaret( outdentItem( item as HTMLElement, root ) );
		} else {
			splitAt( item as HTMLElement, range, 'li' );
		}
		return;
	}
	if ( block.tagName === 'PRE' ) {
		// Lines in code are <br>s as the browser makes them; two blank lines at its end leave it.
		const after = document.createRange();
		after.setStart( range.startContainer, range.startOffset );
		after.setEnd( block, block.childNodes.length );
		const before = document.createRange();
		before.setStart( block, 0 );
		before.setEnd( range.startContainer, range.startOffset );
		if ( ! after.toString() && /\n\n$/.test( codeText( before ) ) ) {
			trimTrailingBreaks( block );
			const paragraph = document.createElement( 'p' );
			keepOpen( paragraph );
			block.after( paragraph );
			placeCaret( paragraph );
			return;
		}
		document.execCommand( 'insertLineBreak' );
		return;
	}
	if ( /^H[1-6]$/.test( block.tagName ) ) {
		splitAt( block, range, 'p' );
		return;
	}
	const container =
		block.tagName === 'BLOCKQUOTE'
			? ( ( range.startContainer.nodeType === 1
					? ( range.startContainer as Element )
					: range.startContainer.parentElement
				)?.closest( 'p' ) ?? block )
			: block;
	const line = lineBeforeCaret(
		range.startContainer,
		range.startOffset,
		container as HTMLElement
	);
	if (
		block.tagName !== 'BLOCKQUOTE' &&
		/^(-{3,}|\*{3,}|_{3,})$/.test( line.text.trim() ) &&
		container.textContent?.trim() === line.text.trim()
	) {
		const paragraph = document.createElement( 'p' );
		keepOpen( paragraph );
		block.replaceWith( document.createElement( 'hr' ), paragraph );
		placeCaret( paragraph );
		return;
	}
	const previous =
		range.startContainer.childNodes[ range.startOffset - 1 ] ??
		( range.startOffset === 0
			? range.startContainer.previousSibling
			: null );
	const onEmptyLine =
		line.text === '' &&
		( ( previous as Element | null )?.tagName === 'BR' ||
			! container.textContent );
	if ( onEmptyLine ) {
		if ( ( previous as Element | null )?.tagName === 'BR' ) {
			previous?.remove();
		}
		const after = document.createRange();
		after.setStart( range.startContainer, range.startOffset );
		after.setEnd( block, block.childNodes.length );
		if ( block.tagName === 'BLOCKQUOTE' && ! after.toString().trim() ) {
			// A blank line at the end of a quote leaves it.
			after.deleteContents();
			if ( ! container.textContent?.trim() ) {
				container.remove();
			} else {
				const last = container.lastChild as Element | null;
				if ( last?.tagName === 'BR' ) {
					last.remove();
				}
			}
			const paragraph = document.createElement( 'p' );
			keepOpen( paragraph );
			block.after( paragraph );
			placeCaret( paragraph );
			return;
		}
		const current = document.getSelection();
		const caret = current?.rangeCount ? current.getRangeAt( 0 ) : range;
		splitAt( container as HTMLElement, caret, 'p' );
		return;
	}
	document.execCommand( 'insertLineBreak' );
}

/**
 * Backspace at the very start of a heading, quote, code block or list item: it becomes a
 * paragraph (the way back from a Markdown shortcut); elsewhere the browser's default.
 *
 * @param root  The editable area.
 * @param range The caret.
 */
export function backspaceAtStart( root: HTMLElement, range: Range ): boolean {
	if ( ! range.collapsed ) {
		return false;
	}
	const block = blockOf( range.startContainer, root );
	if ( ! block || isTextBlock( block ) ) {
		return false;
	}
	const before = root.ownerDocument.createRange();
	before.setStart( block, 0 );
	before.setEnd( range.startContainer, range.startOffset );
	if (
		before.toString() !== '' ||
		before.cloneContents().querySelector( 'br, img' )
	) {
		return false;
	}
	const item = (
		range.startContainer.nodeType === 1
			? ( range.startContainer as Element )
			: range.startContainer.parentElement
	)?.closest( 'li' );
	if ( item ) {
		placeCaret( outdentItem( item as HTMLElement, root ) );
		return true;
	}
	placeCaret( convertBlock( block, 'paragraph' ) );
	return true;
}
