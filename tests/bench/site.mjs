/**
 * The WordPress the bench measures: log in, talk REST as the logged-in administrator, seed a large
 * taxonomy and remove it, set editor preferences, clean up what the bench wrote.
 */
import { chromium } from '@playwright/test';
import fs from 'node:fs';

export const BENCH_COOKIE = 'quick_post_bench';
export const SCALE = { categories: 3000, tags: 10000 };
const CATEGORY_PREFIX = 'qp-bench-cat';
const TAG_PREFIX = 'qp-bench-tag';

/** A category and a tag name that exist only on the seeded site. */
export const SEEDED = {
	category: `${ CATEGORY_PREFIX } 2718`,
	tagLetters: 'qp',
	tag: `${ TAG_PREFIX } `,
};

/** How many seeded tags look used (the 100 most used, which the composer suggests from at once). */
const POPULAR_TAGS = 100;

/**
 * A seeded tag that is used by no post, and two letters that only its name has: typing them times
 * a suggestion that needs the server's search.
 */
export const RARE_TAG = { name: 'Zucchini', letters: 'zu' };

/**
 * @return {Promise<import('@playwright/test').Browser>} Headless Chromium: Debian's when present.
 */
export function launchBrowser() {
	const executablePath =
		process.env.CHROMIUM_PATH ??
		( fs.existsSync( '/usr/bin/chromium' )
			? '/usr/bin/chromium'
			: undefined );
	return chromium.launch( { executablePath, headless: true } );
}

/**
 * Waits until WordPress builds its URLs on `baseURL`. Right after Playground starts, its first
 * answers use http://127.0.0.1 (and log-in cookies named after that URL, which stop working a
 * moment later).
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string}                                    baseURL
 */
async function waitForSiteUrl( context, baseURL ) {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const page = await context.request.get( `${ baseURL }/wp-login.php` );
		if ( ( await page.text() ).includes( `${ baseURL }/wp-` ) ) {
			return;
		}
		if ( Date.now() > deadline ) {
			throw new Error(
				`WordPress does not build its URLs on ${ baseURL }`
			);
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 500 ) );
	}
}

/**
 * A browser context for measuring, at the size every screen is measured at. It never asks for
 * `/favicon.ico`: this site has no such file, so each ask boots WordPress (~0.7 s here); the site
 * answers one request at a time, and that request would land in front of whatever the screen sends
 * next, more on some screens than others by accident of timing. With a route for it, Chromium sends
 * none (and the route is never called).
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {Object}                             options For browser.newContext(): baseURL, storageState.
 */
export async function benchContext( browser, options ) {
	const context = await browser.newContext( {
		...options,
		viewport: { width: 1280, height: 900 },
	} );
	await context.route( '**/favicon.ico', ( route ) =>
		route.fulfill( { status: 404, body: '' } )
	);
	return context;
}

/**
 * A logged-in browser context with the bench cookie set.
 *
 * Logs in by posting the login form from the context's own request client (which shares the
 * browser's cookies), so the cookies are set for the host the bench uses.
 *
 * @param {import('@playwright/test').Browser}   browser
 * @param {string}                               baseURL
 * @param {{username: string, password: string}} user
 */
export async function loggedInContext( browser, baseURL, user ) {
	const context = await benchContext( browser, { baseURL } );
	const host = new URL( baseURL ).hostname;
	await context.addCookies( [
		{ name: BENCH_COOKIE, value: '1', domain: host, path: '/' },
		// Playground logs cookie-less visitors in as admin; this cookie says that happened, so
		// wp-login.php logs in the user we choose.
		{
			name: 'playground_auto_login_already_happened',
			value: '1',
			domain: host,
			path: '/',
		},
		{
			name: 'wordpress_test_cookie',
			value: 'WP Cookie check',
			domain: host,
			path: '/',
		},
	] );
	await waitForSiteUrl( context, baseURL );
	await context.request.post( `${ baseURL }/wp-login.php`, {
		form: {
			log: user.username,
			pwd: user.password,
			rememberme: 'forever',
			testcookie: '1',
			'wp-submit': 'Log In',
		},
		maxRedirects: 0,
	} );
	const check = await context.request.get(
		`${ baseURL }/wp-admin/admin-ajax.php?action=rest-nonce`
	);
	if ( ! check.ok() ) {
		await context.close();
		throw new Error(
			`Could not log in to ${ baseURL } as ${ user.username } (${ check.status() })`
		);
	}
	return context;
}

