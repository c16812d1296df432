<?php
/**
 * Plugin Name:       Quick Post
 * Description:       Write and publish posts in seconds from wp-admin: a Quick Post page and a dashboard widget.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      7.4
 * Author:            The Quick Post team
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       quick-post
 * Domain Path:       /languages
 *
 * @package QuickPost
 */

defined( 'ABSPATH' ) || exit;

define( 'QUICK_POST_VERSION', '0.1.0' );
define( 'QUICK_POST_FILE', __FILE__ );
define( 'QUICK_POST_DIR', plugin_dir_path( __FILE__ ) );

require_once QUICK_POST_DIR . 'includes/user-preferences.php';
require_once QUICK_POST_DIR . 'includes/post-type-description.php';
require_once QUICK_POST_DIR . 'includes/composer-settings.php';
require_once QUICK_POST_DIR . 'includes/submit-lock.php';
require_once QUICK_POST_DIR . 'includes/idempotency.php';
require_once QUICK_POST_DIR . 'includes/assets.php';
require_once QUICK_POST_DIR . 'includes/composer-root.php';
require_once QUICK_POST_DIR . 'includes/admin-page.php';
require_once QUICK_POST_DIR . 'includes/dashboard-widget.php';
require_once QUICK_POST_DIR . 'includes/header-check.php';
require_once QUICK_POST_DIR . 'includes/site-health.php';
require_once QUICK_POST_DIR . 'includes/connection-test.php';
