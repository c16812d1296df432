<?php
/**
 * Plugin Name: Quick Post test helpers
 * Description: Test-only. Custom post types, bulk term seeding over REST, a right-to-left switch, failure switches and routes about the stack.
 *
 * @package QuickPost
 */

namespace QuickPost\TestHelpers;

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/stack-routes.php';
require_once __DIR__ . '/uninstall-routes.php';
require_once __DIR__ . '/header-check-cookies.php';

/**
 * A custom post type with a taxonomy of its own, to prove the composer handles any REST post type.
 */
function register_book_type() {
	register_post_type(
		'qp_book',
		array(
			'label'        => 'Books',
			// Its own wording, as a type registered with full labels has: the composer's notices use it.
			'labels'       => array(
				'singular_name'  => 'Book',
				'item_published' => 'Book published.',
				'view_item'      => 'View Book',
				'edit_item'      => 'Edit Book',
			),
			'public'       => true,
			'show_in_rest' => true,
			'rest_base'    => 'qp-books',
			'supports'     => array( 'title', 'editor', 'excerpt', 'author' ),
			'taxonomies'   => array( 'qp_genre' ),
		)
	);
	register_taxonomy(
		'qp_genre',
		'qp_book',
		array(
			'label'        => 'Genres',
			'labels'       => array( 'singular_name' => 'Genre' ),
			'hierarchical' => false,
			'show_in_rest' => true,
		)
	);
}
add_action( 'init', __NAMESPACE__ . '\register_book_type' );

/**
 * A post type and a taxonomy served from a REST namespace and base of their own
 * (`/quick-post-test/v1/recipes`, `/quick-post-test/v1/cuisines`), as plugins register them: the
 * composer must use the routes core's helpers give, not compose `/wp/v2/…` itself.
 */
function register_recipe_type() {
	register_post_type(
		'qp_recipe',
		array(
			'label'          => 'Recipes',
			'labels'         => array( 'singular_name' => 'Recipe' ),
			'public'         => true,
			'show_in_rest'   => true,
			'rest_namespace' => 'quick-post-test/v1',
			'rest_base'      => 'recipes',
			'supports'       => array( 'title', 'editor' ),
			'taxonomies'     => array( 'qp_cuisine' ),
		)
	);
	register_taxonomy(
		'qp_cuisine',
		'qp_recipe',
		array(
			'label'          => 'Cuisines',
			'labels'         => array( 'singular_name' => 'Cuisine' ),
			'hierarchical'   => false,
			'show_in_rest'   => true,
			'rest_namespace' => 'quick-post-test/v1',
			'rest_base'      => 'cuisines',
		)
	);
}
add_action( 'init', __NAMESPACE__ . '\register_recipe_type' );

/**
 * `quick_post_test_rtl=1` (cookie) renders wp-admin right to left, without a language pack.
 */
function maybe_switch_to_rtl() {
	global $wp_locale;
	if ( isset( $_COOKIE['quick_post_test_rtl'] ) && $wp_locale instanceof \WP_Locale ) {
		$wp_locale->text_direction = 'rtl';
		// The style queue may already exist and have read the direction: it picks `-rtl.css` files.
		add_action(
			'admin_enqueue_scripts',
			static function () {
				wp_styles()->text_direction = 'rtl';
			}
		);
	}
}
add_action( 'init', __NAMESPACE__ . '\maybe_switch_to_rtl' );

/**
 * POST   /quick-post-test/v1/terms { taxonomy, count, prefix } inserts that many terms at once.
 * DELETE /quick-post-test/v1/terms { taxonomy, prefix } removes them again.
 *
 * Thousands of `wp_insert_term()` calls would take minutes here; one multi-row INSERT per batch does not.
 */
