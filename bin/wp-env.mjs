#!/usr/bin/env node
/**
 * Runs @wordpress/env with the Playground runtime, offline when a local WordPress core is available.
 *
 * Usage: node bin/wp-env.mjs <start|stop|destroy|status> [--config FILE] [--fresh]
 *
 * Where WordPress comes from, in order:
 * 1. WP_ENV_CORE: a WordPress directory to mount (used as it is).
 * 2. WP_CORE_ARCHIVE, or ../shared/wordpress/wordpress-*.tar.gz beside the repo: a core archive that is
 *    unpacked into a writable directory outside the repo (fresh every time with --fresh).
 * 3. Otherwise wp-env downloads WordPress itself (needs internet).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const args = process.argv.slice( 2 );
const command = args[ 0 ] ?? 'start';
const fresh = args.includes( '--fresh' );
const configIndex = args.indexOf( '--config' );
const configFile = path.resolve(
	root,
	configIndex >= 0 ? args[ configIndex + 1 ] : '.wp-env.json'
);
const envName = path.basename( configFile, '.json' ).replace( /^\./, '' );

const wpEnvHome = process.env.WP_ENV_HOME
	? path.resolve( process.env.WP_ENV_HOME )
	: path.join( os.homedir(), '.wp-env' );
// wp-env keys its work directory on the md5 of the config file's absolute path.
const workDirectory = path.join(
	wpEnvHome,
	createHash( 'md5' ).update( configFile ).digest( 'hex' )
);

function findCoreArchive() {
	if ( process.env.WP_CORE_ARCHIVE ) {
		return path.resolve( process.env.WP_CORE_ARCHIVE );
	}
	const sharedDir = path.resolve( root, '..', 'shared', 'wordpress' );
	if ( ! fs.existsSync( sharedDir ) ) {
		return null;
	}
	const archive = fs
		.readdirSync( sharedDir )
		.filter( ( name ) => /^wordpress-[\d.]+\.tar\.gz$/.test( name ) )
		.sort()
		.pop();
	return archive ? path.join( sharedDir, archive ) : null;
}

function unpackCore( archive ) {
	const target = path.join( wpEnvHome, `quick-post-core-${ envName }` );
	const core = path.join( target, 'wordpress' );
	if ( fresh || ! fs.existsSync( path.join( core, 'wp-includes' ) ) ) {
		fs.rmSync( target, { recursive: true, force: true } );
		fs.mkdirSync( target, { recursive: true } );
		const tar = spawnSync( 'tar', [ 'xzf', archive, '-C', target ], {
			stdio: 'inherit',
		} );
		if ( tar.status !== 0 ) {
			throw new Error( `Could not unpack ${ archive }` );
		}
	}
	return core;
}

function versionOf( core ) {
	const source = fs.readFileSync(
		path.join( core, 'wp-includes', 'version.php' ),
		'utf8'
	);
	return /\$wp_version\s*=\s*'([^']+)'/.exec( source )?.[ 1 ] ?? 'latest';
}

const env = { ...process.env };
if ( command === 'start' ) {
	let core = env.WP_ENV_CORE ? path.resolve( env.WP_ENV_CORE ) : null;
	const archive = core ? null : findCoreArchive();
	if ( archive ) {
		core = unpackCore( archive );
	}
	if ( core ) {
		env.WP_ENV_CORE = core;
		// Offline, wp-env falls back to this cached version number before it reads WP_ENV_CORE.
		fs.mkdirSync( workDirectory, { recursive: true } );
		const cacheFile = path.join( workDirectory, 'wp-env-cache.json' );
		let cache = {};
		try {
			cache = JSON.parse( fs.readFileSync( cacheFile, 'utf8' ) );
		} catch {}
		cache.latestWordPressVersion ??= versionOf( core );
		fs.writeFileSync( cacheFile, JSON.stringify( cache ) );
		console.log( `Using the local WordPress core at ${ core }` );
	}
}

const wpEnvArgs = [ command ];
if ( command === 'start' ) {
	wpEnvArgs.push( '--runtime=playground' );
}
if ( configIndex >= 0 ) {
	wpEnvArgs.push( `--config=${ configFile }` );
}
const result = spawnSync(
	process.execPath,
	[
		path.join( root, 'node_modules', '@wordpress', 'env', 'bin', 'wp-env' ),
		...wpEnvArgs,
	],
	{ cwd: root, env, stdio: 'inherit' }
);
process.exit( result.status ?? 1 );
