<?php
/**
 * Cookies that bend Quick Post's Authorization header check for one browser context:
 * - `quick_post_test_strip_authorization=1`: the loopback request loses its Authorization header
 *   on the way, as behind a proxy that drops it.
 * - `quick_post_test_header_check_port=<port>`: the loopback goes to that port (the native stack's
 *   host B, whose nginx drops the header).
 *
 * @package QuickPost
 */

namespace QuickPost\TestHelpers;

defined( 'ABSPATH' ) || exit;

add_filter(
	'http_request_args',
	static function ( $args, $url ) {
		if ( empty( $_COOKIE['quick_post_test_strip_authorization'] ) || false === strpos( rawurldecode( $url ), 'quick-post/v1/header-check' ) ) {
			return $args;
		}
		unset( $args['headers']['Authorization'] );
		return $args;
	},
	10,
	2
);

add_filter(
	'quick_post_header_check_url',
	static function ( $url ) {
		$port = test_cookie( 'quick_post_test_header_check_port' );
		return $port ? preg_replace( '#^(https?://[^/:]+)(:\d+)?#', '${1}:' . $port, $url ) : $url;
	}
);