function register_routes() {
	$args = array(
		'taxonomy' => array(
			'type'     => 'string',
			'required' => true,
		),
		'prefix'   => array(
			'type'     => 'string',
			'required' => true,
			'pattern'  => '^[a-z0-9-]+$',
		),
		'count'    => array(
			'type'    => 'integer',
			'default' => 0,
			'maximum' => 20000,
		),
	);
	$permission = static function () {
		return current_user_can( 'manage_options' );
	};
	register_rest_route(
		'quick-post-test/v1',
		'/terms',
		array(
			array(
				'methods'             => 'POST',
				'callback'            => __NAMESPACE__ . '\seed_terms',
				'permission_callback' => $permission,
				'args'                => $args,
			),
			array(
				'methods'             => 'DELETE',
				'callback'            => __NAMESPACE__ . '\delete_seeded_terms',
				'permission_callback' => $permission,
				'args'                => $args,
			),
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_routes' );

/**
 * @param \WP_REST_Request $request Request.
 * @return array{inserted: int}
 */
function seed_terms( $request ) {
	require_once QUICK_POST_DIR . 'tests/support/term-seeding.php';
	return array( 'inserted' => \QuickPost\TestSupport\seed_terms( $request['taxonomy'], $request['prefix'], (int) $request['count'] ) );
}

/**
 * @param \WP_REST_Request $request Request.
 * @return array{deleted: int}
 */
function delete_seeded_terms( $request ) {
	require_once QUICK_POST_DIR . 'tests/support/term-seeding.php';
	return array( 'deleted' => \QuickPost\TestSupport\delete_seeded_terms( $request['taxonomy'], $request['prefix'] ) );
}

/**
 * `quick_post_test_server_error=fatal|maintenance` (cookie): the next post create fails the way a
 * broken site does. `fatal` is a real PHP fatal error, answered by core's fatal-error handler with
 * display_errors off (as on a production site); `maintenance` is a plugin's WP_Error with HTML in it.
 *
 * @param mixed            $result  Response to send instead of dispatching, or null.
 * @param \WP_REST_Server  $server  Server.
 * @param \WP_REST_Request $request Request.
 * @return mixed
 */
function fail_post_creates( $result, $server, $request ) {
	$mode = isset( $_COOKIE['quick_post_test_server_error'] ) ? sanitize_key( $_COOKIE['quick_post_test_server_error'] ) : '';
	if ( '' === $mode || 'POST' !== $request->get_method() || '/wp/v2/posts' !== untrailingslashit( $request->get_route() ) ) {
		return $result;
	}
	if ( 'fatal' === $mode ) {
		ini_set( 'display_errors', '0' ); // phpcs:ignore WordPress.PHP.IniSet
		$missing = __NAMESPACE__ . '\no_such_function';
		$missing();
	}
	if ( 'maintenance' === $mode ) {
		return new \WP_Error( 'quick_post_test_maintenance', 'The shop&#8217;s <strong>closed</strong> for maintenance &amp; back at noon.', array( 'status' => 503 ) );
	}
	return $result;
}
add_filter( 'rest_pre_dispatch', __NAMESPACE__ . '\fail_post_creates', 5, 3 );

/**
 * Cookies that bend limits for one browser context, so tests can reach states that take hours or
 * big files otherwise:
 * - `quick_post_test_nonce_life=<seconds>`: nonces expire that fast (a tab left open overnight).
 * - `quick_post_test_timeout=<ms>`: the composer gives up on a save that fast.
 * - `quick_post_test_upload_limit=<bytes>`: the largest upload the site accepts.
 */
function test_cookie( $name ) {
	return isset( $_COOKIE[ $name ] ) ? absint( $_COOKIE[ $name ] ) : 0;
}

add_filter(
	'nonce_life',
	static function ( $life ) {
		$seconds = test_cookie( 'quick_post_test_nonce_life' );
		return $seconds ? $seconds : $life;
	}
);
add_filter(
	'quick_post_request_timeout',
	static function ( $timeout ) {
		$ms = test_cookie( 'quick_post_test_timeout' );
		return $ms ? $ms : $timeout;
	}
);
add_filter(
	'upload_size_limit',
	static function ( $bytes ) {
		$limit = test_cookie( 'quick_post_test_upload_limit' );
		return $limit ? $limit : $bytes;
	}
);
