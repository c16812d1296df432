/**
 * Process helpers for the native stack: commands run to completion, daemons started and stopped by PID.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/**
 * @param {string}   command Command.
 * @param {string[]} args    Arguments.
 * @return {Promise<{status: number|null, stdout: string, stderr: string}>} How it ended and what it printed.
 */
export function run( command, args ) {
	return new Promise( ( resolve ) => {
		const child = spawn( command, args, {
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		} );
		let stdout = '';
		let stderr = '';
		child.stdout.on( 'data', ( chunk ) => ( stdout += chunk ) );
		child.stderr.on( 'data', ( chunk ) => ( stderr += chunk ) );
		child.on( 'error', ( error ) =>
			resolve( { status: null, stdout, stderr: String( error ) } )
		);
		child.on( 'close', ( status ) =>
			resolve( { status, stdout, stderr } )
		);
	} );
}

/**
 * @return {Promise<number>} A TCP port on 127.0.0.1 that was free a moment ago.
 */
export function freePort() {
	return new Promise( ( resolve, reject ) => {
		const server = net.createServer();
		server.unref();
		server.on( 'error', reject );
		server.listen( 0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close( () => resolve( port ) );
		} );
	} );
}

/**
 * @param {string} socket A unix socket path.
 * @return {Promise<boolean>} Whether something accepts connections on it.
 */
export function canConnect( socket ) {
	return new Promise( ( resolve ) => {
		const connection = net.connect( socket );
		connection.on( 'connect', () => {
			connection.destroy();
			resolve( true );
		} );
		connection.on( 'error', () => resolve( false ) );
	} );
}

/**
 * @param {string} file  A log file.
 * @param {number} chars How much of its end to return.
 * @return {string} Its last characters, or '' if it does not exist.
 */
export function tail( file, chars = 2000 ) {
	try {
		return fs.readFileSync( file, 'utf8' ).slice( -chars );
	} catch {
		return '';
	}
}

/**
 * @param {number} pid    A process group ID (the PID of its leader).
 * @param {string} signal Signal.
 * @return {boolean} Whether any process of the group was still there.
 */
function signalGroup( pid, signal ) {
	try {
		process.kill( -pid, signal );
		return true;
	} catch {
		return false;
	}
}

/**
 * Starts a long-running server in its own process group (so a terminal's Ctrl-C reaches only this
 * process, which then stops the servers in order, and a kill of the group also ends a master's workers).
 *
 * @param {Object}   options
 * @param {string}   options.name    Name, for messages.
 * @param {string}   options.command Command.
 * @param {string[]} options.args    Arguments.
 * @param {string}   options.logFile Where stdout and stderr go (appended).
 * @return {{name: string, pid: number, logFile: string, exited: Promise<void>, alive: () => boolean,
 *   stop: (timeout?: number) => Promise<void>, kill: () => void}} The running server.
 */
export function startDaemon( { name, command, args, logFile } ) {
	const log = fs.openSync( logFile, 'a' );
	const child = spawn( command, args, {
		stdio: [ 'ignore', log, log ],
		detached: true,
	} );
	fs.closeSync( log );
	const exited = new Promise( ( resolve ) => {
		child.on( 'exit', () => resolve() );
		child.on( 'error', () => resolve() );
	} );
	const alive = () =>
		child.pid !== undefined &&
		child.exitCode === null &&
		child.signalCode === null;
	return {
		name,
		pid: child.pid,
		logFile,
		exited,
		alive,
		/**
		 * SIGTERM to the server (nginx and PHP-FPM end their workers), then SIGKILL to whatever of its
		 * group is left: after `timeout` ms, or at once once the leader has exited.
		 *
		 * @param {number} [timeout] Milliseconds to wait for a clean exit.
		 */
		async stop( timeout = 10000 ) {
			if ( alive() ) {
				process.kill( child.pid, 'SIGTERM' );
				const timer = setTimeout(
					() => signalGroup( child.pid, 'SIGKILL' ),
					timeout
				);
				await exited;
				clearTimeout( timer );
			}
			if ( child.pid !== undefined ) {
				signalGroup( child.pid, 'SIGKILL' );
			}
		},
		/** For a process `exit` handler, where nothing can be awaited: kills the whole group at once. */
		kill() {
			if ( child.pid !== undefined ) {
				signalGroup( child.pid, 'SIGKILL' );
			}
		},
	};
}

/**
 * Polls until `check()` is truthy; fails early when the daemon exits.
 *
 * @param {Function} check             Async or sync test.
 * @param {Object}   options
 * @param {Object}   options.daemon    The daemon being waited for (see startDaemon()).
 * @param {string}   options.what      What is awaited, for the error.
 * @param {number}   [options.timeout] Milliseconds. Default 20 s.
 * @return {Promise<void>} Resolves once ready.
 */
export async function waitFor( check, { daemon, what, timeout = 20000 } ) {
	const deadline = Date.now() + timeout;
	while ( ! ( await check() ) ) {
		if ( ! daemon.alive() ) {
			throw new Error(
				`${ daemon.name } exited before ${ what }. Its log (${
					daemon.logFile
				}):\n${ tail( daemon.logFile ) }`
			);
		}
		if ( Date.now() > deadline ) {
			throw new Error(
				`${ daemon.name }: no ${ what } within ${
					timeout / 1000
				} s. Its log (${ daemon.logFile }):\n${ tail( daemon.logFile ) }`
			);
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 50 ) );
	}
}
