#!/usr/bin/env node
/**
 * Runs the PHPUnit integration tests (tests/php) against a private MariaDB, as a single site, then as multisite.
 *
 * Everything lives in a fresh temporary directory that is removed at the end: WordPress core, the
 * WordPress test library and the PHPUnit Polyfills (unpacked from the archives in ../shared, beside
 * the repository), the database server and wp-tests-config.php.
 *
 *   npm run test:php                          both runs
 *   npm run test:php -- --filter Idempotency  extra arguments go to both phpunit runs
 *   npm run test:php -- --only=multisite      one run only (`single` or `multisite`)
 *
 * Environment:
 *   WP_CORE_ARCHIVE  a WordPress tar.gz to test against (default: the newest ../shared/wordpress/wordpress-*.tar.gz)
 *   WP_CORE_DIR      an unpacked WordPress to use as is, instead of an archive
 *   WP_TESTS_DIR     an unpacked WordPress PHPUnit library (wp-phpunit, or tests/phpunit of wordpress-develop)
 *   WP_TESTS_PHPUNIT_POLYFILLS_PATH  an unpacked yoast/phpunit-polyfills
 *   PHPUNIT          a PHPUnit 9 executable other than `phpunit` on PATH
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { MARIADB_REQUIREMENTS, startMariaDB } from './lib/mariadb.mjs';
import {
	checkPrerequisites,
	formatInstructions,
	REQUIREMENTS,
} from './lib/prerequisites.mjs';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const shared = path.resolve( root, '..', 'shared' );
const started = Date.now();
const seconds = ( since ) =>
	`${ ( ( Date.now() - since ) / 1000 ).toFixed( 1 ) } s`;

const RUNS = {
	single: { label: 'Single site', config: 'tests/php/phpunit.xml.dist' },
	multisite: { label: 'Multisite', config: 'tests/php/multisite.xml' },
};
const only = process.argv.find( ( arg ) => arg.startsWith( '--only=' ) );
const runs = only ? [ only.slice( 7 ) ] : [ 'single', 'multisite' ];
const phpunitArgs = process.argv.slice( 2 ).filter( ( arg ) => arg !== only );
if ( ! runs.every( ( name ) => RUNS[ name ] ) ) {
	console.error(
		`--only takes "single" or "multisite", not "${ runs[ 0 ] }".`
	);
	process.exit( 2 );
}

// 1. Prerequisites, before anything slow.
const requirements = [
	REQUIREMENTS.php,
	REQUIREMENTS.phpMysqli,
	REQUIREMENTS.phpXml,
	REQUIREMENTS.phpMbstring,
	REQUIREMENTS.phpunit,
	...MARIADB_REQUIREMENTS,
	REQUIREMENTS.tar,
];
const { found, missing } = checkPrerequisites( requirements );
if ( missing.length ) {
	console.error(
		formatInstructions( missing, requirements, 'npm run test:php' )
	);
	process.exit( 1 );
}

// 2. What to unpack: WordPress core, the test library and the polyfills, unless given unpacked.
/**
 * @param {string} folder A folder of ../shared.
 * @param {string} name   Archive name before `-<version>.tar.gz`.
 * @return {string|null} The archive with the highest version.
 */
function newestArchive( folder, name ) {
	const dir = path.join( shared, folder );
	const pattern = new RegExp( `^${ name }-([\\d.]+)\\.tar\\.gz$` );
	const [ newest ] = ( fs.existsSync( dir ) ? fs.readdirSync( dir ) : [] )
		.map( ( file ) => [ file, pattern.exec( file )?.[ 1 ] ] )
		.filter( ( [ , version ] ) => version )
		.sort( ( [ , a ], [ , b ] ) =>
			b.localeCompare( a, 'en', { numeric: true } )
		);
	return newest ? path.join( dir, newest[ 0 ] ) : null;
}

/**
 * @param {string} variable Environment variable naming an unpacked directory.
 * @param {string} marker   A file the directory must contain.
 * @return {string|null} The directory, or null when the variable is unset.
 */
