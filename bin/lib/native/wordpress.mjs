/**
 * WordPress files for the native stack: core unpacked, wp-config.php written, plugins and the object cache drop-in linked in.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { run } from './processes.mjs';

/**
 * @param {string} dir  A folder of archives.
 * @param {string} name Archive name before `-<version>.tar.gz`.
 * @return {string|null} The archive with the highest version.
 */
export function newestArchive( dir, name ) {
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
 * @param {string} tar     Path of tar.
 * @param {string} archive A tar.gz.
 * @param {string} into    Directory to unpack into.
 */
export async function unpack( tar, archive, into ) {
	fs.mkdirSync( into, { recursive: true } );
	const { status, stderr } = await run( tar, [ 'xzf', archive, '-C', into ] );
	if ( status !== 0 ) {
		throw new Error( `Could not unpack ${ archive }:\n${ stderr }` );
	}
}

/**
 * @param {string|number} value A value.
 * @return {string} It as a single-quoted PHP string.
 */
export function phpString( value ) {
	return `'${ String( value ).replace( /[\\']/g, '\\$&' ) }'`;
}

/** Where convertToMultisite() puts its constants. */
export const MULTISITE_MARKER = '/* Multisite constants. */';

/**
 * @param {string} wpDir          WordPress root.
 * @param {Object} site
 * @param {Object} site.db        The MariaDB server (startMariaDB()).
 * @param {number} site.redisPort Redis port.
 */
export function writeWpConfig( wpDir, { db, redisPort } ) {
	const salts = [ 'AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE' ]
		.flatMap( ( name ) => [ `${ name }_KEY`, `${ name }_SALT` ] )
		.map(
			( name ) =>
				`define( '${ name }', '${ crypto
					.randomBytes( 32 )
					.toString( 'hex' ) }' );`
		)
		.join( '\n' );
	const prefix = `quick-post-${ crypto.randomBytes( 4 ).toString( 'hex' ) }:`;
	fs.writeFileSync(
		path.join( wpDir, 'wp-config.php' ),
		`<?php
// Written by bin/lib/native/wordpress.mjs for one native stack; removed with it.
define( 'DB_NAME', ${ phpString( db.database ) } );
define( 'DB_USER', ${ phpString( db.user ) } );
define( 'DB_PASSWORD', ${ phpString( db.password ) } );
define( 'DB_HOST', ${ phpString( `${ db.host }:${ db.port }` ) } );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${ salts }
$table_prefix = 'wp_';

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
// The stack's php() helper turns display off, so that its stdout is the snippet's output alone.
defined( 'WP_DEBUG_DISPLAY' ) || define( 'WP_DEBUG_DISPLAY', true );
define( 'SCRIPT_DEBUG', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );

define( 'WP_REDIS_HOST', '127.0.0.1' );
define( 'WP_REDIS_PORT', ${ Number( redisPort ) } );
define( 'WP_REDIS_CLIENT', 'phpredis' );
define( 'WP_REDIS_PREFIX', ${ phpString( prefix ) } );

${ MULTISITE_MARKER }

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
	);
}

/**
 * Links the plugin (the repository itself) and its test helpers into wp-content, fills mu-plugins
 * with links to the e2e mu-plugins (a real directory, so nothing written there lands in the
 * repository), and puts the Redis Object Cache plugin and its drop-in in place.
 *
 * @param {Object} options
 * @param {string} options.wpDir        WordPress root.
 * @param {string} options.repoRoot     The plugin repository.
 * @param {string} options.tar          Path of tar.
 * @param {string} options.redisArchive The Redis Object Cache plugin, as a tar.gz of `redis-cache/`.
 */
export async function addPlugins( { wpDir, repoRoot, tar, redisArchive } ) {
	const content = path.join( wpDir, 'wp-content' );
	const plugins = path.join( content, 'plugins' );
	fs.symlinkSync( repoRoot, path.join( plugins, 'quick-post' ) );
	fs.symlinkSync(
		path.join( repoRoot, 'tests/e2e/plugins/quick-post-test-helpers' ),
		path.join( plugins, 'quick-post-test-helpers' )
	);
	const muSource = path.join( repoRoot, 'tests/e2e/mu-plugins' );
	const muPlugins = path.join( content, 'mu-plugins' );
	fs.mkdirSync( muPlugins, { recursive: true } );
	for ( const file of fs.readdirSync( muSource ) ) {
		fs.symlinkSync(
			path.join( muSource, file ),
			path.join( muPlugins, file )
		);
	}
	await unpack( tar, redisArchive, plugins );
	fs.copyFileSync(
		path.join( plugins, 'redis-cache/includes/object-cache.php' ),
		path.join( content, 'object-cache.php' )
	);
}
