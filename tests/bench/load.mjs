/**
 * Load on the native stack: simulated writers saving as the composer does (a keyed create, now and
 * then the same submit again, then an update), each beside a bare `POST /wp/v2/posts` in the same
 * loop, spread over both web hosts. Reports latencies, throughput, errors and duplicates.
 */
import { randomUUID } from 'node:crypto';

import { ms, stats } from './report.mjs';

/**
 * Logs a user in through wp-login.php and gets a REST nonce, with Node's fetch.
 *
 * @param {string} url      Host A.
 * @param {string} username
 * @param {string} password
 * @return {Promise<{cookie: string, nonce: string}>} What every request sends.
 */
export async function logIn( url, username, password ) {
	const jar = new Map( [ [ 'wordpress_test_cookie', 'WP+Cookie+check' ] ] );
	const cookie = () =>
		[ ...jar ]
			.map( ( [ name, value ] ) => `${ name }=${ value }` )
			.join( '; ' );
	const remember = ( response ) => {
		for ( const line of response.headers.getSetCookie() ) {
			const [ pair ] = line.split( ';' );
			const [ name, value ] = pair.split( '=' );
			jar.set( name.trim(), value );
		}
	};
	remember(
		await fetch( `${ url }/wp-login.php`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie: cookie(),
				'content-type': 'application/x-www-form-urlencoded',
			},
			body: new URLSearchParams( {
				log: username,
				pwd: password,
				'wp-submit': 'Log In',
				testcookie: '1',
			} ),
		} )
	);
	const nonce = await (
		await fetch( `${ url }/wp-admin/admin-ajax.php?action=rest-nonce`, {
			headers: { cookie: cookie() },
		} )
	).text();
	if ( ! /^[0-9a-f]{10}$/.test( nonce ) ) {
		throw new Error( `Could not log in as ${ username } on ${ url }.` );
	}
	return { cookie: cookie(), nonce };
}

/**
 * @param {Object} auth      From logIn().
 * @param {string} url       A full REST URL.
 * @param {Object} body      JSON body.
 * @param {Object} [headers]
 * @return {Promise<{ok: boolean, json: Object|null, ms: number}>} How it went.
 */
async function post( auth, url, body, headers = {} ) {
	const started = performance.now();
	try {
		const response = await fetch( url, {
			method: 'POST',
			headers: {
				cookie: auth.cookie,
				'x-wp-nonce': auth.nonce,
				'content-type': 'application/json',
				...headers,
			},
			body: JSON.stringify( body ),
		} );
		const text = await response.text();
		let json = null;
		try {
			json = JSON.parse( text );
		} catch {}
		return {
			ok: response.ok && json !== null,
			json,
			ms: performance.now() - started,
		};
	} catch {
		return { ok: false, json: null, ms: performance.now() - started };
	}
}

/**
 * Runs `writers` writers for `seconds`.
 *
 * @param {Object}   options
 * @param {string[]} options.hosts   The web hosts, in turns.
 * @param {Object}   options.auth    From logIn().
 * @param {number}   options.writers How many write at once.
 * @param {number}   options.seconds For how long.
 * @param {string}   options.marker  Goes into every title.
 * @return {Promise<Object>} Latencies by kind of request, counts and keys used.
 */
export async function runLoad( { hosts, auth, writers, seconds, marker } ) {
	const times = { keyed: [], replay: [], update: [], bare: [] };
	let errors = 0;
	const keys = [];
	const until = Date.now() + seconds * 1000;
	const record = ( kind, result ) => {
		times[ kind ].push( result.ms );
		if ( ! result.ok ) {
			errors++;
		}
		return result;
	};
	const writer = async ( index ) => {
		const host = hosts[ index % hosts.length ];
		const route = `${ host }/wp-json/wp/v2/posts?_fields=id`;
		for ( let turn = 0; Date.now() < until; turn++ ) {
			const key = randomUUID();
			keys.push( key );
			const title = `${ marker } w${ index } t${ turn }`;
			const body = {
				title,
				content: `<!-- wp:paragraph -->\n<p>${ title }</p>\n<!-- /wp:paragraph -->`,
				status: 'draft',
			};
			// Keyed create and bare create alternate which goes first, so neither meets the site warmer.
			const bare = async () =>
				record(
					'bare',
					await post( auth, route, {
						...body,
						title: `${ title } bare`,
					} )
				);
			if ( turn % 2 ) {
				await bare();
			}
			const created = record(
				'keyed',
				await post( auth, route, body, { 'idempotency-key': key } )
			);
			if ( turn % 5 === 0 ) {
				// A retry of the same submit (a lost answer): replayed onto the same post.
				record(
					'replay',
					await post( auth, route, body, { 'idempotency-key': key } )
				);
			}
			if ( created.json?.id ) {
				record(
					'update',
					await post(
						auth,
						`${ host }/wp-json/wp/v2/posts/${ created.json.id }?_fields=id`,
						{
							...body,
							content: `${ body.content }\n\n<!-- wp:paragraph -->\n<p>more</p>\n<!-- /wp:paragraph -->`,
						}
					)
				);
			}
			if ( ! ( turn % 2 ) ) {
				await bare();
			}
		}
	};
	const started = performance.now();
	await Promise.all(
		Array.from( { length: writers }, ( _, index ) => writer( index ) )
	);
	const elapsed = ( performance.now() - started ) / 1000;
	const requests = Object.values( times ).reduce(
		( sum, list ) => sum + list.length,
		0
	);
	return {
		writers,
		seconds: elapsed,
		requests,
		perSecond: requests / elapsed,
		errors,
		keys,
		latency: Object.fromEntries(
			Object.entries( times ).map( ( [ kind, list ] ) => [
				kind,
				{ ...stats( list ), p95: percentile( list, 0.95 ) },
			] )
		),
	};
}

