<?php
/**
 * What the composer needs to know about the site and the current user, computed once per screen load.
 *
 * Capabilities only decide which controls are offered; the REST API still checks every request.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

/**
 * Post types the current user may create from the composer: types edited through the REST posts
 * controller and shown in the admin UI.
 *
 * @return \WP_Post_Type[]
 */
function get_composer_post_types() {
	$types = array();
	foreach ( get_post_types( array( 'show_in_rest' => true, 'show_ui' => true ), 'objects' ) as $type ) {
		if ( 'attachment' === $type->name || 0 === strpos( $type->name, 'wp_' ) ) {
			continue;
		}
		$controller = $type->get_rest_controller();
		if ( ! $controller instanceof \WP_REST_Posts_Controller || ! current_user_can( $type->cap->create_posts ) ) {
			continue;
		}
		$types[ $type->name ] = $type;
	}

	/**
	 * Filters the post types offered in the Quick Post composer.
	 *
	 * @param \WP_Post_Type[] $types Post types keyed by name.
	 */
	return apply_filters( 'quick_post_post_types', $types );
}

/**
 * @param \WP_Post_Type $type Post type.
 * @return array<string, mixed>
 */
function describe_post_type( $type ) {
	$supports = static function ( $feature ) use ( $type ) {
		return post_type_supports( $type->name, $feature );
	};
	$can_publish = current_user_can( $type->cap->publish_posts );

	$taxonomies = array();
	foreach ( get_object_taxonomies( $type->name, 'objects' ) as $taxonomy ) {
		if ( ! $taxonomy->show_in_rest || ! $taxonomy->show_ui || 'post_format' === $taxonomy->name ) {
			continue;
		}
		if ( ! current_user_can( $taxonomy->cap->assign_terms ) ) {
			continue;
		}
		$default_term = null;
		if ( 'category' === $taxonomy->name ) {
			$default_term = get_term( (int) get_option( 'default_category' ), 'category' );
		} elseif ( ! empty( $taxonomy->default_term ) ) {
			$default_term = get_term( (int) get_option( 'default_term_' . $taxonomy->name ), $taxonomy->name );
		}
		$taxonomies[] = array(
			'slug'         => $taxonomy->name,
			'restBase'     => $taxonomy->rest_base ? $taxonomy->rest_base : $taxonomy->name,
			'hierarchical' => (bool) $taxonomy->hierarchical,
			'label'        => $taxonomy->labels->name,
			'singularName' => $taxonomy->labels->singular_name,
			// Core lets anyone who may assign a flat taxonomy's terms create new ones.
			'canCreate'    => $taxonomy->hierarchical
				? current_user_can( $taxonomy->cap->edit_terms )
				: current_user_can( $taxonomy->cap->assign_terms ),
			'defaultTerm'  => $default_term instanceof \WP_Term
				? array(
					'id'   => $default_term->term_id,
					'name' => $default_term->name,
				)
				: null,
		);
	}

	$formats = array();
	if ( $supports( 'post-formats' ) ) {
		$theme_formats = get_theme_support( 'post-formats' );
		if ( is_array( $theme_formats ) && ! empty( $theme_formats[0] ) ) {
			$names = get_post_format_strings();
			foreach ( array_merge( array( 'standard' ), (array) $theme_formats[0] ) as $format ) {
				if ( isset( $names[ $format ] ) ) {
					$formats[] = array(
						'slug'  => $format,
						'label' => $names[ $format ],
					);
				}
			}
		}
	}

	return array(
		'slug'                 => $type->name,
		'label'                => $type->labels->singular_name,
		'restBase'             => $type->rest_base ? $type->rest_base : $type->name,
		'restNamespace'        => $type->rest_namespace ? $type->rest_namespace : 'wp/v2',
		'hierarchical'         => (bool) $type->hierarchical,
		'supports'             => array(
			'title'      => $supports( 'title' ),
			'editor'     => $supports( 'editor' ),
			'excerpt'    => $supports( 'excerpt' ),
			'thumbnail'  => $supports( 'thumbnail' ) && current_theme_supports( 'post-thumbnails', $type->name ),
			'comments'   => $supports( 'comments' ),
			'trackbacks' => $supports( 'trackbacks' ),
			'author'     => $supports( 'author' ),
		),
		'formats'              => $formats,
		'taxonomies'           => $taxonomies,
		'defaultCommentStatus' => get_default_comment_status( $type->name ),
		'defaultPingStatus'    => get_default_comment_status( $type->name, 'pingback' ),
		'can'                  => array(
			'create'     => true,
			'publish'    => $can_publish,
			'editOthers' => current_user_can( $type->cap->edit_others_posts ),
			'sticky'     => 'post' === $type->name && ( $can_publish || current_user_can( $type->cap->edit_others_posts ) ),
			'upload'     => current_user_can( 'upload_files' ),
		),
	);
}

