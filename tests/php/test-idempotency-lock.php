<?php
/**
 * The idempotency lock: a lock left by a dead request is broken, a live one is waited for.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\acquire_idempotency_lock
 * @covers \QuickPost\release_idempotency_lock
 */
class Test_Idempotency_Lock extends TestCase {

	/**
	 * @return callable A `query` filter predicate for the lock's INSERT IGNORE.
	 */
	private static function lock_inserts() {
		return static function ( $query ) {
			return false !== strpos( $query, 'INSERT IGNORE' ) && false !== strpos( $query, 'quick_post_lock_' );
		};
	}

	/**
	 * @dataProvider data_stale_locks
	 *
	 * @param int $age Seconds since the dead request took the lock.
	 */
	public function test_a_stale_lock_is_broken_and_the_request_succeeds( $age ) {
		$user_id  = $this->log_in_as( 'author' );
		$user_key = $user_id . ':' . self::KEY;
		$this->insert_lock( $user_key, time() - $age );

		$this->record_queries( self::lock_inserts() );
		$started  = microtime( true );
		$response = $this->create_post( array( 'title' => 'After a crash' ) );
		$elapsed  = microtime( true ) - $started;
		$inserts  = $this->stop_recording_queries();

		$this->assertSame( 201, $response->get_status() );
		$this->assertCount( 2, $inserts, 'One INSERT finds the stale lock, the next takes the lock.' );
		$this->assertLessThan( 0.05, $elapsed, 'Breaking a stale lock does not wait.' );
		$this->assertSame( array( $response->get_data()['id'] ), $this->posts_with_key( $user_key ) );
		$this->assertSame( 0, $this->count_lock_rows() );
	}

	/**
	 * @return array<string, array{0: int}>
	 */
	public function data_stale_locks() {
		return array(
			'just over IDEMPOTENCY_LOCK_STALE' => array( \QuickPost\IDEMPOTENCY_LOCK_STALE + 2 ),
			'a day old'                        => array( DAY_IN_SECONDS ),
		);
	}

	/**
	 * Two requests with one key at the same moment. PHP runs one at a time, and each test is one
	 * database transaction, so the other request is played by a `query` filter: a live lock is in
	 * place, and when the plugin first reads it (the SELECT after its INSERT IGNORE failed), the
	 * other request "finishes": its post appears with the key and its lock goes. The request under
	 * test must then have waited (slept at least once), taken the lock, and replayed onto that post.
	 */
	public function test_a_live_lock_is_waited_for_then_the_request_replays() {
		global $wpdb;
		$user_id  = $this->log_in_as( 'author' );
		$user_key = $user_id . ':' . self::KEY;
		$this->insert_lock( $user_key, time() );

		$other_post = 0;
		$lock_read  = "SELECT option_value FROM `{$wpdb->options}` WHERE option_name = '" . $this->lock_name( $user_key ) . "'";
		$finish     = function ( $query ) use ( &$finish, &$other_post, $lock_read, $user_id, $user_key ) {
			global $wpdb;
			if ( $lock_read !== $query ) {
				return $query;
			}
			remove_filter( 'query', $finish );
			$other_post = self::factory()->post->create(
				array(
					'post_author' => $user_id,
					'post_title'  => 'Saved by the other request',
					'post_status' => 'draft',
				)
			);
			add_post_meta( $other_post, '_quick_post_submit_key', $user_key );
			$wpdb->delete( $wpdb->options, array( 'option_name' => $this->lock_name( $user_key ) ) );
			return $query;
		};
		add_filter( 'query', $finish );

		$this->record_queries( self::lock_inserts() );
		$started  = microtime( true );
		$response = $this->create_post(
			array(
				'title'   => 'Sent twice',
				'content' => 'Latest text',
			)
		);
		$elapsed  = microtime( true ) - $started;
		$inserts  = $this->stop_recording_queries();

		$this->assertNotSame( 0, $other_post, 'The plugin never read the lock it found taken.' );
		$this->assertCount( 2, $inserts, 'The request tries the lock, waits, and tries again.' );
		$this->assertGreaterThan( 0.0, $elapsed );
		$this->assertGreaterThanOrEqual( 0.05, $elapsed, 'The request sleeps between tries.' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'true', $response->get_headers()['X-Quick-Post-Replayed'] ?? null );
		$this->assertSame( $other_post, $response->get_data()['id'] );
		$this->assertSame( 'Sent twice', get_post( $other_post )->post_title );
		$this->assertSame( 'Latest text', get_post( $other_post )->post_content );
		$this->assertSame( array( $other_post ), $this->posts_with_key( $user_key ) );
		$this->assertCount( 1, get_posts( array( 'author' => $user_id, 'post_status' => 'any', 'fields' => 'ids' ) ) );
		$this->assertSame( 0, $this->count_lock_rows() );
	}

	public function test_another_keys_lock_does_not_block() {
		$user_id = $this->log_in_as( 'author' );
		$this->insert_lock( $user_id . ':' . strrev( self::KEY ), time() );

		$this->record_queries( self::lock_inserts() );
		$response = $this->create_post( array( 'title' => 'Unrelated' ) );

		$this->assertCount( 1, $this->stop_recording_queries() );
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( 1, $this->count_lock_rows(), 'Only the other key\'s lock remains.' );
	}

	public function test_release_never_removes_a_lock_taken_since() {
		$user_key = '1:' . self::KEY;
		$this->insert_lock( $user_key, time() );

		\QuickPost\release_idempotency_lock( $user_key, time() . '|a-token-that-expired' );

		$this->assertSame( 1, $this->count_lock_rows() );
	}
}