/**
 * REST as the context's user (cookie + nonce). Routes may carry a query string.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string}                                    baseURL
 */
export async function restClient( context, baseURL ) {
	const nonceResponse = await context.request.get(
		`${ baseURL }/wp-admin/admin-ajax.php?action=rest-nonce`
	);
	const nonce = ( await nonceResponse.text() ).trim();
	return async function rest( method, route, data ) {
		const [ path, query ] = route.split( '?' );
		const url = `${ baseURL }/?rest_route=${ encodeURIComponent( path ) }${
			query ? `&${ query }` : ''
		}`;
		const response = await context.request.fetch( url, {
			method,
			headers: { 'X-WP-Nonce': nonce },
			data,
			timeout: 300_000,
		} );
		if ( ! response.ok() ) {
			throw new Error(
				`${ method } ${ route }: ${ response.status() } ${ await response.text() }`
			);
		}
		return {
			body: await response.json(),
			total: Number( response.headers()[ 'x-wp-total' ] ?? 0 ),
		};
	};
}

/**
 * Seeds 3,000 categories and 10,000 tags (after removing any left by an interrupted run).
 *
 * @param {Function} rest From restClient().
 */
export async function seedScale( rest ) {
	await unseedScale( rest );
	await rest( 'POST', '/quick-post-bench/v1/terms', {
		taxonomy: 'category',
		prefix: CATEGORY_PREFIX,
		count: SCALE.categories,
	} );
	await rest( 'POST', '/quick-post-bench/v1/terms', {
		taxonomy: 'post_tag',
		prefix: TAG_PREFIX,
		count: SCALE.tags - 1,
		popular: POPULAR_TAGS,
	} );
	// Its slug carries the prefix, so unseedScale() removes it with the others.
	await rest( 'POST', '/wp/v2/tags', {
		name: RARE_TAG.name,
		slug: `${ TAG_PREFIX }-${ RARE_TAG.name.toLowerCase() }`,
	} );
}

/** @param {Function} rest From restClient(). */
export async function unseedScale( rest ) {
	for ( const [ taxonomy, prefix ] of [
		[ 'category', CATEGORY_PREFIX ],
		[ 'post_tag', TAG_PREFIX ],
	] ) {
		await rest( 'DELETE', '/quick-post-bench/v1/terms', {
			taxonomy,
			prefix,
		} );
	}
}

/**
 * The block editor as a returning user has it: no welcome guide, no pattern chooser, the
 * Categories and Tags panels open. Quick Post's "More options" closed, as for a new user.
 *
 * @param {Function} rest From restClient().
 */
export async function setEditorPreferences( rest ) {
	await rest( 'POST', '/wp/v2/users/me', {
		meta: {
			persisted_preferences: {
				'core/edit-post': {
					welcomeGuide: false,
					fullscreenMode: true,
				},
				core: {
					enableChoosePatternModal: false,
					openPanels: [
						'post-status',
						'taxonomy-panel-category',
						'taxonomy-panel-post_tag',
					],
				},
				_modified: new Date().toISOString(),
			},
			quick_post_more_options_open: false,
		},
	} );
}

/**
 * Force-deletes the posts the bench created (their titles carry `marker`).
 *
 * @param {Function} rest   From restClient().
 * @param {string}   marker
 */
export async function deleteBenchPosts( rest, marker ) {
	for (;;) {
		const { body } = await rest(
			'GET',
			`/wp/v2/posts?search=${ encodeURIComponent(
				marker
			) }&status=draft,publish,future,private,pending&per_page=100&_fields=id`
		);
		if ( body.length === 0 ) {
			return;
		}
		for ( const post of body ) {
			await rest( 'DELETE', `/wp/v2/posts/${ post.id }?force=true` );
		}
	}
}
