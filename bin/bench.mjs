#!/usr/bin/env node
/**
 * `npm run bench`: Quick Post against what a person would use instead (core's Quick Draft widget
 * and the block editor), on the same WordPress, in the same run, in headless Chromium.
 *
 * Usage: node bin/bench.mjs [--runs N] [--json FILE] [--ci | --editor] [--no-scale] [--strict] [--url URL]
 *
 *   --runs N     measured runs of each timing (default 7; one warm-up run more is not counted)
 *   --save-runs N  measured runs of each save (default 3 × runs; with --ci, runs)
 *   --json FILE  also write every raw number to FILE
 *   --ci         CI mode: only the exact budgets (bytes, REST requests per save, queries and whole-
 *                taxonomy requests), each measured once; no timings (they need the full runs)
 *   --editor     only writing in Content: time until it takes keys, keystroke-to-paint latency at
 *                1,000 and 10,000 words (--keys N per screen and size, default 200) and a 5,000-word
 *                Google Docs paste, each against the block editor (part of the full run too)
 *   --no-scale   skip the 3,000-category / 10,000-tag site
 *   --strict     fail on timing budgets too (by default only exact budgets fail: bytes, requests,
 *                queries; timings on a shared machine are noise)
 *   --url URL    a running WordPress with this plugin and tests/bench/mu-plugins (default: the dev
 *                site, http://localhost:8888, started with bin/wp-env.mjs when it is not running)
 *   --stack native --load
 *                instead: writers saving keyed and bare posts against both hosts of a fresh native
 *                stack (nginx + PHP-FPM + MariaDB + Redis); --writers N (20), --seconds N (60)
 *
 * Log in as BENCH_USER / BENCH_PASSWORD (default admin / password).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import {
	keystrokeFloor,
	keystrokeLatency,
	longPasteTimes,
} from '../tests/bench/editor.mjs';
import {
	firstCategoryMatch,
	firstTagSuggestion,
	footprint,
	inTurns,
	loadCost,
	openUntilTypeable,
	timeToFields,
	timeToSaved,
	timeToType,
} from '../tests/bench/measure.mjs';
import { report } from '../tests/bench/budgets.mjs';
import { SCREENS, UNRELATED_SCREENS } from '../tests/bench/screens.mjs';
import {
	SCALE,
	RARE_TAG,
	SEEDED,
	deleteBenchPosts,
	launchBrowser,
	loggedInContext,
	restClient,
	seedScale,
	setEditorPreferences,
	unseedScale,
} from '../tests/bench/site.mjs';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const args = process.argv.slice( 2 );
const option = ( name, fallback ) => {
	const index = args.indexOf( name );
	return index >= 0 ? args[ index + 1 ] : fallback;
};
const ciMode = args.includes( '--ci' );
const editorOnly = args.includes( '--editor' );
const latencyKeys = Number( option( '--keys', 200 ) );
const runs = Number( option( '--runs', ciMode ? 1 : 7 ) );
// A save is one round trip on a site whose same request varies by ±20%: budgets within 10% of the
// floor need more pairs than the page loads do.
const saveRuns = Number( option( '--save-runs', ciMode ? 1 : runs * 3 ) );
const jsonFile = option( '--json', null );
const withScale = ! args.includes( '--no-scale' );
const strict = args.includes( '--strict' );
const baseURL = option( '--url', 'http://localhost:8888' ).replace( /\/$/, '' );
const user = {
	username: process.env.BENCH_USER ?? 'admin',
	password: process.env.BENCH_PASSWORD ?? 'password',
};

async function isUp() {
	try {
		const response = await fetch( `${ baseURL }/wp-login.php`, {
			redirect: 'manual',
		} );
		return response.status < 500;
	} catch {
		return false;
	}
}

function wpEnv( command ) {
	const result = spawnSync(
		process.execPath,
		[ path.join( root, 'bin', 'wp-env.mjs' ), command ],
		{
			cwd: root,
			stdio: 'inherit',
		}
	);
	if ( result.status !== 0 ) {
		throw new Error( `wp-env ${ command } failed` );
	}
}

function ownAssetSizes() {
	const gzip = ( file ) =>
		gzipSync( fs.readFileSync( path.join( root, 'build', file ) ), {
			level: 9,
		} ).length;
	return {
		jsGzip: gzip( 'index.js' ),
		cssGzip: gzip( 'style-index.css' ),
		// Loaded by the bundle after the first paint: the writing surface at once (Content takes
		// keys in a plain field until then), More options when first needed or once the page is
		// idle, Post from another app when opened.
		later: {
			'editor.js': gzip( 'editor.js' ),
			'more-options.js': gzip( 'more-options.js' ),
			// Post from another app, when first opened.
			'other-apps.js': gzip( 'other-apps.js' ),
		},
	};
}

async function main() {
	if ( args.includes( '--load' ) ) {
		// The native stack's load run: no browser, no Playground.
		const { startNativeStack } = await import( './lib/native-stack.mjs' );
		const { loadBench } = await import( '../tests/bench/load.mjs' );
		const results = await loadBench( {
			startNativeStack,
			seconds: Number( option( '--seconds', 60 ) ),
			writers: Number( option( '--writers', 20 ) ),
		} );
		if ( jsonFile ) {
			fs.writeFileSync( jsonFile, JSON.stringify( results, null, '\t' ) );
		}
		if ( results.main.errors || results.duplicates ) {
			process.exitCode = 1;
		}
		return;
	}
	const assets = ownAssetSizes();
	let startedHere = false;
	if ( ! ( await isUp() ) ) {
		console.log( `No WordPress at ${ baseURL }: starting the dev site.` );
		wpEnv( 'start' );
		startedHere = true;
	}
	let results;
	try {
		results = await measure( assets );
	} finally {
		if ( startedHere && ! args.includes( '--keep-env' ) ) {
			wpEnv( 'stop' );
		}
	}

	if ( jsonFile ) {
		// The raw numbers first: half an hour of measurements must outlive a failing report.
		fs.writeFileSync( jsonFile, JSON.stringify( results, null, '\t' ) );
	}
	const budgets = report( results );
	if ( jsonFile ) {
		fs.writeFileSync(
			jsonFile,
			JSON.stringify( { ...results, budgets }, null, '\t' )
		);
		console.log( `\nRaw results: ${ jsonFile }` );
	}
	const failed = budgets.filter(
		( item ) => item.pass === false && ( item.exact || strict )
	);
	if ( failed.length > 0 ) {
		console.error( `\n${ failed.length } budget(s) not held.` );
		process.exitCode = 1;
	}
}

/** The saves timed, and the REST requests each sends. */
const SAVE_CASES = {
	quickPostDraft: {
		screen: SCREENS.quickPostPage,
		action: 'saveDraft',
		withFloor: true,
	},
	quickPostPublish: {
		screen: SCREENS.quickPostPage,
		action: 'publish',
		withFloor: true,
	},
	quickPostWidgetDraft: {
		screen: SCREENS.quickPostWidget,
		action: 'saveDraft',
	},
	quickDraft: { screen: SCREENS.quickDraft, action: 'saveDraft' },
	blockEditor: { screen: SCREENS.blockEditor, action: 'saveDraft' },
};