/**
 * @param {number[]} values
 * @param {number}   fraction E.g. 0.95.
 * @return {number|null} The value below which that fraction of them lie.
 */
export function percentile( values, fraction ) {
	if ( values.length === 0 ) {
		return null;
	}
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[
		Math.min( sorted.length - 1, Math.ceil( fraction * sorted.length ) - 1 )
	];
}

/**
 * @param {Function} sql The stack's SQL helper.
 * @return {Promise<number>} Submit keys that more than one post carries.
 */
async function duplicateKeys( sql ) {
	const out = await sql(
		"SELECT COUNT(*) FROM ( SELECT meta_value FROM wp_postmeta WHERE meta_key = '_quick_post_submit_key' GROUP BY meta_value HAVING COUNT(*) > 1 ) AS d;"
	);
	return Number( String( out ).trim().split( /\s+/ ).pop() );
}

/**
 * `npm run bench -- --stack native --load`: writers against both hosts of a fresh native stack.
 *
 * @param {Object}   options
 * @param {Function} options.startNativeStack From bin/lib/native-stack.mjs.
 * @param {number}   [options.seconds]        The main run's length. Default 60.
 * @param {number}   [options.writers]        The main run's writers. Default 20.
 * @return {Promise<Object>} Every phase's figures.
 */
export async function loadBench( {
	startNativeStack,
	seconds = 60,
	writers = 20,
} ) {
	const stack = await startNativeStack( {
		log: ( line ) => console.log( `  ${ line }` ),
	} );
	try {
		const auth = await logIn( stack.urls[ 0 ], 'admin', 'password' );
		const marker = `qpload${ Date.now() }`;
		const phase = async ( count, length, label ) => {
			console.log(
				`[load] ${ label }: ${ count } writers, ${ length } s`
			);
			const result = await runLoad( {
				hosts: stack.urls,
				auth,
				writers: count,
				seconds: length,
				marker,
			} );
			delete result.keys;
			return result;
		};
		await phase( 5, 5, 'warm-up (not counted)' );
		const growth = [];
		for ( const count of [ 5, 20, 40 ] ) {
			growth.push( await phase( count, 20, 'growth' ) );
		}
		const main = await phase( writers, seconds, 'main run' );
		const results = {
			versions: stack.versions,
			workersPerHost: stack.workers,
			hosts: stack.urls.length,
			main,
			growth,
			duplicates: await duplicateKeys( stack.sql ),
		};
		printLoad( results );
		return results;
	} finally {
		await stack.stop();
	}
}

/**
 * @param {Object} results From loadBench().
 */
function printLoad( results ) {
	const { main, growth, duplicates } = results;
	const row = ( label, latency ) =>
		`  ${ label.padEnd( 34 ) } p50 ${ ms( latency.median ).padStart( 7 ) }   p95 ${ ms( latency.p95 ).padStart( 7 ) }   (${ latency.runs } requests)`;
	console.log(
		`\nLoad on the native stack: ${ results.hosts } hosts × ${ results.workersPerHost } PHP-FPM workers, PHP ${ results.versions.php }, MariaDB ${ results.versions.mariadb }, Redis ${ results.versions.redis }`
	);
	console.log(
		`Main run: ${ main.writers } writers for ${ main.seconds.toFixed( 0 ) } s, ${ main.requests } requests, ${ main.perSecond.toFixed( 1 ) } per second, ${ main.errors } errors, ${ duplicates } duplicate posts`
	);
	console.log( row( 'keyed create (Idempotency-Key)', main.latency.keyed ) );
	console.log( row( 'the same submit again (replay)', main.latency.replay ) );
	console.log( row( 'update of the saved post', main.latency.update ) );
	console.log( row( 'bare POST /wp/v2/posts', main.latency.bare ) );
	const ratio = main.latency.keyed.p95 / main.latency.bare.p95;
	console.log(
		`  keyed ÷ bare at p95: ${ ratio.toFixed( 2 ) }× (goal ≤ 1.1×); at p50: ${ ( main.latency.keyed.median / main.latency.bare.median ).toFixed( 2 ) }×`
	);
	console.log( 'How p95 grows with the writers (20 s each)' );
	for ( const item of growth ) {
		console.log(
			`  ${ String( item.writers ).padStart( 2 ) } writers: keyed p95 ${ ms( item.latency.keyed.p95 ) }, bare p95 ${ ms( item.latency.bare.p95 ) }, ${ item.perSecond.toFixed( 1 ) } requests/s, ${ item.errors } errors`
		);
	}
}