function givenDir( variable, marker ) {
	const dir = process.env[ variable ];
	if ( ! dir ) {
		return null;
	}
	if ( ! fs.existsSync( path.join( dir, marker ) ) ) {
		console.error( `${ variable }=${ dir } has no ${ marker }.` );
		process.exit( 1 );
	}
	return path.resolve( dir );
}

const inputs = [
	{
		key: 'core',
		dir: givenDir( 'WP_CORE_DIR', 'wp-settings.php' ),
		archive:
			process.env.WP_CORE_ARCHIVE ||
			newestArchive( 'wordpress', 'wordpress' ),
		unpacksTo: 'wordpress',
		need: 'WordPress core: ../shared/wordpress/wordpress-<version>.tar.gz, or WP_CORE_ARCHIVE=<a tar.gz>, or WP_CORE_DIR=<an unpacked WordPress>',
	},
	{
		key: 'tests',
		dir: givenDir( 'WP_TESTS_DIR', 'includes/bootstrap.php' ),
		archive: newestArchive( 'php-tests', 'wp-phpunit' ),
		unpacksTo: 'wp-phpunit',
		need: 'the WordPress PHPUnit library: ../shared/php-tests/wp-phpunit-<version>.tar.gz, or WP_TESTS_DIR=<an unpacked wp-phpunit>',
	},
	{
		key: 'polyfills',
		dir: givenDir(
			'WP_TESTS_PHPUNIT_POLYFILLS_PATH',
			'phpunitpolyfills-autoload.php'
		),
		archive: newestArchive( 'php-tests', 'phpunit-polyfills' ),
		unpacksTo: 'phpunit-polyfills',
		need: 'the PHPUnit Polyfills: ../shared/php-tests/phpunit-polyfills-<version>.tar.gz, or WP_TESTS_PHPUNIT_POLYFILLS_PATH=<an unpacked yoast/phpunit-polyfills 1.x>',
	},
];
const absent = inputs.filter(
	( input ) =>
		! input.dir && ! ( input.archive && fs.existsSync( input.archive ) )
);
if ( absent.length ) {
	console.error(
		[
			`npm run test:php needs files that are not here (looked in ${ shared }):`,
			...absent.map( ( input ) => `  - ${ input.need }` ),
			'With no internet, ../shared is how a machine gets them; see ../shared/php-tests/README.md.',
		].join( '\n' )
	);
	process.exit( 1 );
}

// From here on, everything made is removed again, whatever happens.
const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'quick-post-php-' ) );
// MariaDB may run as another user (mysql), which must be able to reach its directory inside.
fs.chmodSync( tmp, 0o711 );
let db = null;
let current = null;
let interrupted = null;

/**
 * @param {string}   command Command.
 * @param {string[]} args    Arguments.
 * @param {Object}   options spawn() options.
 * @param {boolean}  forward Whether signals this process gets go on to the command.
 * @return {Promise<number>} Exit status (1 when killed by a signal).
 */
function run( command, args, options = {}, forward = false ) {
	return new Promise( ( resolve ) => {
		const child = spawn( command, args, { stdio: 'inherit', ...options } );
		if ( forward ) {
			current = child;
		}
		child.on( 'error', ( error ) => {
			console.error( `${ command }: ${ error.message }` );
			resolve( 1 );
		} );
		child.on( 'exit', ( status ) => {
			if ( forward ) {
				current = null;
			}
			resolve( status ?? 1 );
		} );
	} );
}

async function cleanUp() {
	if ( db ) {
		const server = db;
		db = null;
		await server.stop();
	}
	fs.rmSync( tmp, { recursive: true, force: true } );
}

for ( const signal of [ 'SIGINT', 'SIGTERM', 'SIGHUP' ] ) {
	process.on( signal, () => {
		if ( interrupted ) {
			// A second signal: stop waiting for anything.
			process.exit( 130 );
		}
		interrupted = signal;
		console.error( `\n${ signal }: stopping, and removing ${ tmp }.` );
		current?.kill( signal );
	} );
}
// Last resort (an uncaught error, process.exit()): nothing can be awaited here.
process.on( 'exit', () => {
	db?.kill();
	fs.rmSync( tmp, { recursive: true, force: true } );
} );

