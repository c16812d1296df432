<?php
/**
 * The Quick Post screen and dashboard widget: who gets them, and the settings the page prints.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\enqueue_composer
 * @covers \QuickPost\add_dashboard_widget
 * @covers \QuickPost\add_admin_page
 */
class Test_Admin_Screens extends TestCase {

	/** Globals an admin page load builds, reset around each test as a new page load would. */
	const ADMIN_GLOBALS = array( 'wp_scripts', 'wp_styles', 'wp_meta_boxes', 'submenu', '_registered_pages', '_parent_pages', '_wp_submenu_nopriv', 'admin_page_hooks', 'title' );

	public static function wpSetUpBeforeClass() {
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		require_once ABSPATH . 'wp-admin/includes/dashboard.php';
	}

	public function set_up() {
		parent::set_up();
		$this->reset_admin_globals();
		// What wp-admin/menu.php records for Posts, from which submenu pages get their hook names.
		$GLOBALS['admin_page_hooks'] = array( 'edit.php' => 'posts' );
	}

	public function tear_down() {
		$this->reset_admin_globals();
		parent::tear_down();
	}

	private function reset_admin_globals() {
		foreach ( self::ADMIN_GLOBALS as $name ) {
			$GLOBALS[ $name ] = null;
		}
	}

	/**
	 * @dataProvider data_roles
	 *
	 * @param string $role      Role.
	 * @param bool   $can_write Whether the role may write posts.
	 */
	public function test_the_dashboard_widget_is_only_for_those_who_can_write( $role, $can_write ) {
		global $wp_meta_boxes;
		$this->log_in_as( $role );
		set_current_screen( 'dashboard' );

		\QuickPost\add_dashboard_widget();

		$this->assertSame( $can_write, isset( $wp_meta_boxes['dashboard']['normal']['high']['quick_post_dashboard_widget'] ) );
		$this->assertSame( $can_write ? 10 : false, has_action( 'admin_enqueue_scripts', 'QuickPost\enqueue_composer' ) );
	}

	/**
	 * @dataProvider data_roles
	 *
	 * @param string $role      Role.
	 * @param bool   $can_write Whether the role may write posts.
	 */
	public function test_the_screen_is_only_for_those_who_can_write( $role, $can_write ) {
		$this->log_in_as( $role );

		\QuickPost\add_admin_page();

		$this->assertSame( $can_write ? 10 : false, has_action( 'load-posts_page_quick-post', 'QuickPost\load_admin_page' ) );
		$this->assertFalse( has_action( 'admin_enqueue_scripts', 'QuickPost\enqueue_composer' ), 'Nothing is enqueued before the screen loads.' );
		// admin-header.php has looked up the title by the time the page's callback prints.
		$GLOBALS['title'] = 'Quick Post';
		ob_start();
		\QuickPost\render_admin_page();
		$html = ob_get_clean();
		$this->assertSame( $can_write, false !== strpos( $html, '<h1>Quick Post</h1>' ) );
		$this->assertSame( $can_write, false !== strpos( $html, 'class="quick-post-root" data-context="page"' ) );
	}

	/**
	 * @return array<string, array{0: string, 1: bool}>
	 */
	public function data_roles() {
		return array(
			'administrator' => array( 'administrator', true ),
			'editor'        => array( 'editor', true ),
			'author'        => array( 'author', true ),
			'contributor'   => array( 'contributor', true ),
			'subscriber'    => array( 'subscriber', false ),
		);
	}

