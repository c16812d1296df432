<?php
/**
 * Site Health tests for posting from other apps, and the header check behind one of them.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\add_site_health_tests
 * @covers \QuickPost\test_application_passwords
 * @covers \QuickPost\test_authorization_header
 * @covers \QuickPost\test_rest_posting
 * @covers \QuickPost\answer_header_check
 * @covers \QuickPost\run_header_check
 */
class Test_Site_Health extends TestCase {

	/** @var array<string, mixed> $_SERVER as it was. */
	private $server;

	public function set_up() {
		parent::set_up();
		$this->server = $_SERVER;
	}

	public function tear_down() {
		$_SERVER = $this->server;
		parent::tear_down();
	}

	/**
	 * Answers the header check's loopback request in this process, through the REST server, as a web
	 * server that passes the Authorization header on (or, with $strip, one that drops it).
	 *
	 * @param bool $strip Whether the header is lost on the way.
	 */
	private function loopback( $strip = false ) {
		add_filter(
			'pre_http_request',
			static function ( $pre, $args, $url ) use ( $strip ) {
				$query = array();
				wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
				unset( $_SERVER['HTTP_AUTHORIZATION'], $_SERVER['REDIRECT_HTTP_AUTHORIZATION'] );
				if ( ! $strip && isset( $args['headers']['Authorization'] ) ) {
					$_SERVER['HTTP_AUTHORIZATION'] = $args['headers']['Authorization'];
				}
				$request = new \WP_REST_Request( 'GET', '/quick-post/v1/header-check' );
				$request->set_query_params( $query );
				$response = rest_do_request( $request );
				return array(
					'headers'  => array(),
					'body'     => wp_json_encode( rest_get_server()->response_to_data( $response, false ) ),
					'response' => array(
						'code'    => $response->get_status(),
						'message' => '',
					),
					'cookies'  => array(),
				);
			},
			10,
			3
		);
	}

