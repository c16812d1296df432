/**
 * Turns the native stack's installed single site into a subdirectory network with a second site, without WP-CLI.
 */
import fs from 'node:fs';
import path from 'node:path';

import { MULTISITE_MARKER, phpString } from './wordpress.mjs';

/** The extra site's path and name. */
export const SECOND_SITE = { path: '/second/', title: 'Second site' };

/**
 * What wp-admin/network.php does on its form's submit, then its step 2 (the constants), by hand.
 *
 * The domain carries the port (`localhost:1234`) everywhere: in wp_site, wp_blogs and
 * DOMAIN_CURRENT_SITE. ms-settings.php looks sites up by HTTP_HOST, from which it strips only
 * `:80` and `:443`. Tried here: with `localhost` in the tables every request is a 500
 * "Error establishing a database connection" (how a site that is not found ends), and stays so
 * after the rows are fixed until Redis is flushed; with `localhost` only in DOMAIN_CURRENT_SITE,
 * pages load but network URLs lose the port (network_home_url() is http://localhost/).
 * Subdomain installs would also set COOKIE_DOMAIN to `.localhost:1234` (ms-default-constants.php),
 * which browsers reject; subdirectory installs leave it unset (host-only cookies, which ignore ports).
 * wpmu_create_blog() keeps the port (wp_insert_site()'s domain filter allows the colon).
 *
 * @param {Object}   options
 * @param {Function} options.php      phpRunner()'s function.
 * @param {string}   options.wpDir    WordPress root.
 * @param {string}   options.domain   `localhost:<port>`.
 * @param {Function} options.redisCli The stack's redisCli().
 */
export async function convertToMultisite( { php, wpDir, domain, redisCli } ) {
	await php(
		`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
global $wpdb;
// As wp-admin/network.php does: a single site's wpdb does not name the network tables.
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
	$wpdb->$table = $prefixed_table;
}
install_network();
$result = populate_network( 1, ${ phpString(
			domain
		) }, get_option( 'admin_email' ), 'Quick Post network', '/', false );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, implode( "\\n", $result->get_error_messages() ) );
	exit( 1 );
}`
	);
	const config = path.join( wpDir, 'wp-config.php' );
	const constants = [
		`define( 'WP_ALLOW_MULTISITE', true );`,
		`define( 'MULTISITE', true );`,
		`define( 'SUBDOMAIN_INSTALL', false );`,
		`define( 'DOMAIN_CURRENT_SITE', ${ phpString( domain ) } );`,
		`define( 'PATH_CURRENT_SITE', '/' );`,
		`define( 'SITE_ID_CURRENT_SITE', 1 );`,
		`define( 'BLOG_ID_CURRENT_SITE', 1 );`,
	].join( '\n' );
	fs.writeFileSync(
		config,
		fs.readFileSync( config, 'utf8' ).replace( MULTISITE_MARKER, constants )
	);
	// The single site's cache keys carry no site ID; a network's do. Nothing cached before may survive.
	await redisCli( 'flushdb' );
}

/**
 * @param {Function} php    phpRunner()'s function (now in a multisite context).
 * @param {string}   domain `localhost:<port>`.
 * @return {Promise<number>} The new site's ID.
 */
export async function createSecondSite( php, domain ) {
	const id = await php(
		`$id = wpmu_create_blog( ${ phpString( domain ) }, ${ phpString(
			SECOND_SITE.path
		) }, ${ phpString( SECOND_SITE.title ) }, 1 );
if ( is_wp_error( $id ) ) {
	fwrite( STDERR, $id->get_error_message() );
	exit( 1 );
}
echo $id;`
	);
	return Number( id );
}