/**
 * Every measurement, on a running site.
 *
 * @param {{jsGzip: number, cssGzip: number}} assets Quick Post's own file sizes.
 */
async function measure( assets ) {
	const browser = await launchBrowser();
	let context;
	try {
		context = await loggedInContext( browser, baseURL, user );
	} catch ( error ) {
		await browser.close();
		throw error;
	}
	const rest = await restClient( context, baseURL );
	await setEditorPreferences( rest );
	const marker = `qpbench${ Date.now() }`;
	const results = { baseURL, runs, when: new Date().toISOString(), assets };
	const started = Date.now();
	const log = ( text ) =>
		console.log(
			`[${ Math.round( ( Date.now() - started ) / 1000 ) } s] ${ text }`
		);

	try {
		if ( ciMode ) {
			await measureExact( context, rest, marker, results, log );
			return results;
		}
		log( 'Time to type: title, Content and the writing surface' );
		const fields = await timeToFields( context, SCREENS, runs );
		results.timeToType = fields.title;
		results.timeToContent = fields.content;
		results.timeToSurface = fields.surface;

		await measureWriting( context, rest, marker, results, log );
		if ( editorOnly ) {
			return results;
		}

		log( 'Time to saved' );
		results.saveRuns = saveRuns;
		results.saved = await timeToSaved(
			context,
			SAVE_CASES,
			saveRuns,
			marker
		);

		log( 'Cost of each screen (empty cache)' );
		const { ownBase, scriptDebug } = await probeSite( context );
		// With SCRIPT_DEBUG on, every screen runs React's development build and unminified
		// scripts: slower than any real site, and slower for some screens than for others.
		results.scriptDebug = scriptDebug;
		const storageState = await context.storageState();
		results.cost = {};
		for ( const [ key, screen ] of Object.entries( SCREENS ) ) {
			results.cost[ key ] = await loadCost(
				browser,
				storageState,
				baseURL,
				screen,
				ownBase
			);
		}

		log( 'Footprint on screens without Quick Post' );
		results.footprint = [];
		for ( const screenPath of UNRELATED_SCREENS ) {
			results.footprint.push(
				await footprint( context, screenPath, ownBase )
			);
		}

		if ( withScale ) {
			// The site as it was for the first measurements: only the terms differ.
			await deleteBenchPosts( rest, marker );
			// Two letters of tags among the 100 most used (suggested from the page at once),
			// and two of a tag outside them (suggested once the server has searched).
			const tagLetters = {
				mostUsed: SEEDED.tagLetters,
				other: RARE_TAG.letters,
			};
			const scale = {
				baseline: {},
				timeToType: {},
				categoryMatch: {},
				tagLetters,
				tagSuggestion: { mostUsed: {}, other: {} },
				termRequests: [],
			};
			results.scale = scale;
			// The site drifts over a long run (all four screens loaded ~10% slower after 20 minutes
			// of saves in one run, with or without terms), so the large site is compared with the
			// same screens loaded just before seeding, not with the first measurements.
			log( 'Scale: time to type just before seeding' );
			scale.baseline = await timeToType( context, SCREENS, runs );
			log(
				`Seeding ${ SCALE.categories } categories and ${ SCALE.tags } tags`
			);
			await seedScale( rest );
			try {
				log( 'Scale: time to type' );
				scale.timeToType = await timeToType( context, SCREENS, runs );
				log( 'Scale: first category match and first tag suggestion' );
				for ( const key of [ 'quickPostPage', 'blockEditor' ] ) {
					// The block editor loads every category first (tens of seconds): once is enough in CI.
					const categoryRuns =
						ciMode && key === 'blockEditor' ? 1 : runs;
					scale.categoryMatch[ key ] = [];
					for ( let run = 0; run < categoryRuns; run++ ) {
						const shown = await firstCategoryMatch(
							context,
							SCREENS[ key ],
							SEEDED.category
						);
						scale.categoryMatch[ key ].push(
							shown.sinceNavigation
						);
						if ( key === 'quickPostPage' ) {
							scale.termRequests.push( ...shown.rest );
						}
					}
				}
				for ( const [ kind, letters ] of Object.entries(
					tagLetters
				) ) {
					scale.tagSuggestion[ kind ] = await inTurns(
						[ 'quickPostPage', 'blockEditor' ],
						runs,
						async ( key ) => {
							const shown = await firstTagSuggestion(
								context,
								SCREENS[ key ],
								letters
							);
							if ( key === 'quickPostPage' ) {
								scale.termRequests.push( ...shown.rest );
							}
							return shown.afterKey;
						}
					);
				}
			} finally {
				await unseedScale( rest );
			}
		}
	} finally {
		await deleteBenchPosts( rest, marker ).catch( ( error ) =>
			console.error( error )
		);
		await context.close();
		await browser.close();
	}
	return results;
}

