/**
 * A private, throwaway MariaDB server: its own data directory, socket and 127.0.0.1 port, no system service.
 *
 * `startMariaDB( { dir } )` initialises a data directory under `dir`, starts `mariadbd` on a free port,
 * waits until it answers, and creates a database and a user with a password. As root the server runs
 * as the `mysql` user (it refuses to run as root), so the directories it writes are handed to `mysql`;
 * as anyone else it runs as that user. The server is tuned for tests, not for keeping data: a crash
 * may lose the last second of commits. Administration goes through the socket, as the OS user who
 * started it (unix_socket authentication); clients use TCP with the user and password.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { findCommand, REQUIREMENTS } from './prerequisites.mjs';

/** What a runner must check before calling startMariaDB(). */
export const MARIADB_REQUIREMENTS = [
	REQUIREMENTS.mariadbServer,
	REQUIREMENTS.mariadbInstallDb,
	REQUIREMENTS.mariadbClient,
];

// Unix socket paths must stay under ~104 bytes (macOS) or 108 (Linux).
const MAX_SOCKET_PATH = 100;

/**
 * @param {string}   command Command.
 * @param {string[]} args    Arguments.
 * @return {Promise<{status: number|null, output: string}>} Exit status and stdout + stderr.
 */
function run( command, args ) {
	return new Promise( ( resolve ) => {
		const child = spawn( command, args, {
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		} );
		let output = '';
		child.stdout.on( 'data', ( chunk ) => ( output += chunk ) );
		child.stderr.on( 'data', ( chunk ) => ( output += chunk ) );
		child.on( 'error', ( error ) =>
			resolve( { status: null, output: String( error ) } )
		);
		child.on( 'close', ( status ) => resolve( { status, output } ) );
	} );
}

/**
 * @return {Promise<number>} A TCP port on 127.0.0.1 that was free a moment ago.
 */
