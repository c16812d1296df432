<?php
/**
 * The Quick Post dashboard widget.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the widget at the top of the first column, and the composer's assets, for users who can write posts.
 */
function add_dashboard_widget() {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return;
	}
	wp_add_dashboard_widget(
		'quick_post_dashboard_widget',
		__( 'Quick Post', 'quick-post' ),
		__NAMESPACE__ . '\render_dashboard_widget',
		null,
		null,
		'normal',
		'high'
	);
	add_action( 'admin_enqueue_scripts', __NAMESPACE__ . '\enqueue_composer' );
}
add_action( 'wp_dashboard_setup', __NAMESPACE__ . '\add_dashboard_widget' );

/**
 * Prints the widget's root element; the composer mounts into it.
 */
function render_dashboard_widget() {
	render_composer_root( 'widget' );
}
