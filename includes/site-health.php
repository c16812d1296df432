<?php
/**
 * Site Health tests for posting over REST from other apps (Tools → Site Health): Application
 * Passwords, the Authorization header, and the post routes.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

/**
 * @param array $tests Core's tests.
 * @return array With Quick Post's.
 */
function add_site_health_tests( $tests ) {
	$tests['direct']['quick_post_application_passwords'] = array(
		'label' => __( 'Quick Post: Application Passwords', 'quick-post' ),
		'test'  => __NAMESPACE__ . '\test_application_passwords',
	);
	$tests['direct']['quick_post_rest_posting']          = array(
		'label' => __( 'Quick Post: creating posts over REST', 'quick-post' ),
		'test'  => __NAMESPACE__ . '\test_rest_posting',
	);
	$tests['async']['quick_post_authorization_header']   = array(
		'label'             => __( 'Quick Post: the Authorization header', 'quick-post' ),
		'test'              => rest_url( 'quick-post/v1/site-health/authorization-header' ),
		'has_rest'          => true,
		'async_direct_test' => __NAMESPACE__ . '\test_authorization_header',
	);
	return $tests;
}
add_filter( 'site_status_tests', __NAMESPACE__ . '\add_site_health_tests' );

/**
 * The route Site Health asks for the header test.
 */
function register_site_health_route() {
	register_rest_route(
		'quick-post/v1',
		'/site-health/authorization-header',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\test_authorization_header',
			'permission_callback' => static function () {
				return current_user_can( 'view_site_health_checks' );
			},
		)
	);
}
add_action( 'rest_api_init', __NAMESPACE__ . '\register_site_health_route' );

/**
 * @param string $test        Test id, without the prefix.
 * @param string $status      good, recommended or critical.
 * @param string $label       What the result says.
 * @param string $description Why, and the fix, as HTML.
 * @return array A Site Health result.
 */
function site_health_result( $test, $status, $label, $description ) {
	return array(
		'label'       => $label,
		'status'      => $status,
		'badge'       => array(
			'label' => __( 'Quick Post', 'quick-post' ),
			'color' => 'good' === $status ? 'blue' : ( 'critical' === $status ? 'red' : 'orange' ),
		),
		'description' => $description,
		'actions'     => '',
		'test'        => 'quick_post_' . $test,
	);
}

/**
 * @return array Whether Application Passwords are available for the current user, and if not, why.
 */
function test_application_passwords() {
	$intro = '<p>' . esc_html__( 'Quick Post checked whether you can use Application Passwords, which scripts and other apps (Postman, a phone shortcut, another site) need to post to this site over the REST API.', 'quick-post' ) . '</p>';
	if ( ! wp_is_application_passwords_available() ) {
		if ( ! wp_is_application_passwords_supported() ) {
			$why = __( 'This site is not served over HTTPS, and WordPress offers Application Passwords only on HTTPS sites (or sites whose environment type is "local").', 'quick-post' );
			$fix = __( 'Serve the site over HTTPS and update the WordPress Address and Site Address in Settings → General. On a development machine, set WP_ENVIRONMENT_TYPE to "local" in wp-config.php.', 'quick-post' );
		} else {
			$why = __( 'A plugin or a filter (wp_is_application_passwords_available) has switched Application Passwords off for the whole site, often a security plugin.', 'quick-post' );
			$fix = __( 'Look for a "disable Application Passwords" setting in your security plugin, or for code that returns false from the wp_is_application_passwords_available filter.', 'quick-post' );
		}
		return site_health_result(
			'application_passwords',
			'recommended',
			__( 'Application Passwords are not available, so other apps cannot post as you', 'quick-post' ),
			$intro . '<p>' . esc_html( $why ) . '</p><p>' . esc_html( $fix ) . '</p>'
		);
	}
	$user = wp_get_current_user();
	if ( ! wp_is_application_passwords_available_for_user( $user ) ) {
		return site_health_result(
			'application_passwords',
			'recommended',
			__( 'Application Passwords are switched off for your account', 'quick-post' ),
			$intro . '<p>' . esc_html__( 'The site offers Application Passwords, but a plugin or a filter (wp_is_application_passwords_available_for_user) has switched them off for your account or your role.', 'quick-post' ) . '</p><p>' . esc_html__( 'Ask the site administrator, or look for a per-role Application Passwords setting in your security plugin.', 'quick-post' ) . '</p>'
		);
	}
	return site_health_result(
		'application_passwords',
		'good',
		__( 'Application Passwords are available for you', 'quick-post' ),
		$intro . '<p>' . esc_html__( 'Create one under "Post from another app" on the Quick Post page or in your profile, and send it with your login name (not the application\'s name) as HTTP Basic authentication.', 'quick-post' ) . '</p>'
	);
}

/**
 * @return array Whether a header sent from outside reaches WordPress, and the fix for this server.
 */
