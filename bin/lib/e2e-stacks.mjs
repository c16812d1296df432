/**
 * The stacks the e2e suite runs on, and how to start and stop each: WordPress Playground through
 * wp-env (PHP in WebAssembly, SQLite, one worker), or the native stack (nginx, two PHP-FPM pools,
 * MariaDB, Redis).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { NATIVE_REQUIREMENTS, startNativeStack } from './native-stack.mjs';
import { checkPrerequisites, formatInstructions } from './prerequisites.mjs';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..',
	'..'
);

/** What a Playground site must show: a save from both screens, the role matrix, recovery. */
const PARITY_SPECS = [
	'specs/publish.spec.ts',
	'specs/security.spec.ts',
	'specs/recovery.spec.ts',
];
/**
 * The writing surface uses the site's own rich-text script: WordPress 6.8's runs the rich-content
 * spec too (7.1's is the native stack's, whatever the PHP version), for what rich-text makes:
 * every construct, pastes and kses. Keys, embeds, kept blocks and local copies are the surface's
 * own, the same on every WordPress.
 */
const OLDEST_SPECS = [ ...PARITY_SPECS, 'specs/rich-content.spec.ts' ];
const OLDEST_SKIP =
	'written on the widget|Shortcuts|Addresses|A draft with blocks Quick Post does not edit|reliability promises';
/**
 * On PHP 8.5 with WordPress 7.1 (the native stack's WordPress), what PHP does: saves, roles, nonces,
 * logins, fatal errors and idempotency. Failures the browser fakes (network down, 502, timeouts)
 * are the composer's alone, and run natively and on the oldest stack.
 */
const NEWEST_SKIP = 'Network and server failures';

/**
 * @typedef {Object} Stack
 * @property {string}                description What it runs, in words.
 * @property {'playground'|'native'} kind        Which runtime.
 * @property {string}                [config]    wp-env config (Playground).
 * @property {string}                [php]       The PHP version it runs (Playground: set in its config).
 * @property {string}                [archive]   The WordPress archive in ../shared/wordpress (default: the newest).
 * @property {boolean}               [multisite] A subdirectory network (native only).
 * @property {string[]|null}         specs       The specs it runs, or null for all of them.
 * @property {string}                [skip]      Tests of those it leaves out (Playwright's --grep-invert).
 */

/** @type {Record<string, Stack>} */
export const STACKS = {
	native: {
		description:
			'nginx + PHP-FPM (two hosts, 4 workers each) + MariaDB + Redis',
		kind: 'native',
		specs: null,
	},
	multisite: {
		description: 'the native stack as a subdirectory network',
		kind: 'native',
		multisite: true,
		specs: [ 'specs/multisite.spec.ts', 'specs/publish.spec.ts' ],
	},
	oldest: {
		description: 'Playground, PHP 7.4, WordPress 6.8.8',
		kind: 'playground',
		config: '.wp-env.oldest.json',
		php: '7.4',
		archive: 'wordpress-6.8.8.tar.gz',
		specs: OLDEST_SPECS,
		skip: OLDEST_SKIP,
	},
	newest: {
		description: 'Playground, PHP 8.5, WordPress 7.1',
		kind: 'playground',
		config: '.wp-env.newest.json',
		php: '8.5',
		specs: PARITY_SPECS,
		skip: NEWEST_SKIP,
	},
	playground: {
		description: 'Playground, PHP 8.2, WordPress 7.1 (the dev site)',
		kind: 'playground',
		config: '.wp-env.test.json',
		php: '8.2',
		specs: null,
	},
};

/** What `npm test` runs: the full suite natively, and what differs elsewhere. */
export const MATRIX = [ 'native', 'multisite', 'oldest', 'newest' ];

/**
 * @param {string|undefined} name An archive in ../shared/wordpress, or undefined for the newest.
 * @return {string|null} Its path (WP_CORE_ARCHIVE wins when no archive is named).
 */
function coreArchive( name ) {
	if ( ! name && process.env.WP_CORE_ARCHIVE ) {
		return path.resolve( process.env.WP_CORE_ARCHIVE );
	}
	const dir = path.resolve( root, '..', 'shared', 'wordpress' );
	const archives = fs.existsSync( dir )
		? fs
				.readdirSync( dir )
				.filter( ( file ) =>
					/^wordpress-[\d.]+\.tar\.gz$/.test( file )
				)
				.sort( ( a, b ) =>
					a.localeCompare( b, 'en', { numeric: true } )
				)
		: [];
	const file = name ?? archives.pop();
	return file && fs.existsSync( path.join( dir, file ) )
		? path.join( dir, file )
		: null;
}

