/**
 * Writing in Content against writing in the block editor: keystroke-to-paint latency in a long
 * post, and a long Google Docs paste until it is on screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { keysTimed, pasteUntilShown, startKeyTimer } from './in-page.mjs';
import {
	closeAndDrain,
	inTurns,
	openUntilTypeable,
	settle,
} from './measure.mjs';

const FIXTURES = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../fixtures/paste'
);
const CANVAS = 'iframe[name="editor-canvas"]';
const WORDS =
	'garden quick post river stone morning light paper window orchard letter bright silver meadow harvest lantern winter field candle'.split(
		' '
	);

/**
 * A post of `words` words in paragraphs of 100, as stored block markup, ending on a word of its own.
 *
 * @param {number} words
 * @return {{content: string, last: string}} The markup, and the last word.
 */
export function longPost( words ) {
	const last = `qpend${ words }`;
	const paragraphs = [];
	for ( let at = 0; at < words; at += 100 ) {
		const count = Math.min( 100, words - at );
		const text = Array.from(
			{ length: count },
			( _, index ) => WORDS[ ( at + index * 7 ) % WORDS.length ]
		);
		if ( at + count >= words ) {
			text[ count - 1 ] = last;
		}
		paragraphs.push(
			`<!-- wp:paragraph -->\n<p>${ text.join(
				' '
			) }.</p>\n<!-- /wp:paragraph -->`
		);
	}
	return { content: paragraphs.join( '\n\n' ), last };
}

/**
 * The 5,000-word Google Docs document of the paste corpus, and words that only its last paragraph has.
 */
export function longPaste() {
	const read = ( name ) =>
		fs.readFileSync( path.join( FIXTURES, name ), 'utf8' );
	return {
		html: read( 'google-docs-long.html' ),
		text: read( 'google-docs-long.txt' ),
		marker: 'basket record hedge',
	};
}

/**
 * Opens `postId` where `key` writes it, waits until its last word shows, and puts the caret at the
 * end of its text.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screens From SCREENS.
 * @param {string}                                    key     quickPostPage or blockEditor.
 * @param {{id: number, title: string, last: string}} post
 * @return {Promise<{page: import('@playwright/test').Page, frame: import('@playwright/test').Frame}>}
 * The tab, and the frame that holds the text.
 */
async function openPost( context, screens, key, post ) {
	if ( key === 'blockEditor' ) {
		const page = await context.newPage();
		await page.goto( `/wp-admin/post.php?post=${ post.id }&action=edit` );
		const canvas = page.frameLocator( CANVAS );
		const last = canvas.locator( 'p', { hasText: post.last } );
		await last.waitFor( { timeout: 120_000 } );
		await settle( page );
		await last.click();
		await page.keyboard.press( 'End' );
		const frame = page.frame( { name: 'editor-canvas' } );
		return { page, frame };
	}
	const screen = screens[ key ];
	const { page } = await openUntilTypeable( context, screen );
	await settle( page );
	await page
		.getByRole( 'button', { name: `Continue “${ post.title }” here` } )
		.first()
		.click();
	const last = page
		.locator( screen.surface )
		.first()
		.locator( 'p', { hasText: post.last } );
	await last.waitFor( { timeout: 120_000 } );
	await last.click();
	await page.keyboard.press( 'End' );
	return { page, frame: page.mainFrame() };
}

/**
 * Closes the tab and forgets what Quick Post kept of it, so no later load restores a local copy.
 *
 * @param {import('@playwright/test').Page} page
 */
async function closeAndForget( page ) {
	const context = page.context();
	await closeAndDrain( page );
	const blank = await context.newPage();
	await blank.goto( '/?rest_route=/wp/v2/types/post&_fields=slug' );
	await blank.evaluate( () => window.localStorage.clear() );
	await blank.close();
}

/**
 * Keystroke-to-paint latency of `keys` letters and spaces typed at the end of a long post, on the
 * Quick Post page and in the block editor, at each size.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screens From SCREENS.
 * @param {Function}                                  rest    From restClient().
 * @param {string}                                    marker  Goes into every title, for clean-up.
 * @param {{sizes: number[], keys: number}}           options
 * @return {Promise<Object<number, Object<string, number[]>>>} By size, then by screen: ms per key.
 */
export async function keystrokeLatency(
	context,
	screens,
	rest,
	marker,
	options
) {
	const results = {};
	for ( const words of options.sizes ) {
		const { content, last } = longPost( words );
		const title = `${ marker } latency ${ words }`;
		const { body } = await rest( 'POST', '/wp/v2/posts', {
			title,
			content,
			status: 'draft',
		} );
		const post = { id: body.id, title, last };
		results[ words ] = {};
		for ( const key of [ 'quickPostPage', 'blockEditor' ] ) {
			const { page, frame } = await openPost(
				context,
				screens,
				key,
				post
			);
			results[ words ][ key ] = await timeKeys(
				page,
				frame,
				options.keys
			);
			await closeAndForget( page );
		}
	}
	return results;
}

/**
 * The same keys typed into the Quick Post page's title, a plain input: what this browser on this
 * machine needs from any key to its frame, editor or not.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screens From SCREENS.
 * @param {number}                                    keys
 * @return {Promise<number[]>} Ms per key.
 */
export async function keystrokeFloor( context, screens, keys ) {
	const { page } = await openUntilTypeable( context, screens.quickPostPage );
	await settle( page );
	await page.locator( screens.quickPostPage.title ).first().click();
	const times = await timeKeys( page, page.mainFrame(), keys );
	await closeAndForget( page );
	return times;
}

/**
 * Types `keys` letters and spaces where the caret is, one at a time, each timed from its key event
 * to its frame (after ten that are not counted: the first key wakes up what idles).
 *
 * @param {import('@playwright/test').Page}  page
 * @param {import('@playwright/test').Frame} frame The frame that holds the caret.
 * @param {number}                           keys
 * @return {Promise<number[]>} Ms per key.
 */
async function timeKeys( page, frame, keys ) {
	const typed = 'quick post ';
	const warmUp = 10;
	await frame.evaluate( startKeyTimer );
	for ( let index = 0; index < keys + warmUp; index++ ) {
		await page.keyboard.press( typed[ index % typed.length ] );
		await frame.evaluate( keysTimed, index + 1 );
	}
	const times = await frame.evaluate( () => window.__qpBenchKeys );
	return times.slice( warmUp );
}

/**
 * A 5,000-word Google Docs paste into empty Content, until its last paragraph is on screen: the
 * Quick Post page and a new post in the block editor, in turns.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screens From SCREENS.
 * @param {number}                                    runs
 * @return {Promise<Object<string, number[]>>} By screen: ms per paste.
 */
export async function longPasteTimes( context, screens, runs ) {
	const clipboard = { ...longPaste(), timeout: 120_000 };
	return inTurns( [ 'quickPostPage', 'blockEditor' ], runs, async ( key ) => {
		const { page } = await openUntilTypeable( context, screens[ key ] );
		await settle( page );
		let frame = page.mainFrame();
		if ( key === 'blockEditor' ) {
			const canvas = page.frameLocator( CANVAS );
			await canvas
				.locator( '.block-editor-default-block-appender__content' )
				.click();
			await canvas
				.locator(
					'[data-type="core/paragraph"][contenteditable="true"]'
				)
				.first()
				.waitFor();
			frame = page.frame( { name: 'editor-canvas' } );
		} else {
			await page.locator( screens[ key ].surface ).first().click();
		}
		const ms = await frame.evaluate( pasteUntilShown, clipboard );
		await closeAndForget( page );
		return ms;
	} );
}
