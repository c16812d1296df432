/**
 * Many copies of one submit at the same moment, spread over both web hosts of the native stack
 * (two PHP-FPM pools on one MariaDB and one Redis): one post per key, no deadlock, nothing but
 * JSON in any answer, and a lock left by a dead request that costs the next one at most ~2 s.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import {
	expect,
	request as newRequest,
	test,
	type APIRequestContext,
} from '@playwright/test';

/**
 * Internal dependencies
 */
import { storageStatePath, type Role } from '../utils/roles';

const HOSTS = ( process.env.QUICK_POST_E2E_HOSTS ?? '' )
	.split( ',' )
	.filter( Boolean );
const DEBUG_LOG = process.env.QUICK_POST_E2E_DEBUG_LOG ?? '';

interface Writer {
	api: APIRequestContext;
	nonce: string;
}

interface Answer {
	status: number;
	json: {
		id?: number;
		code?: string;
		data?: { retry_after?: number };
	} | null;
	retryAfter: string | undefined;
	ms: number;
}

/**
 * @param role A test user's role.
 * @return Their logged-in cookies (which both hosts accept: cookies ignore ports) and REST nonce.
 */
async function writer( role: Role ): Promise< Writer > {
	const state = JSON.parse(
		fs.readFileSync( storageStatePath( role ), 'utf8' )
	);
	return {
		api: await newRequest.newContext( {
			storageState: { cookies: state.cookies, origins: [] },
		} ),
		nonce: state.nonce,
	};
}

async function send(
	as: Writer,
	host: string,
	path: string,
	data: object,
	headers: Record< string, string > = {}
): Promise< Answer > {
	const started = Date.now();
	const response = await as.api.post( `${ host }/wp-json${ path }`, {
		headers: { 'X-WP-Nonce': as.nonce, ...headers },
		data,
		failOnStatusCode: false,
		timeout: 60_000,
	} );
	const text = await response.text();
	let json: Answer[ 'json' ] = null;
	try {
		json = JSON.parse( text );
	} catch {}
	return {
		status: response.status(),
		json,
		retryAfter: response.headers()[ 'retry-after' ],
		ms: Date.now() - started,
	};
}

const create = ( as: Writer, host: string, key: string, title: string ) =>
	send(
		as,
		host,
		'/wp/v2/posts?_fields=id',
		{ title, content: `Body of ${ title }`, status: 'draft' },
		{ 'Idempotency-Key': key }
	);

/** Deadlock lines wpdb has written to debug.log so far. */
function deadlocks(): number {
	const log = DEBUG_LOG ? fs.readFileSync( DEBUG_LOG, 'utf8' ) : '';
	return ( log.match( /Deadlock found/g ) ?? [] ).length;
}

async function postsTitled( as: Writer, prefix: string ) {
	const response = await as.api.get( `${ HOSTS[ 0 ] }/wp-json/wp/v2/posts`, {
		headers: { 'X-WP-Nonce': as.nonce },
		params: {
			search: prefix,
			status: 'draft,publish,trash',
			context: 'edit',
			per_page: 100,
			_fields: 'id,title,status,author',
		},
	} );
	const posts: Array< {
		id: number;
		title: { raw: string };
		status: string;
		author: number;
	} > = await response.json();
	return posts.filter( ( post ) => post.title.raw.startsWith( prefix ) );
}

/**
 * Sends `count` requests at once, alternating between the two hosts.
 * @param count
 * @param sendOne
 */
function atOnce(
	count: number,
	sendOne: ( host: string, index: number ) => Promise< Answer >
) {
	return Promise.all(
		Array.from( { length: count }, ( _, index ) =>
			sendOne( HOSTS[ index % HOSTS.length ] as string, index )
		)
	);
}

function report( name: string, answers: Answer[], posts: number ) {
	const figures = {
		requests: answers.length,
		posts,
		created: answers.filter( ( answer ) => answer.status === 201 ).length,
		replayed: answers.filter( ( answer ) => answer.status === 200 ).length,
		conflicts: answers.filter( ( answer ) => answer.status === 409 ).length,
		notJson: answers.filter( ( answer ) => answer.json === null ).length,
		slowestMs: Math.max( ...answers.map( ( answer ) => answer.ms ) ),
	};
	console.log( `[concurrency] ${ name }: ${ JSON.stringify( figures ) }` );
	test.info().annotations.push( {
		type: 'figures',
		description: `${ name }: ${ JSON.stringify( figures ) }`,
	} );
	return figures;
}

