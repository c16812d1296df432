/**
 * The blocks the composer edits, and their markup: exactly what the block editor's own
 * serializer writes for each (comment delimiters, class names, attribute order and escaping), so a
 * post opens in the block editor with every block valid.
 */

/** Inline HTML as rich text makes it (see inline.ts): strong, em, code, s, a, br. */
export type InlineHtml = string;

export interface ListBlock {
	type: 'list';
	ordered: boolean;
	items: ListItem[];
}

export interface ListItem {
	html: InlineHtml;
	/** A list nested in this item, if any. */
	list: ListBlock | null;
}

export type Block =
	| { type: 'paragraph'; html: InlineHtml }
	| { type: 'heading'; level: 2 | 3 | 4; html: InlineHtml }
	| ListBlock
	| { type: 'quote'; paragraphs: InlineHtml[] }
	| { type: 'code'; text: string }
	| { type: 'separator' }
	| {
			type: 'image';
			/** The attachment, or null for an image from elsewhere. */
			id: number | null;
			url: string;
			alt: string;
	  }
	| {
			type: 'embed';
			url: string;
			/** From the site's oEmbed answer: `wp-embed`, `video`, `rich`, … */
			embedType: string;
			providerNameSlug: string;
	  }
	/** Anything else, kept exactly as it was stored: other blocks, Classic HTML. */
	| { type: 'raw'; markup: string; name: string | null };

export type BlockType = Block[ 'type' ];

/**
 * Block comment attributes as core writes them: JSON with the characters that could end the
 * comment or confuse an HTML parser escaped (serializeAttributes() in @wordpress/blocks).
 *
 * @param attributes Non-default attributes, in the block type's order.
 */
function commentAttributes( attributes: Record< string, unknown > ): string {
	if ( Object.keys( attributes ).length === 0 ) {
		return '';
	}
	return ` ${ JSON.stringify( attributes )
		.replace( /--/g, '\\u002d\\u002d' )
		.replace( /</g, '\\u003c' )
		.replace( />/g, '\\u003e' )
		.replace( /&/g, '\\u0026' )
		.replace( /\\"/g, '\\u0022' ) }`;
}

function wrap(
	name: string,
	html: string,
	attributes: Record< string, unknown > = {}
): string {
	return `<!-- wp:${ name }${ commentAttributes( attributes ) } -->\n${ html }\n<!-- /wp:${ name } -->`;
}

/**
 * Attribute values as React (renderToString) escapes them in saved markup.
 * @param value
 */
function escapeAttribute( value: string ): string {
	return value
		.replace( /&(?!([a-z0-9]+|#[0-9]+|#x[a-f0-9]+);)/gi, '&amp;' )
		.replace( /"/g, '&quot;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

/**
 * Text in an element, as rich text escapes it (escapeHTML() in @wordpress/escape-html).
 * @param text
 */
export function escapeText( text: string ): string {
	return text
		.replace( /&(?!([a-z0-9]+|#[0-9]+|#x[a-f0-9]+);)/gi, '&amp;' )
		.replace( /</g, '&lt;' );
}

function serializeList( list: ListBlock ): string {
	const tag = list.ordered ? 'ol' : 'ul';
	const items = list.items
		.map( ( item ) =>
			wrap(
				'list-item',
				`<li>${ item.html }${ item.list ? serializeList( item.list ) : '' }</li>`
			)
		)
		.join( '\n\n' );
	return wrap(
		'list',
		`<${ tag } class="wp-block-list">${ items }</${ tag }>`,
		list.ordered ? { ordered: true } : {}
	);
}

export function serializeBlock( block: Block ): string {
	switch ( block.type ) {
		case 'paragraph':
			return wrap( 'paragraph', `<p>${ block.html }</p>` );
		case 'heading':
			return wrap(
				'heading',
				`<h${ block.level } class="wp-block-heading">${ block.html }</h${ block.level }>`,
				block.level === 2 ? {} : { level: block.level }
			);
		case 'list':
			return serializeList( block );
		case 'quote':
			return wrap(
				'quote',
				`<blockquote class="wp-block-quote">${ block.paragraphs
					.map( ( html ) => wrap( 'paragraph', `<p>${ html }</p>` ) )
					.join( '\n\n' ) }</blockquote>`
			);
		case 'code':
			return wrap(
				'code',
				`<pre class="wp-block-code"><code>${ escapeText( block.text ) }</code></pre>`
			);
		case 'separator':
			return wrap(
				'separator',
				'<hr class="wp-block-separator has-alpha-channel-opacity"/>'
			);
		case 'image':
			return block.id
				? wrap(
						'image',
						`<figure class="wp-block-image size-large"><img src="${ escapeAttribute( block.url ) }" alt="${ escapeAttribute( block.alt ) }" class="wp-image-${ block.id }"/></figure>`,
						{
							id: block.id,
							sizeSlug: 'large',
							linkDestination: 'none',
						}
					)
				: wrap(
						'image',
						`<figure class="wp-block-image"><img src="${ escapeAttribute( block.url ) }" alt="${ escapeAttribute( block.alt ) }"/></figure>`
					);
		case 'embed': {
			const classes = [
				'wp-block-embed',
				`is-type-${ block.embedType }`,
				`is-provider-${ block.providerNameSlug }`,
				`wp-block-embed-${ block.providerNameSlug }`,
			].join( ' ' );
			return wrap(
				'embed',
				`<figure class="${ classes }"><div class="wp-block-embed__wrapper">\n${ escapeText( block.url ) }\n</div></figure>`,
				{
					url: block.url,
					type: block.embedType,
					providerNameSlug: block.providerNameSlug,
				}
			);
		}
		case 'raw':
			return block.markup;
	}
}

/**
 * @param blocks The post's blocks.
 * @return Its content, as core would store it: blocks separated by a blank line.
 */
export function serializeBlocks( blocks: Block[] ): string {
	return blocks
		.filter( ( block ) => ! isEmptyBlock( block ) )
		.map( serializeBlock )
		.join( '\n\n' );
}

/**
 * @param block A block.
 * @return Whether it holds nothing a reader would see (an empty paragraph the writer left).
 */
export function isEmptyBlock( block: Block ): boolean {
	switch ( block.type ) {
		case 'paragraph':
		case 'heading':
			return block.html.replace( /<br>/g, '' ).trim() === '';
		case 'list':
			return block.items.every(
				( item ) => item.html.trim() === '' && ! item.list
			);
		case 'quote':
			return block.paragraphs.every( ( html ) => html.trim() === '' );
		case 'code':
			return block.text === '';
		default:
			return false;
	}
}