const timings = [];
let failed = false;
try {
	const paths = {};
	const unpackStart = Date.now();
	const unpacking = Promise.all(
		inputs.map( async ( input ) => {
			if ( input.dir ) {
				paths[ input.key ] = input.dir;
				return;
			}
			const status = await run(
				found.tar,
				[ 'xzf', input.archive, '-C', tmp ],
				{
					stdio: [ 'ignore', 'ignore', 'inherit' ],
				}
			);
			if ( status !== 0 ) {
				throw new Error( `Could not unpack ${ input.archive }.` );
			}
			paths[ input.key ] = path.join( tmp, input.unpacksTo );
		} )
	).then( () => timings.push( [ 'Unpack', seconds( unpackStart ) ] ) );

	const dbStart = Date.now();
	const starting = startMariaDB( { dir: path.join( tmp, 'mariadb' ) } ).then(
		( server ) => {
			db = server;
			timings.push( [ 'Start MariaDB', seconds( dbStart ) ] );
		}
	);
	// Both settle before going on, so a failure of one never leaves the other running unseen.
	const results = await Promise.allSettled( [ unpacking, starting ] );
	const failure = results.find( ( result ) => result.status === 'rejected' );
	if ( failure ) {
		throw failure.reason;
	}
	console.log(
		`Ready after ${ seconds( started ) } (unpacking and MariaDB in parallel: ${ timings
			.map( ( [ what, time ] ) => `${ what } ${ time }` )
			.join( ', ' ) }).`
	);

	const php = ( value ) =>
		`'${ String( value ).replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;
	const config = path.join( tmp, 'wp-tests-config.php' );
	fs.writeFileSync(
		config,
		`<?php
// Written by bin/test-php.mjs for one run; removed with its directory.
define( 'ABSPATH', ${ php( paths.core.replace( /\/?$/, '/' ) ) } );
define( 'WP_DEBUG', true );
define( 'DB_NAME', ${ php( db.database ) } );
define( 'DB_USER', ${ php( db.user ) } );
define( 'DB_PASSWORD', ${ php( db.password ) } );
define( 'DB_HOST', ${ php( `${ db.host }:${ db.port }` ) } );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wptests_';
define( 'WP_TESTS_DOMAIN', 'example.org' );
define( 'WP_TESTS_EMAIL', 'admin@example.org' );
define( 'WP_TESTS_TITLE', 'Test Blog' );
define( 'WP_PHP_BINARY', ${ php( found.php ) } );
`
	);
	const env = {
		...process.env,
		WP_TESTS_DIR: paths.tests,
		WP_TESTS_CONFIG_FILE_PATH: config,
		WP_TESTS_PHPUNIT_POLYFILLS_PATH: paths.polyfills,
	};

	for ( const name of runs ) {
		if ( interrupted ) {
			break;
		}
		const { label, config: phpunitConfig } = RUNS[ name ];
		console.log(
			`\n${ label }: phpunit -c ${ phpunitConfig } ${ phpunitArgs.join( ' ' ) }`
		);
		const runStart = Date.now();
		const status = await run(
			found.phpunit,
			[ '-c', phpunitConfig, ...phpunitArgs ],
			{ cwd: root, env },
			true
		);
		const failedAs = interrupted ? 'interrupted' : 'FAILED';
		timings.push( [
			`${ label } (${ status === 0 ? 'passed' : failedAs })`,
			seconds( runStart ),
		] );
		failed ||= status !== 0;
	}
} catch ( error ) {
	console.error( error instanceof Error ? error.message : error );
	failed = true;
} finally {
	const stopStart = Date.now();
	await cleanUp();
	timings.push( [ 'Stop MariaDB, clean up', seconds( stopStart ) ] );
}

timings.push( [ 'Total', seconds( started ) ] );
console.log(
	`\n${ timings.map( ( [ what, time ] ) => `${ what }: ${ time }` ).join( '\n' ) }`
);
process.exit( interrupted ? 130 : Number( failed ) );
