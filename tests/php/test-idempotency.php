<?php
/**
 * Idempotency-Key: which create requests make one post, which make several, and whose.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\handle_idempotent_create
 */
class Test_Idempotency extends TestCase {

	public function test_same_key_updates_the_first_post_and_says_so() {
		$user_id = $this->log_in_as( 'author' );

		$first = $this->create_post(
			array(
				'title'   => 'First try',
				'content' => 'First text',
				'status'  => 'draft',
			)
		);
		$this->assertSame( 201, $first->get_status() );
		$this->assertArrayNotHasKey( 'X-Quick-Post-Replayed', $first->get_headers() );
		$this->assertSame( 0, $this->count_lock_rows(), 'The first request leaves its lock behind.' );
		$post_id = $first->get_data()['id'];

		$second = $this->create_post(
			array(
				'title'   => 'Second try',
				'content' => 'Second text',
				'status'  => 'draft',
			)
		);
		$this->assertSame( 200, $second->get_status() );
		$this->assertSame( 'true', $second->get_headers()['X-Quick-Post-Replayed'] ?? null );
		$this->assertSame( $post_id, $second->get_data()['id'] );
		$this->assertSame( 0, $this->count_lock_rows(), 'The replay leaves its lock behind.' );

		$post = get_post( $post_id );
		$this->assertSame( 'Second try', $post->post_title, 'The latest title wins.' );
		$this->assertSame( 'Second text', $post->post_content, 'The latest content wins.' );
		$this->assertSame( array( $post_id ), $this->posts_with_key( $user_id . ':' . self::KEY ) );
		$this->assertCount( 1, get_posts( array( 'author' => $user_id, 'post_status' => 'any', 'fields' => 'ids' ) ) );
	}

	public function test_same_key_from_another_user_makes_another_post() {
		$author = $this->log_in_as( 'author' );
		$mine   = $this->create_post( array( 'title' => 'Mine' ) )->get_data()['id'];

		$editor = $this->log_in_as( 'editor' );
		$theirs = $this->create_post( array( 'title' => 'Theirs' ) );

		$this->assertSame( 201, $theirs->get_status() );
		$this->assertNotSame( $mine, $theirs->get_data()['id'] );
		$this->assertArrayNotHasKey( 'X-Quick-Post-Replayed', $theirs->get_headers() );
		$this->assertSame( 'Mine', get_post( $mine )->post_title, "Another user's request must not touch the first post." );
		$this->assertSame( array( $mine ), $this->posts_with_key( $author . ':' . self::KEY ) );
		$this->assertSame( array( $theirs->get_data()['id'] ), $this->posts_with_key( $editor . ':' . self::KEY ) );
		$this->assertSame( 0, $this->count_lock_rows() );
	}

	/**
	 * Keys the plugin ignores: the request is an ordinary create, with no lock and no stored key.
	 *
	 * @dataProvider data_ignored_keys
	 *
	 * @param string|null $key Idempotency-Key header.
	 */
	public function test_without_a_valid_key_each_request_creates_a_post( $key ) {
		$this->log_in_as( 'author' );
		$this->record_queries(
			static function ( $query ) {
				return false !== strpos( $query, 'quick_post_lock_' );
			}
		);

		$first  = $this->create_post( array( 'title' => 'One' ), $key );
		$second = $this->create_post( array( 'title' => 'Two' ), $key );

		$this->assertSame( array(), $this->stop_recording_queries(), 'No lock is taken.' );
		$this->assertSame( 201, $first->get_status() );
		$this->assertSame( 201, $second->get_status() );
		$this->assertNotSame( $first->get_data()['id'], $second->get_data()['id'] );
		$this->assertSame( '', get_post_meta( $second->get_data()['id'], '_quick_post_submit_key', true ) );
	}

	/**
	 * @return array<string, array{0: string|null}>
	 */
	public function data_ignored_keys() {
		return array(
			'no key'             => array( null ),
			'15 characters'      => array( str_repeat( 'a', 15 ) ),
			'65 characters'      => array( str_repeat( 'a', 65 ) ),
			'an underscore'      => array( 'abcdefgh_ijklmnop' ),
			'a space'            => array( 'abcdefgh ijklmnop' ),
			'a percent-encoding' => array( 'abcdefgh%20ijklmnop' ),
			'SQL'                => array( "x' OR '1'='1 -- abcdef" ),
		);
	}

