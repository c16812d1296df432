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
 * A logged-in browser context with the bench cookie set.
 *
 * @param {import('@playwright/test').Browser}   browser
 * @param {string}                               baseURL
 * @param {{username: string, password: string}} user
 */
export async function loggedInContext( browser, baseURL, user ) {
	const context = await browser.newContext( {
		baseURL,
		viewport: { width: 1280, height: 900 },
	} );
	const host = new URL( baseURL ).hostname;
	await context.addCookies( [
		{ name: BENCH_COOKIE, value: '1', domain: host, path: '/' },
		// Playground logs cookie-less visitors in as admin (redirecting to its own host); this
		// cookie says that happened, so wp-login.php shows its form for the user we choose.
		{
			name: 'playground_auto_login_already_happened',
			value: '1',
			domain: host,
			path: '/',
		},
	] );
	const page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page.fill( '#user_login', user.username );
	await page.fill( '#user_pass', user.password );
	await Promise.all( [
		page.waitForURL( /wp-admin/ ),
		page.click( '#wp-submit' ),
	] );
	if ( new URL( page.url() ).host !== new URL( baseURL ).host ) {
		throw new Error(
			`Logging in ended on ${ page.url() }, not on ${ baseURL }`
		);
	}
	await page.close();
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
		count: SCALE.tags,
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
