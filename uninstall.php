<?php
/**
 * Removes what Quick Post stored when the plugin is deleted: each user's "More options" preference,
 * the submit keys recorded on posts, and any idempotency lock left by a request that died. On a
 * network, the keys and locks of every site go (users are shared by the whole network).
 *
 * The posts written with Quick Post are ordinary posts and stay.
 *
 * @package QuickPost
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// Removes the submit keys and lock rows of the current site. A closure, not a function, so that
// nothing is declared globally and the file can run more than once in one
// process (the integration tests run it once per case).
$quick_post_uninstall_site = static function () {
	global $wpdb;
	delete_metadata( 'post', 0, '_quick_post_submit_key', '', true );
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- lock rows are never cached or autoloaded.
	$wpdb->query( $wpdb->prepare( "DELETE FROM `{$wpdb->options}` WHERE option_name LIKE %s", $wpdb->esc_like( 'quick_post_lock_' ) . '%' ) );
};

delete_metadata( 'user', 0, 'quick_post_more_options_open', '', true );

if ( is_multisite() ) {
	// Every site, a hundred at a time, so a large network does not load all its sites at once.
	$quick_post_offset = 0;
	do {
		$quick_post_sites = get_sites(
			array(
				'fields'                 => 'ids',
				'number'                 => 100,
				'offset'                 => $quick_post_offset,
				'update_site_cache'      => false,
				'update_site_meta_cache' => false,
			)
		);
		foreach ( $quick_post_sites as $quick_post_site ) {
			switch_to_blog( $quick_post_site );
			$quick_post_uninstall_site();
			restore_current_blog();
		}
		$quick_post_offset += 100;
	} while ( count( $quick_post_sites ) === 100 );
} else {
	$quick_post_uninstall_site();
}
