#!/usr/bin/env node
/**
 * Runs the native WordPress stack (two nginx hosts, two PHP-FPM pools, MariaDB, Redis) until Ctrl-C.
 *
 *   node bin/native-stack.mjs start [--multisite] [--workers N] [--keep]
 *
 * --keep leaves the temporary directory (WordPress, logs, configuration) in place after stopping.
 * WP_CORE_ARCHIVE names another WordPress tar.gz (default: the newest in ../shared/wordpress).
 */
import { parseArgs } from 'node:util';

import { NATIVE_REQUIREMENTS, startNativeStack } from './lib/native-stack.mjs';
import {
	checkPrerequisites,
	formatInstructions,
} from './lib/prerequisites.mjs';

const { values, positionals } = parseArgs( {
	allowPositionals: true,
	options: {
		multisite: { type: 'boolean', default: false },
		workers: { type: 'string', default: '4' },
		keep: { type: 'boolean', default: false },
	},
} );
const workers = Number( values.workers );
if ( positionals[ 0 ] !== 'start' || ! ( workers >= 1 ) ) {
	console.error(
		'Usage: node bin/native-stack.mjs start [--multisite] [--workers N] [--keep]'
	);
	process.exit( 2 );
}

const { missing } = checkPrerequisites( NATIVE_REQUIREMENTS );
if ( missing.length ) {
	console.error(
		formatInstructions( missing, NATIVE_REQUIREMENTS, 'The native stack' )
	);
	process.exit( 1 );
}

let stack;
try {
	stack = await startNativeStack( {
		workers,
		multisite: values.multisite,
		keep: values.keep,
		log: ( line ) => console.log( `  ${ line }` ),
	} );
} catch ( error ) {
	console.error( error instanceof Error ? error.message : error );
	process.exit( 1 );
}

const { urls, versions, logs } = stack;
console.log( `
WordPress ${ versions.wordpress }${
	stack.multisite ? ' (multisite, second site at /second/)' : ''
}, ready in ${ ( stack.timings.total / 1000 ).toFixed( 1 ) } s. Log in as admin / password.
  Host A: ${ urls[ 0 ] }/wp-admin/edit.php?page=quick-post
  Host B: ${ urls[ 1 ] }/wp-admin/ (same site, same login)
PHP ${ versions.php } (FPM, ${ stack.workers } workers per host), MariaDB ${
	versions.mariadb
}, Redis ${ versions.redis }, nginx ${ versions.nginx }
Files: ${ stack.dir }
Logs:
  WordPress  ${ stack.debugLog }
  nginx      ${ logs.nginx } (access: ${ logs.nginxAccess })
  PHP-FPM    ${ logs.fpm.join( ', ' ) }
  Redis      ${ logs.redis }
  MariaDB    ${ logs.mariadb }
Ctrl-C stops everything${ values.keep ? ' (the files stay)' : '' }.` );

for ( const signal of [ 'SIGINT', 'SIGTERM', 'SIGHUP' ] ) {
	process.on( signal, async () => {
		const since = Date.now();
		console.log( `\n${ signal }: stopping…` );
		await stack.stop();
		console.log(
			`Stopped in ${ ( ( Date.now() - since ) / 1000 ).toFixed( 1 ) } s.`
		);
		process.exit( 0 );
	} );
}
