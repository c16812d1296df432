/**
 * The native stack's lifecycle: what runs, stopping it in order by PID, and cleaning up on signals and exit.
 */
import fs from 'node:fs';

const SIGNALS = [ 'SIGINT', 'SIGTERM', 'SIGHUP' ];

/**
 * From here on SIGINT, SIGTERM and SIGHUP stop everything registered (then, if nothing else
 * listens for the signal, the process ends by it, as it would have), and an exiting process
 * kills what is left at once. A signal while starting aborts the start at its next step
 * (checkAborted()) and waits for it to settle, so that nothing it still runs (tar, MariaDB's
 * first start) outlives the clean-up; a second signal kills everything at once.
 *
 * @param {Object}  options
 * @param {string}  options.dir  The stack's directory, removed by stop().
 * @param {boolean} options.keep Whether to keep the directory.
 * @return {{register: (daemon: Object) => Function, adoptDatabase: (server: Object) => Promise<Object>,
 *   removeLater: (file: string) => void, starting: (start: Promise) => Promise, checkAborted: () => void,
 *   stop: () => Promise<void>}} `register` adds a daemon of startDaemon() and returns a function
 *   that removes it again; `adoptDatabase` adds the startMariaDB() server; `removeLater` adds a
 *   file outside the directory; `starting` names the start, which a signal waits for.
 */
export function lifecycle( { dir, keep } ) {
	const daemons = [];
	const files = [];
	let db = null;
	let stopping = null;
	let aborted = false;
	let started = Promise.resolve();
	const checkAborted = () => {
		if ( aborted ) {
			throw new Error( 'The native stack was stopped while starting.' );
		}
	};

	const removeFiles = () => {
		files.forEach( ( file ) => fs.rmSync( file, { force: true } ) );
		if ( ! keep ) {
			fs.rmSync( dir, { recursive: true, force: true } );
		}
	};
	const onExit = () => {
		daemons.forEach( ( daemon ) => daemon.kill() );
		db?.kill();
		removeFiles();
	};
	const onSignal = ( signal ) => {
		if ( aborted ) {
			onExit();
			process.exit( 130 );
		}
		aborted = true;
		started.then( stop ).finally( () => {
			if ( process.listenerCount( signal ) === 0 ) {
				process.kill( process.pid, signal );
			}
		} );
	};

	function stop() {
		stopping ??= ( async () => {
			SIGNALS.forEach( ( signal ) => process.off( signal, onSignal ) );
			// nginx first, so that no request reaches a stopping PHP, Redis or MariaDB.
			const isNginx = ( daemon ) => daemon.name === 'nginx';
			await Promise.all(
				daemons.filter( isNginx ).map( ( daemon ) => daemon.stop() )
			);
			await Promise.all( [
				...daemons
					.filter( ( daemon ) => ! isNginx( daemon ) )
					.map( ( daemon ) => daemon.stop() ),
				db?.stop(),
			] );
			daemons.length = 0;
			db = null;
			removeFiles();
			process.off( 'exit', onExit );
		} )();
		return stopping;
	}

	SIGNALS.forEach( ( signal ) => process.on( signal, onSignal ) );
	process.on( 'exit', onExit );
	return {
		register( daemon ) {
			if ( aborted ) {
				daemon.kill();
				checkAborted();
			}
			daemons.push( daemon );
			return () => daemons.splice( daemons.indexOf( daemon ), 1 );
		},
		async adoptDatabase( server ) {
			if ( aborted ) {
				await server.stop();
				checkAborted();
			}
			db = server;
			return server;
		},
		removeLater( file ) {
			files.push( file );
		},
		starting( start ) {
			started = start.catch( () => {} );
			return start;
		},
		checkAborted,
		stop,
	};
}