/**
 * Writing in Content against the block editor: keystroke latency in long posts, a long paste.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    rest
 * @param {string}                                    marker
 * @param {Object}                                    results Filled in.
 * @param {Function}                                  log
 */
async function measureWriting( context, rest, marker, results, log ) {
	log(
		`Keystroke to paint: ${ latencyKeys } keys at 1,000 and 10,000 words`
	);
	results.keystrokes = await keystrokeLatency(
		context,
		SCREENS,
		rest,
		marker,
		{ sizes: [ 1000, 10000 ], keys: latencyKeys }
	);
	results.keystrokeFloor = await keystrokeFloor(
		context,
		SCREENS,
		latencyKeys
	);
	log( 'Paste of a 5,000-word Google Docs document' );
	results.paste = await longPasteTimes( context, SCREENS, runs );
	await deleteBenchPosts( rest, marker );
}

/**
 * Where Quick Post's files are served from, and whether the site runs development builds.
 *
 * @param {import('@playwright/test').BrowserContext} context
 */
async function probeSite( context ) {
	const { page } = await openUntilTypeable( context, SCREENS.quickPostPage );
	const ownBase = (
		await page.locator( '#quick-post-js' ).getAttribute( 'src' )
	).replace( /build\/index\.js.*$/, '' );
	const scriptDebug = await page.evaluate(
		() =>
			!! document.querySelector(
				'script[src*="/js/dist/vendor/react."]:not([src*=".min.js"])'
			)
	);
	await page.close();
	return { ownBase, scriptDebug };
}