/**
 * @param {string|null} archive A WordPress archive.
 * @return {string|undefined} Its version, from its name.
 */
const versionOf = ( archive ) =>
	archive ? /wordpress-([\d.]+)\.tar\.gz$/.exec( archive )?.[ 1 ] : undefined;

/**
 * @param {Stack} stack
 * @return {string|null} Why the stack cannot run here, with the command that fixes it.
 */
export function missingForStack( stack ) {
	if ( stack.kind !== 'native' ) {
		return null;
	}
	const { missing } = checkPrerequisites( NATIVE_REQUIREMENTS );
	return missing.length
		? formatInstructions(
				missing,
				NATIVE_REQUIREMENTS,
				'The e2e suite on the native stack'
			)
		: null;
}

function wpEnv( config, command, env, ...args ) {
	return (
		spawnSync(
			process.execPath,
			[
				path.join( root, 'bin', 'wp-env.mjs' ),
				command,
				...args,
				'--config',
				config,
			],
			{ cwd: root, stdio: 'inherit', env }
		).status ?? 1
	);
}

/**
 * Starts a stack.
 *
 * @param {string}  name  A key of STACKS.
 * @param {boolean} reuse Playground: use a site already running (QUICK_POST_E2E_REUSE=1).
 * @return {Promise<{env: Record<string, string>, debugLog: string, markers: string[], stop: () => Promise<void>}>}
 *   What Playwright needs to know about the site, where PHP logs, and how to stop it.
 */
export async function startStack( name, reuse = false ) {
	const stack = STACKS[ name ];
	const archive = coreArchive( stack.archive );
	if ( stack.archive && ! archive ) {
		throw new Error(
			`The ${ name } stack needs ../shared/wordpress/${ stack.archive }.`
		);
	}
	const expect = { wordpress: versionOf( archive ) };
	if ( stack.kind === 'playground' ) {
		const env = { ...process.env };
		if ( archive ) {
			env.WP_CORE_ARCHIVE = archive;
		}
		if ( ! reuse && wpEnv( stack.config, 'start', env, '--fresh' ) !== 0 ) {
			throw new Error( `Could not start the ${ name } site.` );
		}
		const envName = path
			.basename( stack.config, '.json' )
			.replace( /^\./, '' );
		const home =
			process.env.WP_ENV_HOME ?? path.join( os.homedir(), '.wp-env' );
		return {
			env: {
				WP_BASE_URL: 'http://localhost:8889',
				QUICK_POST_E2E_EXPECT: JSON.stringify( {
					...expect,
					php: stack.php,
					database: 'sqlite',
				} ),
			},
			debugLog: path.join(
				home,
				`quick-post-core-${ envName }`,
				'wordpress',
				'wp-content',
				'debug.log'
			),
			markers: [ '/plugins/quick-post/' ],
			stop: async () => {
				if ( ! reuse ) {
					wpEnv( stack.config, 'stop', env );
				}
			},
		};
	}
	const native = await startNativeStack( {
		multisite: Boolean( stack.multisite ),
		coreArchive: archive ?? undefined,
		// Host A passes the Authorization header on as Site Health's fix says; host B drops it,
		// as many hosts and proxies do (the other-apps spec checks both).
		hostExtra: [
			[ 'fastcgi_param HTTP_AUTHORIZATION $http_authorization;' ],
			[ 'fastcgi_param HTTP_AUTHORIZATION "";' ],
		],
		log: ( line ) => console.log( `  ${ line }` ),
	} );
	return {
		env: {
			WP_BASE_URL: native.urls[ 0 ],
			QUICK_POST_E2E_HOSTS: native.urls.join( ',' ),
			QUICK_POST_E2E_DEBUG_LOG: native.debugLog,
			QUICK_POST_E2E_EXPECT: JSON.stringify( {
				...expect,
				php: native.versions.php.split( '.' ).slice( 0, 2 ).join( '.' ),
				database: 'mysql',
				objectCache: 'persistent',
				multisite: Boolean( stack.multisite ),
			} ),
		},
		debugLog: native.debugLog,
		// PHP names files by their real path: the repository the plugin folder links to.
		markers: [ '/plugins/quick-post/', `${ root }/` ],
		stop: () => native.stop(),
	};
}