/**
 * The REST path of the current user's latest drafts of a post type, as the composer requests it.
 *
 * The composer builds the same path, so api-fetch's preloading middleware can answer it from the page.
 *
 * @param array<string, mixed> $post_type A described post type.
 * @return string
 */
function recent_drafts_path( $post_type ) {
	return add_query_arg(
		array(
			'_fields'  => 'id,title,modified,link',
			'author'   => get_current_user_id(),
			'context'  => 'edit',
			'orderby'  => 'modified',
			'per_page' => 5,
			'status'   => 'draft',
		),
		sprintf( '/%s/%s', $post_type['restNamespace'], $post_type['restBase'] )
	);
}

/**
 * The REST paths of each taxonomy's most-used terms, as the composer's term pickers request them
 * (so opening "More options" sends no request): the first page a category picker lists before
 * anything is typed, and the list a tags field suggests from while the server searches.
 *
 * Keep in step with searchTerms() and getMostUsedTerms() in src/api/terms.ts.
 *
 * @param array<string, mixed> $post_type A described post type.
 * @return string[]
 */
function most_used_terms_paths( $post_type ) {
	$paths = array();
	foreach ( $post_type['taxonomies'] as $taxonomy ) {
		$paths[] = add_query_arg(
			array(
				'_fields'  => 'id,name,parent',
				'per_page' => $taxonomy['hierarchical'] ? 10 : 100,
				'orderby'  => 'count',
				'order'    => 'desc',
			),
			'/wp/v2/' . $taxonomy['restBase']
		);
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
 * @return array<string, mixed>
 */
function get_composer_settings() {
	$post_types = array_values( array_map( __NAMESPACE__ . '\describe_post_type', get_composer_post_types() ) );

	$preload = array();
	if ( isset( $post_types[0] ) ) {
		add_filter( 'get_terms_args', __NAMESPACE__ . '\limit_term_query' );
		$preload = array_reduce(
			array_merge( array( recent_drafts_path( $post_types[0] ) ), most_used_terms_paths( $post_types[0] ) ),
			'rest_preload_api_request',
			array()
		);
		remove_filter( 'get_terms_args', __NAMESPACE__ . '\limit_term_query' );
	}

	return array(
		'root'        => esc_url_raw( rest_url() ),
		'nonce'       => wp_create_nonce( 'wp_rest' ),
		'adminUrl'    => esc_url_raw( admin_url() ),
		'loginUrl'    => esc_url_raw( wp_login_url() ),
		/**
		 * Filters how long the composer waits for a save before offering to retry, in milliseconds.
		 *
		 * @param int $timeout Milliseconds. Default 30000.
		 */
		'timeout'     => max( 1000, (int) apply_filters( 'quick_post_request_timeout', 30000 ) ),
		'maxUpload'   => (int) wp_max_upload_size(),
		'user'        => array(
			'id'   => get_current_user_id(),
			'name' => wp_get_current_user()->display_name,
		),
		'postTypes'   => $post_types,
		'preferences' => array(
			'moreOptionsOpen' => (bool) get_user_meta( get_current_user_id(), PREFERENCE_MORE_OPTIONS, true ),
		),
		'preload'     => (object) $preload,
	);
}
