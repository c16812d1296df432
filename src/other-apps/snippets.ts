/**
 * "Copy as code": the request the composer would send, written for curl, Node.js, Python and an
 * `.http` file, logging in as the writer with an application password (HTTP Basic).
 */

export interface SnippetRequest {
	/** The full URL of the post type's route. */
	url: string;
	/** The JSON body, exactly as the composer would send it. */
	body: Record< string, unknown >;
	/** Sent as the `Idempotency-Key` header: running the snippet again makes no second post. */
	idempotencyKey: string;
	/** The user's login name (not the application's name). */
	login: string;
	/** The application password, or null for a placeholder. */
	password: string | null;
}

export type SnippetKind = 'curl' | 'node' | 'python' | 'http';

export const PASSWORD_PLACEHOLDER = 'YOUR APPLICATION PASSWORD';

/**
 * @param rest  The REST root PHP passed (`…/wp-json/` or `…/?rest_route=/`).
 * @param route A route, e.g. `/wp/v2/posts`.
 * @return The route's full URL.
 */
export function routeUrl( rest: string, route: string ): string {
	return rest.replace( /\/$/, '' ) + route;
}

/** @param value Text for a POSIX shell: single-quoted, quotes inside escaped. */
const shellQuote = ( value: string ) => `'${ value.replace( /'/g, `'\\''` ) }'`;

/** @param value Text as a JavaScript (and Python) string literal: JSON's escapes are both's. */
const quote = ( value: string ) => JSON.stringify( value );

const passwordOf = ( request: SnippetRequest ) =>
	request.password ?? PASSWORD_PLACEHOLDER;

function curl( request: SnippetRequest ): string {
	const json = JSON.stringify( request.body, null, 2 );
	return [
		'# Needs curl 7.76 or later. The body comes from the lines below, as they are.',
		`curl --fail-with-body --silent --show-error -X POST ${ shellQuote(
			request.url
		) } \\`,
		`  --user ${ shellQuote(
			`${ request.login }:${ passwordOf( request ) }`
		) } \\`,
		`  -H 'Content-Type: application/json' \\`,
		`  -H ${ shellQuote( `Idempotency-Key: ${ request.idempotencyKey }` ) } \\`,
		`  --data-binary @- <<'QUICK_POST_JSON'`,
		json,
		'QUICK_POST_JSON',
		'',
	].join( '\n' );
}

function node( request: SnippetRequest ): string {
	const json = JSON.stringify( request.body, null, 2 );
	return [
		'// Node.js 18 or later, no packages needed: node quick-post.js',
		`const login = ${ quote( request.login ) };`,
		`const password = ${ quote( passwordOf( request ) ) };`,
		`const post = ${ json };`,
		'',
		`fetch( ${ quote( request.url ) }, {`,
		`	method: 'POST',`,
		'	headers: {',
		`		'Content-Type': 'application/json',`,
		`		'Idempotency-Key': ${ quote( request.idempotencyKey ) },`,
		`		Authorization: 'Basic ' + Buffer.from( login + ':' + password ).toString( 'base64' ),`,
		'	},',
		'	body: JSON.stringify( post ),',
		'} )',
		'	.then( async ( response ) => {',
		'		const answer = await response.json();',
		'		if ( ! response.ok ) {',
		'			console.error( `${ response.status } ${ answer.code }: ${ answer.message }` );',
		'			process.exit( 1 );',
		'		}',
		'		console.log( `Post ${ answer.id }: ${ answer.link }` );',
		'	} )',
		'	.catch( ( error ) => {',
		'		console.error( error.message );',
		'		process.exit( 1 );',
		'	} );',
		'',
	].join( '\n' );
}

/**
 * @param value  A JSON value.
 * @param indent The indentation of the line it is on.
 * @return It as a Python literal.
 */
function python( value: unknown, indent = '' ): string {
	const inner = indent + '    ';
	if ( value === null || value === undefined ) {
		return 'None';
	}
	if ( typeof value === 'boolean' ) {
		return value ? 'True' : 'False';
	}
	if ( typeof value === 'number' ) {
		return Number.isFinite( value ) ? String( value ) : 'None';
	}
	if ( typeof value === 'string' ) {
		return quote( value );
	}
	if ( Array.isArray( value ) ) {
		return value.length
			? `[\n${ value
					.map( ( item ) => inner + python( item, inner ) )
					.join( ',\n' ) },\n${ indent }]`
			: '[]';
	}
	const entries = Object.entries( value as Record< string, unknown > );
	return entries.length
		? `{\n${ entries
				.map(
					( [ key, item ] ) =>
						`${ inner }${ quote( key ) }: ${ python( item, inner ) }`
				)
				.join( ',\n' ) },\n${ indent }}`
		: '{}';
}

function pythonScript( request: SnippetRequest ): string {
	return [
		'# Python 3 with requests (pip install requests): python3 quick_post.py',
		'import requests',
		'',
		`URL = ${ quote( request.url ) }`,
		`LOGIN = ${ quote( request.login ) }`,
		`PASSWORD = ${ quote( passwordOf( request ) ) }`,
		'',
		`post = ${ python( request.body ) }`,
		'',
		'response = requests.post(',
		'    URL,',
		'    json=post,',
		'    auth=(LOGIN, PASSWORD),',
		`    headers={"Idempotency-Key": ${ quote( request.idempotencyKey ) }},`,
		'    timeout=30,',
		')',
		'answer = response.json()',
		'if not response.ok:',
		"    raise SystemExit(f\"{response.status_code} {answer.get('code')}: {answer.get('message')}\")",
		"print(f\"Post {answer['id']}: {answer['link']}\")",
		'',
	].join( '\n' );
}

function http( request: SnippetRequest ): string {
	return [
		'# Visual Studio Code REST Client, JetBrains HTTP Client or Postman (Import → File).',
		`@login = ${ request.login }`,
		`@password = ${ passwordOf( request ) }`,
		'',
		`POST ${ request.url }`,
		'Authorization: Basic {{login}}:{{password}}',
		'Content-Type: application/json',
		`Idempotency-Key: ${ request.idempotencyKey }`,
		'',
		JSON.stringify( request.body, null, 2 ),
		'',
	].join( '\n' );
}

/**
 * @param kind    Which form.
 * @param request What to send.
 * @return The snippet's text.
 */
export function snippet( kind: SnippetKind, request: SnippetRequest ): string {
	switch ( kind ) {
		case 'curl':
			return curl( request );
		case 'node':
			return node( request );
		case 'python':
			return pythonScript( request );
		case 'http':
			return http( request );
	}
}
