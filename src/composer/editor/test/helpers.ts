/**
 * What the writing surface's tests share: an editable area in the document, putting a caret or
 * selection in it, and reading back where the caret is.
 */

/**
 * @param html The editable area's content.
 * @return The editable area, in the document.
 */
export function surface( html: string ): HTMLElement {
	const root = document.createElement( 'div' );
	root.contentEditable = 'true';
	root.innerHTML = html;
	document.body.replaceChildren( root );
	return root;
}

/**
 * Puts the caret (or a selection) there.
 * @param node      Where it starts.
 * @param offset    Its offset there.
 * @param endNode   Where it ends, if not collapsed.
 * @param endOffset Its offset there.
 */
export function select(
	node: Node,
	offset: number,
	endNode: Node = node,
	endOffset: number = offset
): Range {
	const range = document.createRange();
	range.setStart( node, offset );
	range.setEnd( endNode, endOffset );
	const selection = document.getSelection() as Selection;
	selection.removeAllRanges();
	selection.addRange( range );
	return range;
}

/** @return The selection's range. */
export const current = () =>
	( document.getSelection() as Selection ).getRangeAt( 0 );

/**
 * The editable area's HTML with the selection's ends marked: `[` for the start, `]` for the end,
 * `|` when collapsed.
 * @param root The editable area.
 */
export function marked( root: HTMLElement ): string {
	const range = current();
	const clone = root.cloneNode( true ) as HTMLElement;
	const path = ( node: Node ): number[] => {
		const indexes: number[] = [];
		for ( let at: Node = node; at !== root; at = at.parentNode as Node ) {
			indexes.unshift(
				Array.from( ( at.parentNode as Node ).childNodes ).indexOf(
					at as ChildNode
				)
			);
		}
		return indexes;
	};
	const find = ( indexes: number[] ) =>
		indexes.reduce< Node >(
			( node, index ) => node.childNodes[ index ] as Node,
			clone
		);
	const insert = ( node: Node, offset: number, mark: string ) => {
		const target = find( path( node ) );
		if ( target.nodeType === target.TEXT_NODE ) {
			( target as Text ).insertData( offset, mark );
		} else {
			target.insertBefore(
				document.createTextNode( mark ),
				target.childNodes[ offset ] ?? null
			);
		}
	};
	if ( range.collapsed ) {
		insert( range.startContainer, range.startOffset, '|' );
	} else {
		// The end first, so the start's offset still holds.
		insert( range.endContainer, range.endOffset, ']' );
		insert( range.startContainer, range.startOffset, '[' );
	}
	return clone.innerHTML;
}

/**
 * Builds a surface from HTML with the caret marked by `|` (or a selection by `[` and `]`) in its
 * text, and puts the caret there.
 * @param html The editable area's content, marks and all.
 * @return The editable area, and the selection's range.
 */
export function surfaceAt( html: string ): {
	root: HTMLElement;
	range: Range;
} {
	const root = surface( html );
	const places: Array< [ Node, number ] > = [];
	const walker = document.createTreeWalker( root, NodeFilter.SHOW_TEXT );
	const texts: Text[] = [];
	for ( let node = walker.nextNode(); node; node = walker.nextNode() ) {
		texts.push( node as Text );
	}
	for ( const text of texts ) {
		for ( let at = text.data.search( /[|[\]]/ ); at !== -1; ) {
			text.deleteData( at, 1 );
			places.push( [ text, at ] );
			at = text.data.search( /[|[\]]/ );
		}
	}
	// A mark alone in its text leaves it empty: the caret goes where the text was, as a browser has it.
	const resolved = places.map( ( [ node, offset ] ): [ Node, number ] => {
		if ( node.textContent !== '' || ! node.parentNode ) {
			return [ node, offset ];
		}
		const parent = node.parentNode;
		return [
			parent,
			Array.from( parent.childNodes ).indexOf( node as ChildNode ),
		];
	} );
	texts
		.filter( ( text ) => text.data === '' )
		.forEach( ( text ) => text.remove() );
	const [ start, end = start ] = resolved;
	if ( ! start || ! end ) {
		throw new Error( `No caret marked in ${ html }` );
	}
	return { root, range: select( ...start, ...end ) };
}

/**
 * jsdom has no editing commands. This stands in for the one the editor leaves to the browser,
 * `insertLineBreak`, doing what a browser does: a <br> at the caret (replacing a selection), the
 * caret after it.
 * @return The calls made, as [ command ] lists.
 */
export function fakeLineBreaks(): jest.Mock {
	const execCommand = jest.fn( ( command: string ) => {
		if ( command !== 'insertLineBreak' ) {
			return false;
		}
		const range = current();
		range.deleteContents();
		const { startContainer: node, startOffset: offset } = range;
		// At either end of a text, the <br> goes beside it: no empty text split off.
		if ( node.nodeType === node.TEXT_NODE && offset === 0 ) {
			range.setStartBefore( node );
		} else if (
			node.nodeType === node.TEXT_NODE &&
			offset === ( node as Text ).length
		) {
			range.setStartAfter( node );
		}
		range.collapse( true );
		const br = document.createElement( 'br' );
		range.insertNode( br );
		const caret = document.createRange();
		caret.setStartAfter( br );
		const selection = document.getSelection() as Selection;
		selection.removeAllRanges();
		selection.addRange( caret );
		return true;
	} );
	Object.defineProperty( document, 'execCommand', {
		value: execCommand,
		configurable: true,
		writable: true,
	} );
	return execCommand;
}

/** Takes the stand-in away again. */
export function restoreCommands(): void {
	delete ( document as { execCommand?: unknown } ).execCommand;
}