function test_authorization_header() {
	$intro = '<p>' . esc_html__( 'Quick Post sent a request from this site to itself with an Authorization header, as Application Passwords and token plugins send theirs, and checked whether WordPress received it.', 'quick-post' ) . '</p>';
	$check = run_header_check();
	if ( null === $check['arrived'] ) {
		return site_health_result(
			'authorization_header',
			'recommended',
			__( 'Quick Post could not check whether the Authorization header reaches WordPress', 'quick-post' ),
			$intro . '<p>' . esc_html( sprintf( /* translators: %s: the error. */ __( 'The site could not be reached from itself: %s', 'quick-post' ), $check['error'] ) ) . '</p>'
		);
	}
	if ( $check['arrived'] ) {
		return site_health_result(
			'authorization_header',
			'good',
			__( 'The Authorization header reaches WordPress', 'quick-post' ),
			$intro . '<p>' . esc_html__( 'It arrived, so Application Passwords sent by scripts and other apps can log them in.', 'quick-post' ) . '</p>'
		);
	}
	return site_health_result(
		'authorization_header',
		'critical',
		__( 'The Authorization header is removed before it reaches WordPress', 'quick-post' ),
		$intro . '<p>' . esc_html__( 'It did not arrive. Requests from scripts and other apps that log in with an Application Password are then treated as logged out (401, rest_not_logged_in), however right the password is.', 'quick-post' ) . '</p>' . authorization_header_fixes( detect_web_server() )
	);
}

/**
 * @param string $server What detect_web_server() found.
 * @return string The fixes as HTML, the one for this server first.
 */
function authorization_header_fixes( $server ) {
	$fixes = array(
		'nginx'  => array(
			__( 'nginx with PHP-FPM: in the server\'s PHP location, after include fastcgi_params, add:', 'quick-post' ),
			'fastcgi_param HTTP_AUTHORIZATION $http_authorization;',
		),
		'apache' => array(
			__( 'Apache: in the .htaccess file of WordPress, add one of these lines:', 'quick-post' ),
			"SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1\nCGIPassAuth On",
		),
		'proxy'  => array(
			__( 'A reverse proxy or load balancer in front of the site (nginx): in its location for the site, add:', 'quick-post' ),
			'proxy_set_header Authorization $http_authorization;',
		),
	);
	$order = array_key_exists( $server, $fixes ) ? array_merge( array( $server ), array_diff( array_keys( $fixes ), array( $server ) ) ) : array_keys( $fixes );
	$html  = '';
	foreach ( $order as $index => $key ) {
		if ( 1 === $index ) {
			$html .= '<p>' . esc_html__( 'If that is not your server:', 'quick-post' ) . '</p>';
		}
		$html .= '<p>' . esc_html( $fixes[ $key ][0] ) . '</p><pre><code>' . esc_html( $fixes[ $key ][1] ) . '</code></pre>';
	}
	return $html;
}

/**
 * @return array Whether the post routes exist and take POST, for each type Quick Post offers the
 *               current user.
 */
function test_rest_posting() {
	$intro  = '<p>' . esc_html__( 'Quick Post checked that the REST API routes that create posts exist and accept POST requests. Plugins that remove or lock down the REST API break posting from scripts and other apps (and Quick Post).', 'quick-post' ) . '</p>';
	$broken = array();
	foreach ( get_composer_post_types() as $type ) {
		$route = rest_get_route_for_post_type_items( $type->name );
		// An invalid status is refused before any permission check or write: the answer shows
		// whether the route exists, takes POST, and is not blocked by a plugin.
		$request = new \WP_REST_Request( 'POST', $route );
		$request->set_param( 'status', 'quick-post-site-health-check' );
		$response = rest_do_request( $request );
		$code     = $response->as_error() ? $response->as_error()->get_error_code() : '';
		if ( 'rest_invalid_param' !== $code ) {
			$broken[] = sprintf( '%1$s (POST %2$s: %3$s)', $type->labels->name, $route, $code ? $code : (string) $response->get_status() );
		}
	}
	if ( ! $broken ) {
		return site_health_result(
			'rest_posting',
			'good',
			__( 'Posts can be created over the REST API', 'quick-post' ),
			$intro . '<p>' . esc_html__( 'Every post type\'s route is there and accepts POST.', 'quick-post' ) . '</p>'
		);
	}
	return site_health_result(
		'rest_posting',
		'critical',
		__( 'Some post types cannot be created over the REST API', 'quick-post' ),
		$intro . '<p>' . esc_html__( 'These routes are missing or refuse POST requests:', 'quick-post' ) . '</p><ul><li>' . implode( '</li><li>', array_map( 'esc_html', $broken ) ) . '</li></ul><p>' . esc_html__( 'Look for a plugin that disables or restricts the REST API (rest_endpoints, rest_pre_dispatch or rest_authentication_errors), and allow these routes for logged-in users.', 'quick-post' ) . '</p>'
	);
}
