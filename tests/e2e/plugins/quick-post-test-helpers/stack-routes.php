<?php
/**
 * Test-only routes about the stack the suite runs on:
 * - GET  /quick-post-test/v1/environment: PHP, WordPress, database and cache, as PHP sees them, so
 *   each run can check it runs where it claims to.
 * - POST /quick-post-test/v1/submit-lock { key, hold, die }: takes Quick Post's submit lock for
 *   the current user's key as a save would, then keeps it `hold` seconds and lets it go, or dies
 *   holding it (`die`: the PHP worker is killed, as when a request crashes).
 *
 * @package QuickPost
 */

namespace QuickPost\TestHelpers;

defined( 'ABSPATH' ) || exit;

/**
 * @return array<string, mixed>
 */
function describe_environment() {
	global $wpdb, $wp_version;
	return array(
		'php'         => PHP_VERSION,
		'sapi'        => PHP_SAPI,
		'wordpress'   => $wp_version,
		'database'    => $wpdb->dbh instanceof \mysqli ? 'mysql' : 'sqlite',
		'dbServer'    => $wpdb->dbh instanceof \mysqli ? $wpdb->db_server_info() : '',
		'objectCache' => wp_using_ext_object_cache() ? 'persistent' : 'none',
		'multisite'   => is_multisite(),
		'lock'        => function_exists( '\QuickPost\submit_lock_kind' ) ? \QuickPost\submit_lock_kind() : null,
		'debugLog'    => WP_DEBUG_LOG,
		'pid'         => getmypid(),
	);
}

/**
 * @param \WP_REST_Request $request Request.
 * @return array<string, mixed>|\WP_Error
 */
function take_submit_lock( $request ) {
	$user_key = get_current_user_id() . ':' . $request['key'];
	$lock     = \QuickPost\acquire_submit_lock( $user_key );
	if ( ! $lock['held'] ) {
		return new \WP_Error( 'quick_post_test_lock_taken', 'The lock is held elsewhere.', array( 'status' => 409 ) );
	}
	if ( $request['die'] ) {
		if ( function_exists( 'posix_kill' ) ) {
			posix_kill( getmypid(), 9 );
		}
		exit; // Without posix: the request ends here and never releases a row lock.
	}
	sleep( (int) $request['hold'] );
	\QuickPost\release_submit_lock( $lock );
	return array(
		'held' => (int) $request['hold'],
		'kind' => $lock['kind'],
	);
}

/**
 * Registers the routes.
 */
function register_stack_routes() {
	register_rest_route(
		'quick-post-test/v1',
		'/environment',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\describe_environment',
			'permission_callback' => static function () {
				return current_user_can( 'manage_options' );
			},
		)
	);
	register_rest_route(
		'quick-post-test/v1',
		'/submit-lock',
		array(
			'methods'             => 'POST',
			'callback'            => __NAMESPACE__ . '\take_submit_lock',
			'permission_callback' => static function () {
				return current_user_can( 'edit_posts' );
			},
			'args'                => array(
				'key'  => array(
					'type'     => 'string',
					'required' => true,
					'pattern'  => '^[A-Za-z0-9-]{16,64}$',
				),
				'hold' => array(
					'type'    => 'integer',
					'default' => 0,
					'maximum' => 30,
				),
				'die'  => array(
					'type'    => 'boolean',
					'default' => false,
				),
			),
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_stack_routes' );
