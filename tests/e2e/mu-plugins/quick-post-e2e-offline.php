<?php
/**
 * Plugin Name: Quick Post e2e: no outside HTTP
 * Description: Test-only. Fails WordPress's calls to other hosts at once, so dashboard loads are fast and deterministic offline.
 *
 * @package QuickPost
 */

add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) {
		$host = wp_parse_url( $url, PHP_URL_HOST );
		if ( wp_parse_url( home_url(), PHP_URL_HOST ) === $host ) {
			return $response;
		}
		return new WP_Error( 'quick_post_e2e_offline', 'Outside HTTP is disabled in the e2e environment.' );
	},
	10,
	3
);

// Avatars would be fetched from Gravatar by the browser, which fails (slowly, noisily) offline.
add_filter( 'pre_option_show_avatars', '__return_zero' );

// The emoji script swaps emoji for images from a CDN the test machine cannot reach.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
