<?php
/**
 * The "More options" preference: user meta in the REST API that each user may change for themselves only.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\register_user_preferences
 */
class Test_User_Preferences extends TestCase {

	public function set_up() {
		parent::set_up();
		// WP_UnitTestCase unregisters every meta key after each test; register it as `init` did.
		\QuickPost\register_user_preferences();
	}

	/**
	 * @param int                  $user_id Whose preference.
	 * @param array<string, mixed> $meta    Meta to send.
	 * @return \WP_REST_Response
	 */
	private function save( $user_id, $meta ) {
		$request = new \WP_REST_Request( 'POST', '/wp/v2/users/' . $user_id );
		$request->set_body_params( array( 'meta' => $meta ) );
		return rest_do_request( $request );
	}

	public function test_a_user_reads_the_default_and_saves_their_own_preference() {
		$user_id = $this->log_in_as( 'contributor' );
		$request = new \WP_REST_Request( 'GET', '/wp/v2/users/me' );
		$request->set_query_params( array( 'context' => 'edit' ) );
		$this->assertFalse( rest_do_request( $request )->get_data()['meta']['quick_post_more_options_open'] );

		$response = $this->save( $user_id, array( 'quick_post_more_options_open' => true ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['meta']['quick_post_more_options_open'] );
		$this->assertTrue( (bool) get_user_meta( $user_id, 'quick_post_more_options_open', true ) );
		$this->assertTrue( \QuickPost\get_composer_settings()['preferences']['moreOptionsOpen'] );
	}

	/**
	 * @dataProvider data_editors
	 *
	 * @param string $actor_role  Who tries.
	 * @param string $target_role Whose preference.
	 * @param bool   $self        Whether it is their own.
	 * @param bool   $allowed     Whether the auth callback allows it.
	 */
	public function test_the_auth_callback_follows_edit_user( $actor_role, $target_role, $self, $allowed ) {
		$actor  = $this->log_in_as( $actor_role );
		$target = $self ? $actor : self::factory()->user->create( array( 'role' => $target_role ) );
		if ( is_multisite() && ! $self ) {
			// On a network only super admins edit other users.
			$allowed = false;
		}

		$this->assertSame( $allowed, current_user_can( 'edit_user_meta', $target, 'quick_post_more_options_open' ) );
		$response = $this->save( $target, array( 'quick_post_more_options_open' => true ) );
		$this->assertSame( $allowed, 200 === $response->get_status(), 'Status ' . $response->get_status() );
		$this->assertSame( $allowed, (bool) get_user_meta( $target, 'quick_post_more_options_open', true ) );
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: bool, 3: bool}>
	 */
	public function data_editors() {
		return array(
			'a subscriber, their own'       => array( 'subscriber', '', true, true ),
			'an author, their own'          => array( 'author', '', true, true ),
			"an author, an editor's"        => array( 'author', 'editor', false, false ),
			"an editor, an author's"        => array( 'editor', 'author', false, false ),
			"an administrator, an author's" => array( 'administrator', 'author', false, true ),
		);
	}

	public function test_the_preference_is_a_boolean() {
		$user_id  = $this->log_in_as( 'author' );
		$response = $this->save( $user_id, array( 'quick_post_more_options_open' => 'not a boolean' ) );

		$this->assertSame( 400, $response->get_status() );
		$this->assertFalse( metadata_exists( 'user', $user_id, 'quick_post_more_options_open' ) );
	}
}
