<?php
/**
 * At most one post per submit: a create request (`POST` to a post type's collection route) that
 * carries an `Idempotency-Key` header makes the same post however many times it arrives.
 *
 * The first request with a key creates the post and records "<user ID>:<key>" on it as protected
 * post meta. A later request with the same key from the same user (a retry after a lost response,
 * a double submit) updates that post instead of creating another, so the writer's latest text
 * wins and no duplicate appears. Requests with one key are serialised by the submit lock (see
 * submit-lock.php), so duplicates that arrive at the same moment are covered too. Permission
 * checks are core's, on every request.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const IDEMPOTENCY_META_KEY = '_quick_post_submit_key';

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
 * The live post an earlier request with this key created in this post type. A post of the key
 * that went to the trash no longer counts: the next request makes a new one, which later retries
 * then replay onto.
 *
 * @param string $user_key  "<user ID>:<key>".
 * @param string $post_type Post type.
 * @return \WP_Post|null
 */
function find_post_by_idempotency_key( $user_key, $post_type ) {
	global $wpdb;
	// Straight from the tables: a post created a moment ago by a request on another server is in
	// no cache of this one, and a persistent cache may still hold what came before.
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$post_id = (int) $wpdb->get_var(
		$wpdb->prepare(
			"SELECT p.ID FROM `{$wpdb->postmeta}` m INNER JOIN `{$wpdb->posts}` p ON p.ID = m.post_id
			WHERE m.meta_key = %s AND m.meta_value = %s AND p.post_type = %s AND p.post_status NOT IN ( 'trash', 'auto-draft' )
			ORDER BY p.ID DESC LIMIT 1",
			IDEMPOTENCY_META_KEY,
			$user_key,
			$post_type
		)
	);
	if ( ! $post_id ) {
		return null;
	}
	clean_post_cache( $post_id );
	$post = get_post( $post_id );
	return $post instanceof \WP_Post ? $post : null;
}

/**
 * @param int $seconds When a retry may succeed.
 * @return \WP_REST_Response A 409 with `Retry-After`, which the composer waits for before it retries.
 */
function save_in_progress_response( $seconds ) {
	$response = rest_convert_error_to_response(
		new \WP_Error(
			'quick_post_save_in_progress',
			__( 'This post is still being saved. Wait a moment, then try again.', 'quick-post' ),
			array(
				'status'      => 409,
				'retry_after' => $seconds,
			)
		)
	);
	$response->header( 'Retry-After', (string) $seconds );
	return $response;
}

/**
 * Releases the lock once the request is handled, or at shutdown if it never is (a fatal error).
 *
 * @param \WP_REST_Request $request The keyed request.
 * @param array            $lock    From acquire_submit_lock().
 * @return callable Releases the lock now; calling it again does nothing.
 */
function release_when_done( $request, $lock ) {
	$released = false;
	$release  = static function () use ( $lock, &$released ) {
		if ( $released ) {
			return;
		}
		$released = true;
		if ( ! release_submit_lock( $lock ) ) {
			// Only possible for a row lock a later request broke as stale: this one ran too long.
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( sprintf( 'Quick Post: the submit lock %s was no longer held when its request ended.', $lock['name'] ) );
		}
	};
	$after = static function ( $response, $handler, $handled ) use ( $request, $release, &$after ) {
		if ( $handled === $request ) {
			$release();
			remove_filter( 'rest_request_after_callbacks', $after, 10 );
		}
		return $response;
	};
	add_filter( 'rest_request_after_callbacks', $after, 10, 3 );
	register_shutdown_function( $release );
	return $release;
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
	$lock     = acquire_submit_lock( $user_key );
	if ( ! $lock['held'] ) {
		return save_in_progress_response( $lock['retry_after'] );
	}
	$release = release_when_done( $request, $lock );

	$existing = find_post_by_idempotency_key( $user_key, $type->name );
	if ( ! $existing ) {
		$record = static function ( $post, $inserted, $creating ) use ( $request, $user_key, $type, &$record ) {
			if ( $creating && $inserted === $request ) {
				// Not `$unique`: the post is new, and under the lock no other post has this key.
				add_post_meta( $post->ID, IDEMPOTENCY_META_KEY, $user_key );
				remove_action( "rest_insert_{$type->name}", $record, 10 );
			}
		};
		add_action( "rest_insert_{$type->name}", $record, 10, 3 );
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