function freePort() {
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
 * @param {string} name A system user.
 * @return {{uid: number, gid: number}|null} Its IDs, or null if there is no such user.
 */
function systemUser( name ) {
	const [ uid, gid ] = [ '-u', '-g' ].map( ( flag ) =>
		spawnSync( 'id', [ flag, name ], { encoding: 'utf8' } )
	);
	return uid.status === 0 && gid.status === 0
		? { uid: Number( uid.stdout ), gid: Number( gid.stdout ) }
		: null;
}

/**
 * The server, running as `mysql`, must be able to reach `dir`: every directory above it must be
 * searchable by others (as /tmp and os.tmpdir() are), and `dir` itself is made so.
 *
 * @param {string} dir Directory.
 */
function makeReachable( dir ) {
	fs.chmodSync( dir, 0o711 );
	for ( let d = dir; d !== path.dirname( d ); ) {
		d = path.dirname( d );
		// The lowest permission bit: search (x) for others.
		if ( fs.statSync( d ).mode % 2 === 0 ) {
			throw new Error(
				`MariaDB runs as the mysql user, which cannot enter ${ d } (no search permission for others). Use a directory under /tmp.`
			);
		}
	}
}

/**
 * @param {string} name A database or user name, which goes into SQL unescaped, so must be plain.
 */
function checkName( name ) {
	if ( ! /^[A-Za-z0-9_]{1,64}$/.test( name ) ) {
		throw new Error( `Not a plain database or user name: ${ name }` );
	}
}

/**
 * @param {Object}   options
 * @param {string}   options.dir        Directory for the data, socket, pid and log (created if needed).
 * @param {string}   [options.database] Database to create. Default `wordpress_test`.
 * @param {string}   [options.user]     User to create, with all privileges on the databases made here.
 * @param {string}   [options.password] Its password. Default: random.
 * @param {string[]} [options.args]     More `mariadbd` options, e.g. `--max-connections=500`.
 * @param {number}   [options.timeout]  Milliseconds to wait for the server to answer. Default 30 s.
 * @return {Promise<{host: string, port: number, socket: string, user: string, password: string,
 *   database: string, dataDir: string, logFile: string, pid: number,
 *   sql: (statements: string) => Promise<string>, createDatabase: (name: string) => Promise<string>,
 *   stop: () => Promise<void>, kill: () => void}>} The running server.
 */
export async function startMariaDB( {
	dir,
	database = 'wordpress_test',
	user = 'wp_test',
	password = crypto.randomBytes( 12 ).toString( 'hex' ),
	args = [],
	timeout = 30000,
} ) {
	checkName( database );
	checkName( user );
	const bin = {
		server: findCommand( REQUIREMENTS.mariadbServer.commands ),
		installDb: findCommand( REQUIREMENTS.mariadbInstallDb.commands ),
		client: findCommand( REQUIREMENTS.mariadbClient.commands ),
	};
	if ( Object.values( bin ).includes( null ) ) {
		throw new Error(
			'MariaDB is not installed (see MARIADB_REQUIREMENTS).'
		);
	}

	dir = path.resolve( dir );
	const dataDir = path.join( dir, 'data' );
	const runDir = path.join( dir, 'run' );
	fs.mkdirSync( dataDir, { recursive: true } );
	fs.mkdirSync( runDir, { recursive: true } );
	const pidFile = path.join( runDir, 'mariadbd.pid' );
	const logFile = path.join( dir, 'mariadbd.log' );
	let socket = path.join( runDir, 'mariadbd.sock' );
	// Too long for a socket (under a deep temporary directory): /tmp, which anyone may write into.
	const socketInTmp = socket.length > MAX_SOCKET_PATH;
	if ( socketInTmp ) {
		socket = `/tmp/mariadbd-${ crypto.randomBytes( 6 ).toString( 'hex' ) }.sock`;
	}

	const asRoot = process.getuid?.() === 0;
	const admin = os.userInfo().username;
	const userArgs = [];
	if ( asRoot ) {
		const mysql = systemUser( 'mysql' );
		if ( ! mysql ) {
			throw new Error(
				'As root, MariaDB must run as the "mysql" system user, and there is none (the mariadb-server package creates it).'
			);
		}
		makeReachable( dir );
		makeReachable( runDir );
		fs.chownSync( dataDir, mysql.uid, mysql.gid );
		fs.chownSync( runDir, mysql.uid, mysql.gid );
		userArgs.push( '--user=mysql' );
	}

	// The server's own prefix (/usr on Debian, the keg on Homebrew), where the install script finds its SQL.
	const baseDir = path.dirname(
		path.dirname( fs.realpathSync( bin.server ) )
	);
	const install = await run( bin.installDb, [
		'--no-defaults',
		`--basedir=${ baseDir }`,
		`--datadir=${ dataDir }`,
		...userArgs,
		'--skip-test-db',
		'--skip-name-resolve',
		'--auth-root-authentication-method=socket',
		`--auth-root-socket-user=${ admin }`,
	] );
	if ( install.status !== 0 ) {
		throw new Error( `mariadb-install-db failed:\n${ install.output }` );
	}

	const client = ( extra ) =>
		run( bin.client, [
			'--no-defaults',
			`--user=${ admin }`,
			`--socket=${ socket }`,
			'--batch',
			'--skip-column-names',
			...extra,
		] );

	const serverArgs = [
		'--no-defaults',
		`--datadir=${ dataDir }`,
		`--socket=${ socket }`,
		'--bind-address=127.0.0.1',
		'--skip-name-resolve',
		`--pid-file=${ pidFile }`,
		...userArgs,
		// Fast rather than durable: no binary log, no doublewrite, the redo log flushed once a second.
		'--skip-log-bin',
		'--innodb-flush-log-at-trx-commit=2',
		'--innodb-doublewrite=0',
		'--innodb-buffer-pool-size=128M',
		'--character-set-server=utf8mb4',
		'--collation-server=utf8mb4_unicode_ci',
		...args,
	];
	let child;
	let port;
	let exited;
	for ( let attempt = 1; ; attempt++ ) {
		port = await freePort();
		const log = fs.openSync( logFile, 'a' );
		child = spawn( bin.server, [ ...serverArgs, `--port=${ port }` ], {
			stdio: [ 'ignore', log, log ],
		} );
		fs.closeSync( log );
		exited = new Promise( ( resolve ) => child.on( 'exit', resolve ) );
		let gone = false;
		exited.then( () => ( gone = true ) );

		const deadline = Date.now() + timeout;
		let up = false;
		while ( ! gone && ! up && Date.now() < deadline ) {
			await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
			up = ( await client( [ '-e', 'SELECT 1' ] ) ).status === 0;
		}
		if ( up ) {
			break;
		}
		const tail = fs.readFileSync( logFile, 'utf8' ).slice( -2000 );
		if ( ! gone ) {
			child.kill( 'SIGKILL' );
			await exited;
			throw new Error(
				`MariaDB did not answer within ${ timeout / 1000 } s. Its log:\n${ tail }`
			);
		}
		// Another process took the port between freePort() and the server binding it.
		if (
			attempt < 3 &&
			/Address already in use|Can't start server: Bind/.test( tail )
		) {
			continue;
		}
		throw new Error( `MariaDB exited while starting. Its log:\n${ tail }` );
	}

	const sql = async ( statements ) => {
		const { status, output } = await client( [ '-e', statements ] );
		if ( status !== 0 ) {
			throw new Error( `SQL failed: ${ statements }\n${ output }` );
		}
		return output;
	};
	const createDatabase = async ( name ) => {
		checkName( name );
		await sql(
			`CREATE DATABASE IF NOT EXISTS \`${ name }\`; GRANT ALL PRIVILEGES ON \`${ name }\`.* TO '${ user }'@'127.0.0.1', '${ user }'@'localhost';`
		);
		return name;
	};

	const alive = () => child.exitCode === null && child.signalCode === null;
	// The server removes its socket when it shuts down, but not when it is killed.
	const removeSocket = () =>
		socketInTmp && fs.rmSync( socket, { force: true } );
	const server = {
		host: '127.0.0.1',
		port,
		socket,
		user,
		password,
		database,
		dataDir,
		logFile,
		pid: child.pid,
		sql,
		createDatabase,
		/** Stops the server by its PID and waits for it to exit (up to 30 s, then kills it). */
		async stop() {
			if ( alive() ) {
				process.kill( child.pid, 'SIGTERM' );
				const timer = setTimeout(
					() => child.kill( 'SIGKILL' ),
					30000
				);
				await exited;
				clearTimeout( timer );
			}
			removeSocket();
		},
		/** For a process `exit` handler, where nothing can be awaited: kills the server at once. */
		kill() {
			if ( alive() ) {
				process.kill( child.pid, 'SIGKILL' );
			}
			removeSocket();
		},
	};

	try {
		const quoted = password.replace( /[\\']/g, '\\$&' );
		await sql(
			`CREATE USER '${ user }'@'127.0.0.1' IDENTIFIED BY '${ quoted }', '${ user }'@'localhost' IDENTIFIED BY '${ quoted }';`
		);
		await createDatabase( database );
	} catch ( error ) {
		await server.stop();
		throw error;
	}
	return server;
}
