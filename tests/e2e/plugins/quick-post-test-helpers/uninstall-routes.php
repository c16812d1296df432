<?php
/**
 * Test-only routes for the uninstall test (deleting the plugin from the UI would delete the
 * plugin's files, which the test site shares with the repository):
 * - POST /quick-post-test/v1/uninstall: runs Quick Post's uninstall as core does when the plugin
 *   is deleted (`uninstall_plugin()`), without removing its files.
 * - GET  /quick-post-test/v1/leftovers: what Quick Post stored, counted on every site of the network.
 * - POST /quick-post-test/v1/leftovers: leaves a lock row behind on every site (as a request that
 *   died on a SQLite site would), so the uninstall has one to clean.
 *
 * @package QuickPost
 */

namespace QuickPost\TestHelpers;

defined( 'ABSPATH' ) || exit;

/**
 * @return int[] Every site's ID (1 on a single site).
 */
function all_site_ids() {
	return is_multisite() ? array_map( 'intval', get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) ) : array( get_current_blog_id() );
}

/**
 * @return array<string, mixed> Per site: submit keys and lock rows; for the network: preferences.
 */
function count_leftovers() {
	global $wpdb;
	$sites = array();
	foreach ( all_site_ids() as $site_id ) {
		if ( is_multisite() ) {
			switch_to_blog( $site_id );
		}
		$sites[ $site_id ] = array(
			'submitKeys' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_quick_post_submit_key'" ),
			'lockRows'   => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE 'quick\\_post\\_lock\\_%'" ),
			'posts'      => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'post' AND post_status <> 'auto-draft'" ),
		);
		if ( is_multisite() ) {
			restore_current_blog();
		}
	}
	return array(
		'sites'       => $sites,
		'preferences' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->usermeta} WHERE meta_key = 'quick_post_more_options_open'" ),
	);
}

/**
 * @return array<string, mixed>
 */
function leave_lock_rows() {
	global $wpdb;
	foreach ( all_site_ids() as $site_id ) {
		if ( is_multisite() ) {
			switch_to_blog( $site_id );
		}
		$wpdb->insert(
			$wpdb->options,
			array(
				'option_name'  => 'quick_post_lock_' . md5( 'left-by-a-test-' . $site_id ),
				'option_value' => time() . '|left-by-a-test',
				'autoload'     => 'off',
			)
		);
		if ( is_multisite() ) {
			restore_current_blog();
		}
	}
	return count_leftovers();
}

/**
 * @return array<string, mixed>
 */
function run_uninstall() {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	uninstall_plugin( 'quick-post/plugin.php' );
	return count_leftovers();
}

/**
 * Registers the routes (for users who may delete plugins: a network's super admins).
 */
function register_uninstall_routes() {
	$permission = static function () {
		return current_user_can( 'delete_plugins' );
	};
	register_rest_route(
		'quick-post-test/v1',
		'/uninstall',
		array(
			'methods'             => 'POST',
			'callback'            => __NAMESPACE__ . '\run_uninstall',
			'permission_callback' => $permission,
		)
	);
	register_rest_route(
		'quick-post-test/v1',
		'/leftovers',
		array(
			array(
				'methods'             => 'GET',
				'callback'            => __NAMESPACE__ . '\count_leftovers',
				'permission_callback' => $permission,
			),
			array(
				'methods'             => 'POST',
				'callback'            => __NAMESPACE__ . '\leave_lock_rows',
				'permission_callback' => $permission,
			),
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_uninstall_routes' );
