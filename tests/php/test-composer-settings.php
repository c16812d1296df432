<?php
/**
 * The settings each role receives: post types, capabilities, taxonomies, routes, labels and limits.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\get_composer_settings
 * @covers \QuickPost\describe_post_type
 * @covers \QuickPost\get_composer_post_types
 */
class Test_Composer_Settings extends TestCase {

	public function set_up() {
		parent::set_up();
		$this->register_note_type();
	}

	/**
	 * @dataProvider data_roles
	 *
	 * @param string                              $role       Role.
	 * @param array<string, array<string, bool>>  $can        Expected `can` flags by post type.
	 * @param array<string, array<string, bool>>  $can_create Expected `canCreate` by post type and taxonomy.
	 */
	public function test_each_role_gets_the_types_it_may_create_with_its_capabilities( $role, $can, $can_create ) {
		$this->log_in_as( $role );
		$settings = \QuickPost\get_composer_settings();
		$types    = array_column( $settings['postTypes'], null, 'slug' );

		$this->assertSame( array_keys( $can ), array_keys( $types ), 'Post types offered, in order.' );
		foreach ( $can as $slug => $flags ) {
			$this->assertSame( $flags, $types[ $slug ]['can'], "can.* for $slug" );
			$this->assertSame(
				$can_create[ $slug ],
				array_column( $types[ $slug ]['taxonomies'], 'canCreate', 'slug' ),
				"Taxonomies and canCreate for $slug"
			);
		}
	}

	/**
	 * @return array<string, array{0: string, 1: array<string, array<string, bool>>, 2: array<string, array<string, bool>>}>
	 */
	public function data_roles() {
		$all  = array(
			'create'     => true,
			'publish'    => true,
			'editOthers' => true,
			'sticky'     => true,
			'upload'     => true,
		);
		$page = array_merge( $all, array( 'sticky' => false ) );
		$own  = array_merge( $all, array( 'editOthers' => false ) );
		$none = array(
			'create'     => true,
			'publish'    => false,
			'editOthers' => false,
			'sticky'     => false,
			'upload'     => false,
		);
		// Only a post can be sticky; notes use the post capabilities.
		$note = static function ( $flags ) {
			return array_merge( $flags, array( 'sticky' => false ) );
		};
		$manager_terms = array(
			'post'     => array(
				'category' => true,
				'post_tag' => true,
			),
			'page'     => array(),
			'qp_note'  => array( 'qp_mood' => true ),
		);
		$writer_terms  = array(
			'post'    => array(
				'category' => false,
				'post_tag' => true,
			),
			'qp_note' => array( 'qp_mood' => true ),
		);
		return array(
			'administrator' => array( 'administrator', array( 'post' => $all, 'page' => $page, 'qp_note' => $note( $all ) ), $manager_terms ),
			'editor'        => array( 'editor', array( 'post' => $all, 'page' => $page, 'qp_note' => $note( $all ) ), $manager_terms ),
			'author'        => array( 'author', array( 'post' => $own, 'qp_note' => $note( $own ) ), $writer_terms ),
			'contributor'   => array( 'contributor', array( 'post' => $none, 'qp_note' => $none ), $writer_terms ),
		);
	}

	public function test_a_subscriber_is_offered_nothing() {
		$this->log_in_as( 'subscriber' );
		$settings = \QuickPost\get_composer_settings();

		$this->assertSame( array(), $settings['postTypes'] );
		$this->assertEquals( new \stdClass(), $settings['preload'] );
		$this->assertSame( '{}', wp_json_encode( $settings['preload'] ), 'An empty preload is an object in JSON.' );
	}

	public function test_routes_come_from_core_and_follow_rest_namespace_and_rest_base() {
		$this->log_in_as( 'administrator' );
		$types = array_column( \QuickPost\get_composer_settings()['postTypes'], null, 'slug' );

		$expected = array(
			'post'    => array( '/wp/v2/posts', array( '/wp/v2/categories', '/wp/v2/tags' ), array( 'categories', 'tags' ) ),
			'page'    => array( '/wp/v2/pages', array(), array() ),
			'qp_note' => array( '/quick-post-test/v1/notes', array( '/quick-post-test/v1/moods' ), array( 'moods' ) ),
		);
		foreach ( $expected as $slug => list( $route, $term_routes, $rest_bases ) ) {
			$this->assertSame( $route, $types[ $slug ]['route'] );
			$this->assertSame( rest_get_route_for_post_type_items( $slug ), $types[ $slug ]['route'] );
			$this->assertSame( $term_routes, array_column( $types[ $slug ]['taxonomies'], 'route' ) );
			$this->assertSame( $rest_bases, array_column( $types[ $slug ]['taxonomies'], 'restBase' ) );
			foreach ( $types[ $slug ]['taxonomies'] as $taxonomy ) {
				$this->assertSame( rest_get_route_for_taxonomy_items( $taxonomy['slug'] ), $taxonomy['route'] );
			}
		}
	}

	public function test_taxonomies_are_described_with_their_default_term() {
		$this->log_in_as( 'editor' );
		$post = \QuickPost\describe_post_type( get_post_type_object( 'post' ) );
		$by   = array_column( $post['taxonomies'], null, 'slug' );

		$this->assertTrue( $by['category']['hierarchical'] );
		$this->assertFalse( $by['post_tag']['hierarchical'] );
		$this->assertSame( 'Categories', $by['category']['label'] );
		$this->assertSame( 'Tag', $by['post_tag']['singularName'] );
		$this->assertSame(
			array(
				'id'   => (int) get_option( 'default_category' ),
				'name' => 'Uncategorized',
			),
			$by['category']['defaultTerm']
		);
		$this->assertNull( $by['post_tag']['defaultTerm'] );
		$this->assertArrayNotHasKey( 'post_format', $by, 'Formats are offered apart from taxonomies.' );
	}

