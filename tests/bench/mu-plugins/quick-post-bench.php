<?php
/**
 * Plugin Name: Quick Post bench
 * Description: Bench-only (`npm run bench`). Inert unless the request carries the `quick_post_bench` cookie: then outside HTTP fails at once (same for every screen compared), each admin page ends with the number of database queries Quick Post's code made, and administrators can seed and remove thousands of terms.
 *
 * @package QuickPost
 */

namespace QuickPost\Bench;

defined( 'ABSPATH' ) || exit;

if ( empty( $_COOKIE['quick_post_bench'] ) ) {
	return;
}

add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) {
		if ( wp_parse_url( home_url(), PHP_URL_HOST ) === wp_parse_url( $url, PHP_URL_HOST ) ) {
			return $response;
		}
		return new \WP_Error( 'quick_post_bench_offline', 'Outside HTTP is off while benchmarking.' );
	},
	10,
	3
);
// Gravatar and the emoji scripts would be fetched by every screen compared, after it loads, from a
// server that answers one request at a time: they would land in the middle of the saves timed.
add_filter( 'pre_option_show_avatars', '__return_zero' );
// Nor does WP-Cron run: a page load that spawns it keeps the (single-threaded) site busy for the
// first request that follows, whichever screen sent it.
remove_action( 'init', 'wp_cron' );
add_action(
	'admin_init',
	static function () {
		remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
	}
);

/**
 * Queries made while Quick Post's own code is on the call stack, counted by the `query` filter.
 *
 * @return array{total: int, quick_post: int}
 */
function query_counts( $query = null ) {
	static $counts = array(
		'total'      => 0,
		'quick_post' => 0,
	);
	if ( null === $query ) {
		return $counts;
	}
	++$counts['total'];
	if ( defined( 'QUICK_POST_DIR' ) ) {
		$dir = wp_normalize_path( QUICK_POST_DIR );
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_debug_backtrace
		foreach ( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) as $frame ) {
			$in_file     = isset( $frame['file'] ) && 0 === strpos( wp_normalize_path( $frame['file'] ), $dir );
			$in_function = isset( $frame['function'] ) && 0 === strpos( $frame['function'], 'QuickPost\\' ) && 0 !== strpos( $frame['function'], 'QuickPost\\Bench\\' );
			if ( $in_file || $in_function ) {
				++$counts['quick_post'];
				break;
			}
		}
	}
	return $counts;
}
add_filter(
	'query',
	static function ( $query ) {
		query_counts( $query );
		return $query;
	}
);

// After </html> on admin pages: `<!-- quick-post-bench {"total":N,"quick_post":M} -->`.
add_action(
	'admin_footer',
	static function () {
		add_action(
			'shutdown',
			static function () {
				echo "\n<!-- quick-post-bench " . wp_json_encode( query_counts() ) . " -->\n";
			},
			0
		);
	}
);

/**
 * POST seeds `count` terms named `prefix N` into `taxonomy` (the last `popular` of them with usage
 * counts); DELETE removes them.
 */
function register_routes() {
	$args       = array(
		'taxonomy' => array(
			'type'     => 'string',
			'enum'     => array( 'category', 'post_tag' ),
			'required' => true,
		),
		'prefix'   => array(
			'type'     => 'string',
			'pattern'  => '^[a-z0-9-]{3,40}$',
			'required' => true,
		),
		'count'    => array(
			'type'    => 'integer',
			'minimum' => 0,
			'maximum' => 20000,
			'default' => 0,
		),
		'popular'  => array(
			'type'    => 'integer',
			'minimum' => 0,
			'maximum' => 20000,
			'default' => 0,
		),
	);
	$permission = static function () {
		return current_user_can( 'manage_options' );
	};
	$seeding    = static function () {
		require_once QUICK_POST_DIR . 'tests/support/term-seeding.php';
	};
	register_rest_route(
		'quick-post-bench/v1',
		'/terms',
		array(
			array(
				'methods'             => 'POST',
				'permission_callback' => $permission,
				'args'                => $args,
				'callback'            => static function ( $request ) use ( $seeding ) {
					$seeding();
					return array( 'inserted' => \QuickPost\TestSupport\seed_terms( $request['taxonomy'], $request['prefix'], (int) $request['count'], (int) $request['popular'] ) );
				},
			),
			array(
				'methods'             => 'DELETE',
				'permission_callback' => $permission,
				'args'                => $args,
				'callback'            => static function ( $request ) use ( $seeding ) {
					$seeding();
					return array( 'deleted' => \QuickPost\TestSupport\delete_seeded_terms( $request['taxonomy'], $request['prefix'] ) );
				},
			),
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_routes' );
