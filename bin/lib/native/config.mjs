/**
 * Writes the native stack's server configuration: PHP-FPM pools, nginx and its fastcgi_params.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} nginx Path of the nginx binary.
 * @return {{version: string, confDir: string}} Its version and the directory of its own configuration
 *         (where mime.types and fastcgi_params are: /etc/nginx on Debian, Homebrew's etc/nginx).
 */
export function nginxInfo( nginx ) {
	// nginx prints -V to stderr.
	const { stderr } = spawnSync( nginx, [ '-V' ], { encoding: 'utf8' } );
	const version = /nginx\/([\d.]+)/.exec( stderr )?.[ 1 ] ?? 'unknown';
	const confPath = /--conf-path=(\S+)/.exec( stderr )?.[ 1 ];
	const confDir = confPath ? path.dirname( confPath ) : '/etc/nginx';
	return { version, confDir };
}

/**
 * A copy of nginx's fastcgi_params without HTTP_HOST: each server sets it itself. Debian's passes
 * `$host`, which drops a non-default port, so WordPress would build URLs for port 80. Passing it
 * twice would not override it, so the line is removed, not added to.
 *
 * @param {string} confDir nginx's configuration directory.
 * @return {string} The file's text.
 */
export function fastcgiParams( confDir ) {
	const file = path.join( confDir, 'fastcgi_params' );
	if ( ! fs.existsSync( file ) ) {
		throw new Error( `nginx has no ${ file } to copy.` );
	}
	return fs
		.readFileSync( file, 'utf8' )
		.split( '\n' )
		.filter( ( line ) => ! /^\s*fastcgi_param\s+HTTP_HOST\b/.test( line ) )
		.join( '\n' );
}

/**
 * @param {Object}  options
 * @param {string}  options.name    Pool name.
 * @param {string}  options.socket  Unix socket to listen on.
 * @param {number}  options.workers Worker processes (pm = static).
 * @param {string}  options.pidFile Master's PID file.
 * @param {string}  options.logFile Master's log, where the workers' stderr also goes.
 * @param {string}  options.phpLog  PHP's error_log until WordPress sets its own.
 * @param {boolean} options.asRoot  Whether the master runs as root (then so do the workers).
 * @return {string} A php-fpm.conf.
 */
export function fpmConfig( {
	name,
	socket,
	workers,
	pidFile,
	logFile,
	phpLog,
	asRoot,
} ) {
	return `; Written by bin/lib/native/config.mjs.
[global]
pid = ${ pidFile }
error_log = ${ logFile }
daemonize = no

[${ name }]
${ asRoot ? 'user = root\ngroup = root\n' : '' }listen = ${ socket }
pm = static
pm.max_children = ${ workers }
catch_workers_output = yes
decorate_workers_output = no
; php_admin_value would lock error_log, and WP_DEBUG_LOG could not move it to wp-content/debug.log.
php_value[error_log] = ${ phpLog }
php_value[upload_max_filesize] = 64M
php_value[post_max_size] = 64M
php_value[memory_limit] = 256M
; OPcache looks at a file's time at most every 2 s by default: a rewritten wp-config.php (multisite) or
; a plugin file just changed would be run stale for up to 2 s. 0: on every request.
php_value[opcache.revalidate_freq] = 0
`;
}

/**
 * @param {string[]} directives nginx directives, with or without their closing semicolon.
 * @param {string}   indent     Indentation.
 * @return {string} One directive a line.
 */
function directiveLines( directives, indent ) {
	return directives
		.map( ( line ) => line.trim() )
		.filter( Boolean )
		.map(
			( line ) =>
				`\n${ indent }${ /[;}]$/.test( line ) ? line : `${ line };` }`
		)
		.join( '' );
}

/**
 * @param {Object}                                                                   options
 * @param {string}                                                                   options.dir          The stack's directory (temp paths, logs, pid).
 * @param {string}                                                                   options.wpDir        Document root.
 * @param {string}                                                                   options.confDir      nginx's own configuration directory (mime.types).
 * @param {string}                                                                   options.paramsFile   The fastcgi_params copy (see fastcgiParams()).
 * @param {Array<{port: number, httpHost: string, socket: string, extra: string[]}>} options.hosts        One server each:
 *                                                                                                        its port, the HTTP_HOST it passes to PHP, its PHP-FPM socket, directives of its own.
 * @param {boolean}                                                                  options.multisite    Whether to add the subdirectory-network rewrites.
 * @param {string[]}                                                                 options.fastcgiExtra More directives for the PHP location of every server.
 * @param {boolean}                                                                  options.asRoot       Whether nginx runs as root.
 * @param {Object}                                                                   options.logs         `error` and `access` log paths.
 * @return {string} An nginx.conf.
 */
export function nginxConfig( {
	dir,
	wpDir,
	confDir,
	paramsFile,
	hosts,
	multisite,
	fastcgiExtra,
	asRoot,
	logs,
} ) {
	const temp = ( name ) =>
		`${ name }_temp_path ${ path.join( dir, 'nginx', name ) };`;
	// Requests for /second/wp-admin/… are served by the core files at /wp-admin/…; REQUEST_URI keeps the site's path.
	const multisiteRules = `
		if (!-e $request_filename) {
			rewrite /wp-admin$ $uri/ permanent;
			rewrite ^(/[^/]+)?(/wp-.*) $2 last;
			rewrite ^(/[^/]+)?(/.*\\.php) $2 last;
		}`;
	const server = ( { port, httpHost, socket, extra = [] } ) => `
	server {
		listen 127.0.0.1:${ port };
		server_name localhost;
		root ${ wpDir };
		index index.php index.html;
${ multisite ? multisiteRules : '' }
		location / {
			try_files $uri $uri/ /index.php?$args;
		}

		location ~ \\.php$ {
			try_files $uri =404;
			include ${ paramsFile };
			fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
			fastcgi_param HTTP_HOST ${ httpHost };
			fastcgi_index index.php;
			fastcgi_read_timeout 300s;
			fastcgi_pass unix:${ socket };${ directiveLines(
				[ ...fastcgiExtra, ...extra ],
				'\t\t\t'
			) }
		}
	}`;
	return `# Written by bin/lib/native/config.mjs.
daemon off;
${ asRoot ? 'user root;\n' : '' }worker_processes 2;
pid ${ path.join( dir, 'run', 'nginx.pid' ) };
error_log ${ logs.error } warn;

events {
	worker_connections 512;
}

http {
	include ${ path.join( confDir, 'mime.types' ) };
	default_type application/octet-stream;
	log_format timed '$remote_addr [$time_local] "$request" $status $body_bytes_sent $request_time s "$http_user_agent"';
	access_log ${ logs.access } timed;
	${ temp( 'client_body' ) }
	${ temp( 'proxy' ) }
	${ temp( 'fastcgi' ) }
	${ temp( 'uwsgi' ) }
	${ temp( 'scgi' ) }
	sendfile on;
	client_max_body_size 64m;
	# Relative redirects keep the port the browser used.
	absolute_redirect off;
${ hosts.map( server ).join( '\n' ) }
}
`;
}
