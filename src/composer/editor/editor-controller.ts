/**
 * The writing surface's behaviour: one editable element whose top-level children are the blocks.
 * The browser does the typing; the surface listens to what it is about to do and steps in for
 * Enter, Backspace, Markdown shortcuts (input-handlers.ts), paste and drop (put-content.ts), undo
 * and redo. The content is read back (and cached per block, so a long post costs nothing per
 * keystroke) only when someone asks for it.
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
	insertBlocks,
	keepOpen,
	type TextBlockKind,
} from './block-commands';
import { History, type Snapshot } from './history';
import {
	applyLink,
	caretState,
	removeLink,
	toggleCode,
	type CaretState,
} from './inline-commands';
import {
	handleBeforeInput,
	handleInput,
	handleKeydown,
} from './input-handlers';
import { handleDrop, handlePaste } from './put-content';
import {
	blockOf,
	placeCaret,
	rangeIn,
	restorePosition,
	savePosition,
} from './selection';

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
		readonly options: ControllerOptions
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
		on( root, 'keydown', ( event: KeyboardEvent ) =>
			handleKeydown( this, event )
		);
		on( root, 'beforeinput', ( event: InputEvent ) =>
			handleBeforeInput( this, event )
		);
		on( root, 'input', ( event ) => handleInput( this, event ) );
		on( root, 'paste', ( event: ClipboardEvent ) =>
			handlePaste( this, event )
		);
		on( root, 'drop', ( event: DragEvent ) => handleDrop( this, event ) );
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

	/** @return A caret at the very end. */
	endRange(): Range {
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

	/** Ends an undo step here. */
	checkpoint(): void {
		window.clearTimeout( this.pause );
		this.history.record( this.snapshot() );
	}

	/** Typing is one undo step per pause. */
	typed(): void {
		window.clearTimeout( this.pause );
		this.pause = window.setTimeout(
			() => this.checkpoint(),
			TYPING_PAUSE_MS
		);
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