	/**
	 * @dataProvider data_accepted_keys
	 *
	 * @param string $key Idempotency-Key header.
	 */
	public function test_keys_at_the_edges_of_the_format_deduplicate( $key ) {
		$this->log_in_as( 'author' );
		$first  = $this->create_post( array( 'title' => 'One' ), $key );
		$second = $this->create_post( array( 'title' => 'Two' ), $key );

		$this->assertSame( $first->get_data()['id'], $second->get_data()['id'] );
		$this->assertSame( 'true', $second->get_headers()['X-Quick-Post-Replayed'] ?? null );
		$this->assertSame( 0, $this->count_lock_rows() );
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public function data_accepted_keys() {
		return array(
			'16 characters' => array( str_repeat( 'A', 16 ) ),
			'64 characters' => array( str_repeat( '0', 64 ) ),
			'a UUID'        => array( self::KEY ),
		);
	}

	public function test_logged_out_requests_are_left_to_core() {
		$this->record_queries(
			static function ( $query ) {
				return false !== strpos( $query, 'quick_post_lock_' );
			}
		);
		$response = $this->create_post( array( 'title' => 'Anonymous' ) );

		$this->assertSame( array(), $this->stop_recording_queries() );
		$this->assertSame( 401, $response->get_status() );
	}

	/**
	 * Core refuses the create after the plugin took the lock: the lock must go all the same.
	 *
	 * @dataProvider data_refused_creates
	 *
	 * @param string               $role   Role.
	 * @param array<string, mixed> $params Body parameters.
	 * @param int                  $status Expected status.
	 */
	public function test_a_refused_create_releases_its_lock_and_stores_no_key( $role, $params, $status ) {
		$user_id  = $this->log_in_as( $role );
		$response = $this->create_post( $params );

		$this->assertSame( $status, $response->get_status() );
		$this->assertSame( 0, $this->count_lock_rows() );
		$this->assertSame( array(), $this->posts_with_key( $user_id . ':' . self::KEY ) );
	}

	/**
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2: int}>
	 */
	public function data_refused_creates() {
		return array(
			'subscriber'             => array( 'subscriber', array( 'title' => 'No' ), 403 ),
			'contributor publishing' => array( 'contributor', array( 'title' => 'No', 'status' => 'publish' ), 403 ),
			'invalid status'         => array( 'author', array( 'title' => 'No', 'status' => 'nonsense' ), 400 ),
		);
	}

	public function test_retries_after_the_post_was_trashed_make_one_new_post_and_replay_onto_it() {
		$user_id = $this->log_in_as( 'author' );
		$first   = $this->create_post( array( 'title' => 'Binned' ) )->get_data()['id'];
		wp_trash_post( $first );

		$statuses = array();
		$ids      = array();
		foreach ( array( 'Retry one', 'Retry two', 'Retry three' ) as $title ) {
			$response   = $this->create_post( array( 'title' => $title ) );
			$statuses[] = $response->get_status();
			$ids[]      = $response->get_data()['id'];
		}

		$this->assertSame( array( 201, 200, 200 ), $statuses );
		$this->assertSame( array( $ids[0], $ids[0], $ids[0] ), $ids, 'One new post, then replays onto it.' );
		$this->assertNotSame( $first, $ids[0] );
		$this->assertSame( 'Retry three', get_post( $ids[0] )->post_title );
		$this->assertSame( 'trash', get_post_status( $first ) );
		$this->assertSame( array( $first, $ids[0] ), $this->posts_with_key( $user_id . ':' . self::KEY ) );
		$this->assertSame( 0, $this->count_lock_rows() );
	}

	public function test_the_same_key_sent_to_another_post_type_creates_there_instead_of_updating() {
		$this->log_in_as( 'editor' );
		$post = $this->create_post( array( 'title' => 'A post' ) )->get_data()['id'];

		$page = $this->create_post( array( 'title' => 'A page' ), self::KEY, '/wp/v2/pages' );

		$this->assertSame( 201, $page->get_status() );
		$this->assertSame( 'page', get_post_type( $page->get_data()['id'] ) );
		$this->assertSame( 'A post', get_post( $post )->post_title );
	}

	public function test_custom_post_type_with_its_own_namespace_is_deduplicated_on_its_route() {
		$this->register_note_type();
		$user_id = $this->log_in_as( 'author' );
		$route   = '/' . self::TEST_NAMESPACE . '/notes';

		$first = $this->create_post( array( 'title' => 'Note one' ), self::KEY, $route );
		$this->assertSame( 201, $first->get_status() );
		$note_id = $first->get_data()['id'];
		$this->assertSame( self::NOTE_TYPE, get_post_type( $note_id ) );

		$routes = array();
		add_filter(
			'rest_pre_dispatch',
			static function ( $result, $server, $request ) use ( &$routes ) {
				$routes[] = $request->get_method() . ' ' . $request->get_route();
				return $result;
			},
			5,
			3
		);
		$second = $this->create_post( array( 'title' => 'Note two' ), self::KEY, $route );

		$this->assertSame( 'true', $second->get_headers()['X-Quick-Post-Replayed'] ?? null );
		$this->assertSame( $note_id, $second->get_data()['id'] );
		$this->assertSame( array( "POST $route", "POST $route/$note_id" ), $routes, 'The replay goes to the type\'s own route.' );
		$this->assertSame( 'Note two', get_post( $note_id )->post_title );
		$this->assertSame( array( $note_id ), $this->posts_with_key( $user_id . ':' . self::KEY ) );
		$this->assertSame( 0, $this->count_lock_rows() );
	}
}
