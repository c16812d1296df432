/**
 * One kind of measurement each: time to type, time to saved (with the REST requests a save sends),
 * what a screen costs to load, and what Quick Post costs the screens it does not render on.
 */
import {
	clickUntil,
	shownAfterLastKey,
	timedRestPost,
	watchReadiness,
} from './in-page.mjs';
import { benchContext } from './site.mjs';

const READY_TIMEOUT = 120_000;

/**
 * The REST route of a URL (`/wp-json/…` or `?rest_route=…`), or null.
 *
 * @param {string} url
 */
export function restRoute( url ) {
	const parsed = new URL( url );
	const fromQuery = parsed.searchParams.get( 'rest_route' );
	if ( fromQuery !== null ) {
		return fromQuery;
	}
	const match = /\/wp-json(\/.*)$/.exec(
		decodeURIComponent( parsed.pathname )
	);
	return match?.[ 1 ] ?? null;
}

/**
 * Waits for the screen to load and go quiet on the network; a screen that keeps polling (the block
 * editor) gets 10 s.
 *
 * @param {import('@playwright/test').Page} page
 */
export async function settle( page ) {
	await page.waitForLoadState( 'load' );
	await page
		.waitForLoadState( 'networkidle', { timeout: 10_000 } )
		.catch( () => {} );
}

/**
 * Closes the tab, then waits until the site has finished what the tab left on it. The site answers
 * one request at a time, in order, and a closed tab's requests still run on the server: once a
 * request sent after the close is answered, they are done, and the next measurement starts on an
 * idle site.
 *
 * @param {import('@playwright/test').Page} page
 */
export async function closeAndDrain( page ) {
	const context = page.context();
	await page.close();
	await context.request.get( '/?rest_route=/wp/v2/types/post&_fields=slug' );
}

/**
 * Runs `measureOne` for each key in turns, `runs` times plus a warm-up round that is not kept; each
 * round starts one key later, so no key always follows the same one.
 *
 * @param {string[]} keys
 * @param {number}   runs
 * @param {Function} measureOne ( key, run ) => Promise of a value.
 * @return {Promise<Object<string, Array>>} By key, one value per measured run, in run order.
 */
export async function inTurns( keys, runs, measureOne ) {
	const values = Object.fromEntries( keys.map( ( key ) => [ key, [] ] ) );
	for ( let run = 0; run <= runs; run++ ) {
		for ( let turn = 0; turn < keys.length; turn++ ) {
			const key = keys[ ( run + turn ) % keys.length ];
			const value = await measureOne( key, run );
			if ( run > 0 ) {
				values[ key ].push( value );
			}
		}
	}
	return values;
}

/**
 * Opens `path` in a new tab of `context` and waits until each field of `selectors` accepts input.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string}                                    path
 * @param {string[]}                                  selectors
 * @return {Promise<{page: import('@playwright/test').Page, ready: Object<string, number>, rest: Object[]}>}
 * The tab, ms from navigation start for each selector, and the REST requests the tab sends (a list
 * that keeps filling).
 */
async function openUntilAllTypeable( context, path, selectors ) {
	const page = await context.newPage();
	const rest = recordRest( page );
	await page.addInitScript( watchReadiness, selectors );
	await page.goto( path, { waitUntil: 'commit' } );
	await page.waitForFunction( () => window.__qpBenchAllReady === true, null, {
		timeout: READY_TIMEOUT,
		polling: 50,
	} );
	const ready = await page.evaluate( () => window.__qpBenchReady );
	return { page, ready, rest };
}

/**
 * Opens `screen` in a new tab of `context` and waits until its title field accepts input.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screen  From SCREENS.
 * @return {Promise<{page: import('@playwright/test').Page, ms: number, rest: Object[]}>} The tab,
 * ms from navigation start, and the REST requests it sends (a list that keeps filling).
 */
export async function openUntilTypeable( context, screen ) {
	const { page, ready, rest } = await openUntilAllTypeable(
		context,
		screen.path,
		[ screen.title ]
	);
	return { page, ms: ready[ screen.title ], rest };
}

/**
 * Proves the field found really takes keys (once per screen, not timed).
 *
 * @param {import('@playwright/test').Page} page
 * @param {Object}                          screen
 */
