<?php
/**
 * The element the composer mounts into, with a plain title and content field inside.
 *
 * The fields are ready to type into as soon as the screen paints, like core's Quick Draft; the
 * bundle (which waits for every footer script of the screen) takes over whatever was typed.
 *
 * @package QuickPost
 */

namespace QuickPost;

defined( 'ABSPATH' ) || exit;

/**
 * @param string $context `page` or `widget`.
 */
function render_composer_root( $context ) {
	$id_prefix = 'quick-post-early-' . $context;
	?>
	<div class="quick-post-root" data-context="<?php echo esc_attr( $context ); ?>">
		<div class="quick-post is-<?php echo esc_attr( $context ); ?> quick-post-early hide-if-no-js">
			<div class="quick-post-composer">
				<div class="components-base-control">
					<label class="components-base-control__label" for="<?php echo esc_attr( $id_prefix ); ?>-title"><?php esc_html_e( 'Title', 'quick-post' ); ?></label>
					<input type="text" id="<?php echo esc_attr( $id_prefix ); ?>-title" class="components-text-control__input is-next-40px-default-size" autocomplete="off" data-early-field="title" />
				</div>
				<div class="components-base-control">
					<label class="components-base-control__label" for="<?php echo esc_attr( $id_prefix ); ?>-content"><?php esc_html_e( 'Content', 'quick-post' ); ?></label>
					<textarea id="<?php echo esc_attr( $id_prefix ); ?>-content" class="components-textarea-control__input" rows="<?php echo 'page' === $context ? 12 : 5; ?>" data-early-field="content"></textarea>
				</div>
			</div>
		</div>
		<p class="hide-if-js"><?php esc_html_e( 'Quick Post needs JavaScript.', 'quick-post' ); ?></p>
	</div>
	<?php
}
