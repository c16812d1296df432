/**
 * The controls inside blocks the writer does not type into: an image's alt text and remove
 * buttons, an embed's remove button, the link to the block editor on a kept block, and an
 * upload's progress. They are plain elements inside the surface, so undo keeps them.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { EMBED_CLASS, IMAGE_CLASS, RAW_CLASS } from '../../content/dom-blocks';

function button( document: Document, action: string, label: string ) {
	const element = document.createElement( 'button' );
	element.type = 'button';
	element.className = 'components-button is-small is-secondary';
	element.dataset.action = action;
	element.textContent = label;
	return element;
}

/**
 * @param name A block's name, e.g. `core/gallery` or `my-plugin/map`, or null for Classic HTML.
 * @return Words for it.
 */
export function describeRaw( name: string | null ): string {
	if ( ! name ) {
		return __( 'Classic content, kept as it is.', 'quick-post' );
	}
	const title = name.replace( /^core\//, '' ).replace( /[-/]/g, ' ' );
	return sprintf(
		/* translators: %s: a block's name, e.g. "gallery". */
		__( 'A “%s” block, kept as it is.', 'quick-post' ),
		title
	);
}

/**
 * Adds the controls to an element the surface shows for a block.
 *
 * @param element   The block's element.
 * @param editorUrl The post in the block editor, when it is saved.
 */
export function decorate(
	element: HTMLElement,
	editorUrl: string | null
): void {
	const document = element.ownerDocument;
	if ( element.classList.contains( IMAGE_CLASS ) ) {
		const actions = document.createElement( 'div' );
		actions.className = 'quick-post-editor__actions';
		actions.append(
			button( document, 'alt', __( 'Alt text', 'quick-post' ) ),
			button( document, 'remove', __( 'Remove image', 'quick-post' ) )
		);
		element.append( actions );
	} else if ( element.classList.contains( EMBED_CLASS ) ) {
		const label = document.createElement( 'span' );
		label.className = 'quick-post-editor__embed-label';
		label.textContent = __( 'Embed:', 'quick-post' );
		element.prepend( label, ' ' );
		element.append(
			' ',
			button( document, 'remove', __( 'Remove embed', 'quick-post' ) )
		);
	} else if ( element.classList.contains( RAW_CLASS ) && editorUrl ) {
		const link = document.createElement( 'a' );
		link.href = editorUrl;
		link.textContent = __( 'Edit it in the block editor', 'quick-post' );
		element.append( ' ', link );
	}
}

/**
 * @param document The surface's document.
 * @param name     The file's name.
 * @return A stand-in for an image being uploaded, with its progress.
 */
export function uploadPlaceholder(
	document: Document,
	name: string
): HTMLElement {
	const figure = document.createElement( 'figure' );
	figure.className = `${ IMAGE_CLASS } is-uploading`;
	figure.contentEditable = 'false';
	const status = figure.appendChild( document.createElement( 'span' ) );
	status.setAttribute( 'role', 'status' );
	status.textContent = sprintf(
		/* translators: %s: a file name. */
		__( 'Uploading %s…', 'quick-post' ),
		name
	);
	const progress = figure.appendChild( document.createElement( 'progress' ) );
	progress.max = 1;
	progress.value = 0;
	progress.setAttribute(
		'aria-label',
		__( 'Uploading image', 'quick-post' )
	);
	return figure;
}

/**
 * @param placeholder An upload's stand-in.
 * @param message     Why it failed.
 */
export function showUploadFailure(
	placeholder: HTMLElement,
	message: string
): void {
	const document = placeholder.ownerDocument;
	placeholder.classList.remove( 'is-uploading' );
	placeholder.classList.add( 'has-error' );
	placeholder.replaceChildren();
	const text = placeholder.appendChild( document.createElement( 'span' ) );
	text.setAttribute( 'role', 'alert' );
	text.textContent = message;
	placeholder.append(
		' ',
		button( document, 'remove', __( 'Remove', 'quick-post' ) )
	);
}

/**
 * @param placeholder An upload's stand-in.
 * @param image       What the upload made.
 * @param image.id
 * @param image.url
 * @param image.alt
 * @param editorUrl   For decorate().
 */
export function showUploaded(
	placeholder: HTMLElement,
	image: { id: number; url: string; alt: string },
	editorUrl: string | null
): void {
	const document = placeholder.ownerDocument;
	placeholder.classList.remove( 'is-uploading' );
	placeholder.replaceChildren();
	placeholder.dataset.id = String( image.id );
	const img = placeholder.appendChild( document.createElement( 'img' ) );
	img.src = image.url;
	img.alt = image.alt;
	decorate( placeholder, editorUrl );
}
