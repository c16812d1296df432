<?php
/**
 * PHPUnit bootstrap: the WordPress test library, with Quick Post loaded as a must-use plugin.
 *
 * `npm run test:php` (bin/test-php.mjs) sets the environment: WP_TESTS_DIR (the library),
 * WP_TESTS_CONFIG_FILE_PATH (wp-tests-config.php) and WP_TESTS_PHPUNIT_POLYFILLS_PATH. Set
 * QUICK_POST_PLUGIN_DIR to test another copy of the plugin (e.g. a deliberately broken one).
 *
 * @package QuickPost
 */

$quick_post_tests_dir = getenv( 'WP_TESTS_DIR' );
if ( ! $quick_post_tests_dir || ! is_readable( $quick_post_tests_dir . '/includes/functions.php' ) ) {
	fwrite( STDERR, "WP_TESTS_DIR does not point at the WordPress PHPUnit library. Run these tests with `npm run test:php`.\n" );
	exit( 1 );
}
if ( getenv( 'WP_TESTS_CONFIG_FILE_PATH' ) ) {
	define( 'WP_TESTS_CONFIG_FILE_PATH', getenv( 'WP_TESTS_CONFIG_FILE_PATH' ) );
}
if ( getenv( 'WP_TESTS_PHPUNIT_POLYFILLS_PATH' ) ) {
	define( 'WP_TESTS_PHPUNIT_POLYFILLS_PATH', getenv( 'WP_TESTS_PHPUNIT_POLYFILLS_PATH' ) );
}

require_once $quick_post_tests_dir . '/includes/functions.php';

$quick_post_plugin_dir = getenv( 'QUICK_POST_PLUGIN_DIR' ) ? rtrim( getenv( 'QUICK_POST_PLUGIN_DIR' ), '/' ) : dirname( __DIR__, 2 );
tests_add_filter(
	'muplugins_loaded',
	static function () use ( $quick_post_plugin_dir ) {
		require $quick_post_plugin_dir . '/plugin.php';
	}
);

require $quick_post_tests_dir . '/includes/bootstrap.php';

if ( getenv( 'QUICK_POST_PLUGIN_DIR' ) ) {
	echo 'Testing the plugin in ' . QUICK_POST_DIR . PHP_EOL;
}

require_once __DIR__ . '/includes/class-testcase.php';
