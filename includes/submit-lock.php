<?php
/**
 * The lock that serialises requests carrying the same submit key, so two copies of one submit that
 * arrive together make one post.
 *
 * On MySQL and MariaDB it is a named lock (`GET_LOCK()`): the server waits for it without the PHP
 * worker polling, no row is written (so no InnoDB deadlock), and it ends with the connection, so a
 * request that dies never leaves it behind. Elsewhere (SQLite, as in Playground) it is a row in the
 * options table, taken with an atomic insert as core's WP_Upgrader::create_lock() does, and broken
 * once it is older than any live request can be.
 *
 * Either way a request waits at most SUBMIT_LOCK_WAIT seconds: PHP workers are a site's scarcest
 * resource, so a key that stays locked is answered with a 409 and a Retry-After instead.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const SUBMIT_LOCK_WAIT = 2;
// Longer than any save may run (PHP's default max_execution_time is 30 s, the composer's timeout too).
const SUBMIT_LOCK_STALE = 45;

/**
 * @return string `named` (MySQL/MariaDB) or `row` (anything else).
 */
function submit_lock_kind() {
	global $wpdb;
	$kind = $wpdb->dbh instanceof \mysqli ? 'named' : 'row';
	/**
	 * Filters the kind of lock that serialises requests with the same submit key.
	 *
	 * `named` needs every request to reach the same database server for its lock: behind a
	 * read/write splitting drop-in that sends SELECTs to replicas, use `row`.
	 *
	 * @param string $kind `named` or `row`.
	 */
	return 'row' === apply_filters( 'quick_post_submit_lock', $kind ) ? 'row' : 'named';
}

/**
 * @param string $user_key "<user ID>:<key>".
 * @return string The lock's name: per database and site, as named locks are server-wide.
 */
function submit_lock_name( $user_key ) {
	global $wpdb;
	return 'quick_post_lock_' . md5( DB_NAME . '|' . $wpdb->prefix . '|' . $user_key );
}

/**
 * Runs a query with wpdb's error output off: a failed lock query must never print HTML into a
 * REST response (WP_DEBUG_DISPLAY) or flood the log; its result says what happened.
 *
 * @param callable $query Runs the query and returns its result.
 * @return mixed
 */
function quietly( $query ) {
	global $wpdb;
	$suppressed = $wpdb->suppress_errors( true );
	try {
		return $query();
	} finally {
		$wpdb->suppress_errors( $suppressed );
	}
}

/**
 * Takes the lock for one key, waiting at most SUBMIT_LOCK_WAIT seconds.
 *
 * @param string $user_key "<user ID>:<key>".
 * @return array{held: bool, kind: string, name: string, value: string, retry_after: int} While
 *         `held`, what release_submit_lock() needs; otherwise how long until a retry may succeed.
 */
function acquire_submit_lock( $user_key ) {
	$name = submit_lock_name( $user_key );
	if ( 'named' === submit_lock_kind() ) {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a lock, not data.
		$taken = quietly( static fn() => $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK( %s, %d )', $name, SUBMIT_LOCK_WAIT ) ) );
		if ( null !== $taken ) {
			return array(
				'held'        => '1' === (string) $taken,
				'kind'        => 'named',
				'name'        => $name,
				'value'       => '',
				'retry_after' => SUBMIT_LOCK_WAIT,
			);
		}
		// The server refused named locks (a proxy or an engine without them): use a row.
	}
	return acquire_row_lock( $name );
}

/**
 * @param string $name The lock's option name.
 * @return array{held: bool, kind: string, name: string, value: string, retry_after: int}
 */
function acquire_row_lock( $name ) {
	global $wpdb;
	$deadline = microtime( true ) + SUBMIT_LOCK_WAIT;
	$age      = 0;
	do {
		$value = time() . '|' . wp_generate_password( 20, false );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic insert is the lock; the cache must not answer.
		$taken = quietly( static fn() => $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO `{$wpdb->options}` ( `option_name`, `option_value`, `autoload` ) VALUES ( %s, %s, 'off' )", $name, $value ) ) );
		if ( $taken ) {
			return array(
				'held'        => true,
				'kind'        => 'row',
				'name'        => $name,
				'value'       => $value,
				'retry_after' => 0,
			);
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$held = (string) quietly( static fn() => $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM `{$wpdb->options}` WHERE option_name = %s", $name ) ) );
		$age  = '' === $held ? 0 : time() - (int) $held;
		if ( '' !== $held && $age > SUBMIT_LOCK_STALE ) {
			// Left behind by a request that died: break it (only that very row), then try again.
			release_submit_lock(
				array(
					'kind'  => 'row',
					'name'  => $name,
					'value' => $held,
				)
			);
			continue;
		}
		usleep( 50000 );
	} while ( microtime( true ) < $deadline );
	return array(
		'held'        => false,
		'kind'        => 'row',
		'name'        => $name,
		'value'       => '',
		// Until a dead request's row goes stale, at most; a live request is done well before.
		'retry_after' => max( 1, min( 5, SUBMIT_LOCK_STALE + 1 - $age ) ),
	);
}

/**
 * Releases a lock this request holds (never one a later request took since).
 *
 * @param array{kind: string, name: string, value: string} $lock From acquire_submit_lock().
 * @return bool Whether the lock was still this request's to release.
 */
function release_submit_lock( $lock ) {
	global $wpdb;
	if ( 'named' === $lock['kind'] ) {
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$released = quietly( static fn() => $wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK( %s )', $lock['name'] ) ) );
		return '1' === (string) $released;
	}
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$deleted = quietly( static fn() => $wpdb->query( $wpdb->prepare( "DELETE FROM `{$wpdb->options}` WHERE option_name = %s AND option_value = %s", $lock['name'], $lock['value'] ) ) );
	return 1 === $deleted;
}
