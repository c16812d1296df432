/**
 * Pasted HTML → plain semantic HTML, for paste-html.ts to make blocks of: p, h1–h6, ul/ol/li,
 * blockquote, pre, hr, table/tr/td/caption and div (any other container), holding strong, em,
 * s, code, a (href, target), br, img (src, alt) and text. Junk goes: head, style, script,
 * comments (Word's conditional ones too), o: and v: tags, hidden elements, Word's list markers,
 * every other attribute. A span's bold, italic or line-through style is a tag (Google Docs, Word
 * online); a b or i whose style says otherwise (Docs' docs-internal-guid wrapper) is neither.
 * Lists written flat are nested: Word's mso-list paragraphs, Word online's one-item lists
 * (data-aria-level), Slack's (data-stringify-indent), Docs' (aria-level); a one-item list after
 * a list of its kind goes on with it (Notion). Word online's p role=heading is a heading, Slack's
 * paragraph break two line breaks, an iframe, video or audio the text of its address (as in the
 * block editor), a span its style makes a block a container. Whitespace is left as it is.
 */

/**
 * Internal dependencies
 */
import { safeHref } from './inline';

const words = ( list: string ) => list.split( ' ' );
/** Left out with everything in them. */
const DROPPED = new Set(
	words(
		'HEAD TITLE META LINK STYLE SCRIPT NOSCRIPT TEMPLATE XML SVG ANNOTATION ANNOTATION-XML CANVAS OBJECT EMBED PARAM SOURCE TRACK MAP AREA COLGROUP COL INPUT SELECT DATALIST TEXTAREA FRAMESET FRAME RP WBR'
	)
);
const BLOCKS =
	'P H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE PRE HR TABLE TR TD CAPTION DIV';
/** The blocks of the clean tree; formats, a, br and img are inline. */
export const BLOCK_TAGS = new Set( words( BLOCKS ) );
/** The clean tag of each tag (or style word) that has one. */
const RENAMED: Record< string, string > = Object.fromEntries( [
	...words( `${ BLOCKS } STRONG EM S CODE` ).map( ( tag ) => [ tag, tag ] ),
	...words(
		'B:STRONG I:EM DEL:S STRIKE:S KBD:CODE TT:CODE SAMP:CODE MENU:UL DIR:UL LISTING:PRE XMP:PRE TH:TD bold:STRONG italic:EM strike:S'
	).map( ( pair ) => pair.split( ':' ) ),
	...words(
		'SECTION ARTICLE MAIN HEADER FOOTER NAV ASIDE ADDRESS CENTER FORM FIELDSET LEGEND HGROUP SEARCH DL DT DD DETAILS SUMMARY FIGURE FIGCAPTION DIALOG'
	).map( ( tag ) => [ tag, 'DIV' ] ),
] );
/** Attributes kept as they are; the others are only what they mean here (see meaning()). */
const KEPT = new Set( words( 'href target src alt' ) );
/** Where prepare() leaves what an element's other attributes mean here. */
const MEANING = 'data-paste';
/** A list item's level (from 1) and list, when its source wrote lists flat. */
const levels = new WeakMap< Element, { level: number; id: string } >();
/** Clean elements a list of such items went into. */
const flatLists = new WeakSet< Element >();
const isList = ( node: Node | null ) => /^[OU]L$/.test( node?.nodeName ?? '' );
const isSpace = ( node: Node | null ) =>
	node?.nodeType === 3 && ! /\S/.test( node.nodeValue ?? '' );

/**
 * @param html The clipboard's `text/html`.
 * @return A detached element holding the clean tree, in an inert document (nothing loads).
 */
export function cleanPastedHtml( html: string ): HTMLElement {
	const doc = new DOMParser().parseFromString( prepare( html ), 'text/html' );
	const root = doc.createElement( 'div' );
	cleanChildren( doc.body, root );
	joinFlatLists( root );
	return root;
}

const RAW =
	'<!--[\\s\\S]*?-->|<(script|style|noscript|template|textarea|title)\\b[\\s\\S]*?</\\1\\s*>';
const TOKEN = new RegExp( `${ RAW }|<(/?)([a-z][^\\s/>]*)([^<>]*)>`, 'gi' );
const ATTRIBUTE =
	/\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const BLOCK = '(p|h\\d|[uo]l|li|table|div|blockquote|pre|hr)';
/** A line break between blocks (Google Docs' empty line), which shows nothing. */
const BREAK = new RegExp(
	`(</${ BLOCK }>)\\s*<br\\s*/?>(?=\\s*<${ BLOCK }\\b)`,
	'gi'
);

