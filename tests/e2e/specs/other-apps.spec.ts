/**
 * Posting from other apps: Site Health's checks, and "Post from another app" on the Quick Post
 * page: an application password, the post as code that is run for real, and the connection test.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { ComposerUi, PAGE_PATH } from '../utils/composer';
import {
	ensureTerm,
	postsTitled,
	testCookie,
	type StoredPost,
} from '../utils/fixtures';
import { storageStatePath } from '../utils/roles';

const HOSTS = ( process.env.QUICK_POST_E2E_HOSTS ?? '' )
	.split( ',' )
	.filter( Boolean );

const LABELS = {
	passwords: 'Application Passwords are available for you',
	header: 'The Authorization header reaches WordPress',
	posting: 'Posts can be created over the REST API',
	stripped: 'The Authorization header is removed before it reaches WordPress',
};

/**
 * Opens Site Health and waits until every test (the asynchronous ones too) has answered.
 *
 * @param page The page.
 */
async function siteHealth( page: Page ) {
	await page.goto( 'wp-admin/site-health.php' );
	await expect(
		page.locator( '.site-health-progress-wrapper.loading' )
	).toHaveCount( 0, { timeout: 60_000 } );
}

/**
 * @param page  The Site Health screen.
 * @param group Which list: good, recommended or critical.
 * @param label The result's label.
 */
function result( page: Page, group: string, label: string ) {
	return page.locator(
		`#health-check-issues-${ group } .health-check-accordion-trigger`,
		{ hasText: label }
	);
}

function run(
	command: string,
	file: string
): Promise< { code: number; stdout: string; stderr: string } > {
	return new Promise( ( resolve ) => {
		execFile(
			command,
			[ file ],
			{ timeout: 60_000 },
			( error, stdout, stderr ) =>
				resolve( {
					code: error ? Number( error.code ?? 1 ) : 0,
					stdout,
					stderr,
				} )
		);
	} );
}

test.describe( 'Site Health', () => {
	test( 'passes Quick Post’s three tests on this site', async ( {
		page,
	} ) => {
		await siteHealth( page );
		for ( const label of [
			LABELS.passwords,
			LABELS.header,
			LABELS.posting,
		] ) {
			await expect( result( page, 'good', label ) ).toHaveCount( 1 );
			await expect(
				result( page, 'good', label ).locator( '.badge' )
			).toHaveText( 'Quick Post' );
		}
	} );

	test( 'reports a header dropped on the way, with the fix for nginx first', async ( {
		page,
		context,
		baseURL,
	} ) => {
		await context.addCookies( [
			testCookie(
				baseURL as string,
				'quick_post_test_strip_authorization',
				'1'
			),
		] );
		await siteHealth( page );
		const stripped = result( page, 'critical', LABELS.stripped );
		await expect( stripped ).toHaveCount( 1 );
		await stripped.click();
		const panel = page.locator(
			`#${ await stripped.getAttribute( 'aria-controls' ) }`
		);
		const fixes = await panel.locator( 'pre code' ).allTextContents();
		expect( fixes[ 0 ] ).toBe(
			'fastcgi_param HTTP_AUTHORIZATION $http_authorization;'
		);
		expect( fixes.join( '\n' ) ).toContain( 'CGIPassAuth On' );
		expect( fixes.join( '\n' ) ).toContain(
			'proxy_set_header Authorization $http_authorization;'
		);
	} );

	test( 'finds that host B’s nginx drops the header and host A’s passes it on', async ( {
		page,
		context,
		baseURL,
	} ) => {
		test.skip( HOSTS.length < 2, 'Needs the native stack’s two hosts.' );
		const portOf = ( url: string ) => new URL( url ).port;
		await context.addCookies( [
			testCookie(
				baseURL as string,
				'quick_post_test_header_check_port',
				portOf( HOSTS[ 1 ] as string )
			),
		] );
		await siteHealth( page );
		await expect( result( page, 'critical', LABELS.stripped ) ).toHaveCount(
			1
		);

		await context.addCookies( [
			testCookie(
				baseURL as string,
				'quick_post_test_header_check_port',
				portOf( HOSTS[ 0 ] as string )
			),
		] );
		await siteHealth( page );
		await expect( result( page, 'good', LABELS.header ) ).toHaveCount( 1 );
	} );
} );