export async function checkTypeable( page, screen ) {
	// The block editor's title is in its canvas iframe; the other screens' are in the page.
	const field = screen.content
		? page.locator( screen.title ).first()
		: page
				.frameLocator( 'iframe[name="editor-canvas"]' )
				.locator( screen.title );
	await field.click();
	await page.keyboard.type( 'Typed' );
	const text = await field.evaluate(
		( element ) => element.value ?? element.textContent
	);
	if ( ! text.includes( 'Typed' ) ) {
		throw new Error(
			`${ screen.name }: the title did not take the keys typed into it`
		);
	}
	// Take the words back out, so no screen keeps (or restores) them on its next load.
	await page.keyboard.press( 'ControlOrMeta+a' );
	await page.keyboard.press( 'Backspace' );
}

/**
 * Time to type on several screens, taken in turns (one load of each per run, so a site that slows
 * down or speeds up during the run weighs on every screen alike). Screens on the same URL (Quick
 * Post's widget and core's Quick Draft on the dashboard) are timed in the same load. Each load
 * times the title, the content field (Quick Post's plain field first, then its writing surface)
 * and the writing surface alone, where the screen has them.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object<string, Object>}                    screens From SCREENS, by key.
 * @param {number}                                    runs    Measured runs, after one warm-up.
 * @return {Promise<{title: Object<string, number[]>, content: Object<string, number[]>, surface: Object<string, number[]>}>}
 * By field, then by key: ms from navigation start until the field accepts input, one per run.
 */
export async function timeToFields( context, screens, runs ) {
	const byPath = new Map();
	for ( const [ key, screen ] of Object.entries( screens ) ) {
		byPath.set( screen.path, [
			...( byPath.get( screen.path ) ?? [] ),
			[ key, screen ],
		] );
	}
	const fields = [ 'title', 'content', 'surface' ];
	const times = Object.fromEntries(
		fields.map( ( field ) => [
			field,
			Object.fromEntries(
				Object.entries( screens )
					.filter( ( [ , screen ] ) => screen[ field ] )
					.map( ( [ key ] ) => [ key, [] ] )
			),
		] )
	);
	for ( let run = 0; run <= runs; run++ ) {
		for ( const [ path, group ] of byPath ) {
			const { page, ready } = await openUntilAllTypeable(
				context,
				path,
				group.flatMap( ( [ , screen ] ) =>
					fields.map( ( field ) => screen[ field ] ).filter( Boolean )
				)
			);
			for ( const [ key, screen ] of group ) {
				if ( run === 0 ) {
					await checkTypeable( page, screen );
					continue;
				}
				for ( const field of fields ) {
					if ( screen[ field ] ) {
						times[ field ][ key ].push( ready[ screen[ field ] ] );
					}
				}
			}
			// What this screen still loads (the block editor's REST requests) must not land on
			// the next screen's clock.
			await settle( page );
			await closeAndDrain( page );
		}
	}
	return times;
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object<string, Object>}                    screens From SCREENS, by key.
 * @param {number}                                    runs    Measured runs, after one warm-up.
 * @return {Promise<Object<string, number[]>>} By key: ms from navigation start until the title
 * accepts input.
 */
export async function timeToType( context, screens, runs ) {
	return ( await timeToFields( context, screens, runs ) ).title;
}

/**
 * Records the REST requests a page sends from now on.
 *
 * @param {import('@playwright/test').Page} page
 */
function recordRest( page ) {
	const seen = [];
	page.on( 'request', ( request ) => {
		const route = restRoute( request.url() );
		if ( route !== null ) {
			seen.push( {
				method: request.method(),
				route,
				url: request.url(),
				body: request.postData(),
			} );
		}
	} );
	return seen;
}

/**
 * Types a title (and content, where the screen has a field for it) the way a person would.
 *
 * @param {import('@playwright/test').Page} page
 * @param {Object}                          screen
 * @param {string}                          title
 */
async function writePost( page, screen, title ) {
	const body = 'A few quick words, saved in a second.';
	if ( screen.surface ) {
		await page.locator( screen.title ).first().fill( title );
		await page.locator( screen.surface ).first().click();
		await page.keyboard.type( body );
		return;
	}
	if ( screen.content ) {
		await page.locator( screen.title ).first().fill( title );
		await page.locator( screen.content ).first().fill( body );
		return;
	}
	// The block editor: its title and first paragraph live in the canvas iframe.
	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await canvas.locator( screen.title ).click();
	await page.keyboard.type( title );
	await page.keyboard.press( 'Enter' );
	await page.keyboard.type( body );
}

