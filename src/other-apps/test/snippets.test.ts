/* @jest-environment node */

/**
 * External dependencies
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Internal dependencies
 */
import {
	PASSWORD_PLACEHOLDER,
	routeUrl,
	snippet,
	type SnippetKind,
	type SnippetRequest,
} from '../snippets';

const TRICKY_TITLE =
	'He said "hi" & it\'s $HOME `date` \\ 100% 🎉\nsecond line \u2028 end';

function body(): Record< string, unknown > {
	return {
		title: TRICKY_TITLE,
		content:
			'<!-- wp:paragraph -->\n<p>QUICK_POST_JSON\'s "body" $(echo no)</p>\n<!-- /wp:paragraph -->',
		status: 'publish',
		categories: [ 1, 7 ],
		tags: [],
		sticky: false,
		featured_media: 0,
		meta: {},
		date: null,
	};
}

interface Received {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	body: unknown;
}

/**
 * A server that answers every request as WordPress answers a create, and records it.
 */
async function fakeSite() {
	const received: Received[] = [];
	const server = http.createServer( ( request, response ) => {
		let data = '';
		request.on( 'data', ( chunk ) => ( data += chunk ) );
		request.on( 'end', () => {
			received.push( {
				method: request.method ?? '',
				url: request.url ?? '',
				headers: request.headers,
				body: JSON.parse( data ),
			} );
			response.writeHead( 201, { 'Content-Type': 'application/json' } );
			response.end(
				JSON.stringify( { id: 42, link: 'http://site.test/?p=42' } )
			);
		} );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${ port }/wp-json/wp/v2/posts`,
		received,
		close: () => new Promise( ( resolve ) => server.close( resolve ) ),
	};
}

function run(
	command: string,
	args: string[]
): Promise< { code: number; stdout: string; stderr: string } > {
	return new Promise( ( resolve ) => {
		execFile(
			command,
			args,
			{ timeout: 20_000 },
			( error, stdout, stderr ) =>
				resolve( {
					code: error ? Number( error.code ?? 1 ) : 0,
					stdout,
					stderr,
				} )
		);
	} );
}

const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'qp-snippets-' ) );
afterAll( () => fs.rmSync( dir, { recursive: true, force: true } ) );

function write( name: string, text: string ): string {
	const file = path.join( dir, name );
	fs.writeFileSync( file, text );
	return file;
}

const RUNNERS: Record<
	Exclude< SnippetKind, 'http' >,
	{ file: string; check: string[]; run: string[] }
> = {
	curl: { file: 'post.sh', check: [ 'bash', '-n' ], run: [ 'bash' ] },
	node: { file: 'post.js', check: [ 'node', '--check' ], run: [ 'node' ] },
	python: {
		file: 'post.py',
		check: [ 'python3', '-m', 'py_compile' ],
		run: [ 'python3' ],
	},
};

describe( 'snippet', () => {
	for ( const [ kind, runner ] of Object.entries( RUNNERS ) ) {
		it( `should write ${ kind } that parses and sends exactly the composer's request`, async () => {
			const site = await fakeSite();
			try {
				const request: SnippetRequest = {
					url: site.url,
					body: body(),
					idempotencyKey: 'qp-0123456789abcdef',
					login: "o'brien $USER",
					password: 'abcd EFGH 1234 ijkl MNOP 5678',
				};
				const file = write(
					runner.file,
					snippet( kind as SnippetKind, request )
				);
				const [ checker, ...checkArgs ] = runner.check as [
					string,
					...string[],
				];
				const checked = await run( checker, [ ...checkArgs, file ] );
				expect( checked.stderr ).toBe( '' );
				expect( checked.code ).toBe( 0 );

				const [ command, ...args ] = runner.run as [
					string,
					...string[],
				];
				const ran = await run( command, [ ...args, file ] );
				expect( ran.stderr ).toBe( '' );
				expect( ran.code ).toBe( 0 );
				expect( site.received ).toHaveLength( 1 );
				const [ sent ] = site.received as [ Received ];
				expect( sent.method ).toBe( 'POST' );
				expect( sent.url ).toBe( '/wp-json/wp/v2/posts' );
				expect( sent.body ).toEqual( body() );
				expect( sent.headers[ 'content-type' ] ).toMatch(
					/^application\/json/
				);
				expect( sent.headers[ 'idempotency-key' ] ).toBe(
					'qp-0123456789abcdef'
				);
				expect( sent.headers.authorization ).toBe(
					'Basic ' +
						Buffer.from(
							"o'brien $USER:abcd EFGH 1234 ijkl MNOP 5678"
						).toString( 'base64' )
				);
			} finally {
				await site.close();
			}
		} );
	}

	it( 'should write an .http request with the same body and headers', () => {
		const text = snippet( 'http', {
			url: 'https://site.test/wp-json/wp/v2/posts',
			body: body(),
			idempotencyKey: 'qp-key',
			login: 'ada',
			password: null,
		} );
		const [ head, json ] = text.split( /\n\n(?=\{)/ ) as [ string, string ];
		expect( JSON.parse( json ) ).toEqual( body() );
		expect( head ).toContain(
			'POST https://site.test/wp-json/wp/v2/posts\n'
		);
		expect( head ).toContain( '@login = ada\n' );
		expect( head ).toContain( `@password = ${ PASSWORD_PLACEHOLDER }\n` );
		expect( head ).toContain(
			'Authorization: Basic {{login}}:{{password}}'
		);
		expect( head ).toContain( 'Idempotency-Key: qp-key' );
	} );

	it( 'should put a placeholder where no password was created', () => {
		for ( const kind of [ 'curl', 'node', 'python' ] as const ) {
			expect(
				snippet( kind, {
					url: 'https://site.test/wp-json/wp/v2/posts',
					body: {},
					idempotencyKey: 'k',
					login: 'ada',
					password: null,
				} )
			).toContain( PASSWORD_PLACEHOLDER );
		}
	} );
} );

describe( 'routeUrl', () => {
	it( 'should join pretty and plain REST roots with a route', () => {
		expect( routeUrl( 'https://site.test/wp-json/', '/wp/v2/posts' ) ).toBe(
			'https://site.test/wp-json/wp/v2/posts'
		);
		expect(
			routeUrl(
				'https://site.test/index.php?rest_route=/',
				'/wp/v2/posts'
			)
		).toBe( 'https://site.test/index.php?rest_route=/wp/v2/posts' );
	} );
} );