test.describe( 'Post from another app', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'qp-e2e-snippets-' ) );

	test.afterAll( () => fs.rmSync( dir, { recursive: true, force: true } ) );

	test( 'makes a password, and the curl and Node.js code creates the post in the composer, once', async ( {
		page,
		requestUtils,
	} ) => {
		const category = await ensureTerm(
			requestUtils,
			'categories',
			'From scripts'
		);
		const title = `Sent by a script ${ Date.now() } — "quoted" & $HOME 🎉`;
		const composer = await ComposerUi.open( page, 'page' );
		await composer.write( title, 'Typed in Quick Post, sent by code.' );
		await composer.openMoreOptions();
		await composer.root
			.getByRole( 'group', { name: 'Categories' } )
			.getByRole( 'checkbox', { name: 'From scripts' } )
			.check();

		const toggle = page.getByRole( 'button', {
			name: 'Post from another app',
		} );
		await toggle.click();
		await expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
		await page
			.getByLabel( 'New application password name' )
			.fill( 'e2e snippets' );
		await page
			.getByRole( 'button', { name: 'Create application password' } )
			.click();
		const password = (
			await page
				.locator( '.quick-post-other-apps__password' )
				.textContent()
		)?.trim();
		expect( password ).toMatch( /^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$/ );

		await page
			.getByRole( 'button', { name: 'Test the connection' } )
			.click();
		await expect(
			page.locator( '.quick-post-other-apps__result' )
		).toContainText( 'Connected: the site knows this password as admin' );

		const code = page.locator( '.quick-post-other-apps__code' );
		await expect( code ).toContainText( password as string );
		const curlFile = path.join( dir, 'post.sh' );
		fs.writeFileSync( curlFile, ( await code.textContent() ) as string );
		const expected = JSON.parse(
			/<<'QUICK_POST_JSON'\n([\s\S]*?)\nQUICK_POST_JSON/.exec(
				fs.readFileSync( curlFile, 'utf8' )
			)?.[ 1 ] as string
		);

		const first = await run( 'bash', curlFile );
		expect( first.stderr ).toBe( '' );
		expect( first.code ).toBe( 0 );
		const again = await run( 'bash', curlFile );
		expect( again.code ).toBe( 0 );
		let posts = await postsTitled( requestUtils, title );
		expect( posts ).toHaveLength( 1 );
		const [ post ] = posts as [ StoredPost & { categories: number[] } ];
		expect( post.status ).toBe( 'publish' );
		expect( post.content.raw ).toBe( expected.content );
		expect( post.content.raw ).toContain(
			'<p>Typed in Quick Post, sent by code.</p>'
		);
		// The default category is preselected, as the composer would send it.
		expect( expected.categories ).toContain( category );
		expect( [ ...post.categories ].sort() ).toEqual(
			[ ...expected.categories ].sort()
		);

		// Node.js, with a key of its own: one more post, however often it runs.
		await page
			.getByRole( 'button', { name: 'New key (a new post)' } )
			.click();
		await page.getByLabel( 'Language' ).selectOption( 'node' );
		const nodeFile = path.join( dir, 'post.js' );
		fs.writeFileSync( nodeFile, ( await code.textContent() ) as string );
		for ( let time = 0; time < 2; time++ ) {
			const ran = await run( 'node', nodeFile );
			expect( ran.stderr ).toBe( '' );
			expect( ran.code ).toBe( 0 );
			expect( ran.stdout ).toMatch( /^Post \d+: http/ );
		}
		posts = await postsTitled( requestUtils, title );
		expect( posts ).toHaveLength( 2 );

		// The composer never sent anything itself.
		await expect( composer.title ).toHaveValue( title );

		// A wrong password: the test says so, in words.
		await page
			.getByLabel( 'Application password to test' )
			.fill( 'aaaa bbbb cccc dddd eeee ffff' );
		await page
			.getByRole( 'button', { name: 'Test the connection' } )
			.click();
		await expect(
			page.locator( '.quick-post-other-apps__result' )
		).toContainText( /(refused|did not accept) this application password/ );

		// Revoked, the password no longer works.
		await page
			.getByRole( 'button', { name: 'Revoke “e2e snippets”' } )
			.click();
		await expect(
			page.getByRole( 'button', { name: 'Revoke “e2e snippets”' } )
		).toHaveCount( 0 );
		const revoked = await run( 'node', nodeFile );
		expect( revoked.code ).toBe( 1 );
		expect( revoked.stderr ).toContain( '401' );
	} );

	test.describe( 'as a contributor', () => {
		test.use( { storageState: storageStatePath( 'contributor' ) } );

		test( 'the code sends the post for review, and the test checks the right to publish', async ( {
			page,
		} ) => {
			await page.goto( PAGE_PATH );
			await page
				.getByRole( 'button', { name: 'Post from another app' } )
				.click();
			await page.getByLabel( 'Language' ).selectOption( 'python' );
			await expect(
				page.locator( '.quick-post-other-apps__code' )
			).toContainText( '"status": "pending"' );
		} );
	} );
} );
