#!/usr/bin/env node
/**
 * `npm run bench`: Quick Post against what a person would use instead (core's Quick Draft widget
 * and the block editor), on the same WordPress, in the same run, in headless Chromium.
 *
 * Usage: node bin/bench.mjs [--runs N] [--json FILE] [--ci] [--no-scale] [--strict] [--url URL]
 *
 *   --runs N     measured runs of each timing (default 7; one warm-up run more is not counted)
 *   --save-runs N  measured runs of each save (default 3 × runs; with --ci, runs)
 *   --json FILE  also write every raw number to FILE
 *   --ci         CI mode: 2 runs (saves too), and the block editor's full category load timed once
 *   --no-scale   skip the 3,000-category / 10,000-tag site
 *   --strict     fail on timing budgets too (by default only exact budgets fail: bytes, requests,
 *                queries; timings on a shared machine are noise)
 *   --url URL    a running WordPress with this plugin and tests/bench/mu-plugins (default: the dev
 *                site, http://localhost:8888, started with bin/wp-env.mjs when it is not running)
 *
 * Log in as BENCH_USER / BENCH_PASSWORD (default admin / password).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import {
	firstCategoryMatch,
	firstTagSuggestion,
	footprint,
	inTurns,
	loadCost,
	openUntilTypeable,
	restRoute,
	timeToSaved,
	timeToType,
} from '../tests/bench/measure.mjs';
import {
	budget,
	kb,
	ms,
	printBudgets,
	stats,
	timingRow,
} from '../tests/bench/report.mjs';
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
const runs = Number( option( '--runs', ciMode ? 2 : 7 ) );
// A save is one round trip on a site whose same request varies by ±20%: budgets within 10% of the
// floor need more pairs than the page loads do. A run of every save takes ~45 s, so CI keeps 2.
const saveRuns = Number( option( '--save-runs', ciMode ? runs : runs * 3 ) );
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
	return { jsGzip: gzip( 'index.js' ), cssGzip: gzip( 'style-index.css' ) };
}

/**
 * A term request that is not a search, a lookup by ID, or a short page lists the taxonomy.
 * @param {{method: string, url: string}} request A recorded REST request.
 */
function listsWholeTaxonomy( request ) {
	const route = restRoute( request.url );
	if (
		request.method !== 'GET' ||
		! /^\/wp\/v2\/(categories|tags)$/.test( route ?? '' )
	) {
		return false;
	}
	const params = new URL( request.url ).searchParams;
	const perPage = Number( params.get( 'per_page' ) ?? 10 );
	return (
		! params.get( 'search' ) &&
		! params.get( 'include' ) &&
		( perPage > 10 || perPage < 0 )
	);
}

const TAG_CASES = {
	mostUsed: 'a most used tag',
	other: 'no most used tag',
};

const median = ( values ) => stats( values )?.median ?? null;
const ratio = ( a, b ) =>
	a === null || b === null || b === 0 ? null : a / b;
/**
 * Median of the per-run ratios of two measurements taken in turns (run i of `a` with run i of
 * `b`): each pair met the site in the same state, so the site's drift cancels out.
 *
 * @param {number[]} a
 * @param {number[]} b
 */
const pairedRatio = ( a, b ) =>
	median(
		a
			.slice( 0, b.length )
			.map( ( value, index ) => value / b[ index ] )
			.filter( Number.isFinite )
	);
const times = ( value ) =>
	value === null ? '–' : `${ value.toFixed( 2 ) }×`;

