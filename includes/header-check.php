<?php
/**
 * Whether an `Authorization` header sent to this site reaches WordPress: a loopback request from
 * the site to itself with a one-time token, answered only with "arrived" or "did not arrive".
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const HEADER_CHECK_SCHEME = 'QuickPostCheck';
const HEADER_CHECK_TTL    = 60;

/**
 * The route the loopback request asks. Public, because the loopback carries no login: without a
 * valid one-time token it answers 403 and nothing else.
 */
function register_header_check_route() {
	register_rest_route(
		'quick-post/v1',
		'/header-check',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\answer_header_check',
			'permission_callback' => '__return_true',
			'args'                => array(
				'token' => array(
					'type'     => 'string',
					'required' => true,
					'pattern'  => '^[A-Za-z0-9]{32}$',
				),
			),
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_header_check_route' );

/**
 * @param string $token A token.
 * @return string The transient that holds it while it is valid.
 */
function header_check_transient( $token ) {
	return 'quick_post_hc_' . md5( $token );
}

/**
 * @return string A new token, valid once, for HEADER_CHECK_TTL seconds.
 */
function issue_header_check_token() {
	$token = wp_generate_password( 32, false, false );
	set_transient( header_check_transient( $token ), 1, HEADER_CHECK_TTL );
	return $token;
}

/**
 * The `Authorization` header of this request, wherever the server put it.
 *
 * @return string The header, or '' when it did not arrive.
 */
function received_authorization_header() {
	foreach ( array( 'HTTP_AUTHORIZATION', 'REDIRECT_HTTP_AUTHORIZATION' ) as $key ) {
		if ( ! empty( $_SERVER[ $key ] ) ) {
			// Compared, never stored or shown.
			return (string) wp_unslash( $_SERVER[ $key ] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		}
	}
	if ( function_exists( 'getallheaders' ) ) {
		foreach ( (array) getallheaders() as $name => $value ) {
			if ( 'authorization' === strtolower( (string) $name ) && '' !== (string) $value ) {
				return (string) $value;
			}
		}
	}
	return '';
}

/**
 * @param \WP_REST_Request $request The loopback request.
 * @return \WP_REST_Response|\WP_Error Whether its header arrived.
 */
function answer_header_check( $request ) {
	$token = (string) $request['token'];
	$key   = header_check_transient( $token );
	if ( ! get_transient( $key ) ) {
		return new \WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to do that.', 'quick-post' ), array( 'status' => 403 ) );
	}
	delete_transient( $key );
	$expected = HEADER_CHECK_SCHEME . ' ' . $token;
	return rest_ensure_response(
		array( 'arrived' => hash_equals( $expected, received_authorization_header() ) )
	);
}

/**
 * Sends the loopback request.
 *
 * @return array{arrived: bool|null, error: string} Whether the header arrived (null when the site
 *                                                  could not be asked), and why not.
 */
function run_header_check() {
	$token = issue_header_check_token();
	/**
	 * Filters where the header check's loopback request goes: this site's REST URL, or e.g. one
	 * web server behind the load balancer.
	 *
	 * @param string $url The header check route's URL.
	 */
	$url      = apply_filters( 'quick_post_header_check_url', rest_url( 'quick-post/v1/header-check' ) );
	$response = wp_remote_get(
		add_query_arg( 'token', $token, $url ),
		array(
			'headers'   => array( 'Authorization' => HEADER_CHECK_SCHEME . ' ' . $token ),
			'timeout'   => 10,
			/** This filter is documented in wp-includes/class-wp-http-streams.php */
			'sslverify' => apply_filters( 'https_local_ssl_verify', false ),
		)
	);
	delete_transient( header_check_transient( $token ) );
	if ( is_wp_error( $response ) ) {
		return array(
			'arrived' => null,
			'error'   => $response->get_error_message(),
		);
	}
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( 200 !== wp_remote_retrieve_response_code( $response ) || ! is_array( $body ) || ! isset( $body['arrived'] ) ) {
		return array(
			'arrived' => null,
			/* translators: %d: HTTP status code. */
			'error'   => sprintf( __( 'The site answered with HTTP status %d.', 'quick-post' ), (int) wp_remote_retrieve_response_code( $response ) ),
		);
	}
	return array(
		'arrived' => (bool) $body['arrived'],
		'error'   => '',
	);
}

/**
 * What is in front of PHP, for the matching fix.
 *
 * @return string 'proxy', 'nginx', 'apache' or 'other'.
 */
function detect_web_server() {
	foreach ( array( 'HTTP_X_FORWARDED_FOR', 'HTTP_X_FORWARDED_PROTO', 'HTTP_VIA', 'HTTP_X_REAL_IP' ) as $key ) {
		if ( ! empty( $_SERVER[ $key ] ) ) {
			return 'proxy';
		}
	}
	$software = isset( $_SERVER['SERVER_SOFTWARE'] ) ? strtolower( sanitize_text_field( wp_unslash( $_SERVER['SERVER_SOFTWARE'] ) ) ) : '';
	if ( false !== strpos( $software, 'nginx' ) ) {
		return 'nginx';
	}
	if ( false !== strpos( $software, 'apache' ) || false !== strpos( $software, 'litespeed' ) ) {
		return 'apache';
	}
	return 'other';
}
