/**
 * No lost text: the composer keeps unsaved work in the browser and brings it back after a reload or
 * in another tab, separately for the page and the widget, until the server has the post.
 */
import { test, expect } from '../utils/test';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ComposerUi, DASHBOARD_PATH, PAGE_PATH } from '../utils/composer';
import { postsTitled } from '../utils/fixtures';

/**
 * What the composer has stored for this browser, as raw text.
 * @param page
 */
function storedDrafts( page: Page ): Promise< string > {
	return page.evaluate( () =>
		Object.keys( window.localStorage )
			.filter( ( key ) => key.startsWith( 'quick-post:' ) )
			.map( ( key ) => window.localStorage.getItem( key ) )
			.join( '\n' )
	);
}

test.describe( 'Unsaved work survives', () => {
	test( 'a reload and another tab, with every field, and can be discarded', async ( {
		page,
		context,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await composer.openMoreOptions();
		await composer.write(
			'Kept across reloads',
			'First paragraph.\n\nSecond one 🎈'
		);
		await composer.root
			.getByRole( 'textbox', { name: 'Excerpt' } )
			.fill( 'A short summary.' );
		await composer.root
			.getByRole( 'radio', { name: 'Password protected' } )
			.check();
		await composer.root
			.getByRole( 'textbox', { name: 'Password' } )
			.fill( 'open sesame' );

		// Written to the browser within half a second of the last change, without a reload.
		await page.waitForTimeout( 500 );
		const stored = await storedDrafts( page );
		expect( stored ).toContain( 'Kept across reloads' );
		expect( stored ).toContain( 'open sesame' );

		await page.reload();
		const restored = new ComposerUi( page, 'page' );
		await expect(
			restored.notice( 'Restored your unsaved post.' )
		).toBeVisible();
		await expect( restored.title ).toHaveValue( 'Kept across reloads' );
		await restored.expectContent( 'First paragraph.\n\nSecond one 🎈' );
		await restored.openMoreOptions();
		await expect(
			restored.root.getByRole( 'textbox', { name: 'Excerpt' } )
		).toHaveValue( 'A short summary.' );
		await expect(
			restored.root.getByRole( 'textbox', { name: 'Password' } )
		).toHaveValue( 'open sesame' );

		const otherTab = await context.newPage();
		const inOtherTab = await ComposerUi.open( otherTab, 'page' );
		await expect(
			inOtherTab.notice( 'Restored your unsaved post.' )
		).toBeVisible();
		await expect( inOtherTab.title ).toHaveValue( 'Kept across reloads' );

		await inOtherTab
			.notice( 'Restored your unsaved post.' )
			.getByRole( 'button', { name: 'Discard' } )
			.click();
		await expect( inOtherTab.title ).toHaveValue( '' );
		await inOtherTab.expectContent( '' );
		await expect.poll( () => storedDrafts( otherTab ) ).toBe( '' );

		await otherTab.reload();
		await expect( inOtherTab.title ).toBeEditable();
		await expect(
			inOtherTab.notice( 'Restored your unsaved post.' )
		).toHaveCount( 0 );
		await expect( inOtherTab.title ).toHaveValue( '' );
	} );

	test( 'in the widget and on the page separately', async ( {
		page,
		context,
	} ) => {
		const widget = await ComposerUi.open( page, 'widget' );
		await widget.write( 'Widget words', 'Typed in the dashboard.' );

		const pageTab = await context.newPage();
		const onPage = await ComposerUi.open( pageTab, 'page' );
		await onPage.write( 'Page words', 'Typed on the Quick Post page.' );
		await expect
			.poll( () => storedDrafts( pageTab ) )
			.toContain( 'Page words' );
		await expect
			.poll( () => storedDrafts( page ) )
			.toContain( 'Widget words' );

		await page.reload();
		await pageTab.reload();
		await expect( widget.title ).toHaveValue( 'Widget words' );
		await widget.expectContent( 'Typed in the dashboard.' );
		await expect( onPage.title ).toHaveValue( 'Page words' );
		await onPage.expectContent( 'Typed on the Quick Post page.' );
	} );

	test( 'a failed save, and is only cleared once the server has the post', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Saved only once confirmed ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		await page.route( '**/wp/v2/posts?**', ( route ) =>
			route.request().method() === 'POST'
				? route.abort( 'internetdisconnected' )
				: route.continue()
		);
		await composer.write( title, 'Not on the server yet.' );
		await composer.button( 'Publish' ).click();
		await expect(
			composer.notice( /could not reach your site/i )
		).toBeVisible();

		await page.reload();
		await expect(
			composer.notice( 'Restored your unsaved post.' )
		).toBeVisible();
		await expect( composer.title ).toHaveValue( title );

		await page.unrouteAll();
		await composer.button( 'Publish' ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		await expect.poll( () => storedDrafts( page ) ).toBe( '' );
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 1 );

		await page.reload();
		await expect( composer.title ).toBeEditable();
		await expect( composer.title ).toHaveValue( '' );
		await expect(
			composer.notice( 'Restored your unsaved post.' )
		).toHaveCount( 0 );
	} );
} );

test.describe( 'Words typed before the composer has loaded', () => {
	for ( const where of [ 'page', 'widget' ] as const ) {
		test( `are taken over by the ${ where } composer, focus and all`, async ( {
			page,
			requestUtils,
		} ) => {
			// Hold the bundle back until the early fields have been typed into.
			let release: () => void = () => {};
			const held = new Promise< void >( ( resolve ) => {
				release = resolve;
			} );
			await page.route( /\/build\/index\.js/, async ( route ) => {
				await held;
				await route.continue();
			} );
			const title = `Typed at first paint (${ where })`;
			await page.goto( where === 'page' ? PAGE_PATH : DASHBOARD_PATH, {
				waitUntil: 'commit',
			} );
			const early = page.locator( `.quick-post-early.is-${ where }` );
			await early.getByLabel( 'Title' ).fill( title );
			await early.getByLabel( 'Content' ).click();
			await page.keyboard.type( 'Before the script' );
			release();

			const composer = new ComposerUi( page, where );
			await expect( early ).toHaveCount( 0 );
			await expect( composer.title ).toHaveValue( title );
			await expect( composer.content ).toBeFocused();
			// Typing goes on in the composer, where it left off.
			await page.keyboard.type( ' ran.' );
			await composer.expectContent( 'Before the script ran.' );

			await composer.button( 'Save draft' ).click();
			await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();
			const [ post ] = await postsTitled( requestUtils, title );
			expect( post?.content.raw ).toContain( 'Before the script ran.' );
		} );
	}
} );