test.describe( 'Submits that arrive together, on two web hosts', () => {
	let admin: Writer;
	let deadlocksBefore = 0;

	test.beforeAll( async () => {
		admin = await writer( 'administrator' );
	} );

	test.beforeEach( () => {
		deadlocksBefore = deadlocks();
	} );

	test.afterEach( () => {
		expect( deadlocks() - deadlocksBefore, 'deadlocks in debug.log' ).toBe(
			0
		);
	} );

	test( '20 identical keyed creates at once, 5 rounds: one post each round', async () => {
		const marker = `qp-same-${ Date.now() }`;
		for ( let round = 1; round <= 5; round++ ) {
			const key = randomUUID();
			const title = `${ marker } round ${ round }`;
			const answers = await atOnce( 20, ( host ) =>
				create( admin, host, key, title )
			);
			const posts = await postsTitled( admin, title );
			const figures = report( `round ${ round }`, answers, posts.length );
			expect( posts ).toHaveLength( 1 );
			expect( figures.notJson ).toBe( 0 );
			expect( figures.created ).toBe( 1 );
			// Every answer that saved is about that one post, whichever host and cache it met.
			const ids = answers
				.filter( ( answer ) => answer.status < 300 )
				.map( ( answer ) => answer.json?.id );
			expect( new Set( ids ) ).toEqual( new Set( [ posts[ 0 ]?.id ] ) );
			expect( answers.map( ( answer ) => answer.status ).sort() ).toEqual(
				expect.arrayContaining( [ 201 ] )
			);
		}
	} );

	test( '20 different bodies with one key at once: one post', async () => {
		const marker = `qp-bodies-${ Date.now() }`;
		const key = randomUUID();
		const answers = await atOnce( 20, ( host, index ) =>
			create( admin, host, key, `${ marker } version ${ index }` )
		);
		const posts = await postsTitled( admin, marker );
		const figures = report( 'different bodies', answers, posts.length );
		expect( posts ).toHaveLength( 1 );
		expect( figures.notJson ).toBe( 0 );
		expect( figures.created ).toBe( 1 );
	} );

	test( 'two users with the same key at once: one post each', async () => {
		const editor = await writer( 'editor' );
		const marker = `qp-users-${ Date.now() }`;
		const key = randomUUID();
		const answers = await atOnce( 20, ( host, index ) =>
			create( index % 4 < 2 ? admin : editor, host, key, marker )
		);
		const posts = await postsTitled( admin, marker );
		const figures = report( 'two users', answers, posts.length );
		expect( posts ).toHaveLength( 2 );
		expect( new Set( posts.map( ( post ) => post.author ) ).size ).toBe(
			2
		);
		expect( figures.notJson ).toBe( 0 );
		expect( figures.created ).toBe( 2 );
	} );

	test( 'a key whose post went to the trash, then 3 retries: one new post', async () => {
		const marker = `qp-trash-${ Date.now() }`;
		const key = randomUUID();
		const first = await create( admin, HOSTS[ 0 ] as string, key, marker );
		const trashed = await admin.api.delete(
			`${ HOSTS[ 1 ] }/wp-json/wp/v2/posts/${ first.json?.id }`,
			{ headers: { 'X-WP-Nonce': admin.nonce } }
		);
		expect( trashed.status() ).toBe( 200 );

		const retries: Answer[] = [];
		for ( const host of [ HOSTS[ 1 ], HOSTS[ 0 ], HOSTS[ 1 ] ] ) {
			retries.push( await create( admin, host as string, key, marker ) );
		}
		const posts = await postsTitled( admin, marker );
		report( 'after the trash', retries, posts.length );
		expect( retries.map( ( answer ) => answer.status ) ).toEqual( [
			201, 200, 200,
		] );
		expect(
			posts.filter( ( post ) => post.status === 'trash' )
		).toHaveLength( 1 );
		expect(
			posts.filter( ( post ) => post.status === 'draft' )
		).toHaveLength( 1 );
	} );

	test( 'a lock left by a request that died costs the next request under ~2 s', async () => {
		const marker = `qp-dead-${ Date.now() }`;
		const key = randomUUID();
		// The worker holding the lock is killed mid-request, as a crash would.
		const died = await send(
			admin,
			HOSTS[ 0 ] as string,
			'/quick-post-test/v1/submit-lock',
			{
				key,
				die: true,
			}
		);
		expect( died.status ).toBeGreaterThanOrEqual( 500 );

		const next = await create( admin, HOSTS[ 1 ] as string, key, marker );
		report( 'after a dead request', [ next ], 1 );
		expect( next.status ).toBe( 201 );
		expect( next.ms ).toBeLessThan( 2500 );
	} );

	test( 'a lock held by a live request: a 409 with Retry-After after ~2 s, then the post', async () => {
		const marker = `qp-live-${ Date.now() }`;
		const key = randomUUID();
		const holding = send(
			admin,
			HOSTS[ 0 ] as string,
			'/quick-post-test/v1/submit-lock',
			{
				key,
				hold: 5,
			}
		);

		await new Promise( ( resolve ) => setTimeout( resolve, 500 ) );
		const waited = await create( admin, HOSTS[ 1 ] as string, key, marker );
		expect( ( await holding ).status ).toBe( 200 );
		const after = await create( admin, HOSTS[ 1 ] as string, key, marker );

		report( 'behind a live request', [ waited, after ], 1 );
		expect( waited.status ).toBe( 409 );
		expect( waited.json?.code ).toBe( 'quick_post_save_in_progress' );
		expect( Number( waited.retryAfter ) ).toBeGreaterThan( 0 );
		expect( waited.ms ).toBeGreaterThanOrEqual( 1900 );
		expect( waited.ms ).toBeLessThan( 3500 );
		expect( after.status ).toBe( 201 );
		expect( await postsTitled( admin, marker ) ).toHaveLength( 1 );
	} );
} );
