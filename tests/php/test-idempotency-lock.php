<?php
/**
 * The submit lock, both kinds: a named lock on MariaDB, and the options-row lock kept for SQLite.
 * A dead request's lock costs the next request at most SUBMIT_LOCK_WAIT seconds, then a 409 with
 * Retry-After; a live one is waited for and replayed onto.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\acquire_submit_lock
 * @covers \QuickPost\release_submit_lock
 */
class Test_Idempotency_Lock extends TestCase {

	public function tear_down() {
		remove_all_filters( 'quick_post_submit_lock' );
		parent::tear_down();
	}

	/** Makes the plugin use the options-row lock, as on SQLite. */
	private function use_row_lock() {
		add_filter(
			'quick_post_submit_lock',
			static function () {
				return 'row';
			}
		);
	}

	/**
	 * @return callable A `query` filter predicate for the row lock's INSERT IGNORE.
	 */
	private static function lock_inserts() {
		return static function ( $query ) {
			return false !== strpos( $query, 'INSERT IGNORE' ) && false !== strpos( $query, 'quick_post_lock_' );
		};
	}

	public function test_mariadb_gets_a_named_lock_that_leaves_no_row() {
		$this->log_in_as( 'author' );
		$this->record_queries(
			static function ( $query ) {
				return false !== strpos( $query, '_LOCK(' ) || false !== strpos( $query, 'quick_post_lock_' );
			}
		);
		$response = $this->create_post( array( 'title' => 'Named' ) );
		$queries  = $this->stop_recording_queries();

		$this->assertSame( 'named', \QuickPost\submit_lock_kind() );
		$this->assertSame( 201, $response->get_status() );
		$this->assertCount( 2, $queries );
		$this->assertStringContainsString( 'GET_LOCK(', $queries[0] );
		$this->assertStringContainsString( 'RELEASE_LOCK(', $queries[1] );
		$this->assertSame( 0, $this->count_lock_rows() );
		$this->assertSame( '1', $this->held_elsewhere( $this->lock_name( get_current_user_id() . ':' . self::KEY ), 0 ), 'The lock is free again.' );
	}

