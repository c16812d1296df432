<?php
/**
 * Base class for Quick Post's integration tests: a fresh REST server per test, test post types and REST helpers.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * Helpers shared by the test files.
 */
abstract class TestCase extends \WP_UnitTestCase {

	/** A custom post type whose routes are not under wp/v2. */
	const NOTE_TYPE = 'qp_note';

	/** A flat taxonomy of that type, also under its own namespace. */
	const MOOD_TAXONOMY = 'qp_mood';

	/** The namespace both use. */
	const TEST_NAMESPACE = 'quick-post-test/v1';

	/** A key in the composer's format (a UUID). */
	const KEY = '3f0c9a52-7d1e-4b6a-9c2f-5e8d1a4b7c90';

	/** @var string[] Queries seen since record_queries(). */
	private $recorded_queries = array();

	/** @var callable|null The `query` filter that records them. */
	private $query_recorder = null;

	public function set_up() {
		parent::set_up();
		// Routes are registered when the server is created: a new one per test sees this test's types.
		$GLOBALS['wp_rest_server'] = null;
	}

	public function tear_down() {
		$GLOBALS['wp_rest_server'] = null;
		if ( post_type_exists( self::NOTE_TYPE ) ) {
			unregister_post_type( self::NOTE_TYPE );
		}
		if ( taxonomy_exists( self::MOOD_TAXONOMY ) ) {
			unregister_taxonomy( self::MOOD_TAXONOMY );
		}
		parent::tear_down();
	}

	/**
	 * Registers the "Note" type (with labels of its own) and the "Mood" taxonomy, both under TEST_NAMESPACE.
	 */
	protected function register_note_type() {
		register_post_type(
			self::NOTE_TYPE,
			array(
				'labels'         => array(
					'name'           => 'Notes',
					'singular_name'  => 'Note',
					'item_published' => 'Note saved.',
					'view_item'      => 'View Note',
				),
				'public'         => true,
				'show_ui'        => true,
				'show_in_rest'   => true,
				'rest_namespace' => self::TEST_NAMESPACE,
				'rest_base'      => 'notes',
				'supports'       => array( 'title', 'editor', 'author' ),
			)
		);
		register_taxonomy(
			self::MOOD_TAXONOMY,
			self::NOTE_TYPE,
			array(
				'labels'         => array(
					'name'          => 'Moods',
					'singular_name' => 'Mood',
				),
				'show_ui'        => true,
				'show_in_rest'   => true,
				'rest_namespace' => self::TEST_NAMESPACE,
				'rest_base'      => 'moods',
			)
		);
		$GLOBALS['wp_rest_server'] = null;
	}

	/**
	 * @param string $role Role.
	 * @return int A new user with that role, now the current user.
	 */
	protected function log_in_as( $role ) {
		$user_id = self::factory()->user->create( array( 'role' => $role ) );
		wp_set_current_user( $user_id );
		return $user_id;
	}

	/**
	 * Sends a create request the way the composer does, optionally with an Idempotency-Key.
	 *
	 * @param array<string, mixed> $params Body parameters.
	 * @param string|null          $key    Idempotency-Key header, or null for none.
	 * @param string               $route  Collection route.
	 * @return \WP_REST_Response
	 */
	protected function create_post( $params, $key = self::KEY, $route = '/wp/v2/posts' ) {
		$request = new \WP_REST_Request( 'POST', $route );
		$request->set_body_params( $params );
		if ( null !== $key ) {
			$request->set_header( 'Idempotency-Key', $key );
		}
		return rest_do_request( $request );
	}

	/**
	 * @param string $user_key "<user ID>:<key>".
	 * @return int[] IDs of the posts carrying that submit key, read from the table.
	 */
	protected function posts_with_key( $user_key ) {
		global $wpdb;
		return array_map(
			'intval',
			$wpdb->get_col( $wpdb->prepare( "SELECT post_id FROM {$wpdb->postmeta} WHERE meta_key = '_quick_post_submit_key' AND meta_value = %s ORDER BY post_id", $user_key ) )
		);
	}

	/**
	 * @param string $user_key "<user ID>:<key>".
	 * @return string The lock's name (the option name of a row lock).
	 */
	protected function lock_name( $user_key ) {
		return \QuickPost\submit_lock_name( $user_key );
	}

	/**
	 * @return int How many lock rows the options table holds.
	 */
	protected function count_lock_rows() {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE 'quick\\_post\\_lock\\_%'" );
	}

	/**
	 * Inserts a lock row as another request would have.
	 *
	 * @param string $user_key "<user ID>:<key>".
	 * @param int    $taken    Unix time the lock was taken.
	 */
	protected function insert_lock( $user_key, $taken ) {
		global $wpdb;
		$wpdb->insert(
			$wpdb->options,
			array(
				'option_name'  => $this->lock_name( $user_key ),
				'option_value' => $taken . '|someone-elses-token',
				'autoload'     => 'off',
			)
		);
	}

	/**
	 * Records the SQL WordPress runs until stop_recording_queries() (through the `query` filter).
	 *
	 * @param callable|null $pattern Only queries for which this returns true are kept.
	 */
	protected function record_queries( $pattern = null ) {
		$this->recorded_queries = array();
		$this->query_recorder   = function ( $query ) use ( $pattern ) {
			if ( ! $pattern || $pattern( $query ) ) {
				$this->recorded_queries[] = $query;
			}
			return $query;
		};
		add_filter( 'query', $this->query_recorder );
	}

	/**
	 * @return string[] The queries recorded since record_queries().
	 */
	protected function stop_recording_queries() {
		remove_filter( 'query', $this->query_recorder );
		return $this->recorded_queries;
	}
}
