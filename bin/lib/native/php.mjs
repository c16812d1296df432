/**
 * PHP in the native stack's WordPress without WP-CLI: snippets run after wp-load.php, plugin activation, permalinks, versions.
 */
import fs from 'node:fs';
import path from 'node:path';

import { run } from './processes.mjs';
import { phpString } from './wordpress.mjs';

/** The plugins the stack activates (network-wide on multisite). */
export const PLUGINS = [
	'quick-post/plugin.php',
	'quick-post-test-helpers/quick-post-test-helpers.php',
];

/**
 * @param {Object} options
 * @param {string} options.php   The PHP command line binary.
 * @param {string} options.dir   A directory outside the document root for the bootstrap and snippets.
 * @param {string} options.wpDir WordPress root.
 * @param {string} options.url   The site's URL.
 * @return {(code: string, options?: {path?: string}) => Promise<string>} Runs PHP code (no `<?php`
 *         needed) after wp-load.php, as the admin user, as if requested at `path` (default `/`; on
 *         multisite that picks the site, e.g. `/second/`), in the global scope; resolves to its stdout.
 */
export function phpRunner( { php, dir, wpDir, url } ) {
	fs.mkdirSync( dir, { recursive: true } );
	const bootstrap = path.join( dir, 'bootstrap.php' );
	fs.writeFileSync(
		bootstrap,
		`<?php
// Written by bin/lib/native/php.mjs: runs the snippet argv[1] in WordPress, as a request to argv[2] would.
$qp_url = parse_url( $argv[2] );
$_SERVER['HTTP_HOST']       = $qp_url['host'] . ':' . $qp_url['port'];
$_SERVER['SERVER_NAME']     = $qp_url['host'];
$_SERVER['SERVER_PORT']     = $qp_url['port'];
$_SERVER['REQUEST_URI']     = $qp_url['path'] ?? '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
define( 'WP_DEBUG_DISPLAY', false );
// No WP-Cron loopback request racing the snippet.
define( 'DISABLE_WP_CRON', true );
require ${ phpString( path.join( wpDir, 'wp-load.php' ) ) };
// The snippet's own errors go to stderr, which php() reports when the snippet fails.
ini_set( 'display_errors', 'stderr' );
wp_set_current_user( 1 );
require $argv[1];
`
	);
	let count = 0;
	return async ( code, { path: urlPath = '/' } = {} ) => {
		const file = path.join( dir, `snippet-${ ++count }.php` );
		fs.writeFileSync(
			file,
			`<?php\n${ code.replace( /^\s*<\?php/, '' ) }\n`
		);
		const { status, stdout, stderr } = await run( php, [
			bootstrap,
			file,
			url + urlPath,
		] );
		fs.rmSync( file, { force: true } );
		if ( status !== 0 ) {
			throw new Error(
				`PHP exited with ${ status }:\n${ code }\n--- stderr:\n${ stderr }\n--- stdout:\n${ stdout.slice(
					0,
					3000
				) }`
			);
		}
		return stdout;
	};
}

/**
 * @param {Function} php       phpRunner()'s function.
 * @param {boolean}  [network] Whether to network-activate them (multisite).
 */
export async function activatePlugins( php, network = false ) {
	await php(
		`require_once ABSPATH . 'wp-admin/includes/plugin.php';
$result = activate_plugins( array( ${ PLUGINS.map( phpString ).join(
			', '
		) } ), '', ${ network } );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, implode( "\\n", $result->get_error_messages() ) );
	exit( 1 );
}`
	);
}

/**
 * Sets pretty permalinks on one site and rebuilds its rewrite rules. Run it in a process of its
 * own after activating plugins: the rules are built from what this request registered.
 *
 * @param {Function} php       phpRunner()'s function.
 * @param {string}   [urlPath] The site's path on multisite.
 */
export async function prettyPermalinks( php, urlPath = '/' ) {
	await php(
		`global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
flush_rewrite_rules( false );`,
		{ path: urlPath }
	);
}

/**
 * @param {Function} php phpRunner()'s function.
 * @return {Promise<{php: string, wordpress: string, mariadb: string, redis: string}>} Versions, from inside PHP.
 */
export async function versions( php ) {
	return JSON.parse(
		await php(
			`global $wp_version, $wpdb, $wp_object_cache;
echo wp_json_encode(
	array(
		'php'       => PHP_VERSION,
		'wordpress' => $wp_version,
		'mariadb'   => $wpdb->get_var( 'SELECT VERSION()' ),
		'redis'     => method_exists( $wp_object_cache, 'redis_version' ) ? $wp_object_cache->redis_version() : null,
	)
);`
		)
	);
}