	public function test_a_named_lock_held_by_a_live_request_costs_at_most_the_wait_then_a_409() {
		$user_id = $this->log_in_as( 'author' );
		$holder  = $this->hold_named_lock( $this->lock_name( $user_id . ':' . self::KEY ), 6 );

		$started  = microtime( true );
		$response = $this->create_post( array( 'title' => 'Behind a live lock' ) );
		$elapsed  = microtime( true ) - $started;
		proc_terminate( $holder );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'quick_post_save_in_progress', $response->get_data()['code'] );
		$this->assertSame( (string) \QuickPost\SUBMIT_LOCK_WAIT, $response->get_headers()['Retry-After'] ?? null );
		$this->assertSame( \QuickPost\SUBMIT_LOCK_WAIT, $response->get_data()['data']['retry_after'] );
		$this->assertGreaterThanOrEqual( \QuickPost\SUBMIT_LOCK_WAIT - 0.1, $elapsed );
		$this->assertLessThan( \QuickPost\SUBMIT_LOCK_WAIT + 1, $elapsed );
		$this->assertSame( array(), $this->posts_with_key( $user_id . ':' . self::KEY ) );
	}

	public function test_a_named_lock_of_a_request_that_died_is_gone_with_its_connection() {
		$user_id = $this->log_in_as( 'author' );
		$holder  = $this->hold_named_lock( $this->lock_name( $user_id . ':' . self::KEY ), 30 );
		// The worker dies mid-request: its connection closes, and the server drops its locks.
		proc_terminate( $holder, 9 );
		proc_close( $holder );

		$started  = microtime( true );
		$response = $this->create_post( array( 'title' => 'After a crash' ) );

		$this->assertSame( 201, $response->get_status() );
		$this->assertLessThan( 0.5, microtime( true ) - $started );
	}

	/**
	 * @dataProvider data_stale_locks
	 *
	 * @param int $age Seconds since the dead request took the lock.
	 */
	public function test_a_stale_row_lock_is_broken_and_the_request_succeeds( $age ) {
		$this->use_row_lock();
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
			'just over SUBMIT_LOCK_STALE' => array( \QuickPost\SUBMIT_LOCK_STALE + 2 ),
			'a day old'                   => array( DAY_IN_SECONDS ),
		);
	}

	public function test_a_row_lock_not_yet_stale_costs_at_most_the_wait_then_a_409_with_retry_after() {
		$this->use_row_lock();
		$user_id = $this->log_in_as( 'author' );
		$this->insert_lock( $user_id . ':' . self::KEY, time() - ( \QuickPost\SUBMIT_LOCK_STALE - 3 ) );

		$started  = microtime( true );
		$response = $this->create_post( array( 'title' => 'Behind a fresh lock' ) );
		$elapsed  = microtime( true ) - $started;

		$this->assertSame( 409, $response->get_status() );
		$this->assertGreaterThanOrEqual( \QuickPost\SUBMIT_LOCK_WAIT - 0.1, $elapsed );
		$this->assertLessThan( \QuickPost\SUBMIT_LOCK_WAIT + 1, $elapsed );
		// The composer waits that long before it tries again: once the dead request's row goes stale.
		$retry_after = (int) $response->get_headers()['Retry-After'];
		$this->assertGreaterThanOrEqual( 1, $retry_after );
		$this->assertLessThanOrEqual( 5, $retry_after );
		$this->assertSame( 1, $this->count_lock_rows() );
	}

	/**
	 * Two requests with one key at the same moment. PHP runs one at a time, and each test is one
	 * database transaction, so the other request is played by a `query` filter: a live lock is in
	 * place, and when the plugin first reads it (the SELECT after its INSERT IGNORE failed), the
	 * other request "finishes": its post appears with the key and its lock goes. The request under
	 * test must then have waited (slept at least once), taken the lock, and replayed onto that post.
	 */
	public function test_a_live_row_lock_is_waited_for_then_the_request_replays() {
		global $wpdb;
		$this->use_row_lock();
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
		$this->assertGreaterThanOrEqual( 0.05, $elapsed, 'The request sleeps between tries.' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'true', $response->get_headers()['X-Quick-Post-Replayed'] ?? null );
		$this->assertSame( $other_post, $response->get_data()['id'] );
		$this->assertSame( 'Sent twice', get_post( $other_post )->post_title );
		$this->assertSame( 'Latest text', get_post( $other_post )->post_content );
		$this->assertSame( array( $other_post ), $this->posts_with_key( $user_key ) );
		$this->assertSame( 0, $this->count_lock_rows() );
	}

	public function test_another_keys_row_lock_does_not_block() {
		$this->use_row_lock();
		$user_id = $this->log_in_as( 'author' );
		$this->insert_lock( $user_id . ':' . strrev( self::KEY ), time() );

		$this->record_queries( self::lock_inserts() );
		$response = $this->create_post( array( 'title' => 'Unrelated' ) );

		$this->assertCount( 1, $this->stop_recording_queries() );
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( 1, $this->count_lock_rows(), 'Only the other key\'s lock remains.' );
	}

	public function test_release_never_removes_a_row_lock_taken_since_and_says_so() {
		$user_key = '1:' . self::KEY;
		$this->insert_lock( $user_key, time() );

		$released = \QuickPost\release_submit_lock(
			array(
				'kind'  => 'row',
				'name'  => $this->lock_name( $user_key ),
				'value' => time() . '|a-token-that-expired',
			)
		);

		$this->assertFalse( $released );
		$this->assertSame( 1, $this->count_lock_rows() );
	}

	/**
	 * Another database connection (another PHP worker) that takes a named lock and keeps it.
	 *
	 * @param string $name    Lock name.
	 * @param int    $seconds How long it keeps it.
	 * @return resource The process; the lock goes when it ends.
	 */
	private function hold_named_lock( $name, $seconds ) {
		list( $host, $port ) = array_pad( explode( ':', DB_HOST ), 2, '3306' );
		$code                = sprintf(
			'$db = new mysqli( %s, %s, %s, %s, %d ); $db->query( "SELECT GET_LOCK( \'%s\', 0 )" ); echo "held\n"; sleep( %d );',
			var_export( $host, true ),
			var_export( DB_USER, true ),
			var_export( DB_PASSWORD, true ),
			var_export( DB_NAME, true ),
			(int) $port,
			$name,
			$seconds
		);
		$process = proc_open( array( PHP_BINARY, '-r', $code ), array( 1 => array( 'pipe', 'w' ) ), $pipes );
		$this->assertSame( "held\n", fgets( $pipes[1] ), 'The other connection took the lock.' );
		return $process;
	}

	/**
	 * @param string $name    Lock name.
	 * @param int    $timeout Seconds to wait.
	 * @return string What GET_LOCK() answers another connection: '1' when the lock is free.
	 */
	private function held_elsewhere( $name, $timeout ) {
		list( $host, $port ) = array_pad( explode( ':', DB_HOST ), 2, '3306' );
		$db                  = new \mysqli( $host, DB_USER, DB_PASSWORD, DB_NAME, (int) $port );
		$result              = $db->query( sprintf( "SELECT GET_LOCK( '%s', %d )", $db->real_escape_string( $name ), $timeout ) )->fetch_row();
		$db->close();
		return (string) $result[0];
	}
}
