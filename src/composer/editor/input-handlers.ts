/**
 * The writing surface's keys and input: where it steps in for what the browser would do.
 */

/**
 * Internal dependencies
 */
import { indentItem, keepOpen, outdentItem } from './block-commands';
import { fromText } from './clipboard';
import type { EditorController } from './editor-controller';
import { caretState } from './inline-commands';
import { putContent, tryEmbed } from './put-content';
import { blockOf, coversAll, placeCaret, rangeIn } from './selection';
import {
	applyBlockShortcut,
	applyCodeFence,
	applyInlineShortcut,
	autolink,
	backspaceAtStart,
	enter,
	URL_ALONE,
} from './typing';

/**
 * @param block A block.
 * @param range The caret in it.
 * @return The text after the caret in the block.
 */
function textAfter( block: HTMLElement, range: Range ): string {
	const after = block.ownerDocument.createRange();
	after.setStart( range.endContainer, range.endOffset );
	after.setEnd( block, block.childNodes.length );
	return after.toString().trim();
}

/**
 * Undo, redo, the link UI, code and strikethrough, and Tab in lists.
 *
 * @param editor The writing surface.
 * @param event  The key.
 */
export function handleKeydown(
	editor: EditorController,
	event: KeyboardEvent
): void {
	const primary = event.ctrlKey || event.metaKey;
	const key = event.key.toLowerCase();
	if ( primary && key === 'z' ) {
		event.preventDefault();
		if ( event.shiftKey ) {
			editor.redo();
		} else {
			editor.undo();
		}
	} else if ( primary && key === 'y' ) {
		event.preventDefault();
		editor.redo();
	} else if ( primary && key === 'k' ) {
		// Not wp-admin's command palette (which takes Ctrl/Cmd+K too): the link UI, as in the block editor.
		event.preventDefault();
		event.stopPropagation();
		const range = rangeIn( editor.root );
		if ( range ) {
			editor.options.onLinkRequest(
				range.cloneRange(),
				caretState( editor.root, range ).link
			);
		}
	} else if ( primary && key === 'u' ) {
		// Underline is not a format posts keep.
		event.preventDefault();
	} else if (
		event.shiftKey &&
		event.altKey &&
		( event.code === 'KeyX' || event.code === 'KeyD' )
	) {
		event.preventDefault();
		editor.format( event.code === 'KeyX' ? 'code' : 'strikeThrough' );
	} else if ( event.key === 'Tab' && ! primary && ! event.altKey ) {
		const range = rangeIn( editor.root );
		const item =
			range &&
			( range.startContainer.nodeType === 1
				? ( range.startContainer as Element )
				: range.startContainer.parentElement
			)?.closest( 'li' );
		if ( item && editor.root.contains( item ) ) {
			event.preventDefault();
			editor.change( () => {
				if ( event.shiftKey ) {
					placeCaret(
						outdentItem( item as HTMLElement, editor.root ),
						true
					);
				} else if ( indentItem( item as HTMLElement ) ) {
					placeCaret( item, true );
				}
			} );
		}
	}
}

/**
 * What the browser is about to do, where the surface does it its own way: Enter, Markdown block
 * shortcuts, text with line breaks, deleting everything, Backspace at a block's start.
 *
 * @param editor The writing surface.
 * @param event  The input about to happen.
 */
export function handleBeforeInput(
	editor: EditorController,
	event: InputEvent
): void {
	const range = rangeIn( editor.root );
	if ( ! range ) {
		return;
	}
	switch ( event.inputType ) {
		case 'historyUndo':
			event.preventDefault();
			editor.undo();
			return;
		case 'historyRedo':
			event.preventDefault();
			editor.redo();
			return;
		case 'formatUnderline':
			event.preventDefault();
			return;
		case 'formatBold':
		case 'formatItalic':
		case 'formatStrikeThrough':
			editor.checkpoint();
			return;
		case 'insertParagraph': {
			event.preventDefault();
			const block = blockOf( range.startContainer, editor.root );
			const url =
				block &&
				/^(P|DIV)$/.test( block.tagName ) &&
				range.collapsed &&
				! textAfter( block, range )
					? URL_ALONE.exec( block.textContent ?? '' )?.[ 1 ]
					: undefined;
			editor.change( () => {
				autolink( range );
				if ( block && url ) {
					// An address alone in its paragraph stays so: it may become an embed.
					const paragraph =
						editor.root.ownerDocument.createElement( 'p' );
					keepOpen( paragraph );
					block.after( paragraph );
					placeCaret( paragraph );
				} else {
					enter( editor.root, rangeIn( editor.root ) ?? range );
				}
			} );
			if ( block && url ) {
				void tryEmbed( editor, block, url );
			}
			return;
		}
		case 'insertText':
		case 'insertReplacementText': {
			const data =
				event.data ?? event.dataTransfer?.getData( 'text/plain' ) ?? '';
			if ( /\n/.test( data ) ) {
				event.preventDefault();
				putContent( editor, fromText( data ), range );
			} else if ( data === ' ' && range.collapsed ) {
				editor.checkpoint();
				if ( applyBlockShortcut( editor.root, range ) ) {
					event.preventDefault();
					editor.checkpoint();
				} else {
					autolink( range );
				}
			} else if (
				data === '`' &&
				range.collapsed &&
				applyCodeFence( editor.root, range )
			) {
				event.preventDefault();
			}
			return;
		}
		case 'deleteContentBackward':
		case 'deleteContentForward':
		case 'deleteByCut':
			if ( ! range.collapsed && coversAll( editor.root, range ) ) {
				// Everything selected and deleted: a fresh paragraph, not an empty heading or list.
				event.preventDefault();
				editor.change( () => {
					const paragraph =
						editor.root.ownerDocument.createElement( 'p' );
					keepOpen( paragraph );
					editor.root.replaceChildren( paragraph );
					placeCaret( paragraph );
				} );
			} else if (
				event.inputType === 'deleteContentBackward' &&
				backspaceAtStart( editor.root, range )
			) {
				event.preventDefault();
			}
	}
}

/**
 * Inline Markdown shortcuts once their closing character is in, and an undo step per pause.
 *
 * @param editor The writing surface.
 * @param event  The input that happened.
 */
export function handleInput( editor: EditorController, event: Event ): void {
	const { inputType, data } = event as InputEvent;
	const range = rangeIn( editor.root );
	if (
		inputType === 'insertText' &&
		range &&
		data &&
		/[*_`~]/.test( data )
	) {
		editor.checkpoint();
		if ( applyInlineShortcut( range ) ) {
			editor.checkpoint();
		}
	}
	editor.typed();
}
