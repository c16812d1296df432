<?php
/**
 * Uninstall: the preference, submit keys and lock rows go, on every site of a network; posts stay.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @coversNothing uninstall.php is a script, not a function.
 */
class Test_Uninstall extends TestCase {

	/**
	 * Runs uninstall.php as WordPress does when the plugin is deleted.
	 */
	private static function uninstall() {
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'quick-post/plugin.php' );
		}
		include QUICK_POST_DIR . 'uninstall.php';
	}

	/**
	 * Stores on the current site what Quick Post would have left: a keyed post and a lock row, and
	 * things that look alike but are not the plugin's.
	 *
	 * @param int $author Post author.
	 * @return array{post: int, other_post: int} The posts made.
	 */
	private function seed_site( $author ) {
		global $wpdb;
		$post = self::factory()->post->create( array( 'post_author' => $author ) );
		add_post_meta( $post, '_quick_post_submit_key', $author . ':' . self::KEY );
		add_post_meta( $post, '_keep_me', 'yes' );
		$other_post = self::factory()->post->create( array( 'post_author' => $author ) );
		add_post_meta( $other_post, '_quick_post_submit_key', $author . ':' . strrev( self::KEY ) );
		$this->insert_lock( $author . ':' . self::KEY, time() );
		$this->insert_lock( $author . ':' . strrev( self::KEY ), time() - HOUR_IN_SECONDS );
		// `_` is a LIKE wildcard: this must survive a `LIKE 'quick_post_lock_%'` that forgets to escape it.
		$wpdb->insert(
			$wpdb->options,
			array(
				'option_name'  => 'quick-post-lock-keep',
				'option_value' => 'not a lock',
				'autoload'     => 'off',
			)
		);
		return compact( 'post', 'other_post' );
	}

	/**
	 * @param array{post: int, other_post: int} $seeded What seed_site() made on the current site.
	 * @param string                            $site   Which site, for messages.
	 */
	private function assert_site_clean( $seeded, $site ) {
		global $wpdb;
		$this->assertSame( 0, $this->count_lock_rows(), "Lock rows on $site" );
		$this->assertSame( '0', $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_quick_post_submit_key'" ), "Submit keys on $site" );
		$this->assertSame( 'not a lock', $wpdb->get_var( "SELECT option_value FROM {$wpdb->options} WHERE option_name = 'quick-post-lock-keep'" ), "Look-alike option on $site" );
		foreach ( $seeded as $post ) {
			$this->assertNotNull( get_post( $post ), "Posts stay on $site" );
		}
		wp_cache_flush();
		$this->assertSame( 'yes', get_post_meta( $seeded['post'], '_keep_me', true ), "Other post meta stays on $site" );
	}

	/**
	 * Read from the table: get_user_meta() would answer the registered default for a missing row.
	 */
	private function assert_no_preferences() {
		global $wpdb;
		$this->assertSame( '0', $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->usermeta} WHERE meta_key = 'quick_post_more_options_open'" ), 'Preferences left' );
	}

	public function test_uninstall_removes_what_the_plugin_stored_and_keeps_the_posts() {
		$writer = self::factory()->user->create( array( 'role' => 'author' ) );
		$other  = self::factory()->user->create( array( 'role' => 'editor' ) );
		update_user_meta( $writer, 'quick_post_more_options_open', '1' );
		update_user_meta( $other, 'quick_post_more_options_open', '' );
		update_user_meta( $writer, 'nickname', 'Keeps this' );
		$seeded = $this->seed_site( $writer );

		self::uninstall();

		$this->assert_site_clean( $seeded, 'the site' );
		$this->assert_no_preferences();
		wp_cache_flush();
		$this->assertSame( 'Keeps this', get_user_meta( $writer, 'nickname', true ) );
	}

	public function test_uninstall_can_run_twice_in_one_process() {
		$seeded = $this->seed_site( self::factory()->user->create() );
		self::uninstall();
		self::uninstall();

		$this->assert_site_clean( $seeded, 'the site' );
	}

	/**
	 * @group ms-required
	 */
	public function test_uninstall_cleans_every_site_of_a_network() {
		if ( ! is_multisite() ) {
			$this->markTestSkipped( 'Multisite only: run with -c tests/php/multisite.xml.' );
		}
		$writer = self::factory()->user->create( array( 'role' => 'author' ) );
		update_user_meta( $writer, 'quick_post_more_options_open', '1' );
		$sites  = array( get_current_blog_id() => $this->seed_site( $writer ) );
		foreach ( self::factory()->blog->create_many( 3 ) as $blog_id ) {
			switch_to_blog( $blog_id );
			$sites[ $blog_id ] = $this->seed_site( $writer );
			restore_current_blog();
		}
		$main = get_current_blog_id();

		self::uninstall();

		$this->assertSame( $main, get_current_blog_id(), 'Uninstall ends on the site it started on.' );
		foreach ( $sites as $blog_id => $seeded ) {
			switch_to_blog( $blog_id );
			$this->assert_site_clean( $seeded, "site $blog_id" );
			restore_current_blog();
		}
		$this->assert_no_preferences();
	}
}