async function main() {
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
		log( 'Time to type' );
		results.timeToType = await timeToType( context, SCREENS, runs );

		log( 'Time to saved' );
		results.saveRuns = saveRuns;
		results.saved = await timeToSaved(
			context,
			{
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
				blockEditor: {
					screen: SCREENS.blockEditor,
					action: 'saveDraft',
				},
			},
			saveRuns,
			marker
		);

		log( 'Cost of each screen (empty cache)' );
		const { page: probe } = await openUntilTypeable(
			context,
			SCREENS.quickPostPage
		);
		const ownBase = (
			await probe.locator( '#quick-post-js' ).getAttribute( 'src' )
		).replace( /build\/index\.js.*$/, '' );
		// With SCRIPT_DEBUG on, every screen runs React's development build and unminified
		// scripts: slower than any real site, and slower for some screens than for others.
		results.scriptDebug = await probe.evaluate(
			() =>
				!! document.querySelector(
					'script[src*="/js/dist/vendor/react."]:not([src*=".min.js"])'
				)
		);
		await probe.close();
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

function report( results ) {
	const ttt = results.timeToType;
	const saved = results.saved;
	console.log(
		`\nQuick Post bench: ${ results.baseURL }, ${ results.runs } runs of each load, ${ results.saveRuns } of each save (median, from navigation start or from the click; ratios of screens timed in turns are the median of the per-run ratios)\n`
	);
	if ( results.scriptDebug ) {
		console.log(
			'Warning: this site runs with SCRIPT_DEBUG on (development builds of React and every script), so its timings are not what users get.\n'
		);
	}
	console.log( 'Time to type' );
	for ( const [ key, values ] of Object.entries( ttt ) ) {
		console.log( '  ' + timingRow( SCREENS[ key ].name, values ) );
	}
	console.log( 'Time to saved' );
	const savedLabels = {
		quickPostDraft: 'Quick Post page: Save draft',
		quickPostPublish: 'Quick Post page: Publish',
		quickPostWidgetDraft: 'Quick Post widget: Save draft',
		quickDraft: 'Core Quick Draft: Save Draft',
		blockEditor: 'Block editor: Save draft',
	};
	for ( const [ key, value ] of Object.entries( saved ) ) {
		console.log( '  ' + timingRow( savedLabels[ key ], value.times ) );
		if ( value.floor.length ) {
			console.log(
				'  ' +
					timingRow(
						`  bare POST /wp/v2/posts, same body, same page`,
						value.floor
					)
			);
		}
	}
	console.log( 'REST requests per save' );
	for ( const [ key, value ] of Object.entries( saved ) ) {
		const counts = value.requests.map( ( list ) => list.length );
		console.log(
			`  ${ savedLabels[ key ].padEnd( 58 ) } ${ counts.join( ', ' ) }`
		);
	}
	console.log( 'Cost of a load with an empty cache' );
	for ( const [ key, cost ] of Object.entries( results.cost ) ) {
		console.log(
			`  ${ SCREENS[ key ].name.padEnd( 58 ) } ${ String( cost.requests ).padStart( 4 ) } requests, ${ kb( cost.bytes ) } total, ${ kb( cost.jsBytes ) } JS, ${ cost.restRequests } REST, Quick Post files ${ kb( cost.ownBytes ) }`
		);
	}
	console.log(
		`Quick Post's own files, gzipped: JS ${ kb( results.assets.jsGzip ) }, CSS ${ kb( results.assets.cssGzip ) }`
	);
	console.log( 'Screens without Quick Post' );
	for ( const item of results.footprint ) {
		console.log(
			`  ${ item.path.padEnd( 58 ) } ${ item.bytes } bytes, ${ item.queries } queries`
		);
	}

	const scale = results.scale;
	if ( scale ) {
		console.log(
			`With ${ SCALE.categories } categories and ${ SCALE.tags } tags`
		);
		for ( const [ key, values ] of Object.entries( scale.timeToType ) ) {
			console.log(
				'  ' +
					timingRow(
						`Time to type: ${ SCREENS[ key ].name }`,
						values
					)
			);
			console.log(
				'    ' +
					timingRow(
						'same screen, just before seeding',
						scale.baseline[ key ]
					)
			);
		}
		for ( const [ key, values ] of Object.entries( scale.categoryMatch ) ) {
			console.log(
				'  ' +
					timingRow(
						`First category match (from navigation): ${ SCREENS[ key ].name }`,
						values
					)
			);
		}
		for ( const [ kind, byScreen ] of Object.entries(
			scale.tagSuggestion
		) ) {
			for ( const [ key, values ] of Object.entries( byScreen ) ) {
				console.log(
					'  ' +
						timingRow(
							`First tag suggestion, "${ scale.tagLetters[ kind ] }" (${ TAG_CASES[ kind ] }): ${ SCREENS[ key ].name }`,
							values
						)
				);
			}
		}
	}

	const pageVsEditor = pairedRatio( ttt.quickPostPage, ttt.blockEditor );
	const widgetVsDraft = pairedRatio( ttt.quickPostWidget, ttt.quickDraft );
	const draftVsFloor = pairedRatio(
		saved.quickPostDraft.times,
		saved.quickPostDraft.floor
	);
	const publishVsFloor = pairedRatio(
		saved.quickPostPublish.times,
		saved.quickPostPublish.floor
	);
	const draftVsQuickDraft = pairedRatio(
		saved.quickPostDraft.times,
		saved.quickDraft.times
	);
	const widgetVsQuickDraft = pairedRatio(
		saved.quickPostWidgetDraft.times,
		saved.quickDraft.times
	);
	const qpSaves = [
		saved.quickPostDraft,
		saved.quickPostPublish,
		saved.quickPostWidgetDraft,
	].flatMap( ( value ) => value.requests );
	const maxRequests = Math.max( ...qpSaves.map( ( list ) => list.length ) );
	const minRequests = Math.min( ...qpSaves.map( ( list ) => list.length ) );
	const footprintBytes = results.footprint.reduce(
		( sum, item ) => sum + item.bytes,
		0
	);
	const footprintQueries = results.footprint.reduce(
		( sum, item ) => sum + item.queries,
		0
	);
	const mentions = results.footprint.filter(
		( item ) => item.mentions
	).length;

	const budgets = [
		budget(
			'Quick Post JS ≤ 15 KB gzipped',
			results.assets.jsGzip,
			15 * 1024,
			true,
			kb( results.assets.jsGzip )
		),
		budget(
			'Quick Post CSS ≤ 5 KB gzipped',
			results.assets.cssGzip,
			5 * 1024,
			true,
			kb( results.assets.cssGzip )
		),
		budget(
			'Exactly 1 REST request per save',
			Math.max( maxRequests, 2 - minRequests ),
			1,
			true,
			`${ minRequests }–${ maxRequests } requests`
		),
		budget(
			'0 bytes of Quick Post on screens without it',
			footprintBytes + mentions,
			0,
			true,
			`${ footprintBytes } bytes, ${ mentions } pages mention it`
		),
		budget(
			'0 queries by Quick Post on screens without it',
			footprintQueries,
			0,
			true,
			`${ footprintQueries } queries`
		),
		budget(
			'Page time to type ≤ 1/3 of the block editor',
			pageVsEditor,
			1 / 3,
			false,
			times( pageVsEditor )
		),
		budget(
			'Widget time to type ≤ 1.1× core Quick Draft',
			widgetVsDraft,
			1.1,
			false,
			times( widgetVsDraft )
		),
		budget(
			'Save draft ≤ 1.1× a bare POST',
			draftVsFloor,
			1.1,
			false,
			times( draftVsFloor )
		),
		budget(
			'Publish ≤ 1.1× a bare POST',
			publishVsFloor,
			1.1,
			false,
			times( publishVsFloor )
		),
		budget(
			'Page Save draft ≤ core Quick Draft',
			draftVsQuickDraft,
			1,
			false,
			times( draftVsQuickDraft )
		),
		budget(
			'Widget Save draft ≤ core Quick Draft',
			widgetVsQuickDraft,
			1,
			false,
			times( widgetVsQuickDraft )
		),
	];
	if ( scale ) {
		const whole = scale.termRequests.filter( listsWholeTaxonomy );
		budgets.push(
			budget(
				'No request lists a whole taxonomy (scale)',
				whole.length,
				0,
				true,
				`${ whole.length } of ${ scale.termRequests.filter( ( request ) => /\/wp\/v2\/(categories|tags)/.test( restRoute( request.url ) ?? '' ) ).length } term requests`
			)
		);
		for ( const key of [ 'quickPostPage', 'quickPostWidget' ] ) {
			const value = ratio(
				median( scale.timeToType[ key ] ),
				median( scale.baseline[ key ] )
			);
			budgets.push(
				budget(
					`${ SCREENS[ key ].name }: time to type at scale ≤ 1.1× the site before seeding`,
					value,
					1.1,
					false,
					times( value )
				)
			);
		}
		const category = ratio(
			median( scale.categoryMatch.quickPostPage ),
			median( scale.categoryMatch.blockEditor )
		);
		budgets.push(
			budget(
				'First category match ≤ 1/2 of the block editor',
				category,
				0.5,
				false,
				times( category )
			)
		);
		for ( const [ kind, byScreen ] of Object.entries(
			scale.tagSuggestion
		) ) {
			const tag = pairedRatio(
				byScreen.quickPostPage,
				byScreen.blockEditor
			);
			budgets.push(
				budget(
					`First tag suggestion ≤ 1/2 of the block editor (${ TAG_CASES[ kind ] })`,
					tag,
					0.5,
					false,
					times( tag )
				)
			);
		}
	}
	printBudgets( budgets );
	console.log(
		`\nMedians: ${ [ 'quickPostPage', 'blockEditor', 'quickPostWidget', 'quickDraft' ].map( ( key ) => `${ key } ${ ms( median( ttt[ key ] ) ) }` ).join( ', ' ) }`
	);
	return budgets;
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
