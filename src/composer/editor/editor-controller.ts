/**
 * The writing surface's behaviour: one editable element whose top-level children are the blocks.
 * The browser does the typing; this listens to what it is about to do and steps in for Enter,
 * Backspace, Markdown shortcuts, paste, undo and redo. The content is read back (and cached per
 * block, so a long post costs nothing per keystroke) only when someone asks for it.
 */

/**
 * Internal dependencies
 */
import { isEmptyBlock, serializeBlock, type Block } from '../../content/blocks';
import {
	readBlock,
	renderBlock,
	type RenderOptions,
} from '../../content/dom-blocks';
import {
	convertBlock,
	indentItem,
	insertBlocks,
	keepOpen,
	outdentItem,
	type TextBlockKind,
} from './block-commands';
import { fromClipboard, fromText, type Pasted } from './clipboard';
import { History, type Snapshot } from './history';
import {
	applyLink,
	caretState,
	removeLink,
	toggleCode,
	type CaretState,
} from './inline-commands';
import {
	blockOf,
	coversAll,
	placeCaret,
	rangeIn,
	restorePosition,
	savePosition,
} from './selection';
import {
	applyBlockShortcut,
	applyCodeFence,
	applyInlineShortcut,
	autolink,
	backspaceAtStart,
	enter,
	URL_ALONE,
} from './typing';

export type EmbedBlock = Extract< Block, { type: 'embed' } >;

export interface ControllerOptions {
	render: RenderOptions;
	/** The content changed (the editor reads it back later, when asked). */
	onChange: () => void;
	/** The caret moved: what the toolbar shows. */
	onCaret: ( state: CaretState | null ) => void;
	/** Ctrl/Cmd+K: the link UI, for this selection. */
	onLinkRequest: ( range: Range, link: HTMLAnchorElement | null ) => void;
	/** Images pasted or dropped, to upload at that place. */
	onFiles: ( files: File[], range: Range | null ) => void;
	/** Whether the site can embed an address, and how. */
	embed: ( url: string ) => Promise< EmbedBlock | null >;
}

const TYPING_PAUSE_MS = 800;

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

export class EditorController {
	private readonly history = new History();
	private readonly cache = new WeakMap< Node, string >();
	private readonly observer: MutationObserver;
	private readonly listeners: Array<
		[ EventTarget, string, EventListener ]
	> = [];
	private pause: number | undefined;
	private caretFrame = 0;
	private edited = false;
	/** The selection as the writer left it, for toolbar buttons and dialogs that take the focus. */
	private lastRange: Range | null = null;

	constructor(
		readonly root: HTMLElement,
		private readonly options: ControllerOptions
	) {
		this.observer = new MutationObserver( ( records ) =>
			this.mutated( records )
		);
		this.observer.observe( root, {
			childList: true,
			characterData: true,
			subtree: true,
			attributes: true,
		} );
		const on = < E extends Event >(
			target: EventTarget,
			type: string,
			handler: ( event: E ) => void
		) => {
			const listener = handler.bind( this ) as EventListener;
			target.addEventListener( type, listener );
			this.listeners.push( [ target, type, listener ] );
		};
		on( root, 'keydown', this.keydown );
		on( root, 'beforeinput', this.beforeInput );
		on( root, 'input', this.input );
		on( root, 'paste', this.paste );
		on( root, 'drop', this.drop );
		on( root.ownerDocument, 'selectionchange', this.selectionChange );
	}

	destroy(): void {
		this.observer.disconnect();
		this.listeners.forEach( ( [ target, type, listener ] ) =>
			target.removeEventListener( type, listener )
		);
		window.clearTimeout( this.pause );
		window.cancelAnimationFrame( this.caretFrame );
	}

	/**
	 * Shows these blocks, as a fresh start (nothing to undo, nothing edited).
	 * @param blocks
	 */
	load( blocks: Block[] ): void {
		const document = this.root.ownerDocument;
		const elements = blocks.map( ( block ) => {
			const element = renderBlock( document, block, this.options.render );
			// A block stays as it came until it is edited (the surface would read back what the
			// writer's browser shows, e.g. a non-breaking space as a space).
			this.cache.set(
				element,
				isEmptyBlock( block ) ? '' : serializeBlock( block )
			);
			return element;
		} );
		if ( ! elements.length ) {
			elements.push( document.createElement( 'p' ) );
		}
		this.root.replaceChildren( ...elements );
		elements.forEach(
			( element ) =>
				/^(P|H\d)$/.test( element.tagName ) && keepOpen( element )
		);
		this.observer.takeRecords();
		this.edited = false;
		this.history.reset( this.snapshot() );
	}

