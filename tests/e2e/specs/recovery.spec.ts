/**
 * Saves that go wrong on the way: an expired nonce, a lost session, the network, a slow or broken
 * server. Each keeps the text, explains, and ends with exactly one post.
 */
import { test, expect } from '../utils/test';
import type { Request, Route } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';
import { postsTitled, testCookie } from '../utils/fixtures';
import { USERS, storageStatePath } from '../utils/roles';

const isCreate = ( request: Request ) =>
	request.method() === 'POST' &&
	/\/wp\/v2\/posts(\?|$)/.test( request.url() );

/** Routes only the composer's create requests (`POST /wp/v2/posts`). */
const CREATE_URL = '**/wp/v2/posts?**';

test.describe( 'An expired nonce', () => {
	test( 'is refreshed and the save goes through without the writer noticing', async ( {
		page,
		context,
		requestUtils,
	}, testInfo ) => {
		// Nonces live 4 s instead of a day: wait past that with the tab open, as if overnight.
		await context.addCookies( [
			testCookie(
				testInfo.project.use.baseURL ?? '',
				'quick_post_test_nonce_life',
				'4'
			),
		] );
		const statuses: number[] = [];
		const nonceRefreshes: string[] = [];
		page.on( 'response', ( response ) => {
			if ( isCreate( response.request() ) ) {
				statuses.push( response.status() );
			}
			if ( response.url().includes( 'action=rest-nonce' ) ) {
				nonceRefreshes.push( response.url() );
			}
		} );

		const title = `After the nonce expired ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, 'Written over a long lunch.' );
		// eslint-disable-next-line playwright/no-wait-for-timeout -- the point is to let time pass.
		await page.waitForTimeout( 6000 );
		await composer.button( 'Publish' ).click();

		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		// Refused once for the stale nonce, then created with the fresh one core's endpoint gave.
		expect( statuses ).toEqual( [ 403, 201 ] );
		expect( nonceRefreshes.length ).toBeGreaterThan( 0 );
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 1 );
	} );
} );

test.describe( 'Logged out mid-edit', () => {
	test.use( { storageState: storageStatePath( 'author' ) } );

	test( 'says so, logs in again in place, and the same submit then works', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		const title = `Written while logged out ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, 'The session ended; the words did not.' );

		// The session ends (expired, or logged out elsewhere): its cookies are gone.
		await context.clearCookies( {
			name: /^wordpress_(logged_in_|sec_)?[0-9a-f]{32}$/,
		} );
		await composer.button( 'Publish' ).click();
		const notice = composer.notice( /you have been logged out/i );
		await expect( notice ).toBeVisible();
		await expect( composer.title ).toHaveValue( title );

		await notice.getByRole( 'button', { name: 'Log in again' } ).click();
		const login = page.frameLocator( '#wp-auth-check-frame' );
		await login
			.getByLabel( 'Username or Email Address' )
			.fill( USERS.author.username );
		await login
			.getByLabel( 'Password', { exact: true } )
			.fill( USERS.author.password );
		await login.getByRole( 'button', { name: 'Log In' } ).click();
		await expect( page.locator( '#wp-auth-check-wrap' ) ).toBeHidden();

		await notice.getByRole( 'button', { name: 'Retry' } ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		const [ post, ...duplicates ] = await postsTitled(
			requestUtils,
			title
		);
		expect( duplicates ).toHaveLength( 0 );
		expect( post?.status ).toBe( 'publish' );
	} );
} );

