<?php
/**
 * The Quick Post screen under Posts.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

const PAGE_SLUG = 'quick-post';

/**
 * Adds Posts → Quick Post for users who can write posts.
 *
 * WordPress itself refuses the page URL to users without `edit_posts`.
 */
function add_admin_page() {
	$hook_suffix = add_posts_page(
		__( 'Quick Post', 'quick-post' ),
		__( 'Quick Post', 'quick-post' ),
		'edit_posts',
		PAGE_SLUG,
		__NAMESPACE__ . '\render_admin_page'
	);
	if ( $hook_suffix ) {
		add_action( 'load-' . $hook_suffix, __NAMESPACE__ . '\load_admin_page' );
	}
}
add_action( 'admin_menu', __NAMESPACE__ . '\add_admin_page' );

/**
 * Runs only when the Quick Post screen is being loaded.
 */
function load_admin_page() {
	add_action( 'admin_enqueue_scripts', __NAMESPACE__ . '\enqueue_composer' );
}

/**
 * Prints the screen's wrapper; the composer mounts into the root element.
 */
function render_admin_page() {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php render_composer_root( 'page' ); ?>
	</div>
	<?php
}