/**
 * CI's run: each exact budget measured once, no timings.
 *
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Object}                                    rest
 * @param {string}                                    marker
 * @param {Object}                                    results Filled in.
 * @param {Function}                                  log
 */
async function measureExact( context, rest, marker, results, log ) {
	log( 'REST requests per save' );
	results.saveRuns = saveRuns;
	const quickPostSaves = Object.fromEntries(
		Object.entries( SAVE_CASES )
			.filter( ( [ key ] ) => key.startsWith( 'quickPost' ) )
			.map( ( [ key, value ] ) => [
				key,
				{ ...value, withFloor: false },
			] )
	);
	results.saved = await timeToSaved(
		context,
		quickPostSaves,
		saveRuns,
		marker
	);
	log( 'Footprint on screens without Quick Post' );
	const { ownBase } = await probeSite( context );
	results.footprint = [];
	for ( const screenPath of UNRELATED_SCREENS ) {
		results.footprint.push(
			await footprint( context, screenPath, ownBase )
		);
	}
	await deleteBenchPosts( rest, marker );
	log( `Seeding ${ SCALE.categories } categories and ${ SCALE.tags } tags` );
	await seedScale( rest );
	try {
		log(
			'Scale: the term requests of a category search and two tag suggestions'
		);
		const scale = { termRequests: [] };
		results.scale = scale;
		const shown = await firstCategoryMatch(
			context,
			SCREENS.quickPostPage,
			SEEDED.category
		);
		scale.termRequests.push( ...shown.rest );
		for ( const letters of [ SEEDED.tagLetters, RARE_TAG.letters ] ) {
			const suggested = await firstTagSuggestion(
				context,
				SCREENS.quickPostPage,
				letters
			);
			scale.termRequests.push( ...suggested.rest );
		}
	} finally {
		await unseedScale( rest );
	}
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