	/** Whether anything changed since load(). */
	get isEdited(): boolean {
		return this.edited;
	}

	/** @return The content as block markup (each block read once, then cached until it changes). */
	markup(): string {
		this.mutated( this.observer.takeRecords() );
		return Array.from( this.root.childNodes )
			.map( ( node ) => {
				let markup = this.cache.get( node );
				if ( markup === undefined ) {
					const block = readBlock( node );
					markup =
						block && ! isEmptyBlock( block )
							? serializeBlock( block )
							: '';
					this.cache.set( node, markup );
				}
				return markup;
			} )
			.filter( Boolean )
			.join( '\n\n' );
	}

	focus( atEnd = true ): void {
		this.root.focus();
		const last = this.root.lastElementChild;
		if ( last ) {
			placeCaret( last.querySelector( 'li:last-child' ) ?? last, atEnd );
		}
	}

	/**
	 * Runs a change as one undoable step.
	 * @param apply
	 */
	change( apply: () => void ): void {
		this.checkpoint();
		apply();
		this.mutated( this.observer.takeRecords() );
		this.checkpoint();
	}

	/**
	 * Gives the focus back to the surface with the selection as it was, then runs `apply` on it.
	 *
	 * @param apply What to do with the selection.
	 */
	withSelection( apply: ( range: Range ) => void ): void {
		const range = rangeIn( this.root ) ?? this.lastRange ?? this.endRange();
		this.root.focus( { preventScroll: true } );
		const selection = this.root.ownerDocument.getSelection();
		selection?.removeAllRanges();
		selection?.addRange( range );
		apply( range );
	}

	setBlock( kind: TextBlockKind ): void {
		const range = rangeIn( this.root ) ?? this.lastRange;
		const block = range && blockOf( range.startContainer, this.root );
		if ( block ) {
			this.change( () =>
				placeCaret( convertBlock( block, kind ), true )
			);
		}
	}

	format( command: 'bold' | 'italic' | 'strikeThrough' | 'code' ): void {
		this.withSelection( ( range ) =>
			this.change( () =>
				command === 'code'
					? toggleCode( range )
					: this.root.ownerDocument.execCommand( command )
			)
		);
	}

	/**
	 * Puts blocks (a separator, an image) in after the caret's block.
	 * @param blocks
	 * @param range
	 */
	insert(
		blocks: Block[],
		range: Range | null = rangeIn( this.root )
	): HTMLElement | null {
		let last: HTMLElement | null = null;
		this.change( () => {
			const at = range ?? this.endRange();
			last = insertBlocks( this.root, at, blocks, this.options.render );
			if (
				last &&
				! /^(P|H\d|UL|OL|BLOCKQUOTE|PRE)$/.test( last.tagName ) &&
				! last.nextElementSibling
			) {
				const paragraph = this.root.ownerDocument.createElement( 'p' );
				keepOpen( paragraph );
				last.after( paragraph );
				placeCaret( paragraph );
			}
		} );
		return last;
	}

	/**
	 * Puts an element (an upload's stand-in) in as a block of its own at the caret.
	 * @param element
	 * @param range
	 */
	insertElement(
		element: HTMLElement,
		range: Range | null = rangeIn( this.root )
	): void {
		this.change( () => {
			const at = range ?? this.lastRange ?? this.endRange();
			const block = blockOf( at.startContainer, this.root );
			if (
				block &&
				! block.textContent?.trim() &&
				/^(P|DIV)$/.test( block.tagName )
			) {
				block.replaceWith( element );
			} else if ( block ) {
				block.after( element );
			} else {
				this.root.append( element );
			}
			if ( ! element.nextElementSibling ) {
				const paragraph = this.root.ownerDocument.createElement( 'p' );
				keepOpen( paragraph );
				element.after( paragraph );
				placeCaret( paragraph );
			}
		} );
	}

	applyLink( range: Range, href: string, newTab: boolean ): void {
		this.withSelection( () =>
			this.change( () => applyLink( range, href, newTab ) )
		);
	}

	unlink( link: HTMLAnchorElement | null ): void {
		if ( link && this.root.contains( link ) ) {
			this.withSelection( () => this.change( () => removeLink( link ) ) );
		}
	}

	undo(): void {
		const previous = this.history.undo( this.snapshot() );
		if ( previous ) {
			this.restore( previous );
		}
	}

