<?php
/**
 * "Test the connection" of the Post from another app panel: the site asks itself for
 * `/wp/v2/users/me` with the writer's login and an application password, as a script would, so
 * no post is made, and says what went wrong in words.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

/**
 * The route the panel calls (with the writer's cookie and nonce).
 */
function register_connection_test_route() {
	register_rest_route(
		'quick-post/v1',
		'/connection-test',
		array(
			'methods'             => 'POST',
			'callback'            => __NAMESPACE__ . '\test_connection',
			'permission_callback' => static function () {
				return is_user_logged_in() && current_user_can( 'read' );
			},
			'args'                => array(
				'password' => array(
					'type'     => 'string',
					'required' => true,
				),
				'type'     => array(
					'type'    => 'string',
					'default' => 'post',
				),
				'status'   => array(
					'type'    => 'string',
					'default' => 'publish',
				),
			),
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_connection_test_route' );

/**
 * @param string $cause   What went wrong, as a code: ok, wrong_password, header_stripped,
 *                        unavailable, cannot_create, cannot_publish, unreachable, other.
 * @param string $message The same in words.
 * @return \WP_REST_Response
 */
function connection_result( $cause, $message ) {
	return rest_ensure_response(
		array(
			'ok'      => 'ok' === $cause,
			'cause'   => $cause,
			'message' => $message,
		)
	);
}

/**
 * @param \WP_REST_Request $request The password to try, and the post type and status to post with.
 * @return \WP_REST_Response What happened.
 */
function test_connection( $request ) {
	$user = wp_get_current_user();
	if ( ! wp_is_application_passwords_available_for_user( $user ) ) {
		return connection_result( 'unavailable', __( 'Application Passwords are not available for your account on this site. Tools → Site Health says why.', 'quick-post' ) );
	}
	$response = wp_remote_get(
		rest_url( 'wp/v2/users/me?context=edit&_fields=id' ),
		array(
			'headers'   => array(
				// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- HTTP Basic authentication.
				'Authorization' => 'Basic ' . base64_encode( $user->user_login . ':' . $request['password'] ),
			),
			'timeout'   => 15,
			/** This filter is documented in wp-includes/class-wp-http-streams.php */
			'sslverify' => apply_filters( 'https_local_ssl_verify', false ),
		)
	);
	if ( is_wp_error( $response ) ) {
		return connection_result(
			'unreachable',
			/* translators: %s: the error. */
			sprintf( __( 'The site could not be reached: %s', 'quick-post' ), $response->get_error_message() )
		);
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	$body   = json_decode( wp_remote_retrieve_body( $response ), true );
	$code   = is_array( $body ) && isset( $body['code'] ) ? (string) $body['code'] : '';
	if ( 200 === $status && is_array( $body ) && (int) ( $body['id'] ?? 0 ) === $user->ID ) {
		return capability_result( $user, (string) $request['type'], (string) $request['status'] );
	}
	if ( 'incorrect_password' === $code ) {
		return connection_result( 'wrong_password', __( 'The site refused this application password (incorrect_password). Copy it again, without spaces at either end, or create a new one; it is shown only once.', 'quick-post' ) );
	}
	if ( in_array( $code, array( 'application_passwords_disabled', 'application_passwords_disabled_for_user' ), true ) ) {
		return connection_result( 'unavailable', __( 'Application Passwords are switched off on this site. Tools → Site Health says why.', 'quick-post' ) );
	}
	if ( 401 === $status && 'rest_not_logged_in' === $code ) {
		$header = run_header_check();
		if ( false === $header['arrived'] ) {
			return connection_result( 'header_stripped', __( 'The server removes the Authorization header before it reaches WordPress, so the password never arrives. Tools → Site Health shows the line to add for your server.', 'quick-post' ) );
		}
		if ( true === $header['arrived'] ) {
			// The header arrives and the passwords are on: WordPress ignored a password it does not know
			// (it says incorrect_password only when it checked it as the request's login).
			return connection_result( 'wrong_password', __( 'The site did not accept this application password: it answered as to a visitor who is not logged in (rest_not_logged_in), though the header arrived. Copy it again, without spaces at either end, or create a new one; it is shown only once.', 'quick-post' ) );
		}
	}
	return connection_result(
		'other',
		/* translators: 1: HTTP status code, 2: error code. */
		sprintf( __( 'The site answered %1$d (%2$s).', 'quick-post' ), $status, $code ? $code : __( 'no error code', 'quick-post' ) )
	);
}

/**
 * The password works: may the user post this type with this status?
 *
 * @param \WP_User $user   The writer.
 * @param string   $type   Post type.
 * @param string   $status Post status.
 * @return \WP_REST_Response
 */
function capability_result( $user, $type, $status ) {
	$object = get_post_type_object( $type );
	if ( ! $object || ! user_can( $user, $object->cap->create_posts ) ) {
		return connection_result( 'cannot_create', __( 'The password works, but your account may not create this type of post (rest_cannot_create).', 'quick-post' ) );
	}
	if ( in_array( $status, array( 'publish', 'future', 'private' ), true ) && ! user_can( $user, $object->cap->publish_posts ) ) {
		return connection_result( 'cannot_publish', __( 'The password works, but your account may not publish: send the post with "status": "pending" or "draft" (rest_cannot_publish).', 'quick-post' ) );
	}
	return connection_result(
		'ok',
		/* translators: %s: user login name. */
		sprintf( __( 'Connected: the site knows this password as %s, who may post this.', 'quick-post' ), $user->user_login )
	);
}
