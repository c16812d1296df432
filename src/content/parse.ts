/**
 * Stored post content → the composer's blocks. A block becomes editable only when the composer
 * would write it back byte for byte; anything else (other blocks, attributes the composer does
 * not offer, Classic HTML) is kept exactly as stored.
 */

/**
 * Internal dependencies
 */
import {
	serializeBlock,
	type Block,
	type ListBlock,
	type ListItem,
} from './blocks';
import { inlineHtmlOf } from './inline';

/** A block delimiter, as core's default block parser finds them. */
const DELIMITER =
	/<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)\s+(\{[\s\S]*?\}\s+)?(\/)?-->/g;

export interface Chunk {
	/** The block's name, or null for HTML outside any block (Classic content). */
	name: string | null;
	markup: string;
}

/**
 * @param content Post content.
 * @return Its top-level blocks and the HTML between them, each exactly as stored.
 */
export function splitTopLevel( content: string ): Chunk[] {
	const chunks: Chunk[] = [];
	let depth = 0;
	let start = 0;
	let name: string | null = null;
	let last = 0;
	const freeform = ( end: number ) => {
		const html = content.slice( last, end );
		if ( html.trim() !== '' ) {
			chunks.push( { name: null, markup: html.trim() } );
		}
	};
	for ( const match of content.matchAll( DELIMITER ) ) {
		const [ token, closer, tokenName, , selfClosing ] = match;
		const at = match.index ?? 0;
		if ( depth === 0 && ! closer ) {
			freeform( at );
			start = at;
			name = tokenName ?? null;
		}
		if ( selfClosing ) {
			if ( depth === 0 ) {
				chunks.push( { name, markup: token } );
				last = at + token.length;
			}
			continue;
		}
		depth += closer ? -1 : 1;
		if ( depth === 0 && closer ) {
			chunks.push( {
				name,
				markup: content.slice( start, at + token.length ),
			} );
			last = at + token.length;
		}
		if ( depth < 0 ) {
			// A stray closer: everything from here on is kept as it is.
			break;
		}
	}
	if ( depth !== 0 ) {
		chunks.push( { name, markup: content.slice( start ).trim() } );
	} else {
		freeform( content.length );
	}
	return chunks;
}

function listFrom( element: Element ): ListBlock {
	return {
		type: 'list',
		ordered: element.tagName === 'OL',
		items: Array.from( element.children )
			.filter( ( child ) => child.tagName === 'LI' )
			.map( ( li ): ListItem => {
				const nested = li.querySelector( ':scope > ul, :scope > ol' );
				const text = li.cloneNode( true ) as Element;
				text.querySelector( ':scope > ul, :scope > ol' )?.remove();
				return {
					html: inlineHtmlOf( text ),
					list: nested ? listFrom( nested ) : null,
				};
			} ),
	};
}

/**
 * @param name    The block's name.
 * @param element Its HTML's root element.
 * @return The block it would be, or null for a kind the composer does not edit.
 */
function blockFrom( name: string, element: Element ): Block | null {
	switch ( name ) {
		case 'paragraph':
			return { type: 'paragraph', html: inlineHtmlOf( element ) };
		case 'heading': {
			const level = Number( element.tagName.slice( 1 ) );
			return level >= 2 && level <= 4
				? {
						type: 'heading',
						level: level as 2 | 3 | 4,
						html: inlineHtmlOf( element ),
					}
				: null;
		}
		case 'list':
			return listFrom( element );
		case 'quote':
			return {
				type: 'quote',
				paragraphs: Array.from(
					element.querySelectorAll( ':scope > p' )
				).map( ( paragraph ) => inlineHtmlOf( paragraph ) ),
			};
		case 'code':
			return {
				type: 'code',
				// The code's HTML as text: only `&` and `<` are escaped in it, line breaks are kept.
				text: ( element.querySelector( 'code' )?.innerHTML ?? '' )
					.replace( /<br\s*\/?>/g, '\n' )
					.replace( /&lt;/g, '<' )
					.replace( /&gt;/g, '>' )
					.replace( /&amp;/g, '&' ),
			};
		case 'separator':
			return { type: 'separator' };
		case 'image': {
			const img = element.querySelector( 'img' );
			const id = /wp-image-(\d+)/.exec( img?.className ?? '' )?.[ 1 ];
			return img
				? {
						type: 'image',
						id: id ? Number( id ) : null,
						url: img.getAttribute( 'src' ) ?? '',
						alt: img.getAttribute( 'alt' ) ?? '',
					}
				: null;
		}
		default:
			return null;
	}
}

/**
 * @param markup An embed block as stored.
 * @return The embed, from its comment's attributes.
 */
function embedFrom( markup: string ): Block | null {
	const json = /^<!--\s+wp:(?:core\/)?embed\s+(\{[\s\S]*?\})\s+-->/.exec(
		markup
	)?.[ 1 ];
	try {
		const attributes = JSON.parse( json ?? 'null' ) as Record<
			string,
			unknown
		> | null;
		return attributes &&
			typeof attributes.url === 'string' &&
			typeof attributes.type === 'string' &&
			typeof attributes.providerNameSlug === 'string'
			? {
					type: 'embed',
					url: attributes.url,
					embedType: attributes.type,
					providerNameSlug: attributes.providerNameSlug,
				}
			: null;
	} catch {
		return null;
	}
}

/**
 * @param chunk A top-level block as stored.
 * @return The block, editable if writing it back gives the same bytes, else kept raw.
 */
function parseChunk( chunk: Chunk ): Block {
	const raw: Block = { type: 'raw', markup: chunk.markup, name: chunk.name };
	const name = chunk.name?.replace( /^core\//, '' );
	if ( ! name ) {
		return raw;
	}
	const html = chunk.markup
		.replace( /^<!--[\s\S]*?-->\n?/, '' )
		.replace( /\n?<!--\s+\/wp:[a-z0-9_/-]+\s+-->$/, '' );
	const template = document.createElement( 'template' );
	template.innerHTML = html;
	const element = template.content.firstElementChild;
	const block =
		name === 'embed'
			? embedFrom( chunk.markup )
			: element && blockFrom( name, element );
	return block && serializeBlock( block ) === chunk.markup ? block : raw;
}

/**
 * @param content Post content as stored (`content.raw`).
 * @return Its blocks.
 */
export function parseContent( content: string ): Block[] {
	return splitTopLevel( content ).map( parseChunk );
}
