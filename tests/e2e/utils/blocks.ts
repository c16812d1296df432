/**
 * Content as blocks: pasting into Content the way a browser does, and what the block editor
 * makes of a stored post.
 */
import type { Locator, Page } from '@playwright/test';
import type { Admin } from '@wordpress/e2e-test-utils-playwright';

export interface Clipboard {
	html?: string;
	text: string;
}

/**
 * A paste into `target` at its selection, with exactly this clipboard (a real Ctrl+V gets
 * Chromium's sanitized copy of HTML written by a script; other apps' clipboards are not).
 *
 * @param target    The editable element.
 * @param clipboard Its HTML and plain text.
 */
export async function pasteInto( target: Locator, clipboard: Clipboard ) {
	await target.evaluate( ( element, { html, text } ) => {
		const data = new DataTransfer();
		if ( html !== undefined ) {
			data.setData( 'text/html', html );
		}
		data.setData( 'text/plain', text );
		element.dispatchEvent(
			new ClipboardEvent( 'paste', {
				clipboardData: data,
				bubbles: true,
				cancelable: true,
			} )
		);
	}, clipboard );
}

export interface EditorBlock {
	name: string;
	isValid: boolean;
	/** Nesting depth: 0 for top-level blocks. */
	depth: number;
}

/**
 * Opens a post in the block editor and lists its blocks, inner blocks included, in order.
 *
 * @param admin  The admin helper.
 * @param page   The page.
 * @param postId The post.
 */
export async function blocksInBlockEditor(
	admin: Admin,
	page: Page,
	postId: number
): Promise< EditorBlock[] > {
	await admin.editPost( postId );
	await page.waitForFunction(
		() =>
			(
				window as unknown as {
					wp?: { data?: { select: ( store: string ) => unknown } };
				}
			 ).wp?.data &&
			(
				window as unknown as {
					wp: {
						data: {
							select: ( store: string ) => {
								getBlocks: () => unknown[];
							};
						};
					};
				}
			 ).wp.data
				.select( 'core/block-editor' )
				.getBlocks().length > 0
	);
	return page.evaluate( () => {
		interface RawBlock {
			name: string;
			isValid: boolean;
			innerBlocks: RawBlock[];
		}
		const wp = (
			window as unknown as {
				wp: {
					data: {
						select: ( store: string ) => {
							getBlocks: () => RawBlock[];
						};
					};
				};
			}
		 ).wp;
		const walk = ( blocks: RawBlock[], depth: number ): EditorBlock[] =>
			blocks.flatMap( ( block ) => [
				{ name: block.name, isValid: block.isValid, depth },
				...walk( block.innerBlocks, depth + 1 ),
			] );
		return walk( wp.data.select( 'core/block-editor' ).getBlocks(), 0 );
	} );
}
