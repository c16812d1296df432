/**
 * A native WordPress for the e2e tests, as real sites run: two nginx hosts, each with its own PHP-FPM pool, on one MariaDB and one Redis.
 *
 * `startNativeStack()` builds everything in a fresh temporary directory (core from an archive in
 * ../shared, the plugin linked in, Redis as the object cache), installs WordPress without WP-CLI,
 * and resolves once both hosts answer REST requests. `stop()` stops every server by its PID and
 * removes the directory. SIGINT, SIGTERM and SIGHUP stop the stack too (and then end the process,
 * unless something else listens for the signal), and an exiting process kills what is left.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { MARIADB_REQUIREMENTS, startMariaDB } from './mariadb.mjs';
import { nginxInfo } from './native/config.mjs';
import { lifecycle } from './native/lifecycle.mjs';
import { phpRunner, versions } from './native/php.mjs';
import { run } from './native/processes.mjs';
import { startFpm, startNginx, startRedis } from './native/servers.mjs';
import { setUpSite } from './native/site.mjs';
import {
	addPlugins,
	newestArchive,
	unpack,
	writeWpConfig,
} from './native/wordpress.mjs';
import {
	checkPrerequisites,
	formatInstructions,
	REQUIREMENTS,
} from './prerequisites.mjs';

const repoRoot = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..',
	'..'
);
const shared = path.resolve( repoRoot, '..', 'shared' );

/** What a runner must check (checkPrerequisites()) before calling startNativeStack(). */
export const NATIVE_REQUIREMENTS = [
	REQUIREMENTS.php,
	REQUIREMENTS.phpMysqli,
	REQUIREMENTS.phpXml,
	REQUIREMENTS.phpMbstring,
	REQUIREMENTS.phpCurl,
	REQUIREMENTS.phpGd,
	REQUIREMENTS.phpRedis,
	REQUIREMENTS.phpFpm,
	REQUIREMENTS.nginx,
	REQUIREMENTS.redisServer,
	REQUIREMENTS.redisCli,
	...MARIADB_REQUIREMENTS,
	REQUIREMENTS.tar,
];

/**
 * @param {Object}     [options]
 * @param {number}     [options.workers]           PHP-FPM workers per host. Default 4.
 * @param {boolean}    [options.multisite]         A subdirectory network with a site at /second/.
 * @param {string}     [options.coreArchive]       WordPress tar.gz. Default: WP_CORE_ARCHIVE, or the
 *                                                 newest ../shared/wordpress/wordpress-*.tar.gz.
 * @param {string}     [options.redisCacheArchive] Redis Object Cache tar.gz. Default: the newest in ../shared/plugins.
 * @param {string[]}   [options.fastcgiExtra]      nginx directives added to every PHP location.
 * @param {string[][]} [options.hostExtra]         nginx directives for host A's PHP location, and for host B's.
 * @param {boolean}    [options.keep]              Keep the directory after stop() (for its logs).
 * @param {Function}   [options.log]               Called with a line of progress at each step.
 * @return {Promise<Object>} The running stack (see the returned object's fields below).
 */
