<?php
/**
 * Registers the composer bundle and the data it needs from PHP.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const SCRIPT_HANDLE = 'quick-post';

/**
 * The bundle's second file, "More options", which the bundle loads itself when needed. It is
 * registered (never enqueued) so core can find its translations.
 */
const MORE_OPTIONS_HANDLE = 'quick-post-more-options';

/**
 * Reads the dependencies and version that the build wrote for the bundle.
 *
 * @return array{dependencies: string[], version: string}|null Null when the bundle has not been built.
 */
function get_asset_file() {
	$asset_path = QUICK_POST_DIR . 'build/index.asset.php';
	if ( ! is_readable( $asset_path ) ) {
		return null;
	}
	return require $asset_path;
}

/**
 * Registers the composer's script and style, once, on admin screens.
 */
function register_assets() {
	$asset = get_asset_file();
	if ( null === $asset ) {
		return;
	}

	wp_register_script(
		SCRIPT_HANDLE,
		plugins_url( 'build/index.js', QUICK_POST_FILE ),
		$asset['dependencies'],
		$asset['version'],
		array( 'in_footer' => true )
	);
	wp_set_script_translations( SCRIPT_HANDLE, 'quick-post', QUICK_POST_DIR . 'languages' );
	wp_register_script(
		MORE_OPTIONS_HANDLE,
		plugins_url( 'build/more-options.js', QUICK_POST_FILE ),
		array(),
		$asset['version'],
		array( 'in_footer' => true )
	);

	wp_register_style(
		SCRIPT_HANDLE,
		plugins_url( 'build/style-index.css', QUICK_POST_FILE ),
		array( 'wp-components' ),
		$asset['version']
	);
	wp_style_add_data( SCRIPT_HANDLE, 'rtl', 'replace' );
}
add_action( 'admin_init', __NAMESPACE__ . '\register_assets' );

/**
 * Enqueues the composer and hands it its settings.
 */
function enqueue_composer() {
	if ( ! wp_script_is( SCRIPT_HANDLE, 'registered' ) ) {
		return;
	}
	wp_enqueue_script( SCRIPT_HANDLE );
	wp_enqueue_style( SCRIPT_HANDLE );
	wp_localize_script( SCRIPT_HANDLE, 'quickPostSettings', get_composer_settings() );
	add_lazy_file_translations( MORE_OPTIONS_HANDLE );
}

/**
 * Core prints translations only for the scripts it prints itself; a file the bundle loads on its
 * own gets its translations printed with the bundle, as core would print them.
 *
 * @param string $handle The registered handle of the file the bundle loads.
 */
function add_lazy_file_translations( $handle ) {
	$json = load_script_textdomain( $handle, 'quick-post', QUICK_POST_DIR . 'languages' );
	if ( ! $json ) {
		return;
	}
	wp_add_inline_script(
		SCRIPT_HANDLE,
		sprintf(
			'( function( domain, translations ) { var localeData = translations.locale_data[ domain ] || translations.locale_data.messages; localeData[""].domain = domain; wp.i18n.setLocaleData( localeData, domain ); } )( "quick-post", %s );',
			$json
		),
		'before'
	);
}

/**
 * Tells administrators when the plugin was installed from source without building the bundle.
 */
function missing_build_notice() {
	if ( null !== get_asset_file() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	wp_admin_notice(
		esc_html__( 'Quick Post is missing its built files. Run "npm install && npm run build" in the plugin folder, or install the release zip.', 'quick-post' ),
		array( 'type' => 'error' )
	);
}
add_action( 'admin_notices', __NAMESPACE__ . '\missing_build_notice' );
