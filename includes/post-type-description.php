<?php
/**
 * What the composer may offer for one post type: its REST route, fields, taxonomies, formats,
 * labels and the current user's capabilities for it.
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
 * The labels the composer's notices use. Only labels the type words its own way are passed: where a
 * type keeps core's stock post wording ("Post published.", "View Post"), the composer uses its own
 * strings for posts, so posts read as they always have and pages or custom types get their names.
 *
 * @param \WP_Post_Type $type Post type.
 * @return object Label names in camelCase; an object so an empty set stays `{}` in JSON.
 */
function describe_post_type_labels( $type ) {
	$keys     = array(
		'singular_name'            => 'singularName',
		'item_published'           => 'itemPublished',
		'item_published_privately' => 'itemPublishedPrivately',
		'item_scheduled'           => 'itemScheduled',
		'item_updated'             => 'itemUpdated',
		'item_reverted_to_draft'   => 'itemRevertedToDraft',
		'view_item'                => 'viewItem',
		'edit_item'                => 'editItem',
	);
	$defaults = \WP_Post_Type::get_default_labels();
	$labels   = array();
	foreach ( $keys as $key => $name ) {
		$value = isset( $type->labels->$key ) ? (string) $type->labels->$key : '';
		$stock = isset( $defaults[ $key ][0] ) ? $defaults[ $key ][0] : null;
		if ( '' !== $value && $value !== $stock ) {
			$labels[ $name ] = $value;
		}
	}
	return (object) $labels;
}

/**
 * @param \WP_Taxonomy $taxonomy Taxonomy.
 * @return \WP_Term|null The term a new post gets when none is chosen.
 */
function get_default_term( $taxonomy ) {
	$term = null;
	if ( 'category' === $taxonomy->name ) {
		$term = get_term( (int) get_option( 'default_category' ), 'category' );
	} elseif ( ! empty( $taxonomy->default_term ) ) {
		$term = get_term( (int) get_option( 'default_term_' . $taxonomy->name ), $taxonomy->name );
	}
	return $term instanceof \WP_Term ? $term : null;
}

/**
 * The taxonomies of a post type whose terms the current user may assign from the composer.
 *
 * @param \WP_Post_Type $type Post type.
 * @return array<int, array<string, mixed>>
 */
function describe_taxonomies( $type ) {
	$taxonomies = array();
	foreach ( get_object_taxonomies( $type->name, 'objects' ) as $taxonomy ) {
		if ( ! $taxonomy->show_in_rest || ! $taxonomy->show_ui || 'post_format' === $taxonomy->name ) {
			continue;
		}
		if ( ! current_user_can( $taxonomy->cap->assign_terms ) ) {
			continue;
		}
		$default_term = get_default_term( $taxonomy );
		$taxonomies[] = array(
			'slug'         => $taxonomy->name,
			// The term routes (which know about `rest_namespace`), and the post field holding its term IDs.
			'route'        => rest_get_route_for_taxonomy_items( $taxonomy->name ),
			'restBase'     => $taxonomy->rest_base ? $taxonomy->rest_base : $taxonomy->name,
			'hierarchical' => (bool) $taxonomy->hierarchical,
			'label'        => $taxonomy->labels->name,
			'singularName' => $taxonomy->labels->singular_name,
			// Core lets anyone who may assign a flat taxonomy's terms create new ones.
			'canCreate'    => $taxonomy->hierarchical
				? current_user_can( $taxonomy->cap->edit_terms )
				: current_user_can( $taxonomy->cap->assign_terms ),
			'defaultTerm'  => $default_term
				? array(
					'id'   => $default_term->term_id,
					'name' => $default_term->name,
				)
				: null,
		);
	}
	return $taxonomies;
}

/**
 * The post formats the theme supports for a type, "standard" first.
 *
 * @param \WP_Post_Type $type Post type.
 * @return array<int, array{slug: string, label: string}>
 */
function describe_formats( $type ) {
	$formats = array();
	if ( ! post_type_supports( $type->name, 'post-formats' ) ) {
		return $formats;
	}
	$theme_formats = get_theme_support( 'post-formats' );
	if ( ! is_array( $theme_formats ) || empty( $theme_formats[0] ) ) {
		return $formats;
	}
	$names = get_post_format_strings();
	foreach ( array_merge( array( 'standard' ), (array) $theme_formats[0] ) as $format ) {
		if ( isset( $names[ $format ] ) ) {
			$formats[] = array(
				'slug'  => $format,
				'label' => $names[ $format ],
			);
		}
	}
	return $formats;
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

	return array(
		'slug'                 => $type->name,
		'label'                => $type->labels->singular_name,
		'labels'               => describe_post_type_labels( $type ),
		'route'                => rest_get_route_for_post_type_items( $type->name ),
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
		'formats'              => describe_formats( $type ),
		'taxonomies'           => describe_taxonomies( $type ),
		'defaultCommentStatus' => get_default_comment_status( $type->name ),
		'defaultPingStatus'    => get_default_comment_status( $type->name, 'pingback' ),
		'can'                  => array(
			'create'     => current_user_can( $type->cap->create_posts ),
			'publish'    => $can_publish,
			'editOthers' => current_user_can( $type->cap->edit_others_posts ),
			'sticky'     => 'post' === $type->name && ( $can_publish || current_user_can( $type->cap->edit_others_posts ) ),
			'upload'     => current_user_can( 'upload_files' ),
		),
	);
}
