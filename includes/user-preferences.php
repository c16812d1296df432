<?php
/**
 * Per-user composer preferences, saved through the core users endpoint (`POST /wp/v2/users/me`).
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const PREFERENCE_MORE_OPTIONS = 'quick_post_more_options_open';

/**
 * Registers the preference as user meta that each user may read and change for themselves.
 */
function register_user_preferences() {
	register_meta(
		'user',
		PREFERENCE_MORE_OPTIONS,
		array(
			'type'          => 'boolean',
			'single'        => true,
			'default'       => false,
			'show_in_rest'  => true,
			'auth_callback' => static function ( $allowed, $meta_key, $user_id ) {
				return current_user_can( 'edit_user', $user_id );
			},
		)
	);
}
add_action( 'init', __NAMESPACE__ . '\register_user_preferences' );
