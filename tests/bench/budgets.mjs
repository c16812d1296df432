/**
 * What the bench prints: every measurement, then each budget with its verdict.
 */
import { printWriting, writingBudgets } from './editor-budgets.mjs';
import { restRoute } from './measure.mjs';
import { budget, kb, ms, printBudgets, stats, timingRow } from './report.mjs';
import { SCREENS } from './screens.mjs';
import { SCALE } from './site.mjs';

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

export function report( results ) {
	const ttt = results.timeToType;
	const saved = results.saved;
	console.log(
		`\nQuick Post bench: ${ results.baseURL }, ${ results.runs } runs of each load${ results.saveRuns ? `, ${ results.saveRuns } of each save` : '' } (median, from navigation start or from the click; ratios of screens timed in turns are the median of the per-run ratios)\n`
	);
	if ( results.scriptDebug ) {
		console.log(
			'Warning: this site runs with SCRIPT_DEBUG on (development builds of React and every script), so its timings are not what users get.\n'
		);
	}
	// CI's run measures only the exact budgets.
	const timed = Boolean( ttt );
	if ( timed ) {
		console.log( 'Time to type' );
		for ( const [ key, values ] of Object.entries( ttt ) ) {
			console.log( '  ' + timingRow( SCREENS[ key ].name, values ) );
		}
	}
	printWriting( results );
	if ( timed && saved ) {
		console.log( 'Time to saved' );
	}
	const savedLabels = {
		quickPostDraft: 'Quick Post page: Save draft',
		quickPostPublish: 'Quick Post page: Publish',
		quickPostWidgetDraft: 'Quick Post widget: Save draft',
		quickDraft: 'Core Quick Draft: Save Draft',
		blockEditor: 'Block editor: Save draft',
	};
	for ( const [ key, value ] of timed ? Object.entries( saved ?? {} ) : [] ) {
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
	if ( saved ) {
		console.log( 'REST requests per save' );
	}
	for ( const [ key, value ] of Object.entries( saved ?? {} ) ) {
		const counts = value.requests.map( ( list ) => list.length );
		console.log(
			`  ${ savedLabels[ key ].padEnd( 58 ) } ${ counts.join( ', ' ) }`
		);
	}
	if ( results.cost ) {
		console.log( 'Cost of a load with an empty cache' );
	}
	for ( const [ key, cost ] of Object.entries( results.cost ?? {} ) ) {
		console.log(
			`  ${ SCREENS[ key ].name.padEnd( 58 ) } ${ String( cost.requests ).padStart( 4 ) } requests, ${ kb( cost.bytes ) } total, ${ kb( cost.jsBytes ) } JS, ${ cost.restRequests } REST, Quick Post files ${ kb( cost.ownBytes ) }`
		);
	}
	console.log(
		`Quick Post's own files before the first keystroke, gzipped: JS ${ kb( results.assets.jsGzip ) }, CSS ${ kb( results.assets.cssGzip ) }; loaded later: ${ Object.entries(
			results.assets.later
		)
			.map( ( [ file, bytes ] ) => `${ file } ${ kb( bytes ) }` )
			.join( ', ' ) }`
	);
	if ( results.footprint ) {
		console.log( 'Screens without Quick Post' );
	}
	for ( const item of results.footprint ?? [] ) {
		console.log(
			`  ${ item.path.padEnd( 58 ) } ${ item.bytes } bytes, ${ item.queries } queries`
		);
	}

	const scale = results.scale;
	if ( scale ) {
		console.log(
			`With ${ SCALE.categories } categories and ${ SCALE.tags } tags`
		);
		for ( const [ key, values ] of Object.entries(
			scale.timeToType ?? {}
		) ) {
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
		for ( const [ key, values ] of Object.entries(
			scale.categoryMatch ?? {}
		) ) {
			console.log(
				'  ' +
					timingRow(
						`First category match (from navigation): ${ SCREENS[ key ].name }`,
						values
					)
			);
		}
		for ( const [ kind, byScreen ] of Object.entries(
			scale.tagSuggestion ?? {}
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

	const budgets = [
		...exactBudgets( results ),
		...( timed ? timingBudgets( results ) : [] ),
		...writingBudgets( results ),
	];
	printBudgets( budgets );
	if ( timed && ttt.quickDraft ) {
		console.log(
			`\nMedians: ${ [ 'quickPostPage', 'blockEditor', 'quickPostWidget', 'quickDraft' ].map( ( key ) => `${ key } ${ ms( median( ttt[ key ] ) ) }` ).join( ', ' ) }`
		);
	}
	return budgets;
}

/**
 * Budgets that hold exactly or not at all (bytes, requests, queries): they fail the run.
 *
 * @param {Object} results
 */
function exactBudgets( results ) {
	const { saved, footprint: screens, scale } = results;
	const assetBudgets = [
		budget(
			'Quick Post JS before the first keystroke ≤ 15 KB gzipped',
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
	];
	if ( ! saved ) {
		// The writing measurements alone (--editor).
		return assetBudgets;
	}
	const qpSaves = [
		saved.quickPostDraft,
		saved.quickPostPublish,
		saved.quickPostWidgetDraft,
	].flatMap( ( value ) => value.requests );
	const maxRequests = Math.max( ...qpSaves.map( ( list ) => list.length ) );
	const minRequests = Math.min( ...qpSaves.map( ( list ) => list.length ) );
	const footprintBytes = screens.reduce(
		( sum, item ) => sum + item.bytes,
		0
	);
	const footprintQueries = screens.reduce(
		( sum, item ) => sum + item.queries,
		0
	);
	const mentions = screens.filter( ( item ) => item.mentions ).length;
	const budgets = [
		...assetBudgets,
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
	}
	return budgets;
}

/**
 * Budgets on timings, as ratios against the screens they compete with: reported, and failing the
 * run only with --strict.
 *
 * @param {Object} results
 */
function timingBudgets( results ) {
	const { timeToType: ttt, saved, scale } = results;
	const paired = ( name, a, b, limit ) => {
		const value = pairedRatio( a, b );
		return budget( name, value, limit, false, times( value ) );
	};
	const budgets = [
		paired(
			'Page time to type ≤ 1/4 of the block editor',
			ttt.quickPostPage,
			ttt.blockEditor,
			1 / 4
		),
		paired(
			'Widget time to type ≤ 1.1× core Quick Draft',
			ttt.quickPostWidget,
			ttt.quickDraft,
			1.1
		),
	];
	if ( ! saved ) {
		return budgets;
	}
	budgets.push(
		paired(
			'Save draft ≤ 1.1× a bare POST',
			saved.quickPostDraft.times,
			saved.quickPostDraft.floor,
			1.1
		),
		paired(
			'Publish ≤ 1.1× a bare POST',
			saved.quickPostPublish.times,
			saved.quickPostPublish.floor,
			1.1
		),
		paired(
			'Page Save draft ≤ core Quick Draft',
			saved.quickPostDraft.times,
			saved.quickDraft.times,
			1
		),
		paired(
			'Widget Save draft ≤ core Quick Draft',
			saved.quickPostWidgetDraft.times,
			saved.quickDraft.times,
			1
		)
	);
	if ( ! scale ) {
		return budgets;
	}
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
	for ( const [ kind, byScreen ] of Object.entries( scale.tagSuggestion ) ) {
		budgets.push(
			paired(
				`First tag suggestion ≤ 1/2 of the block editor (${ TAG_CASES[ kind ] })`,
				byScreen.quickPostPage,
				byScreen.blockEditor,
				0.5
			)
		);
	}
	return budgets;
}