/**
 * One save from a fresh, quiet load of the screen.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screen
 * @param {'saveDraft'|'publish'}                     action
 * @param {string}                                    title
 * @return {Promise<{ms: number, requests: Object[]}>} Ms from the click until the screen shows the
 * saved post, and the REST requests the save sent.
 */
async function saveOnce( context, screen, action, title ) {
	const { page, rest } = await openUntilTypeable( context, screen );
	// Saving is timed on a loaded, quiet screen: before its script runs, core's Quick Draft form
	// would submit the old way (a full page load), and late requests of the screen would queue in
	// front of the save.
	await settle( page );
	await writePost( page, screen, title );
	// Let the screen settle (autosaves, suggestions) so only the save is on the wire.
	await page.waitForTimeout( 300 );
	rest.splice( 0 );
	const { text, ...where } = screen[ action ].done;
	const ms = await clickUntil( page, screen[ action ].button, {
		...where,
		text: text ?? title,
	} );
	// Anything the save sets off afterwards (a list refresh…) counts too.
	await page.waitForTimeout( 1000 );
	const requests = rest.splice( 0 );
	await closeAndDrain( page );
	return { ms, requests };
}

/**
 * The floor of a save: its own request, sent by fetch() from a fresh, quiet load of the same screen,
 * so it meets the site in the state the save did.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screen
 * @param {{url: string, body: string}}               request
 * @return {Promise<number>} Ms.
 */
async function bareRequest( context, screen, request ) {
	const { page } = await openUntilTypeable( context, screen );
	await settle( page );
	await page.waitForTimeout( 300 );
	const { ms } = await timedRestPost( page, request.url, request.body );
	await closeAndDrain( page );
	return ms;
}

/**
 * Times saves of several screens in turns, so each run of each is paired with a run of the others
 * taken moments apart on the same site.
 *
 * @param {import('@playwright/test').BrowserContext}                             context
 * @param {Object<string, {screen: Object, action: string, withFloor?: boolean}>} cases
 * @param {number}                                                                runs
 * @param {string}                                                                marker  Goes into every title, for clean-up.
 * @return {Promise<Object<string, {times: number[], floor: number[], requests: Object[][]}>>} By case:
 * ms from the click until the screen shows the saved post; for cases `withFloor`, the same request
 * sent bare in the same run; the REST requests of each save.
 */
export async function timeToSaved( context, cases, runs, marker ) {
	const lastSave = {};
	const measured = await inTurns(
		Object.keys( cases ),
		runs,
		async ( key, run ) => {
			const { screen, action, withFloor } = cases[ key ];
			const title = `${ marker } ${ screen.name } ${ action } ${ run }`;
			const floorTitle = `${ marker } bare POST ${ screen.name } ${ action } ${ run }`;
			// In every other run the floor goes first, so neither gains from the site's drift. It
			// sends the body of this screen's latest save, under a title of its own: the screen
			// loaded next must not find the save's title already listed.
			const sendFloor = () => {
				const { url, body } = lastSave[ key ];
				return bareRequest( context, screen, {
					url,
					body: JSON.stringify( {
						...JSON.parse( body ),
						title: floorTitle,
					} ),
				} );
			};
			const floorFirst = withFloor && run % 2 === 1;
			const floor = floorFirst ? await sendFloor() : undefined;
			const save = await saveOnce( context, screen, action, title );
			lastSave[ key ] = save.requests.find(
				( request ) => request.method === 'POST'
			);
			if ( withFloor && ! floorFirst ) {
				return { ...save, floor: await sendFloor() };
			}
			return { ...save, floor };
		}
	);
	return Object.fromEntries(
		Object.entries( measured ).map( ( [ key, list ] ) => [
			key,
			{
				times: list.map( ( item ) => item.ms ),
				floor: list
					.filter( ( item ) => item.floor !== undefined )
					.map( ( item ) => item.floor ),
				requests: list.map( ( item ) => item.requests ),
			},
		] )
	);
}

/**
 * Loads `screen` once with an empty cache and adds up what came over the network.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {Object}                             storageState A logged-in context's state.
 * @param {string}                             baseURL
 * @param {Object}                             screen
 * @param {string|null}                        ownBase      URL prefix of Quick Post's files.
 */
