<?php
/**
 * "Test the connection": what the site answers a script, turned into a cause and words.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\test_connection
 * @covers \QuickPost\capability_result
 */
class Test_Connection_Test extends TestCase {

	const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';

	/** @var array<int, array<string, mixed>> Requests the site sent to itself. */
	private $sent = array();

	public function set_up() {
		parent::set_up();
		$this->sent = array();
		// Application Passwords need HTTPS outside local sites.
		$_SERVER['HTTPS'] = 'on';
	}

	public function tear_down() {
		unset( $_SERVER['HTTPS'] );
		parent::tear_down();
	}

	/**
	 * The site answers /wp/v2/users/me with this; the header check (if asked) with $arrived.
	 *
	 * @param int                  $status  HTTP status.
	 * @param array<string, mixed> $body    JSON body.
	 * @param bool                 $arrived Whether the header check's header arrives.
	 */
	private function site_answers( $status, $body, $arrived = true ) {
		add_filter(
			'pre_http_request',
			function ( $pre, $args, $url ) use ( $status, $body, $arrived ) {
				$this->sent[] = array(
					'url'  => $url,
					'args' => $args,
				);
				$is_check = false !== strpos( rawurldecode( $url ), 'quick-post/v1/header-check' );
				return array(
					'headers'  => array(),
					'body'     => wp_json_encode( $is_check ? array( 'arrived' => $arrived ) : $body ),
					'response' => array(
						'code'    => $is_check ? 200 : $status,
						'message' => '',
					),
					'cookies'  => array(),
				);
			},
			10,
			3
		);
	}

	/**
	 * @param array<string, string> $params Body parameters.
	 * @return array<string, mixed> The answer.
	 */
	private function test_with( $params ) {
		$request = new \WP_REST_Request( 'POST', '/quick-post/v1/connection-test' );
		$request->set_body_params( array_merge( array( 'password' => self::PASSWORD ), $params ) );
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertStringNotContainsString( 'EFGH', wp_json_encode( $data ), 'The password is never echoed.' );
		return $data;
	}

	public function test_a_working_password_is_tried_as_http_basic_as_the_users_login() {
		$user_id = $this->log_in_as( 'author' );
		$this->site_answers( 200, array( 'id' => $user_id ) );
		$result = $this->test_with( array( 'status' => 'publish' ) );
		$this->assertSame( 'ok', $result['cause'] );
		$this->assertTrue( $result['ok'] );
		$login = get_userdata( $user_id )->user_login;
		$this->assertSame(
			'Basic ' . base64_encode( $login . ':' . self::PASSWORD ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode
			$this->sent[0]['args']['headers']['Authorization']
		);
		$this->assertStringContainsString( 'users/me', rawurldecode( $this->sent[0]['url'] ) );
	}

	public function test_a_contributor_is_told_to_send_pending_and_a_subscriber_that_they_cannot_post() {
		$contributor = $this->log_in_as( 'contributor' );
		$this->site_answers( 200, array( 'id' => $contributor ) );
		$this->assertSame( 'cannot_publish', $this->test_with( array( 'status' => 'publish' ) )['cause'] );
		$this->assertSame( 'ok', $this->test_with( array( 'status' => 'pending' ) )['cause'] );

		remove_all_filters( 'pre_http_request' );
		$subscriber = $this->log_in_as( 'subscriber' );
		$this->site_answers( 200, array( 'id' => $subscriber ) );
		$this->assertSame( 'cannot_create', $this->test_with( array( 'status' => 'draft' ) )['cause'] );
	}

	/**
	 * @dataProvider data_failures
	 *
	 * @param int    $status  What the site answered.
	 * @param string $code    Its error code.
	 * @param bool   $arrived Whether a header reaches WordPress.
	 * @param string $cause   What the test says.
	 */
	public function test_each_failure_gets_its_cause( $status, $code, $arrived, $cause ) {
		$this->log_in_as( 'author' );
		$this->site_answers(
			$status,
			array(
				'code'    => $code,
				'message' => 'x',
			),
			$arrived
		);
		$result = $this->test_with( array() );
		$this->assertFalse( $result['ok'] );
		$this->assertSame( $cause, $result['cause'] );
		$this->assertNotSame( '', $result['message'] );
	}

	/**
	 * @return array<string, array{0: int, 1: string, 2: bool, 3: string}>
	 */
	public function data_failures() {
		return array(
			'wrong password'      => array( 401, 'incorrect_password', true, 'wrong_password' ),
			'switched off'        => array( 401, 'application_passwords_disabled', true, 'unavailable' ),
			'header stripped'     => array( 401, 'rest_not_logged_in', false, 'header_stripped' ),
			'password ignored'    => array( 401, 'rest_not_logged_in', true, 'wrong_password' ),
			'a plugin refuses'    => array( 403, 'rest_forbidden', true, 'other' ),
		);
	}

	public function test_the_route_is_for_logged_in_users_only() {
		wp_set_current_user( 0 );
		$request = new \WP_REST_Request( 'POST', '/quick-post/v1/connection-test' );
		$request->set_body_params( array( 'password' => self::PASSWORD ) );
		$this->assertSame( 401, rest_do_request( $request )->get_status() );
		$this->assertSame( array(), $this->sent );
	}
}
