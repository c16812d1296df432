/**
 * Pasted HTML → the composer's blocks, as the block editor's pasteHandler() makes them of the
 * same clipboard, as far as the composer's blocks allow. paste-clean.ts makes plain semantic HTML
 * of it first. Containers are flattened in order, and inline content straight in one makes
 * paragraphs, split where two line breaks follow each other (not in a p); an image splits the
 * paragraph or heading it is in; h1 and h2 are level 2 (h1 is the title's), h3 is 3, h4–h6 are
 * 4; lists nest; what an item, a quote or a table cell holds beyond text becomes lines of text;
 * pre is a code block, its text kept exactly; a table is a paragraph a row, cells joined by " | ".
 */

/**
 * Internal dependencies
 */
import type { Block, ListBlock, ListItem } from './blocks';
import { inlineFromText, inlineHtml, inlineHtmlOf } from './inline';
import { BLOCK_TAGS, cleanPastedHtml } from './paste-clean';

type Make = ( html: string ) => Block;
type Level = 2 | 3 | 4;
const LEVELS: Record< string, Level > = { H1: 2, H2: 2, H3: 3, H4: 4 };
const tagOf = ( node?: Node ) => ( node as Element | undefined )?.tagName ?? '';
const isBlock = ( node?: Node ) => BLOCK_TAGS.has( tagOf( node ) );
const isBreak = ( node?: Node ) => tagOf( node ) === 'BR';
const isList = ( node?: Node ) => /^[OU]L$/.test( tagOf( node ) );
const alone = ( node: Node ) => node.parentNode?.childNodes.length === 1;
/** What the whitespace at a text's start that shows nothing is, by the character before it. */
const START: Record< string, RegExp > = { '\n': /^[ \u00a0]+/, ' ': /^ / };
// Code as inline HTML: text, not markup (blocks.ts' escapeText() leaves "&copy;" as it is).
const codeHtml = ( text: string ) =>
	text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( /\n/g, '<br>' );
const isText = ( node?: Node | null ): node is Text => node?.nodeType === 3;
const isSpace = ( node?: Node ) => isText( node ) && ! /\S/.test( node.data );
const paragraph: Make = ( html ) => ( { type: 'paragraph', html } );

/**
 * @param html The clipboard's `text/html` flavor.
 * @return The blocks it holds, in order; none for no HTML.
 */
export function htmlToBlocks( html: string ): Block[] {
	try {
		return html.trim() ? blocksOf( cleanPastedHtml( html ), true ) : [];
	} catch {
		// Nested too deep to walk (a hostile clipboard): its text, a paragraph a line.
		const { body } = new DOMParser().parseFromString( html, 'text/html' );
		body.querySelectorAll( 'script, style, template' ).forEach( ( node ) =>
			node.remove()
		);
		const texts = ( body.textContent ?? '' )
			.split( /\s*\n\s*/ )
			.filter( Boolean );
		return texts.map( ( line ) => paragraph( inlineFromText( line ) ) );
	}
}

// The blocks of a clean element's children; `split`: whether two line breaks in a row end
// a paragraph (in a div, not in a p); `make`: the block for a piece of inline HTML.
function blocksOf( box: Element, split: boolean, make = paragraph ) {
	const blocks: Block[] = [];
	let run: Node[] = [];
	for ( const node of Array.from( box.childNodes ) ) {
		if ( isBlock( node ) ) {
			blocks.push( ...runBlocks( run, split, make ) );
			blocks.push( ...elementBlocks( node as Element ) );
			run = [];
		} else {
			run.push( node );
		}
	}
	// Content all inline (most paragraphs) is read where it is.
	const whole = run.length === box.childNodes.length;
	return blocks.concat( runBlocks( run, split, make, whole ? box : null ) );
}

// The blocks of inline nodes that follow each other (all the children of `parent`, if given).
function runBlocks(
	run: Node[],
	split: boolean,
	make: Make,
	at?: Element | null
) {
	const groups: Node[][] = [ [] ];
	let tail: Node[] = []; // Line breaks and spaces in a row, not placed yet.
	for ( const node of [ ...run, undefined ] ) {
		if ( split && ( isBreak( node ) || isSpace( node ) ) ) {
			tail.push( node as Node );
			continue;
		}
		// Two line breaks or more end a paragraph (the block editor's normaliseBlocks()).
		const end = tail.filter( isBreak ).length > 1;
		groups.push( ...( end ? [ [] ] : [] ) );
		groups[ groups.length - 1 ]?.push(
			...( end ? [] : tail ),
			...( node ? [ node ] : [] )
		);
		tail = [];
	}
	return groups.flatMap( ( group ) => {
		if ( group.every( ( node ) => isBreak( node ) || isSpace( node ) ) ) {
			return []; // Google Docs' empty lines.
		}
		const doc = ( group[ 0 ] as Node ).ownerDocument as Document;
		const holder =
			( groups.length === 1 && at ) || doc.createElement( 'div' );
		holder.append( ...( holder === at ? [] : group ) );
		return splitAtImages( holder, make );
	} );
}