	redo(): void {
		const next = this.history.redo();
		if ( next ) {
			this.restore( next );
		}
	}

	private endRange(): Range {
		const range = this.root.ownerDocument.createRange();
		range.selectNodeContents( this.root );
		range.collapse( false );
		return range;
	}

	private snapshot(): Snapshot {
		return {
			html: this.root.innerHTML,
			position: savePosition( this.root ),
		};
	}

	private restore( snapshot: Snapshot ): void {
		this.root.innerHTML = snapshot.html;
		this.mutated( this.observer.takeRecords() );
		if ( snapshot.position ) {
			restorePosition( this.root, snapshot.position );
		}
	}

	private checkpoint(): void {
		window.clearTimeout( this.pause );
		this.history.record( this.snapshot() );
	}

	private mutated( records: MutationRecord[] ): void {
		if ( ! records.length ) {
			return;
		}
		for ( const record of records ) {
			let node: Node | null = record.target;
			while ( node && node.parentNode !== this.root ) {
				node = node.parentNode;
			}
			if ( node ) {
				this.cache.delete( node );
			}
		}
		this.edited = true;
		this.options.onChange();
	}

	private keydown( event: KeyboardEvent ): void {
		const primary = event.ctrlKey || event.metaKey;
		const key = event.key.toLowerCase();
		if ( primary && key === 'z' ) {
			event.preventDefault();
			if ( event.shiftKey ) {
				this.redo();
			} else {
				this.undo();
			}
		} else if ( primary && key === 'y' ) {
			event.preventDefault();
			this.redo();
		} else if ( primary && key === 'k' ) {
			// Not wp-admin's command palette (which takes Ctrl/Cmd+K too): the link UI, as in the block editor.
			event.preventDefault();
			event.stopPropagation();
			const range = rangeIn( this.root );
			if ( range ) {
				this.options.onLinkRequest(
					range.cloneRange(),
					caretState( this.root, range ).link
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
			this.format( event.code === 'KeyX' ? 'code' : 'strikeThrough' );
		} else if ( event.key === 'Tab' && ! primary && ! event.altKey ) {
			const range = rangeIn( this.root );
			const item =
				range &&
				( range.startContainer.nodeType === 1
					? ( range.startContainer as Element )
					: range.startContainer.parentElement
				)?.closest( 'li' );
			if ( item && this.root.contains( item ) ) {
				event.preventDefault();
				this.change( () => {
					if ( event.shiftKey ) {
						placeCaret(
							outdentItem( item as HTMLElement, this.root ),
							true
						);
					} else if ( indentItem( item as HTMLElement ) ) {
						placeCaret( item, true );
					}
				} );
			}
		}
	}

	private beforeInput( event: InputEvent ): void {
		const range = rangeIn( this.root );
		if ( ! range ) {
			return;
		}
		switch ( event.inputType ) {
			case 'historyUndo':
				event.preventDefault();
				this.undo();
				return;
			case 'historyRedo':
				event.preventDefault();
				this.redo();
				return;
			case 'formatUnderline':
				event.preventDefault();
				return;
			case 'formatBold':
			case 'formatItalic':
			case 'formatStrikeThrough':
				this.checkpoint();
				return;
			case 'insertParagraph': {
				event.preventDefault();
				const block = blockOf( range.startContainer, this.root );
				const url =
					block &&
					/^(P|DIV)$/.test( block.tagName ) &&
					range.collapsed &&
					! textAfter( block, range )
						? URL_ALONE.exec( block.textContent ?? '' )?.[ 1 ]
						: undefined;
				this.change( () => {
					autolink( range );
					if ( block && url ) {
						// An address alone in its paragraph stays so: it may become an embed.
						const paragraph =
							this.root.ownerDocument.createElement( 'p' );
						keepOpen( paragraph );
						block.after( paragraph );
						placeCaret( paragraph );
					} else {
						enter( this.root, rangeIn( this.root ) ?? range );
					}
				} );
				if ( block && url ) {
					void this.tryEmbed( block, url );
				}
				return;
			}
			case 'insertText':
			case 'insertReplacementText': {
				const data =
					event.data ??
					event.dataTransfer?.getData( 'text/plain' ) ??
					'';
				if ( /\n/.test( data ) ) {
					event.preventDefault();
					this.put( fromText( data ), range );
				} else if ( data === ' ' && range.collapsed ) {
					this.checkpoint();
					if ( applyBlockShortcut( this.root, range ) ) {
						event.preventDefault();
						this.checkpoint();
					} else {
						autolink( range );
					}
				} else if (
					data === '`' &&
					range.collapsed &&
					applyCodeFence( this.root, range )
				) {
					event.preventDefault();
				}
				return;
			}
			case 'deleteContentBackward':
			case 'deleteContentForward':
			case 'deleteByCut':
				if ( ! range.collapsed && coversAll( this.root, range ) ) {
					// Everything selected and deleted: a fresh paragraph, not an empty heading or list.
					event.preventDefault();
					this.change( () => {
						const paragraph =
							this.root.ownerDocument.createElement( 'p' );
						keepOpen( paragraph );
						this.root.replaceChildren( paragraph );
						placeCaret( paragraph );
					} );
				} else if (
					event.inputType === 'deleteContentBackward' &&
					backspaceAtStart( this.root, range )
				) {
					event.preventDefault();
				}
		}
	}

	private input( event: Event ): void {
		const { inputType, data } = event as InputEvent;
		const range = rangeIn( this.root );
		if (
			inputType === 'insertText' &&
			range &&
			data &&
			/[*_`~]/.test( data )
		) {
			this.checkpoint();
			if ( applyInlineShortcut( range ) ) {
				this.checkpoint();
			}
		}
		// Typing is one undo step per pause.
		window.clearTimeout( this.pause );
		this.pause = window.setTimeout(
			() => this.checkpoint(),
			TYPING_PAUSE_MS
		);
	}

	private paste( event: ClipboardEvent ): void {
		const range = rangeIn( this.root );
		if ( ! event.clipboardData || ! range ) {
			return;
		}
		event.preventDefault();
		this.put( fromClipboard( event.clipboardData ), range );
	}

	private drop( event: DragEvent ): void {
		if ( ! event.dataTransfer ) {
			return;
		}
		const pasted = fromClipboard( event.dataTransfer );
		const point = this.root.ownerDocument.caretRangeFromPoint?.(
			event.clientX,
			event.clientY
		);
		if ( pasted.kind === 'files' || point ) {
			event.preventDefault();
			this.put(
				pasted,
				point ?? rangeIn( this.root ) ?? this.endRange()
			);
		}
	}

	/**
	 * A paste, a drop or text inserted at once, put in as one undo step.
	 * @param pasted
	 * @param range
	 */
	private put( pasted: Pasted, range: Range ): void {
		const document = this.root.ownerDocument;
		if ( pasted.kind === 'files' ) {
			this.options.onFiles( pasted.files, range );
			return;
		}
		if ( pasted.kind === 'url' && ! range.collapsed ) {
			// An address pasted over selected text links that text.
			const selection = range.cloneRange();
			this.change( () => {
				document.getSelection()?.removeAllRanges();
				document.getSelection()?.addRange( selection );
				document.execCommand( 'createLink', false, pasted.url );
			} );
			return;
		}
		if ( pasted.kind === 'url' ) {
			const block = blockOf( range.startContainer, this.root );
			const alone = ! block || ! block.textContent?.trim();
			this.change( () => {
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
			const target = blockOf( range.startContainer, this.root );
			if ( alone && target ) {
				void this.tryEmbed( target, pasted.url );
			}
			return;
		}
		if ( pasted.kind === 'inline' ) {
			this.change( () =>
				document.execCommand( 'insertHTML', false, pasted.html || ' ' )
			);
			return;
		}
		this.insert( pasted.blocks, range );
	}

	/**
	 * An address alone in a paragraph: an embed when the site can embed it, a link otherwise (it
	 * already is one).
	 * @param block
	 * @param url
	 */
	private async tryEmbed( block: HTMLElement, url: string ): Promise< void > {
		const embed = await this.options.embed( url ).catch( () => null );
		if (
			! embed ||
			! block.isConnected ||
			block.textContent?.trim() !== url
		) {
			return;
		}
		this.change( () => {
			const document = this.root.ownerDocument;
			const hadCaret = rangeIn( this.root )?.intersectsNode( block );
			const figure = renderBlock( document, embed, this.options.render );
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

	private selectionChange(): void {
		window.cancelAnimationFrame( this.caretFrame );
		this.caretFrame = window.requestAnimationFrame( () => {
			const range = rangeIn( this.root );
			if ( range ) {
				this.lastRange = range.cloneRange();
			}
			this.options.onCaret(
				range ? caretState( this.root, range ) : null
			);
		} );
	}
}
