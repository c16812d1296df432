/**
 * What comes into the writing surface at once: a paste, a drop, files, an address (a link, or an
 * embed when the site can embed it).
 */

/**
 * Internal dependencies
 */
import { renderBlock } from '../../content/dom-blocks';
import { keepOpen } from './block-commands';
import { fromClipboard, type Pasted } from './clipboard';
import type { EditorController } from './editor-controller';
import { blockOf, placeCaret, rangeIn } from './selection';

/**
 * @param editor The writing surface.
 * @param event  A paste into it.
 */
export function handlePaste(
	editor: EditorController,
	event: ClipboardEvent
): void {
	const range = rangeIn( editor.root );
	if ( ! event.clipboardData || ! range ) {
		return;
	}
	event.preventDefault();
	putContent( editor, fromClipboard( event.clipboardData ), range );
}

/**
 * @param editor The writing surface.
 * @param event  A drop on it.
 */
export function handleDrop( editor: EditorController, event: DragEvent ): void {
	if ( ! event.dataTransfer ) {
		return;
	}
	const pasted = fromClipboard( event.dataTransfer );
	const point = editor.root.ownerDocument.caretRangeFromPoint?.(
		event.clientX,
		event.clientY
	);
	if ( pasted.kind === 'files' || point ) {
		event.preventDefault();
		putContent(
			editor,
			pasted,
			point ?? rangeIn( editor.root ) ?? editor.endRange()
		);
	}
}

/**
 * A paste, a drop or text inserted at once, put in as one undo step.
 *
 * @param editor The writing surface.
 * @param pasted What came in.
 * @param range  Where.
 */
export function putContent(
	editor: EditorController,
	pasted: Pasted,
	range: Range
): void {
	const document = editor.root.ownerDocument;
	if ( pasted.kind === 'files' ) {
		editor.options.onFiles( pasted.files, range );
		return;
	}
	if ( pasted.kind === 'url' && ! range.collapsed ) {
		// An address pasted over selected text links that text.
		const selection = range.cloneRange();
		editor.change( () => {
			document.getSelection()?.removeAllRanges();
			document.getSelection()?.addRange( selection );
			document.execCommand( 'createLink', false, pasted.url );
		} );
		return;
	}
	if ( pasted.kind === 'url' ) {
		const block = blockOf( range.startContainer, editor.root );
		const alone = ! block || ! block.textContent?.trim();
		editor.change( () => {
			const link = document.createElement( 'a' );
			link.href = pasted.url;
			link.textContent = pasted.url;
			range.deleteContents();
			range.insertNode( link );
			range.setStartAfter( link );
			range.collapse( true );
			document.getSelection()?.removeAllRanges();
			document.getSelection()?.addRange( range );
		} );
		const target = blockOf( range.startContainer, editor.root );
		if ( alone && target ) {
			void tryEmbed( editor, target, pasted.url );
		}
		return;
	}
	if ( pasted.kind === 'inline' ) {
		editor.change( () =>
			document.execCommand( 'insertHTML', false, pasted.html || ' ' )
		);
		return;
	}
	editor.insert( pasted.blocks, range );
}

/**
 * An address alone in a paragraph: an embed when the site can embed it, a link otherwise (it
 * already is one).
 *
 * @param editor The writing surface.
 * @param block  The paragraph.
 * @param url    Its address.
 */
export async function tryEmbed(
	editor: EditorController,
	block: HTMLElement,
	url: string
): Promise< void > {
	const embed = await editor.options.embed( url ).catch( () => null );
	if ( ! embed || ! block.isConnected || block.textContent?.trim() !== url ) {
		return;
	}
	editor.change( () => {
		const document = editor.root.ownerDocument;
		const hadCaret = rangeIn( editor.root )?.intersectsNode( block );
		const figure = renderBlock( document, embed, editor.options.render );
		block.replaceWith( figure );
		let next = figure.nextElementSibling;
		if ( ! next ) {
			next = document.createElement( 'p' );
			keepOpen( next );
			figure.after( next );
		}
		if ( hadCaret ) {
			placeCaret( next );
		}
	} );
}
