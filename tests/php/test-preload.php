<?php
/**
 * The preloaded REST answers: which paths, that they match live requests, and the LIMIT on term queries.
 *
 * @package QuickPost
 */

namespace QuickPost\Tests;

/**
 * @covers \QuickPost\get_preload_paths
 * @covers \QuickPost\preload_rest_paths
 * @covers \QuickPost\limit_term_query
 */
class Test_Preload extends TestCase {

	/**
	 * @param string $path A REST path with a query string.
	 * @return array<string, mixed> What a browser asking for that path gets, decoded: the response
	 *                              after rest_post_dispatch (which applies `_fields`), as the server
	 *                              would send it.
	 */
	private function live( $path ) {
		$parts   = wp_parse_url( $path );
		$request = new \WP_REST_Request( 'GET', $parts['path'] );
		wp_parse_str( $parts['query'], $query );
		$request->set_query_params( $query );
		$server   = rest_get_server();
		$response = apply_filters( 'rest_post_dispatch', rest_ensure_response( rest_do_request( $request ) ), $server, $request );
		$this->assertSame( 200, $response->get_status(), $path );
		return $server->response_to_data( $response, false );
	}

	/**
	 * @param string $path A REST path with a query string.
	 * @return array{0: string, 1: array<string, string>} Its route and query arguments.
	 */
	private static function split( $path ) {
		$parts = wp_parse_url( $path );
		wp_parse_str( $parts['query'], $query );
		return array( $parts['path'], $query );
	}

	public function test_the_paths_are_recent_drafts_then_one_per_taxonomy_from_the_shared_queries() {
		$user_id = $this->log_in_as( 'author' );
		$queries = \QuickPost\get_composer_queries();
		$paths   = \QuickPost\get_preload_paths( \QuickPost\describe_post_type( get_post_type_object( 'post' ) ), $queries );

		$as_strings = static function ( $query ) {
			return array_map( 'strval', $query );
		};
		$this->assertSame(
			array(
				array( '/wp/v2/posts', $as_strings( $queries['recentDrafts'] ) ),
				array( '/wp/v2/categories', $as_strings( $queries['termSearch'] ) ),
				array( '/wp/v2/tags', $as_strings( $queries['mostUsedTerms'] ) ),
			),
			array_map( array( self::class, 'split' ), $paths )
		);
		$this->assertSame( (string) $user_id, self::split( $paths[0] )[1]['author'], 'Drafts are the current user\'s.' );
	}

	public function test_a_custom_type_preloads_from_its_own_routes() {
		$this->register_note_type();
		$this->log_in_as( 'author' );
		$paths = \QuickPost\get_preload_paths( \QuickPost\describe_post_type( get_post_type_object( self::NOTE_TYPE ) ), \QuickPost\get_composer_queries() );

		$this->assertSame( array( '/quick-post-test/v1/notes', '/quick-post-test/v1/moods' ), array_column( array_map( array( self::class, 'split' ), $paths ), 0 ) );
		$preload = \QuickPost\preload_rest_paths( $paths );
		$this->assertSame( $paths, array_keys( $preload ), 'Every path answers 200.' );
	}

	public function test_preloaded_answers_are_what_a_live_request_returns() {
		$user_id = $this->log_in_as( 'author' );
		$drafts  = self::factory()->post->create_many( 2, array( 'post_author' => $user_id, 'post_status' => 'draft' ) );
		self::factory()->post->create( array( 'post_author' => $user_id, 'post_status' => 'publish' ) );
		self::factory()->post->create( array( 'post_author' => self::factory()->user->create( array( 'role' => 'author' ) ), 'post_status' => 'draft' ) );
		self::factory()->tag->create_many( 3 );
		$paths = \QuickPost\get_preload_paths( \QuickPost\describe_post_type( get_post_type_object( 'post' ) ), \QuickPost\get_composer_queries() );

		$preload = \QuickPost\preload_rest_paths( $paths );

		$this->assertSame( $paths, array_keys( $preload ) );
		foreach ( $paths as $path ) {
			$this->assertSame( $this->live( $path ), $preload[ $path ]['body'], $path );
		}
		$this->assertEqualSets( $drafts, array_column( $preload[ $paths[0] ]['body'], 'id' ), 'Only the user\'s own drafts.' );
		$this->assertEqualSets( array( 'id', 'title', 'modified', 'link' ), array_keys( $preload[ $paths[0] ]['body'][0] ), 'Only the _fields asked for.' );
		$this->assertFalse( has_filter( 'get_terms_args', 'QuickPost\limit_term_query' ), 'The LIMIT is for preloading only.' );
	}

	/**
	 * Core leaves the LIMIT out of hierarchical term queries and slices in PHP; the preload puts it
	 * back. Seen in the SQL, with enough categories for it to matter, and with the same terms.
	 */
	public function test_the_category_preload_limits_its_sql_and_returns_the_same_terms() {
		require_once dirname( __DIR__ ) . '/support/term-seeding.php';
		$this->log_in_as( 'editor' );
		// 300 categories; the last 20 with distinct counts, so "most used first" has a single order.
		\QuickPost\TestSupport\seed_terms( 'category', 'qp-cat', 300, 20 );
		$path = \QuickPost\get_preload_paths( \QuickPost\describe_post_type( get_post_type_object( 'post' ) ), \QuickPost\get_composer_queries() )[1];
		$this->assertStringStartsWith( '/wp/v2/categories?', $path );
		$term_selects = static function ( $query ) {
			global $wpdb;
			return 0 === strpos( ltrim( $query ), 'SELECT' )
				&& false !== strpos( $query, "FROM {$wpdb->terms} AS t" )
				&& false !== strpos( $query, "'category'" )
				&& false === stripos( $query, 'COUNT(' );
		};

		wp_cache_flush();
		$this->record_queries( $term_selects );
		$preloaded = \QuickPost\preload_rest_paths( array( $path ) )[ $path ]['body'];
		$with_preload = $this->stop_recording_queries();

		wp_cache_flush();
		$this->record_queries( $term_selects );
		$live      = $this->live( $path );
		$plain     = $this->stop_recording_queries();

		$this->assertNotEmpty( $with_preload );
		$this->assertMatchesRegularExpression( '/\sLIMIT\s+(0,\s*)?10\s*$/', end( $with_preload ), 'The preload asks the database for one page.' );
		$this->assertNotEmpty( $plain );
		foreach ( $plain as $query ) {
			$this->assertStringNotContainsString( 'LIMIT', $query, 'Core loads every category (the behaviour the preload works around).' );
		}
		$this->assertCount( 10, $preloaded );
		$this->assertSame( $live, $preloaded );
		$this->assertSame( 'qp-cat 300', $preloaded[0]['name'], 'Most used first.' );
	}

	/**
	 * @dataProvider data_term_args
	 *
	 * @param array<string, mixed> $args         get_terms() arguments.
	 * @param bool                 $hierarchical Whether the query may still slice in PHP.
	 */
	public function test_the_limit_is_only_lifted_when_it_gives_the_same_terms( $args, $hierarchical ) {
		$this->assertSame( $hierarchical, \QuickPost\limit_term_query( $args + array( 'hierarchical' => true ) )['hierarchical'] );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: bool}>
	 */
	public function data_term_args() {
		return array(
			'plain'      => array( array(), false ),
			'hide_empty' => array( array( 'hide_empty' => true ), true ),
			'child_of'   => array( array( 'child_of' => 5 ), true ),
		);
	}
}
