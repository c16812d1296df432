/**
 * On a subdirectory network with Quick Post network-activated: a second site's own administrator
 * writes there, a super admin's drafts stay on the site they were written on, and deleting the
 * plugin cleans every site.
 */
import { test, expect, type RequestUtils } from '../utils/test';
import type { Browser } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';

const SECOND = 'second/';
const SITE_ADMIN = { username: 'qpsecondadmin', password: 'qp-second-pass' };

/**
 * A REST request to another site of the network, as the logged-in super admin.
 * @param requestUtils   The super admin's request utils.
 * @param url            The full URL.
 * @param options        Method, body and query.
 * @param options.method
 * @param options.data
 * @param options.params
 */
async function restAt(
	requestUtils: RequestUtils,
	url: string,
	{
		method = 'GET',
		data,
		params,
	}: {
		method?: string;
		data?: object;
		params?: Record< string, string | number >;
	} = {}
) {
	const response = await requestUtils.request.fetch( url, {
		method,
		data,
		params,
		headers: { 'X-WP-Nonce': requestUtils.storageState?.nonce ?? '' },
		failOnStatusCode: false,
	} );
	return response.json();
}

async function logInAs(
	browser: Browser,
	baseURL: string,
	user: { username: string; password: string }
) {
	const context = await browser.newContext( {
		baseURL,
		storageState: { cookies: [], origins: [] },
	} );
	const page = await context.newPage();
	await page.goto( `${ SECOND }wp-login.php` );
	await page.getByLabel( 'Username or Email Address' ).fill( user.username );
	await page.getByLabel( 'Password', { exact: true } ).fill( user.password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await page.waitForURL( /wp-admin/ );
	return { context, page };
}

test.describe( 'On a multisite network', () => {
	test( "a second site's own administrator writes from its widget and its page", async ( {
		browser,
		requestUtils,
	}, testInfo ) => {
		const baseURL = testInfo.project.use.baseURL ?? '';
		// Created on the second site by the super admin: an administrator of that site only.
		await restAt(
			requestUtils,
			`${ baseURL }/${ SECOND }wp-json/wp/v2/users`,
			{
				method: 'POST',
				data: {
					username: SITE_ADMIN.username,
					email: `${ SITE_ADMIN.username }@example.org`,
					password: SITE_ADMIN.password,
					roles: [ 'administrator' ],
				},
			}
		);
		const { context, page } = await logInAs( browser, baseURL, SITE_ADMIN );

		const widget = await ComposerUi.open( page, 'widget', SECOND );
		await widget.write(
			'From the second dashboard',
			'Written on site two.'
		);
		await widget.button( 'Publish' ).click();
		await expect( widget.notice( 'Post published.' ) ).toBeVisible();
		const fromWidget = await widget.savedPostId();

		const screen = await ComposerUi.open( page, 'page', SECOND );
		await screen.write(
			'From the second Quick Post page',
			'Also site two.'
		);
		await screen.button( 'Save draft' ).click();
		await expect( screen.notice( 'Draft saved.' ) ).toBeVisible();

		const onSecond: Array< { id: number; title: { raw: string } } > =
			await restAt(
				requestUtils,
				`${ baseURL }/${ SECOND }wp-json/wp/v2/posts`,
				{
					params: {
						status: 'publish,draft',
						context: 'edit',
						per_page: 100,
					},
				}
			);
		expect( onSecond.map( ( post ) => post.title.raw ) ).toEqual(
			expect.arrayContaining( [
				'From the second dashboard',
				'From the second Quick Post page',
			] )
		);
		expect( onSecond.map( ( post ) => post.id ) ).toContain( fromWidget );
		const onMain: Array< { title: { raw: string } } > =
			await requestUtils.rest( {
				path: '/wp/v2/posts',
				params: {
					status: 'publish,draft',
					context: 'edit',
					per_page: 100,
				},
			} );
		expect( onMain.map( ( post ) => post.title.raw ) ).not.toContain(
			'From the second dashboard'
		);
		// The main site is not theirs: no widget, and the page is refused.
		await page.goto( 'wp-admin/edit.php?page=quick-post' );
		await expect( page.locator( '.quick-post-root' ) ).toHaveCount( 0 );
		await context.close();
	} );

	test( "a super admin's drafts stay on the site they were written on", async ( {
		page,
	} ) => {
		const main = await ComposerUi.open( page, 'page' );
		await main.write( 'Draft on the main site', 'Main.' );
		await main.button( 'Save draft' ).click();
		await expect( main.drafts ).toContainText( 'Draft on the main site' );

		const second = await ComposerUi.open( page, 'page', SECOND );
		await expect( second.drafts ).not.toContainText(
			'Draft on the main site'
		);
		await second.write( 'Draft on the second site', 'Second.' );
		await second.button( 'Save draft' ).click();
		await expect( second.drafts ).toContainText(
			'Draft on the second site'
		);

		const back = await ComposerUi.open( page, 'widget' );
		await expect( back.drafts ).toContainText( 'Draft on the main site' );
		await expect( back.drafts ).not.toContainText(
			'Draft on the second site'
		);
	} );

	test( 'deleting the plugin cleans every site of the network', async ( {
		requestUtils,
	} ) => {
		// Every post the composer saved carries its submit key; a dead request's lock row is left
		// on each site too.
		const before = await requestUtils.rest( {
			path: '/quick-post-test/v1/leftovers',
			method: 'POST',
		} );
		const sites = Object.values( before.sites ) as Array< {
			submitKeys: number;
			lockRows: number;
			posts: number;
		} >;
		expect( sites.length ).toBeGreaterThanOrEqual( 2 );
		expect( sites.every( ( site ) => site.submitKeys > 0 ) ).toBe( true );
		expect( sites.every( ( site ) => site.lockRows > 0 ) ).toBe( true );

		const after = await requestUtils.rest( {
			path: '/quick-post-test/v1/uninstall',
			method: 'POST',
		} );

		for ( const [ id, site ] of Object.entries( after.sites ) as Array<
			[ string, { submitKeys: number; lockRows: number; posts: number } ]
		> ) {
			expect( site.submitKeys, `submit keys on site ${ id }` ).toBe( 0 );
			expect( site.lockRows, `lock rows on site ${ id }` ).toBe( 0 );
			// The posts stay.
			expect( site.posts ).toBe(
				( before.sites[ id ] as { posts: number } ).posts
			);
		}
		expect( after.preferences ).toBe( 0 );
	} );
} );
