/**
 * Starts the native stack's Redis, PHP-FPM masters and nginx on private paths, each waited for until it serves.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { fastcgiParams, fpmConfig, nginxConfig } from './config.mjs';
import {
	canConnect,
	freePort,
	run,
	startDaemon,
	waitFor,
} from './processes.mjs';

// Unix socket paths must stay under ~104 bytes (macOS) or 108 (Linux).
const MAX_SOCKET_PATH = 100;

/**
 * Runs `start( ports )` with fresh free ports, again (up to 3 times) when another process took one first.
 *
 * @param {number}   count How many distinct ports.
 * @param {Function} start Starts the server on them; must stop it again before throwing.
 * @return {Promise<*>} What `start` returns.
 */
async function onFreePorts( count, start ) {
	for ( let attempt = 1; ; attempt++ ) {
		const ports = new Set();
		while ( ports.size < count ) {
			ports.add( await freePort() );
		}
		try {
			return await start( [ ...ports ] );
		} catch ( error ) {
			if (
				attempt >= 3 ||
				! /Address already in use/.test( error.message )
			) {
				throw error;
			}
		}
	}
}

/**
 * Stops a daemon that failed to get ready, then rethrows.
 *
 * @param {Object}   daemon   See startDaemon().
 * @param {Function} ready    Resolves when it is ready.
 * @param {Function} register Called with the daemon at once, so a signal meanwhile can stop it too.
 * @return {Promise<Object>} The daemon, ready.
 */
async function readyOrStopped( daemon, ready, register ) {
	const unregister = register( daemon );
	try {
		await ready();
	} catch ( error ) {
		await daemon.stop();
		unregister();
		throw error;
	}
	return daemon;
}

/**
 * @param {Object}   options
 * @param {Object}   options.bin      Paths of the commands (checkPrerequisites()'s `found`).
 * @param {string}   options.dir      The stack's directory.
 * @param {Function} options.register See readyOrStopped().
 * @return {Promise<{daemon: Object, port: number}>} Redis, answering on 127.0.0.1:port.
 */
export function startRedis( { bin, dir, register } ) {
	const redisDir = path.join( dir, 'redis' );
	fs.mkdirSync( redisDir, { recursive: true } );
	const logFile = path.join( dir, 'logs', 'redis.log' );
	return onFreePorts( 1, async ( [ port ] ) => {
		const daemon = startDaemon( {
			name: 'redis-server',
			command: bin.redisServer,
			// Never writes to disk: a cache, gone when the stack stops.
			args: [
				'--port',
				String( port ),
				'--bind',
				'127.0.0.1',
				'--save',
				'',
				'--appendonly',
				'no',
				'--daemonize',
				'no',
				'--dir',
				redisDir,
			],
			logFile,
		} );
		// Our server, not another one that holds the port.
		const ours = async () =>
			(
				await run( bin.redisCli, [
					'-p',
					String( port ),
					'info',
					'server',
				] )
			).stdout.includes( `process_id:${ daemon.pid }\r` );
		await readyOrStopped(
			daemon,
			() => waitFor( ours, { daemon, what: 'answer' } ),
			register
		);
		return { daemon, port };
	} );
}

/**
 * @param {Object}   options
 * @param {Object}   options.bin      See startRedis().
 * @param {string}   options.dir      The stack's directory.
 * @param {string}   options.name     `a` or `b`.
 * @param {number}   options.workers  Workers (pm = static).
 * @param {boolean}  options.asRoot   Whether this process is root.
 * @param {Function} options.register See readyOrStopped().
 * @return {Promise<{daemon: Object, socket: string, logFile: string, phpLog: string}>} A PHP-FPM master.
 */