// The blocks of inline content before, between and after its images, and the images.
function splitAtImages( holder: Element, make: Make ): Block[] {
	const blocks: Block[] = [];
	const push = ( content: Node ) => {
		const html = inlineUnit( content );
		blocks.push( ...( html ? [ make( html ) ] : [] ) );
	};
	let image = holder.getElementsByTagName( 'img' )[ 0 ];
	while ( image ) {
		const range = holder.ownerDocument.createRange();
		range.setStart( holder, 0 );
		range.setEndBefore( image );
		push( range.extractContents() );
		const url = image.getAttribute( 'src' ) ?? '';
		blocks.push( { type: 'image', id: null, url, alt: image.alt } );
		// The image goes, and what held only it (a link, a format).
		let gone: Node = image;
		while ( gone.parentNode !== holder && alone( gone ) ) {
			gone = gone.parentNode as Node;
		}
		gone.parentNode?.removeChild( gone );
		image = holder.getElementsByTagName( 'img' )[ 0 ];
	}
	push( holder );
	return blocks;
}

// Inline content's HTML (or '' when it shows nothing), its whitespace as a browser shows it:
// a run of spaces and newlines is one space; none is left at the start or end (nor a no-break
// space), nor by a line break; a space at a format's edge moves out (`a<b> c</b>` → `a <b>c</b>`);
// line breaks at the start or end go. The content is changed.
function inlineUnit( content: Node ): string {
	const pieces: Node[] = []; // Text and line breaks, in order.
	const elements: Element[] = []; // The rest, innermost first.
	const collect = ( node: Node ) => {
		for ( let child = node.firstChild; child; child = child.nextSibling ) {
			if ( isText( child ) || isBreak( child ) ) {
				pieces.push( child );
			} else {
				collect( child );
				elements.push( child as Element );
			}
		}
	};
	collect( content );
	const texts = pieces.map( ( piece ) =>
		isText( piece ) ? piece.data.replace( /[ \t\n\r\f]+/g, ' ' ) : null
	);
	let before = '\n'; // The last character shown; a line break at the start.
	texts.forEach( ( text, index ) => {
		const shown = text?.replace( START[ before ] ?? /^$/, '' );
		texts[ index ] = shown ?? null;
		before = shown === undefined ? '\n' : shown.slice( -1 ) || before;
	} );
	let [ after, last ] = [ '\n', -1 ]; // What follows; the last piece shown.
	for ( let index = texts.length - 1; index >= 0; index-- ) {
		const [ text, end ] = [
			texts[ index ],
			last < 0 ? /[ \u00a0]+$/ : / +$/,
		];
		const shown = after === '\n' ? text?.replace( end, '' ) : text;
		texts[ index ] = shown ?? null;
		after = shown === undefined ? '\n' : ( shown && ' ' ) || after;
		last = last < 0 && shown ? index : last;
	}
	const first = texts.findIndex( Boolean );
	pieces.forEach( ( piece, index ) => {
		const text = texts[ index ];
		if ( text === null && ( index < first || index > last ) ) {
			( piece as Element ).remove(); // Line breaks at the start or end.
		} else if ( isText( piece ) && text !== piece.data ) {
			piece.data = text ?? '';
		}
	} );
	const space = () => content.ownerDocument?.createTextNode( ' ' ) as Text;
	for ( const element of elements ) {
		const [ head, tail, parent ] = [
			element.firstChild,
			element.lastChild,
			element.parentNode,
		];
		if ( isText( head ) && head.data.startsWith( ' ' ) ) {
			head.data = head.data.slice( 1 );
			parent?.insertBefore( space(), element );
		}
		if ( isText( tail ) && tail.data.endsWith( ' ' ) ) {
			tail.data = tail.data.slice( 0, -1 );
			parent?.insertBefore( space(), element.nextSibling );
		}
	}
	return first < 0 ? '' : inlineHtmlOf( content );
}

