<?php
/**
 * What the composer needs to know about the site and the current user, computed once per screen
 * load, and the REST answers it would ask for first, preloaded into the page.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

/**
 * The query arguments of the requests the composer makes first. PHP preloads them and hands them
 * to the bundle, which builds its requests from them, so the two cannot drift apart.
 *
 * @return array{recentDrafts: array<string, mixed>, termSearch: array<string, mixed>, mostUsedTerms: array<string, mixed>}
 */
function get_composer_queries() {
	return array(
		// The current user's latest drafts of a post type.
		'recentDrafts'  => array(
			'_fields'  => 'id,title,modified,link',
			'author'   => get_current_user_id(),
			'context'  => 'edit',
			'orderby'  => 'modified',
			'per_page' => 5,
			'status'   => 'draft',
		),
		// One page of a taxonomy's terms, most used first: what a category picker lists before
		// anything is typed, and (with `search`) every term search.
		'termSearch'    => array(
			'_fields'  => 'id,name,parent',
			'per_page' => 10,
			'orderby'  => 'count',
			'order'    => 'desc',
		),
		// A flat taxonomy's most used terms, which a tags field suggests from while the server searches.
		'mostUsedTerms' => array(
			'_fields'  => 'id,name,parent',
			'per_page' => 100,
			'orderby'  => 'count',
			'order'    => 'desc',
		),
	);
}

/**
 * The REST paths to preload for a described post type: its recent drafts and, per taxonomy, the
 * terms a picker shows before anything is typed (so opening "More options" sends no request).
 *
 * @param array<string, mixed> $post_type A described post type.
 * @param array<string, mixed> $queries   From get_composer_queries().
 * @return string[]
 */
function get_preload_paths( $post_type, $queries ) {
	$paths = array( add_query_arg( $queries['recentDrafts'], $post_type['route'] ) );
	foreach ( $post_type['taxonomies'] as $taxonomy ) {
		$query   = $taxonomy['hierarchical'] ? $queries['termSearch'] : $queries['mostUsedTerms'];
		$paths[] = add_query_arg( $query, $taxonomy['route'] );
	}
	return $paths;
}

/**
 * Lets the database return only the page asked for. For hierarchical taxonomies core leaves out
 * the LIMIT and slices in PHP (so it could hide empty parents), which loads every category on a
 * large site (~300 ms of each page load here with 3,000). Without hide_empty or child_of the two
 * give the same terms.
 *
 * @param array<string, mixed> $args get_terms() arguments.
 * @return array<string, mixed>
 */
function limit_term_query( $args ) {
	if ( empty( $args['hide_empty'] ) && empty( $args['child_of'] ) ) {
		$args['hierarchical'] = false;
	}
	return $args;
}

/**
 * @param string[] $paths REST paths.
 * @return array<string, mixed> Their responses by path, as api-fetch's preloading middleware takes them.
 */
function preload_rest_paths( $paths ) {
	add_filter( 'get_terms_args', __NAMESPACE__ . '\limit_term_query' );
	$preload = array_reduce( $paths, 'rest_preload_api_request', array() );
	remove_filter( 'get_terms_args', __NAMESPACE__ . '\limit_term_query' );
	return $preload;
}

/**
 * Everything the composer gets from PHP. `wp_localize_script()` turns top-level scalars into
 * strings, so only strings sit at the top; numbers and booleans are nested, where they keep
 * their JSON types.
 *
 * @return array<string, mixed>
 */
function get_composer_settings() {
	$post_types = array_values( array_map( __NAMESPACE__ . '\describe_post_type', get_composer_post_types() ) );
	$queries    = get_composer_queries();

	return array(
		'root'        => esc_url_raw( rest_url() ),
		'nonce'       => wp_create_nonce( 'wp_rest' ),
		'adminUrl'    => esc_url_raw( admin_url() ),
		'loginUrl'    => esc_url_raw( wp_login_url() ),
		'limits'      => array(
			/**
			 * Filters how long the composer waits for a save before offering to retry, in milliseconds.
			 *
			 * @param int $timeout Milliseconds. Default 30000.
			 */
			'timeout'   => max( 1000, (int) apply_filters( 'quick_post_request_timeout', 30000 ) ),
			'maxUpload' => (int) wp_max_upload_size(),
		),
		'user'        => array(
			'id'           => get_current_user_id(),
			'name'         => wp_get_current_user()->display_name,
			// For scripts and other apps: they log in with this and an application password.
			'login'        => wp_get_current_user()->user_login,
			'appPasswords' => wp_is_application_passwords_available_for_user( wp_get_current_user() ) && current_user_can( 'create_app_password', get_current_user_id() ),
		),
		'postTypes'   => $post_types,
		'preferences' => array(
			'moreOptionsOpen' => (bool) get_user_meta( get_current_user_id(), PREFERENCE_MORE_OPTIONS, true ),
		),
		'queries'     => $queries,
		'preload'     => (object) ( isset( $post_types[0] ) ? preload_rest_paths( get_preload_paths( $post_types[0], $queries ) ) : array() ),
	);
}