test.describe( 'Network and server failures', () => {
	const failures: Array< {
		name: string;
		fail: ( route: Route ) => Promise< void >;
		message: RegExp;
	} > = [
		{
			name: 'the network is down',
			fail: ( route ) => route.abort( 'internetdisconnected' ),
			message: /could not reach your site/i,
		},
		{
			name: 'WordPress fails with a 500',
			fail: ( route ) =>
				route.fulfill( {
					status: 500,
					contentType: 'application/json',
					body: JSON.stringify( {
						code: 'internal_server_error',
						message:
							'<p>There has been a critical error on this website.</p>',
						data: { status: 500 },
					} ),
				} ),
			message: /had a problem \(error 500\)/i,
		},
		{
			name: 'a proxy answers 502 with an HTML page',
			fail: ( route ) =>
				route.fulfill( {
					status: 502,
					contentType: 'text/html',
					body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
				} ),
			message: /sent back something unexpected/i,
		},
	];

	for ( const { name, fail, message } of failures ) {
		test( `when ${ name }: a clear message, a Retry button, one post`, async ( {
			page,
			requestUtils,
		} ) => {
			const title = `Retried after ${ name } ${ Date.now() }`;
			const composer = await ComposerUi.open( page, 'widget' );
			await page.route( CREATE_URL, ( route ) =>
				isCreate( route.request() ) ? fail( route ) : route.continue()
			);
			await composer.write( title, 'Still here after the failure.' );
			await composer.button( 'Publish' ).click();

			const notice = composer.notice( message );
			await expect( notice ).toBeVisible();
			await expect( notice ).toContainText( /text is still here/i );
			await expect( composer.title ).toHaveValue( title );
			await composer.expectContent( 'Still here after the failure.' );

			await page.unrouteAll();
			await notice.getByRole( 'button', { name: 'Retry' } ).click();
			await expect( composer.notice( 'Post published.' ) ).toBeVisible();
			expect( await postsTitled( requestUtils, title ) ).toHaveLength(
				1
			);
		} );
	}

	test( 'when the site is too slow: a timeout, a Retry button, one post', async ( {
		page,
		context,
		requestUtils,
	}, testInfo ) => {
		await context.addCookies( [
			testCookie(
				testInfo.project.use.baseURL ?? '',
				'quick_post_test_timeout',
				'2000'
			),
		] );
		const title = `Retried after a timeout ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		// The request reaches the server only after the composer gave up on it.
		await page.route( CREATE_URL, async ( route ) => {
			if ( ! isCreate( route.request() ) ) {
				return route.continue();
			}
			await new Promise( ( resolve ) => setTimeout( resolve, 3000 ) );
			await route.continue().catch( () => undefined );
		} );
		await composer.write( title, 'Slow servers happen.' );
		await composer.button( 'Publish' ).click();

		const notice = composer.notice( /taking too long/i );
		await expect( notice ).toBeVisible();
		await expect( composer.title ).toHaveValue( title );

		await page.unrouteAll( { behavior: 'wait' } );
		await notice.getByRole( 'button', { name: 'Retry' } ).click();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 1 );
	} );
} );

test.describe( "A broken site's own words", () => {
	const cases = [
		{
			mode: 'fatal',
			status: 500,
			words: 'There has been a critical error on this website. Learn more about troubleshooting WordPress.',
		},
		{
			mode: 'maintenance',
			status: 503,
			words: 'The shop’s closed for maintenance & back at noon.',
		},
	];
	for ( const { mode, status, words } of cases ) {
		test( `are shown as text for a ${ status }, with the guidance and Retry`, async ( {
			page,
			context,
			requestUtils,
		}, testInfo ) => {
			const baseURL = testInfo.project.use.baseURL ?? '';
			await context.addCookies( [
				testCookie( baseURL, 'quick_post_test_server_error', mode ),
			] );
			const title = `Through a ${ status } ${ Date.now() }`;
			const composer = await ComposerUi.open( page, 'widget' );
			await composer.write( title, 'Kept through the error.' );
			await composer.button( 'Publish' ).click();

			const notice = composer.notice( words );
			await expect( notice ).toBeVisible();
			await expect( notice ).toContainText(
				`had a problem (error ${ status })`
			);
			await expect(
				notice.locator(
					'.components-notice__content strong, .components-notice__content p'
				)
			).toHaveCount( 0 );
			await composer.expectContent( 'Kept through the error.' );

			await context.clearCookies( {
				name: 'quick_post_test_server_error',
			} );
			await notice.getByRole( 'button', { name: 'Retry' } ).click();
			await expect( composer.notice( 'Post published.' ) ).toBeVisible();
			expect( await postsTitled( requestUtils, title ) ).toHaveLength(
				1
			);
		} );
	}
} );

test.describe( 'At most one post per submit', () => {
	test( 'a double click makes one post', async ( { page, requestUtils } ) => {
		const title = `Double clicked ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, 'Click click.' );
		await composer.button( 'Publish' ).dblclick();
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 1 );
	} );

	test( 'mashing Ctrl+Enter makes one post', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Enter mashed ${ Date.now() }`;
		const composer = await ComposerUi.open( page, 'widget' );
		await composer.write( title, 'Enter enter enter.' );
		await composer.content.focus();
		for ( let press = 0; press < 5; press++ ) {
			await page.keyboard.press( 'Control+Enter', { delay: 0 } );
		}
		await expect( composer.notice( 'Post published.' ) ).toBeVisible();
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 1 );
	} );

	for ( const reload of [ false, true ] ) {
		test( `a lost response and then Retry${
			reload ? ', after a reload,' : ''
		} makes one post`, async ( { page, requestUtils } ) => {
			const title = `Response lost${
				reload ? ' and reloaded' : ''
			} ${ Date.now() }`;
			const composer = await ComposerUi.open( page, 'page' );
			// The server saves the post, then the connection drops before the answer arrives.
			let createdId = 0;
			await page.route( CREATE_URL, async ( route ) => {
				if ( ! isCreate( route.request() ) ) {
					return route.continue();
				}
				const response = await route.fetch();
				createdId = ( await response.json() ).id;
				await route.abort( 'connectionreset' );
			} );
			await composer.write( title, 'Saved, but nobody heard.' );
			await composer.button( 'Publish' ).click();
			const notice = composer.notice( /could not reach your site/i );
			await expect( notice ).toBeVisible();
			expect( createdId ).toBeGreaterThan( 0 );
			await page.unrouteAll();

			if ( reload ) {
				await page.reload();
				await expect(
					composer.notice( 'Restored your unsaved post.' )
				).toBeVisible();
				await composer.button( 'Publish' ).click();
			} else {
				await notice.getByRole( 'button', { name: 'Retry' } ).click();
			}
			await expect( composer.notice( 'Post published.' ) ).toBeVisible();
			expect( await composer.savedPostId() ).toBe( createdId );
			const posts = await postsTitled( requestUtils, title );
			expect( posts.map( ( post ) => post.id ) ).toEqual( [ createdId ] );
		} );
	}

	test( 'requests with the same key at the same moment make one post; without a key, two', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Concurrent duplicates ${ Date.now() }`;
		await ComposerUi.open( page, 'page' );
		const ids = await page.evaluate( async ( postTitle ) => {
			const { apiFetch } = (
				window as unknown as {
					wp: {
						apiFetch: < T >( options: object ) => Promise< T >;
					};
				}
			 ).wp;
			const create = ( key?: string ) =>
				apiFetch< { id: number } >( {
					path: '/wp/v2/posts',
					method: 'POST',
					data: { title: postTitle, status: 'draft' },
					headers: key ? { 'Idempotency-Key': key } : {},
				} ).then( ( post ) => post.id );
			const key = crypto.randomUUID();
			const keyed = await Promise.all( [
				create( key ),
				create( key ),
				create( key ),
			] );
			const unkeyed = await Promise.all( [ create(), create() ] );
			return { keyed, unkeyed };
		}, title );

		expect( new Set( ids.keyed ).size ).toBe( 1 );
		expect( new Set( ids.unkeyed ).size ).toBe( 2 );
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 3 );
	} );
} );