// The blocks of a clean block element.
function elementBlocks( element: Element ): Block[] {
	const extras: Block[] = []; // Images in what cannot hold them go after it.
	const { tagName: tag } = element;
	const level = LEVELS[ tag ] ?? ( /^H[56]$/.test( tag ) ? 4 : 0 );
	let blocks: Block[];
	if ( level ) {
		// A heading around blocks (parsers allow it) makes a heading of each paragraph.
		const make: Make = ( html ) => ( { type: 'heading', level, html } );
		blocks = blocksOf( element, false, make ).map( ( block ) =>
			block.type === 'paragraph' ? make( block.html ) : block
		);
	} else if ( tag === 'UL' || tag === 'OL' ) {
		blocks = [ listOf( element, extras ) ].filter(
			( list ) => list.items.length
		);
	} else if ( tag === 'BLOCKQUOTE' ) {
		const paragraphs = lines( blocksOf( element, true ), extras );
		blocks = paragraphs.length ? [ { type: 'quote', paragraphs } ] : [];
	} else if ( tag === 'PRE' ) {
		const text = codeText( element ).replace( /\n$/, '' );
		blocks = text.trim() ? [ { type: 'code', text } ] : [];
	} else if ( tag === 'HR' ) {
		blocks = [ { type: 'separator' } ];
	} else if ( tag === 'TABLE' ) {
		// A paragraph a row (and the caption), the cells' text joined by " | ".
		return Array.from( element.children ).flatMap( ( row ) => {
			const cells = Array.from(
				row.tagName === 'TR' ? row.children : [ row ]
			).map( ( cell ) =>
				lines( blocksOf( cell, true ), extras ).join( ' ' )
			);
			const html = cells
				.join( ' | ' )
				.replace( /\| {2}(?=\|)/g, '| ' )
				.trim();
			const text = cells.some( Boolean )
				? [ paragraph( inlineHtml( html ) ) ]
				: [];
			return [ ...text, ...extras.splice( 0 ) ];
		} );
	} else {
		// P, and div and its kind, and what a parser left outside its parent (li, tr, td).
		blocks = blocksOf( element, tag !== 'P' );
	}
	return [ ...blocks, ...extras ];
}

// Blocks' text as lines of inline HTML, for what holds only that (a quote, an item, a cell);
// their images go to `extras`.
function lines( blocks: Block[], extras: Block[] ): string[] {
	const items = ( list: ListBlock ): string[] =>
		list.items.flatMap( ( item ) => [
			item.html,
			...( item.list ? items( item.list ) : [] ),
		] );
	return blocks.flatMap( ( block ) => {
		switch ( block.type ) {
			case 'paragraph':
			case 'heading':
				return [ block.html ];
			case 'quote':
				return block.paragraphs;
			case 'list':
				return items( block ).filter( Boolean );
			case 'code':
				return [
					inlineHtml( `<code>${ codeHtml( block.text ) }</code>` ),
				];
			case 'separator':
				return [];
		}
		extras.push( block );
		return [];
	} );
}

// A clean ul or ol as a list block; images in its items go to `extras`.
function listOf( list: Element, extras: Block[] ): ListBlock {
	const items: ListItem[] = [];
	for ( const child of Array.from( list.childNodes ) ) {
		const last = items[ items.length - 1 ];
		if ( isList( child ) && last ) {
			// A list straight in a list is the item before's (Google Docs, LibreOffice).
			const nested = listOf( child as Element, extras );
			last.list = {
				...nested,
				items: [ ...( last.list?.items ?? [] ), ...nested.items ],
			};
		} else if ( ! isSpace( child ) ) {
			items.push( ...itemOf( child, extras ) );
		}
	}
	return { type: 'list', ordered: list.tagName === 'OL', items };
}

// A clean li (or what sits in a list in its place) as its item, or as the items of its nested
// lists when it holds nothing else.
function itemOf( node: Node, extras: Block[] ): ListItem[] {
	const holder = ( node.ownerDocument as Document ).createElement( 'div' );
	const nested: ListBlock[] = [];
	const children = node.nodeName === 'LI' ? node.childNodes : [ node ];
	for ( const child of Array.from( children ) ) {
		if ( isList( child ) ) {
			nested.push( listOf( child as Element, extras ) );
		} else {
			holder.appendChild( child );
		}
	}
	const html = lines( blocksOf( holder, false ), extras ).join( '<br>' );
	const items = nested.flatMap( ( list ) => list.items );
	const list = nested[ 0 ] && items.length ? { ...nested[ 0 ], items } : null;
	return html ? [ { html, list } ] : items;
}

// A clean pre's text, line breaks kept: newlines, br, and a line for each block in it.
function codeText( node: Node ): string {
	let text = '';
	node.childNodes.forEach( ( child ) => {
		const line = () => ( text && ! text.endsWith( '\n' ) ? '\n' : '' );
		const block = isBlock( child );
		text += isText( child )
			? child.data
			: ( block ? line() : '' ) + codeText( child );
		text += isBreak( child ) ? '\n' : ( block && line() ) || '';
	} );
	return text;
}