export async function loadCost(
	browser,
	storageState,
	baseURL,
	screen,
	ownBase
) {
	const context = await benchContext( browser, { baseURL, storageState } );
	const finished = [];
	context.on( 'requestfinished', ( request ) => finished.push( request ) );
	const { page } = await openUntilTypeable( context, screen );
	await settle( page );
	const cost = {
		requests: 0,
		bytes: 0,
		jsBytes: 0,
		ownBytes: 0,
		restRequests: 0,
	};
	for ( const request of finished ) {
		const sizes = await request.sizes();
		const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
		cost.requests++;
		cost.bytes += bytes;
		if ( request.resourceType() === 'script' ) {
			cost.jsBytes += bytes;
		}
		if ( ownBase && request.url().startsWith( ownBase ) ) {
			cost.ownBytes += bytes;
		}
		if ( restRoute( request.url() ) !== null ) {
			cost.restRequests++;
		}
	}
	await context.close();
	return cost;
}

/**
 * What Quick Post adds to a screen it does not render on: bytes of its files and inline data, and
 * database queries its code made (counted by the bench mu-plugin).
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string}                                    path
 * @param {string}                                    ownBase URL prefix of Quick Post's files.
 */
export async function footprint( context, path, ownBase ) {
	const page = await context.newPage();
	const own = [];
	page.on( 'requestfinished', ( request ) => {
		if ( request.url().startsWith( ownBase ) ) {
			own.push( request );
		}
	} );
	const response = await page.goto( path );
	await settle( page );
	const html = await response.text();
	let bytes = 0;
	for ( const request of own ) {
		const sizes = await request.sizes();
		bytes += sizes.responseBodySize + sizes.responseHeadersSize;
	}
	const inline =
		/<script[^>]*id="quick-post-js-(?:extra|before|after|translations)"[^>]*>[\s\S]*?<\/script>/g;
	for ( const match of html.matchAll( inline ) ) {
		bytes += match[ 0 ].length;
	}
	const queries = /<!-- quick-post-bench (\{.*?\}) -->/.exec( html );
	await page.close();
	if ( ! queries ) {
		throw new Error(
			`${ path }: no query count; is the bench mu-plugin loaded?`
		);
	}
	return {
		path,
		bytes,
		files: own.map( ( request ) => request.url() ),
		queries: JSON.parse( queries[ 1 ] ).quick_post,
		mentions:
			html.includes( 'quickPostSettings' ) ||
			html.includes( 'quick-post-root' ),
	};
}

/**
 * Opens Quick Post's "More options" unless the user's preference already has it open.
 *
 * @param {import('@playwright/test').Page} page
 * @param {Object}                          screen
 */
async function openMoreOptions( page, screen ) {
	if ( ! screen.moreOptions ) {
		return;
	}
	const toggle = page.locator( screen.moreOptions );
	await toggle.waitFor();
	if ( ( await toggle.getAttribute( 'aria-expanded' ) ) === 'false' ) {
		await toggle.click();
	}
}

/**
 * From navigation start: open the screen, type `name` into its category search as soon as it can
 * take keys, until the matching category shows.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screen
 * @param {string}                                    name
 */
export async function firstCategoryMatch( context, screen, name ) {
	const { page, rest } = await openUntilTypeable( context, screen );
	await openMoreOptions( page, screen );
	const search = page.locator( screen.categorySearch ).first();
	await search.waitFor( { timeout: READY_TIMEOUT } );
	await search.click();
	await page.keyboard.type( name );
	const shown = await shownAfterLastKey(
		page,
		screen.categoryMatch,
		name,
		180_000
	);
	await closeAndDrain( page );
	return { ...shown, rest };
}

/**
 * Types two letters into the Tags field and times the first suggestion, from the second key. A
 * person adds tags after writing the post, so the screen has loaded and gone quiet first (the
 * block editor, at scale, is still loading categories after settle()'s 10 s: as for that person).
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    screen
 * @param {string}                                    letters
 */
export async function firstTagSuggestion( context, screen, letters ) {
	const { page, rest } = await openUntilTypeable( context, screen );
	await settle( page );
	await openMoreOptions( page, screen );
	const tags = page.locator( screen.tags ).first();
	await tags.waitFor( { timeout: READY_TIMEOUT } );
	await tags.click();
	await page.keyboard.type( letters, { delay: 80 } );
	const shown = await shownAfterLastKey(
		page,
		screen.tagSuggestion,
		'',
		60_000
	);
	await closeAndDrain( page );
	return { ...shown, rest };
}