	/**
	 * @dataProvider data_labels
	 *
	 * @param string                $slug   Post type.
	 * @param array<string, string> $labels Expected labels.
	 */
	public function test_only_labels_that_differ_from_the_stock_post_labels_are_passed( $slug, $labels ) {
		$this->log_in_as( 'administrator' );
		$described = \QuickPost\describe_post_type( get_post_type_object( $slug ) );

		$this->assertIsObject( $described['labels'] );
		$this->assertSame( $labels, (array) $described['labels'] );
	}

	/**
	 * @return array<string, array{0: string, 1: array<string, string>}>
	 */
	public function data_labels() {
		return array(
			'post: none'                   => array( 'post', array() ),
			'page: all of its own'         => array(
				'page',
				array(
					'singularName'           => 'Page',
					'itemPublished'          => 'Page published.',
					'itemPublishedPrivately' => 'Page published privately.',
					'itemScheduled'          => 'Page scheduled.',
					'itemUpdated'            => 'Page updated.',
					'itemRevertedToDraft'    => 'Page reverted to draft.',
					'viewItem'               => 'View Page',
					'editItem'               => 'Edit Page',
				),
			),
			'custom type: the ones it set' => array(
				self::NOTE_TYPE,
				array(
					'singularName'  => 'Note',
					'itemPublished' => 'Note saved.',
					'viewItem'      => 'View Note',
				),
			),
		);
	}

	public function test_top_level_values_are_strings_and_numbers_are_nested() {
		$user_id = $this->log_in_as( 'author' );
		update_user_meta( $user_id, 'quick_post_more_options_open', '1' );
		$settings = \QuickPost\get_composer_settings();

		foreach ( $settings as $name => $value ) {
			if ( is_scalar( $value ) ) {
				$this->assertIsString( $value, "Top-level $name: wp_localize_script() would turn it into a string." );
			}
		}
		$this->assertSame( rest_url(), $settings['root'] );
		$this->assertSame( 1, wp_verify_nonce( $settings['nonce'], 'wp_rest' ) );
		$this->assertSame( 30000, $settings['limits']['timeout'] );
		$this->assertSame( (int) wp_max_upload_size(), $settings['limits']['maxUpload'] );
		$this->assertSame( $user_id, $settings['user']['id'] );
		$this->assertTrue( $settings['preferences']['moreOptionsOpen'] );
		$this->assertSame( \QuickPost\get_composer_queries(), $settings['queries'] );
	}

	/**
	 * @dataProvider data_timeouts
	 *
	 * @param mixed $filtered What the filter returns.
	 * @param int   $expected The timeout passed.
	 */
	public function test_the_request_timeout_filter_is_an_int_of_at_least_a_second( $filtered, $expected ) {
		$this->log_in_as( 'author' );
		add_filter(
			'quick_post_request_timeout',
			static function () use ( $filtered ) {
				return $filtered;
			}
		);

		$this->assertSame( $expected, \QuickPost\get_composer_settings()['limits']['timeout'] );
	}

	/**
	 * @return array<string, array{0: mixed, 1: int}>
	 */
	public function data_timeouts() {
		return array(
			'a minute'         => array( 60000, 60000 ),
			'too short'        => array( 10, 1000 ),
			'a numeric string' => array( '45000', 45000 ),
		);
	}

	public function test_the_post_types_filter_decides_what_is_offered() {
		$this->log_in_as( 'administrator' );
		add_filter(
			'quick_post_post_types',
			static function ( $types ) {
				unset( $types['post'] );
				return $types;
			}
		);

		$this->assertSame( array( 'page', self::NOTE_TYPE ), array_column( \QuickPost\get_composer_settings()['postTypes'], 'slug' ) );
	}

	public function test_the_login_and_whether_the_user_may_make_application_passwords() {
		$user_id = $this->log_in_as( 'contributor' );
		$_SERVER['HTTPS'] = 'on';
		$settings = \QuickPost\get_composer_settings();
		$this->assertSame( get_userdata( $user_id )->user_login, $settings['user']['login'] );
		$this->assertTrue( $settings['user']['appPasswords'] );

		add_filter( 'wp_is_application_passwords_available_for_user', '__return_false' );
		$this->assertFalse( \QuickPost\get_composer_settings()['user']['appPasswords'], 'Switched off for the user.' );
		remove_filter( 'wp_is_application_passwords_available_for_user', '__return_false' );

		$deny = static function ( $caps, $cap ) {
			return 'create_app_password' === $cap ? array( 'do_not_allow' ) : $caps;
		};
		add_filter( 'map_meta_cap', $deny, 10, 2 );
		$this->assertFalse( \QuickPost\get_composer_settings()['user']['appPasswords'], 'Without create_app_password.' );
		remove_filter( 'map_meta_cap', $deny );

		unset( $_SERVER['HTTPS'] );
		$this->assertFalse( \QuickPost\get_composer_settings()['user']['appPasswords'], 'Not available without HTTPS outside local sites.' );
	}
}
