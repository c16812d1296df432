<?php
/**
 * Removes what Quick Post stored when the plugin is deleted: each user's "More options" preference,
 * the submit keys recorded on posts, and any idempotency lock left by a request that died.
 *
 * The posts written with Quick Post are ordinary posts and stay.
 *
 * @package QuickPost
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_metadata( 'user', 0, 'quick_post_more_options_open', '', true );
delete_metadata( 'post', 0, '_quick_post_submit_key', '', true );

global $wpdb;
// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- lock rows are never cached or autoloaded.
$wpdb->query( $wpdb->prepare( "DELETE FROM `{$wpdb->options}` WHERE option_name LIKE %s", $wpdb->esc_like( 'quick_post_lock_' ) . '%' ) );
