<?php
/**
 * At most one post per submit: a create request (`POST /wp/v2/<type>`) that carries an
 * `Idempotency-Key` header makes the same post however many times it arrives.
 *
 * The first request with a key creates the post and records "<user ID>:<key>" on it as protected
 * post meta. A later request with the same key from the same user (a retry after a lost response,
 * a double submit) updates that post instead of creating another, so the writer's latest text
 * wins and no duplicate appears. Requests with one key are serialised by a lock row in the options
 * table (INSERT IGNORE on its unique name, as core's WP_Upgrader::create_lock does), so duplicates
 * that arrive at the same moment are covered too. Permission checks are core's, on every request.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const IDEMPOTENCY_META_KEY = '_quick_post_submit_key';
const IDEMPOTENCY_LOCK_WAIT = 15;
const IDEMPOTENCY_LOCK_STALE = 60;

/**
 * The key a request carries, or null. Keys are what the composer sends (a UUID); anything else is
 * ignored rather than stored.
 *
 * @param \WP_REST_Request $request Request.
 * @return string|null
 */
function get_idempotency_key( $request ) {
	$key = $request->get_header( 'idempotency_key' );
	if ( ! is_string( $key ) || ! preg_match( '/^[A-Za-z0-9-]{16,64}$/', $key ) ) {
		return null;
	}
	return $key;
}

/**
 * The post type whose collection route a request creates in, for types on the core posts controller.
 *
 * @param \WP_REST_Request $request Request.
 * @return \WP_Post_Type|null
 */
function get_created_post_type( $request ) {
	if ( 'POST' !== $request->get_method() ) {
		return null;
	}
	$route = untrailingslashit( $request->get_route() );
	foreach ( get_post_types( array( 'show_in_rest' => true ), 'objects' ) as $type ) {
		if ( rest_get_route_for_post_type_items( $type->name ) === $route ) {
			return $type->get_rest_controller() instanceof \WP_REST_Posts_Controller ? $type : null;
		}
	}
	return null;
}

/**
 * @param string $user_key "<user ID>:<key>".
 * @return string The lock's option name.
 */
function idempotency_lock_name( $user_key ) {
	return 'quick_post_lock_' . md5( $user_key );
}

/**
 * Takes the lock for one key, waiting while another request holds it.
 *
 * @param string $user_key "<user ID>:<key>".
 * @return string|null The lock's value ("<time>|<token>") while this request holds it, or null.
 */
function acquire_idempotency_lock( $user_key ) {
	global $wpdb;
	$name     = idempotency_lock_name( $user_key );
	$deadline = microtime( true ) + IDEMPOTENCY_LOCK_WAIT;
	do {
		$value = time() . '|' . wp_generate_password( 20, false );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic insert is the lock; the cache must not answer.
		$taken = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO `{$wpdb->options}` ( `option_name`, `option_value`, `autoload` ) VALUES ( %s, %s, 'off' ) /* LOCK */",
				$name,
				$value
			)
		);
		if ( $taken ) {
			return $value;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$held = (string) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM `{$wpdb->options}` WHERE option_name = %s", $name ) );
		if ( '' !== $held && (int) $held < time() - IDEMPOTENCY_LOCK_STALE ) {
			// Left behind by a request that died: break it.
			release_idempotency_lock( $user_key, $held );
			continue;
		}
		usleep( 50000 );
	} while ( microtime( true ) < $deadline );
	return null;
}

/**
 * Releases the lock if this request still holds it (never one a later request took since).
 *
 * @param string $user_key "<user ID>:<key>".
 * @param string $value    The value the lock was taken with.
 */
function release_idempotency_lock( $user_key, $value ) {
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$wpdb->query( $wpdb->prepare( "DELETE FROM `{$wpdb->options}` WHERE option_name = %s AND option_value = %s", idempotency_lock_name( $user_key ), $value ) );
}

/**
 * The post an earlier request with this key created, if it still exists.
 *
 * @param string $user_key "<user ID>:<key>".
 * @return \WP_Post|null
 */
function find_post_by_idempotency_key( $user_key ) {
	global $wpdb;
	// Straight from the table: a post created a moment ago by a concurrent request is not in any cache.
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$post_id = (int) $wpdb->get_var(
		$wpdb->prepare(
			"SELECT post_id FROM `{$wpdb->postmeta}` WHERE meta_key = %s AND meta_value = %s ORDER BY post_id ASC LIMIT 1",
			IDEMPOTENCY_META_KEY,
			$user_key
		)
	);
	if ( ! $post_id ) {
		return null;
	}
	clean_post_cache( $post_id );
	$post = get_post( $post_id );
	return $post && 'trash' !== $post->post_status ? $post : null;
}

/**
 * Before core handles a keyed create: replay it as an update of the post the key already made, or
 * let it create the post and record the key on it.
 *
 * @param mixed            $result  Response to send instead of dispatching, or null.
 * @param \WP_REST_Server  $server  Server.
 * @param \WP_REST_Request $request Request.
 * @return mixed
 */
function handle_idempotent_create( $result, $server, $request ) {
	if ( null !== $result || ! is_user_logged_in() ) {
		return $result;
	}
	$key  = get_idempotency_key( $request );
	$type = $key ? get_created_post_type( $request ) : null;
	if ( ! $type ) {
		return $result;
	}

	$user_key = get_current_user_id() . ':' . $key;
	$lock     = acquire_idempotency_lock( $user_key );
	if ( null === $lock ) {
		return new \WP_Error(
			'quick_post_save_in_progress',
			__( 'This post is still being saved. Wait a moment, then try again.', 'quick-post' ),
			array( 'status' => 409 )
		);
	}
	// Whatever happens next, the lock goes when this request ends: once the request is handled,
	// or at shutdown if it never is (a fatal error).
	$released = false;
	$release  = static function () use ( $user_key, $lock, &$released ) {
		if ( ! $released ) {
			$released = true;
			release_idempotency_lock( $user_key, $lock );
		}
	};
	add_filter(
		'rest_request_after_callbacks',
		static function ( $response, $handler, $handled ) use ( $request, $release ) {
			if ( $handled === $request ) {
				$release();
			}
			return $response;
		},
		10,
		3
	);
	register_shutdown_function( $release );

	$existing = find_post_by_idempotency_key( $user_key );
	if ( ! $existing ) {
		add_action(
			"rest_insert_{$type->name}",
			static function ( $post, $inserted, $creating ) use ( $request, $user_key ) {
				if ( $creating && $inserted === $request ) {
					// Not `$unique`: the post is new, and under the lock no other post has this key.
					add_post_meta( $post->ID, IDEMPOTENCY_META_KEY, $user_key );
				}
			},
			10,
			3
		);
		return $result;
	}

	$update = new \WP_REST_Request( 'POST', rest_get_route_for_post( $existing ) );
	$update->set_query_params( $request->get_query_params() );
	$update->set_body_params( $request->get_body_params() );
	$update->set_headers( $request->get_headers() );
	$update->set_body( $request->get_body() );
	$update->remove_header( 'idempotency_key' );

	$response = rest_ensure_response( rest_do_request( $update ) );
	$release();
	$response->header( 'X-Quick-Post-Replayed', 'true' );
	return $response;
}
add_filter( 'rest_pre_dispatch', __NAMESPACE__ . '\handle_idempotent_create', 10, 3 );
