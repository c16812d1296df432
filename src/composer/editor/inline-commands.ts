/**
 * Formats within a line: which apply at the caret, inline code on and off, and links.
 */

/**
 * Internal dependencies
 */
import { safeHref } from '../../content/inline';
import { blockOf } from './selection';
import type { TextBlockKind } from './block-commands';

export type InlineFormat =
	'bold' | 'italic' | 'code' | 'strikethrough' | 'link';

const FORMAT_OF: Record< string, InlineFormat > = {
	STRONG: 'bold',
	B: 'bold',
	EM: 'italic',
	I: 'italic',
	CODE: 'code',
	S: 'strikethrough',
	DEL: 'strikethrough',
	STRIKE: 'strikethrough',
	A: 'link',
};

export interface CaretState {
	block: TextBlockKind | 'other';
	formats: InlineFormat[];
	/** The link the caret is in, if any. */
	link: HTMLAnchorElement | null;
}

/**
 * @param root  The editable area.
 * @param range The selection.
 * @return The kind of block and the formats at the selection's start, for the toolbar.
 */
export function caretState( root: HTMLElement, range: Range ): CaretState {
	const formats = new Set< InlineFormat >();
	let link: HTMLAnchorElement | null = null;
	let node: Node | null = range.startContainer;
	for ( ; node && node !== root; node = node.parentNode ) {
		const format = FORMAT_OF[ ( node as Element ).tagName ];
		if ( format ) {
			formats.add( format );
			if ( format === 'link' && ! link ) {
				link = node as HTMLAnchorElement;
			}
		}
	}
	const block = blockOf( range.startContainer, root );
	let kind: CaretState[ 'block' ] = 'other';
	switch ( block?.tagName ) {
		case 'P':
		case 'DIV':
			kind = 'paragraph';
			break;
		case 'H1':
		case 'H2':
			kind = 'heading-2';
			break;
		case 'H3':
			kind = 'heading-3';
			break;
		case 'H4':
		case 'H5':
		case 'H6':
			kind = 'heading-4';
			break;
		case 'UL':
			kind = 'bulleted';
			break;
		case 'OL':
			kind = 'numbered';
			break;
		case 'BLOCKQUOTE':
			kind = 'quote';
			break;
		case 'PRE':
			kind = 'code';
			break;
	}
	return { block: kind, formats: [ ...formats ], link };
}

/**
 * Inline code on the selection, or off when the selection is in inline code.
 *
 * @param range The selection.
 */
export function toggleCode( range: Range ): void {
	const document = range.startContainer.ownerDocument as Document;
	const inCode = (
		range.startContainer.nodeType === 1
			? ( range.startContainer as Element )
			: range.startContainer.parentElement
	)?.closest( 'code' );
	if ( inCode && ! inCode.closest( 'pre' ) ) {
		inCode.replaceWith( ...Array.from( inCode.childNodes ) );
		return;
	}
	if ( range.collapsed ) {
		return;
	}
	const code = document.createElement( 'code' );
	code.appendChild( range.extractContents() );
	// No formats inside code: its text only.
	code.textContent = code.textContent ?? '';
	range.insertNode( code );
	const after = document.createRange();
	after.selectNodeContents( code );
	document.getSelection()?.removeAllRanges();
	document.getSelection()?.addRange( after );
}

/**
 * Links the selection (or, with nothing selected, puts the address in as a link), or changes
 * the link the selection is in.
 *
 * @param range  The selection, as it was when the link UI opened.
 * @param href   The address.
 * @param newTab Whether the link opens in a new tab.
 * @return The link, or null when the address is not one a link may have.
 */
export function applyLink(
	range: Range,
	href: string,
	newTab: boolean
): HTMLAnchorElement | null {
	const safe = safeHref( href );
	if ( ! safe ) {
		return null;
	}
	const document = range.startContainer.ownerDocument as Document;
	const existing = (
		range.startContainer.nodeType === 1
			? ( range.startContainer as Element )
			: range.startContainer.parentElement
	)?.closest( 'a' );
	let link: HTMLAnchorElement;
	if (
		existing &&
		( range.collapsed || existing.contains( range.endContainer ) )
	) {
		link = existing;
	} else {
		link = document.createElement( 'a' );
		if ( range.collapsed ) {
			link.textContent = safe;
		} else {
			link.appendChild( range.extractContents() );
			// A link inside a link is not HTML: the inner ones give way.
			link.querySelectorAll( 'a' ).forEach( ( inner ) =>
				inner.replaceWith( ...Array.from( inner.childNodes ) )
			);
		}
		range.insertNode( link );
	}
	link.setAttribute( 'href', safe );
	if ( newTab ) {
		link.setAttribute( 'target', '_blank' );
		link.setAttribute( 'rel', 'noreferrer noopener' );
	} else {
		link.removeAttribute( 'target' );
		link.removeAttribute( 'rel' );
	}
	const after = document.createRange();
	after.setStartAfter( link );
	document.getSelection()?.removeAllRanges();
	document.getSelection()?.addRange( after );
	return link;
}

/**
 * @param link A link in the editable area: its text stays, the link goes.
 */
export function removeLink( link: HTMLAnchorElement ): void {
	link.replaceWith( ...Array.from( link.childNodes ) );
}