	public function test_the_three_tests_are_registered_under_quick_posts_prefix() {
		$tests = apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) );
		$this->assertArrayHasKey( 'quick_post_application_passwords', $tests['direct'] );
		$this->assertArrayHasKey( 'quick_post_rest_posting', $tests['direct'] );
		$this->assertArrayHasKey( 'quick_post_authorization_header', $tests['async'] );
		$this->assertTrue( $tests['async']['quick_post_authorization_header']['has_rest'] );
		$this->assertStringContainsString( 'Quick Post', $tests['direct']['quick_post_rest_posting']['label'] );
	}

	public function test_the_header_check_answers_only_a_valid_one_time_token() {
		$token = \QuickPost\issue_header_check_token();

		$unknown = new \WP_REST_Request( 'GET', '/quick-post/v1/header-check' );
		$unknown->set_query_params( array( 'token' => str_repeat( 'a', 32 ) ) );
		$refused = rest_do_request( $unknown );
		$this->assertSame( 403, $refused->get_status() );
		$this->assertArrayNotHasKey( 'arrived', (array) $refused->get_data() );

		$_SERVER['HTTP_AUTHORIZATION'] = 'QuickPostCheck ' . $token;
		$request                       = new \WP_REST_Request( 'GET', '/quick-post/v1/header-check' );
		$request->set_query_params( array( 'token' => $token ) );
		$this->assertSame( array( 'arrived' => true ), rest_do_request( $request )->get_data() );
		$this->assertSame( 403, rest_do_request( $request )->get_status(), 'A token works once.' );

		$other                         = \QuickPost\issue_header_check_token();
		$_SERVER['HTTP_AUTHORIZATION'] = 'QuickPostCheck ' . $token;
		$request->set_query_params( array( 'token' => $other ) );
		$this->assertSame( array( 'arrived' => false ), rest_do_request( $request )->get_data(), 'Another token in the header is not this one.' );
	}

	public function test_the_header_test_passes_when_the_header_arrives() {
		$this->loopback();
		$result = \QuickPost\test_authorization_header();
		$this->assertSame( 'good', $result['status'] );
		$this->assertSame( 'quick_post_authorization_header', $result['test'] );
	}

	/**
	 * @dataProvider data_servers
	 *
	 * @param array<string, string> $server What $_SERVER says of the server.
	 * @param string                $first  The fix shown first.
	 */
	public function test_a_stripped_header_is_reported_with_the_fix_for_this_server( $server, $first ) {
		$_SERVER = array_merge( $_SERVER, $server );
		$this->loopback( true );
		$result = \QuickPost\test_authorization_header();
		$this->assertSame( 'critical', $result['status'] );
		$fixes = array(
			'nginx'  => 'fastcgi_param HTTP_AUTHORIZATION $http_authorization;',
			'apache' => 'CGIPassAuth On',
			'proxy'  => 'proxy_set_header Authorization $http_authorization;',
		);
		$positions = array_map(
			static function ( $fix ) use ( $result ) {
				return strpos( $result['description'], esc_html( $fix ) );
			},
			$fixes
		);
		$this->assertNotContains( false, $positions, 'Every fix is listed.' );
		$this->assertSame( min( $positions ), $positions[ $first ], "The $first fix comes first." );
	}

	/**
	 * @return array<string, array{0: array<string, string>, 1: string}>
	 */
	public function data_servers() {
		return array(
			'nginx'          => array( array( 'SERVER_SOFTWARE' => 'nginx/1.22.1' ), 'nginx' ),
			'Apache'         => array( array( 'SERVER_SOFTWARE' => 'Apache/2.4.62 (Debian)' ), 'apache' ),
			'behind a proxy' => array(
				array(
					'SERVER_SOFTWARE'      => 'nginx/1.22.1',
					'HTTP_X_FORWARDED_FOR' => '203.0.113.7',
				),
				'proxy',
			),
		);
	}

	public function test_the_header_test_says_when_the_site_cannot_reach_itself() {
		add_filter(
			'pre_http_request',
			static function () {
				return new \WP_Error( 'http_request_failed', 'cURL error 7: Failed to connect' );
			}
		);
		$result = \QuickPost\test_authorization_header();
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'cURL error 7', $result['description'] );
	}

	public function test_the_header_tests_route_is_for_those_who_may_see_site_health() {
		$this->loopback();
		$this->log_in_as( 'editor' );
		$request = new \WP_REST_Request( 'GET', '/quick-post/v1/site-health/authorization-header' );
		$this->assertSame( 403, rest_do_request( $request )->get_status() );
		$admin = $this->log_in_as( 'administrator' );
		if ( is_multisite() ) {
			grant_super_admin( $admin );
		}
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'good', $response->get_data()['status'] );
	}

	public function test_application_passwords_need_https_outside_local_sites() {
		$this->log_in_as( 'author' );
		unset( $_SERVER['HTTPS'] );
		$result = \QuickPost\test_application_passwords();
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'HTTPS', $result['description'] );

		$_SERVER['HTTPS'] = 'on';
		$this->assertSame( 'good', \QuickPost\test_application_passwords()['status'] );
	}

	public function test_application_passwords_switched_off_by_a_plugin_say_so() {
		$this->log_in_as( 'author' );
		$_SERVER['HTTPS'] = 'on';
		add_filter( 'wp_is_application_passwords_available', '__return_false' );
		$result = \QuickPost\test_application_passwords();
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'wp_is_application_passwords_available', $result['description'] );
		remove_filter( 'wp_is_application_passwords_available', '__return_false' );

		add_filter( 'wp_is_application_passwords_available_for_user', '__return_false' );
		$result = \QuickPost\test_application_passwords();
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( 'your account', $result['label'] );
	}

	public function test_rest_posting_passes_and_creates_nothing() {
		$this->log_in_as( 'administrator' );
		$before = wp_count_posts()->publish + wp_count_posts()->draft;
		$this->assertSame( 'good', \QuickPost\test_rest_posting()['status'] );
		$this->assertSame( $before, wp_count_posts()->publish + wp_count_posts()->draft );
	}

	public function test_rest_posting_reports_a_route_removed_or_locked_down() {
		$this->log_in_as( 'administrator' );
		$remove_post = static function ( $endpoints ) {
			unset( $endpoints['/wp/v2/posts'] );
			return $endpoints;
		};
		add_filter( 'rest_endpoints', $remove_post );
		$result = \QuickPost\test_rest_posting();
		remove_filter( 'rest_endpoints', $remove_post );
		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'POST /wp/v2/posts: rest_no_route', $result['description'] );

		$GLOBALS['wp_rest_server'] = null;
		$lock_pages = static function ( $result, $server, $request ) {
			return 0 === strpos( $request->get_route(), '/wp/v2/pages' ) ? new \WP_Error( 'rest_forbidden', 'No.', array( 'status' => 401 ) ) : $result;
		};
		add_filter( 'rest_pre_dispatch', $lock_pages, 10, 3 );
		$result = \QuickPost\test_rest_posting();
		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'POST /wp/v2/pages: rest_forbidden', $result['description'] );
		$this->assertStringNotContainsString( '/wp/v2/posts:', $result['description'] );
	}
}