// Parsing is most of the work (Google Docs and Word repeat a long style on every run of text),
// so what cleaning would throw away goes first: attributes but a few, each other only as what it
// means here (so that no style object is made), spans left with no attribute, line breaks
// between blocks. Comments, scripts and styles are skipped, and a tag with a quote out of place
// is left as it is: this removes markup, never text.
function prepare( html: string ): string {
	const spans: boolean[] = [];
	const lighter = html.replace( BREAK, '$1' );
	return lighter.replace( TOKEN, ( token, _raw, close, name, rest ) => {
		const tag = name?.toLowerCase();
		if ( ! tag || ( close && tag !== 'span' ) ) {
			return token;
		} else if ( close ) {
			return spans.pop() === false ? '' : token;
		} else if ( ! /^(?:[^"']|"[^"]*"|'[^']*')*$/.test( rest ) ) {
			spans.push( ...( tag === 'span' ? [ true ] : [] ) );
			return token;
		}
		const [ kept, meant ] = attributes( tag, rest );
		const light = `${ kept }${ meant ? ` ${ MEANING }="${ meant }"` : '' }`;
		const empty = tag === 'span' && ! /\S/.test( light );
		spans.push( ...( tag === 'span' ? [ ! empty ] : [] ) );
		return empty ? '' : `<${ name }${ light }>`;
	} );
}

// A start tag's attributes: those kept as they are, and what the others mean here.
function attributes( tag: string, rest: string ): [ string, string ] {
	const said: string[] = [];
	const keep = ( all: string, key: string, ...values: string[] ) => {
		const name = key.toLowerCase();
		const value = values.slice( 0, 3 ).join( '' );
		said.push( KEPT.has( name ) ? '' : meaning( tag, name, value ) );
		return KEPT.has( name ) ? all : '';
	};
	const kept = rest.replace( ATTRIBUTE, keep );
	return [ kept, said.filter( Boolean ).join( ' ' ) ];
}

// What attributes mean here, as words (see cleanElement()), but a style (see styleWords()).
const MEANINGS: Record< string, ( value: string ) => string | false > = {
	hidden: () => 'hidden',
	id: ( value ) => /^docs-internal-guid-/.test( value ) && 'guid',
	class: ( value ) =>
		( /\bApple-interchange/.test( value ) && 'apple' ) ||
		( /ListContainerWrapper/.test( value ) && 'wrapper' ),
	role: ( value ) => value === 'heading' && 'heading',
	'aria-level': ( value ) => /^[1-9]$/.test( value ) && `level:${ value }`,
	'data-aria-level': ( value ) => MEANINGS[ 'aria-level' ]?.( value ) ?? '',
	'data-stringify-indent': ( value ) =>
		/^[0-8]$/.test( value ) && `level:${ Number( value ) + 1 }`,
	'data-listid': ( value ) => `list:${ value.replace( /\s/g, '' ) }`,
	'data-stringify-type': ( value ) => value === 'paragraph-break' && 'break',
	width: ( value ) => value === '1' && 'pixel',
	height: ( value ) => value === '1' && 'pixel',
};
const meaning = ( tag: string, name: string, value: string ) =>
	( name === 'style'
		? styleWords( tag, value )
		: MEANINGS[ name ]?.( value ) ) || '';

const PROPERTIES: Record< string, RegExp > = {};
// What a style means here, as words: hidden, block, bold, italic, strike (for a span), light
// and upright (a b or i that is not), ignore (Word's list marker), Word's list and level.
function styleWords( tag: string, style: string ): string {
	const css = ( name: string ) => {
		const pattern = `(?:^|;)\\s*${ name }\\s*:([^;]*)`;
		const value = ( PROPERTIES[ name ] ??= new RegExp(
			pattern,
			'i'
		) ).exec( style );
		return value?.[ 1 ]?.trim().toLowerCase() ?? '';
	};
	const weight = css( 'font-weight' );
	const [ slant = '', list = '', display = '' ] = [
		'font-style',
		'mso-list',
		'display',
	].map( css );
	const bold = /^bold/.test( weight ) || parseInt( weight, 10 ) >= 600;
	const italic = /^(italic|oblique)/.test( slant );
	const span = /^(span|font)$/.test( tag );
	const line = css( 'text-decoration' ) + css( 'text-decoration-line' );
	const word = /^(l\d+)\s+level(\d)\s+(lfo\d+)/.exec( list );
	const hide = `${ display } ${ css( 'visibility' ) } ${ css( 'mso-hide' ) }`;
	return Object.entries( {
		hidden: /^none|^\S* hidden|all$/.test( hide ),
		block: /^(block|flex|grid|list-item|table)\b/.test( display ),
		bold: span && bold,
		italic: span && italic,
		strike: span && line.includes( 'line-through' ),
		light: /^(b|strong)$/.test( tag ) && weight && ! bold,
		upright: /^(i|em)$/.test( tag ) && slant && ! italic,
		ignore: list === 'ignore',
		[ `list:${ word?.[ 1 ] }${ word?.[ 3 ] } level:${ word?.[ 2 ] } mso` ]:
			word,
	} )
		.filter( ( [ , on ] ) => on )
		.map( ( [ said ] ) => said )
		.join( ' ' );
}

// Lists next to each other whose items carry their level (Word, Word online, Slack, Google
// Docs) become one nested list, or a new one where another list starts at the top level.
// Runs once a clean element's children are final.
function joinFlatLists( parent: Element ): void {
	if ( ! flatLists.delete( parent ) ) {
		return;
	}
	const make = ( tag: string ) => parent.ownerDocument.createElement( tag );
	let run: Element[] = [];
	let open: { list: Element; level: number }[] = []; // The root, and the lists in it.
	const place = ( item: Element, tag: string ) => {
		const first = open[ 0 ]?.list.firstElementChild as Element;
		const { level: base = 1, id = '' } = levels.get( first ) ?? {};
		const { level, id: list } = levels.get( item ) ?? { level: base, id };
		open = open.filter( ( at, index ) => ! index || at.level <= level );
		const [ root, top ] = [ open[ 0 ], open[ open.length - 1 ] ];
		const other = list !== id || root?.list.tagName !== tag;
		if ( ! root || ! top || ( level <= root.level && other ) ) {
			open = [ { list: make( tag ), level } ];
			run[ 0 ]?.before( open[ 0 ]?.list as Element );
		} else if ( level > top.level && top.list.lastElementChild ) {
			const nested = top.list.lastElementChild.appendChild( make( tag ) );
			open.push( { list: nested, level } );
		}
		open[ open.length - 1 ]?.list.appendChild( item );
	};
	const flush = () => {
		for ( const list of run ) {
			let previous: Element | null = null;
			for ( const item of Array.from( list.children ) ) {
				if ( item.tagName === 'LI' ) {
					place( ( previous = item ), list.tagName );
				} else {
					previous?.appendChild( item ); // A list in the list (Docs).
				}
			}
		}
		run.forEach( ( list ) => list.remove() );
		[ run, open ] = [ [], [] ];
	};
	for ( const child of Array.from( parent.childNodes ) ) {
		const first = ( child as Element ).firstElementChild;
		if ( isList( child ) && first && levels.has( first ) ) {
			run.push( child as Element );
		} else if ( ! isSpace( child ) ) {
			flush();
		}
	}
	flush();
}

// A source node's children, cleaned, into `to`.
function cleanChildren( from: Node, to: Element ): void {
	for ( let node = from.firstChild; node; ) {
		const next: ChildNode | null = node.nextSibling;
		if ( node.nodeType === node.TEXT_NODE ) {
			to.appendChild( node );
		} else if ( node.nodeType === node.ELEMENT_NODE ) {
			cleanElement( node as Element, to );
		}
		node = next;
	}
}

// A source element, cleaned, into `to` (or its content, or nothing).
function cleanElement( el: Element, to: Element ): void {
	const tag = el.tagName.toUpperCase();
	const mean = ( { name, value }: Attr ) => meaning( tag, name, value );
	const said = ` ${ el.getAttribute( MEANING ) ?? Array.from( el.attributes, mean ).join( ' ' ) } `;
	const on = ( word: string ) => said.includes( ` ${ word } ` );
	const level = Number( / level:(\d) /.exec( said )?.[ 1 ] ?? 0 );
	const list = / list:(\S*) /.exec( said )?.[ 1 ] ?? '';
	const make = ( name: string ) => to.ownerDocument.createElement( name );
	const media = /^(IMG|IFRAME|VIDEO|AUDIO)$/.test( tag );
	const source = () => el.querySelector( 'source' )?.getAttribute( 'src' );
	const src = ( media && ( el.getAttribute( 'src' ) ?? source() ) ) || '';
	const web = /^https?:\/\//i.test( src ) && ! on( 'pixel' ) ? src : '';
	if ( DROPPED.has( tag ) || /^[OV]:/.test( tag ) || on( 'hidden' ) ) {
		// Left out.
	} else if ( on( 'ignore' ) ) {
		// Word's list marker.
	} else if ( on( 'mso' ) && tag === 'P' ) {
		// Word's list paragraph, its bullet or number in a span to ignore.
		const marker = el.querySelector(
			`[${ MEANING }~=ignore]`
		)?.textContent;
		const number = /^\(?([0-9]+|[a-z]{1,4})[.)]\s|^[0-9]+\s/i;
		const ordered = number.test( `${ marker?.trim() } ` );
		const items = to.appendChild( make( ordered ? 'ol' : 'ul' ) );
		levels.set( block( 'LI', el, items ), { level, id: list } );
		flatLists.add( to );
	} else if ( tag === 'IMG' && web ) {
		const image = to.appendChild( make( 'img' ) );
		image.setAttribute( 'src', web );
		image.setAttribute( 'alt', el.getAttribute( 'alt' ) ?? '' );
	} else if ( media && web ) {
		to.append( web );
	} else if ( tag === 'A' ) {
		const [ href, link ] = [
			safeHref( el.getAttribute( 'href' ) ),
			make( 'a' ),
		];
		link.setAttribute( 'href', href ?? '' );
		if ( el.getAttribute( 'target' ) === '_blank' ) {
			link.setAttribute( 'target', '_blank' );
		}
		// No link for a bookmark, a jump to a footnote, or an unsafe address: the text stays.
		formatted( href?.match( /^[^#]/ ) ? [ link ] : [], el, to );
	} else if ( /^(B|STRONG|I|EM)$/.test( tag ) ) {
		const not = on( 'light' ) || on( 'upright' ) || on( 'guid' );
		formatted( not ? [] : [ make( RENAMED[ tag ] as string ) ], el, to );
	} else if ( tag === 'P' && on( 'heading' ) && level > 0 && level < 7 ) {
		block( `H${ level }`, el, to );
	} else if ( /^(THEAD|TBODY|TFOOT|MATH)$/.test( tag ) || on( 'wrapper' ) ) {
		cleanChildren( el, to ); // Word online puts each list item's list in a wrapper.
	} else if ( tag === 'LI' && level ) {
		levels.set( block( 'LI', el, to ), { level, id: list } );
	} else if ( BLOCK_TAGS.has( RENAMED[ tag ] ?? '' ) ) {
		block( RENAMED[ tag ] as string, el, to );
	} else if ( on( 'break' ) ) {
		to.append( make( 'br' ), make( 'br' ) ); // Slack's paragraph break.
	} else if ( tag === 'BR' && ! on( 'apple' ) ) {
		to.appendChild( make( 'br' ) );
	} else if ( tag !== 'BR' && ! media ) {
		// A format, or span, font, u, sub, sup, small, mark, cite, label, picture, custom elements…
		const styles = [ tag, 'bold', 'italic', 'strike' ].filter(
			( w ) => w === tag || on( w )
		);
		const formats = styles.flatMap( ( word ) =>
			RENAMED[ word ] ? [ make( RENAMED[ word ] ) ] : []
		);
		formatted(
			formats,
			el,
			on( 'block' ) ? to.appendChild( make( 'div' ) ) : to
		);
	}
}

// A clean block of a source element's content, into `to` (a one-item list into the list before).
function block( tag: string, from: Element, to: Element ): Element {
	const element = to.ownerDocument.createElement( tag );
	cleanChildren( from, element );
	joinFlatLists( element );
	const first = element.firstElementChild;
	let previous = to.lastChild;
	while ( isSpace( previous ) ) {
		previous = ( previous as Node ).previousSibling;
	}
	if ( isList( element ) && first && levels.has( first ) ) {
		flatLists.add( to );
	} else if ( isList( element ) && first && ! first.nextElementSibling ) {
		// A one-item list right after a list of its kind (the block editor's listReducer()).
		if ( previous?.nodeName === tag ) {
			return (
				( previous as Element ).appendChild( first ) &&
				( previous as Element )
			);
		}
	}
	return to.appendChild( element );
}

// A source element's content, in clean formats or links (outermost first; none: straight in).
function formatted( formats: Element[], from: Element, to: Element ): void {
	const [ outer, ...inner ] = formats;
	if ( ! outer ) {
		return cleanChildren( from, to );
	}
	formatted( inner, from, outer );
	let child = outer.firstElementChild;
	while ( child && ! BLOCK_TAGS.has( child.tagName ) ) {
		child = child.nextElementSibling;
	}
	const previous = to.lastChild as Element | null;
	const link = ( node: Element ) =>
		`${ node.tagName } ${ node.getAttribute( 'href' ) }`;
	const box = () => to.appendChild( to.ownerDocument.createElement( 'div' ) );
	const target = ( node: Element ) => node.getAttribute( 'target' );
	if ( child ) {
		box().append( ...outer.childNodes ); // A link around a card, a format around paragraphs.
	} else if (
		previous?.nodeType === 1 &&
		link( previous ) === link( outer ) &&
		target( previous ) === target( outer )
	) {
		previous.append( ...outer.childNodes );
	} else if ( outer.firstChild ) {
		to.appendChild( outer );
	}
}
