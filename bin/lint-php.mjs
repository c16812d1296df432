#!/usr/bin/env node
/**
 * Checks the syntax of every PHP file the plugin ships or tests with (`php -l`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const skip = new Set( [
	'node_modules',
	'build',
	'vendor',
	'artifacts',
	'.git',
] );

function phpFiles( dir ) {
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const full = path.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return skip.has( entry.name ) ? [] : phpFiles( full );
			}
			return entry.name.endsWith( '.php' ) ? [ full ] : [];
		} );
}

if ( spawnSync( 'php', [ '--version' ] ).status !== 0 ) {
	console.error(
		'lint:php needs the PHP command line (on Debian or Ubuntu: apt-get install php-cli).'
	);
	process.exit( 1 );
}

let failed = 0;
const files = phpFiles( root );
for ( const file of files ) {
	const result = spawnSync( 'php', [ '-l', '-d', 'display_errors=1', file ], {
		encoding: 'utf8',
	} );
	if ( result.status !== 0 ) {
		failed++;
		process.stderr.write( result.stdout + result.stderr );
	}
}
console.log(
	`PHP lint: ${ files.length - failed } of ${ files.length } files OK.`
);
process.exit( failed ? 1 : 0 );