	/**
	 * What the page prints. register_assets() needs build/index.asset.php, which a fresh checkout
	 * lacks (the tests run before any build, and must not write into the shared build/ folder), so
	 * the handle is registered here the way register_assets() does, and the screen is loaded the
	 * way WordPress loads it: its load-{hook} action, then admin_enqueue_scripts.
	 */
	public function test_the_screen_prints_settings_with_their_json_types() {
		$user_id = $this->log_in_as( 'editor' );
		wp_register_script( \QuickPost\SCRIPT_HANDLE, 'https://example.org/build/index.js', array(), '1', array( 'in_footer' => true ) );
		wp_register_style( \QuickPost\SCRIPT_HANDLE, 'https://example.org/build/style-index.css', array(), '1' );

		\QuickPost\add_admin_page();
		set_current_screen( 'posts_page_quick-post' );
		do_action( 'load-posts_page_quick-post' );
		do_action( 'admin_enqueue_scripts', 'posts_page_quick-post' );

		$this->assertTrue( wp_script_is( \QuickPost\SCRIPT_HANDLE, 'enqueued' ) );
		$this->assertTrue( wp_style_is( \QuickPost\SCRIPT_HANDLE, 'enqueued' ) );
		$printed = wp_scripts()->get_data( \QuickPost\SCRIPT_HANDLE, 'data' );
		$this->assertMatchesRegularExpression( '/^var quickPostSettings = \{.*\};$/s', $printed );
		$settings = json_decode( substr( $printed, strlen( 'var quickPostSettings = ' ), -1 ) );

		$this->assertIsString( $settings->root );
		$this->assertIsString( $settings->nonce );
		$this->assertSame( 30000, $settings->limits->timeout, 'A nested number stays a number.' );
		$this->assertIsInt( $settings->limits->maxUpload );
		$this->assertSame( $user_id, $settings->user->id );
		$this->assertFalse( $settings->preferences->moreOptionsOpen, 'A nested boolean stays a boolean.' );
		$this->assertSame( array( 'post', 'page' ), array_column( $settings->postTypes, 'slug' ) );
		$this->assertEquals( new \stdClass(), $settings->postTypes[0]->labels, 'Post labels print as {}.' );
		$this->assertSame( 'Page published.', $settings->postTypes[1]->labels->itemPublished );
		$this->assertIsObject( $settings->preload );
		$this->assertCount( 3, get_object_vars( $settings->preload ), 'Recent drafts, categories and tags.' );
	}

	public function test_nothing_is_enqueued_when_the_bundle_is_not_registered() {
		$this->log_in_as( 'editor' );
		\QuickPost\enqueue_composer();

		$this->assertFalse( wp_script_is( \QuickPost\SCRIPT_HANDLE, 'enqueued' ) );
		$this->assertFalse( wp_style_is( \QuickPost\SCRIPT_HANDLE, 'enqueued' ) );
	}

	public function test_register_assets_uses_the_built_asset_file() {
		$asset_file = QUICK_POST_DIR . 'build/index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			$this->markTestSkipped( 'build/index.asset.php is absent (run `npm run build`); the other tests register the handle themselves.' );
		}
		$asset = require $asset_file;

		\QuickPost\register_assets();

		$script = wp_scripts()->query( \QuickPost\SCRIPT_HANDLE, 'registered' );
		$this->assertNotFalse( $script );
		$this->assertSame( $asset['dependencies'], $script->deps );
		$this->assertSame( $asset['version'], $script->ver );
		$this->assertSame( 1, $script->extra['group'] ?? null, 'In the footer.' );
		$this->assertSame( 'quick-post', $script->textdomain );
		$this->assertSame( array( 'wp-components' ), wp_styles()->query( \QuickPost\SCRIPT_HANDLE, 'registered' )->deps );
	}

	/**
	 * @dataProvider data_contexts
	 *
	 * @param string $context `page` or `widget`.
	 * @param int    $rows    Rows of the early content field.
	 */
	public function test_the_root_has_fields_to_type_into_before_the_bundle_loads( $context, $rows ) {
		ob_start();
		\QuickPost\render_composer_root( $context );
		$html = ob_get_clean();

		$this->assertStringContainsString( 'data-context="' . $context . '"', $html );
		$this->assertStringContainsString( 'id="quick-post-early-' . $context . '-title"', $html );
		$this->assertStringContainsString( 'for="quick-post-early-' . $context . '-content"', $html );
		$this->assertStringContainsString( 'rows="' . $rows . '"', $html );
	}

	/**
	 * @return array<string, array{0: string, 1: int}>
	 */
	public function data_contexts() {
		return array(
			'page'   => array( 'page', 12 ),
			'widget' => array( 'widget', 5 ),
		);
	}
}