export async function startFpm( {
	bin,
	dir,
	name,
	workers,
	asRoot,
	register,
} ) {
	let socket = path.join( dir, 'run', `php-fpm-${ name }.sock` );
	if ( socket.length > MAX_SOCKET_PATH ) {
		socket = `/tmp/quick-post-fpm-${ crypto
			.randomBytes( 6 )
			.toString( 'hex' ) }.sock`;
	}
	const logFile = path.join( dir, 'logs', `php-fpm-${ name }.log` );
	const phpLog = path.join( dir, 'logs', `php-${ name }.log` );
	const config = path.join( dir, 'conf', `php-fpm-${ name }.conf` );
	fs.writeFileSync(
		config,
		fpmConfig( {
			name: `host-${ name }`,
			socket,
			workers,
			pidFile: path.join( dir, 'run', `php-fpm-${ name }.pid` ),
			logFile,
			phpLog,
			asRoot,
		} )
	);
	const daemon = startDaemon( {
		name: `php-fpm (host ${ name.toUpperCase() })`,
		command: bin.phpFpm,
		args: [
			'--nodaemonize',
			'--fpm-config',
			config,
			...( asRoot ? [ '--allow-to-run-as-root' ] : [] ),
		],
		logFile,
	} );
	await readyOrStopped(
		daemon,
		() => waitFor( () => canConnect( socket ), { daemon, what: 'socket' } ),
		register
	);
	return { daemon, socket, logFile, phpLog };
}

/**
 * Two servers on two free ports: host A passes PHP its own Host and port; host B passes host A's,
 * as a load balancer that keeps the Host header would, so WordPress has one URL on both.
 *
 * @param {Object}     options
 * @param {Object}     options.bin          See startRedis().
 * @param {string}     options.dir          The stack's directory.
 * @param {string}     options.wpDir        Document root.
 * @param {string}     options.confDir      nginx's own configuration directory.
 * @param {string[]}   options.sockets      The PHP-FPM sockets of host A and B.
 * @param {boolean}    options.multisite    Whether to add the network's rewrites.
 * @param {string[]}   options.fastcgiExtra More directives for the PHP locations.
 * @param {string[][]} [options.hostExtra]  More directives for the PHP location of host A, of host B.
 * @param {boolean}    options.asRoot       Whether this process is root.
 * @param {Function}   options.register     See readyOrStopped().
 * @return {Promise<{daemon: Object, ports: number[], logs: {error: string, access: string}}>} nginx.
 */
export function startNginx( {
	bin,
	dir,
	wpDir,
	confDir,
	sockets,
	multisite,
	fastcgiExtra,
	hostExtra = [ [], [] ],
	asRoot,
	register,
} ) {
	const prefix = path.join( dir, 'nginx' );
	fs.mkdirSync( prefix, { recursive: true } );
	const paramsFile = path.join( dir, 'conf', 'fastcgi_params' );
	fs.writeFileSync( paramsFile, fastcgiParams( confDir ) );
	const logs = {
		error: path.join( dir, 'logs', 'nginx-error.log' ),
		access: path.join( dir, 'logs', 'nginx-access.log' ),
	};
	const pidFile = path.join( dir, 'run', 'nginx.pid' );
	const config = path.join( dir, 'conf', 'nginx.conf' );
	return onFreePorts( 2, async ( ports ) => {
		fs.rmSync( pidFile, { force: true } );
		fs.writeFileSync(
			config,
			nginxConfig( {
				dir,
				wpDir,
				confDir,
				paramsFile,
				hosts: [
					{
						port: ports[ 0 ],
						httpHost: '$host:$server_port',
						socket: sockets[ 0 ],
						extra: hostExtra[ 0 ],
					},
					{
						port: ports[ 1 ],
						httpHost: `localhost:${ ports[ 0 ] }`,
						socket: sockets[ 1 ],
						extra: hostExtra[ 1 ],
					},
				],
				multisite,
				fastcgiExtra,
				asRoot,
				logs,
			} )
		);
		const daemon = startDaemon( {
			name: 'nginx',
			command: bin.nginx,
			// -e: the log for messages before the configuration is read (Debian's default is stderr).
			args: [ '-c', config, '-p', `${ prefix }/`, '-e', logs.error ],
			logFile: logs.error,
		} );
		// nginx writes its PID file once every listening socket is bound.
		const bound = () =>
			fs.existsSync( pidFile ) &&
			fs.readFileSync( pidFile, 'utf8' ).trim() === String( daemon.pid );
		await readyOrStopped(
			daemon,
			() => waitFor( bound, { daemon, what: 'listening sockets' } ),
			register
		);
		return { daemon, ports, logs };
	} );
}