export async function startNativeStack( {
	workers = 4,
	multisite = false,
	coreArchive = process.env.WP_CORE_ARCHIVE ||
		newestArchive( path.join( shared, 'wordpress' ), 'wordpress' ),
	redisCacheArchive = newestArchive(
		path.join( shared, 'plugins' ),
		'redis-cache'
	),
	fastcgiExtra = [],
	hostExtra = [ [], [] ],
	keep = false,
	log = () => {},
} = {} ) {
	const started = Date.now();
	const { found: bin, missing } = checkPrerequisites( NATIVE_REQUIREMENTS );
	if ( missing.length ) {
		throw new Error(
			formatInstructions(
				missing,
				NATIVE_REQUIREMENTS,
				'The native stack'
			)
		);
	}
	for ( const [ what, file ] of [
		[ 'WordPress core archive', coreArchive ],
		[ 'Redis Object Cache archive', redisCacheArchive ],
	] ) {
		if ( ! file || ! fs.existsSync( file ) ) {
			throw new Error(
				`No ${ what } (looked for ${ file || `one in ${ shared }` }).`
			);
		}
	}
	const asRoot = process.getuid?.() === 0;

	const dir = fs.mkdtempSync(
		path.join( os.tmpdir(), 'quick-post-native-' )
	);
	// MariaDB runs as `mysql` when we are root, and must reach its directory inside.
	fs.chmodSync( dir, 0o711 );
	for ( const sub of [ 'run', 'logs', 'conf' ] ) {
		fs.mkdirSync( path.join( dir, sub ) );
	}
	const wpDir = path.join( dir, 'wordpress' );

	const {
		register,
		adoptDatabase,
		removeLater,
		starting,
		checkAborted,
		stop,
	} = lifecycle( { dir, keep } );
	const timings = {};
	const step = async ( name, promise ) => {
		const since = Date.now();
		let result;
		try {
			result = await promise;
		} finally {
			// A signal's stop, rather than the failure it caused.
			checkAborted();
		}
		timings[ name ] = Date.now() - since;
		log( `${ name }: ${ ( timings[ name ] / 1000 ).toFixed( 1 ) } s` );
		return result;
	};

	return starting(
		( async () => {
			try {
				// The slow, independent parts at once; all settle first, so that no failure goes unseen.
				const parts = await Promise.allSettled( [
					step(
						'unpack WordPress',
						unpack( bin.tar, coreArchive, dir )
					),
					step(
						'start MariaDB',
						startMariaDB( {
							dir: path.join( dir, 'mariadb' ),
							database: 'wordpress',
							user: 'wordpress',
						} ).then( adoptDatabase )
					),
					step( 'start Redis', startRedis( { bin, dir, register } ) ),
				] );
				const failure = parts.find(
					( part ) => part.status === 'rejected'
				);
				if ( failure ) {
					throw failure.reason;
				}
				const [ , { value: db }, { value: redis } ] = parts;
				const redisCli = async ( ...args ) => {
					const result = await run( bin.redisCli, [
						'-h',
						'127.0.0.1',
						'-p',
						String( redis.port ),
						...args,
					] );
					if ( result.status !== 0 ) {
						throw new Error(
							`redis-cli ${ args.join( ' ' ) }: ${ result.stderr }`
						);
					}
					return result.stdout.trim();
				};

				writeWpConfig( wpDir, { db, redisPort: redis.port } );
				await addPlugins( {
					wpDir,
					repoRoot,
					tar: bin.tar,
					redisArchive: redisCacheArchive,
				} );

				const fpm = await step(
					'start PHP-FPM',
					Promise.all(
						[ 'a', 'b' ].map( ( name ) =>
							startFpm( {
								bin,
								dir,
								name,
								workers,
								asRoot,
								register,
							} )
						)
					)
				);
				fpm.filter(
					( pool ) => ! pool.socket.startsWith( dir )
				).forEach( ( pool ) => removeLater( pool.socket ) );
				const nginxVersion = nginxInfo( bin.nginx );
				const nginx = await step(
					'start nginx',
					startNginx( {
						bin,
						dir,
						wpDir,
						confDir: nginxVersion.confDir,
						sockets: fpm.map( ( pool ) => pool.socket ),
						multisite,
						fastcgiExtra,
						hostExtra,
						asRoot,
						register,
					} )
				);
				const urls = nginx.ports.map(
					( port ) => `http://localhost:${ port }`
				);
				const php = phpRunner( {
					php: bin.php,
					dir: path.join( dir, 'php' ),
					wpDir,
					url: urls[ 0 ],
				} );

				const secondSite = await setUpSite( {
					php,
					wpDir,
					urls,
					multisite,
					redisCli,
					step,
				} );

				const fpmVersion = ( await run( bin.phpFpm, [ '-v' ] ) ).stdout;
				const found = {
					...( await versions( php ) ),
					phpFpm: /PHP (\S+)/.exec( fpmVersion )?.[ 1 ],
					nginx: nginxVersion.version,
				};
				timings.total = Date.now() - started;
				return {
					/** Host A, then host B: the same site (site URL is host A's). */
					urls,
					dir,
					wpDir,
					debugLog: path.join( wpDir, 'wp-content', 'debug.log' ),
					multisite,
					workers,
					/** On multisite: `{ id, path: '/second/', title, url }`. */
					secondSite,
					logs: {
						nginx: nginx.logs.error,
						nginxAccess: nginx.logs.access,
						fpm: fpm.map( ( pool ) => pool.logFile ),
						php: fpm.map( ( pool ) => pool.phpLog ),
						redis: redis.daemon.logFile,
						mariadb: db.logFile,
					},
					ports: {
						http: nginx.ports,
						redis: redis.port,
						mariadb: db.port,
					},
					pids: {
						nginx: nginx.daemon.pid,
						fpm: fpm.map( ( pool ) => pool.daemon.pid ),
						redis: redis.daemon.pid,
						mariadb: db.pid,
					},
					/** From inside PHP (php, wordpress, mariadb, redis), and from the binaries (phpFpm, nginx). */
					versions: found,
					/** Milliseconds, per step and in all (`total`). */
					timings,
					/** Runs redis-cli against the stack's Redis; resolves to its output, trimmed. */
					redisCli,
					php,
					/**
					 * SQL in the site's database, as the database's administrator. It bypasses the object
					 * cache: after changing rows WordPress caches, call `redisCli( 'flushdb' )`.
					 *
					 * @param {string} statements SQL.
					 * @return {Promise<string>} Tab-separated rows, no header.
					 */
					sql: ( statements ) =>
						db.sql( `USE \`${ db.database }\`; ${ statements }` ),
					stop,
				};
			} catch ( error ) {
				await stop();
				throw error;
			}
		} )()
	);
}
