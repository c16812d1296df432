/**
 * Mounts a composer into each Quick Post root on the screen (the page or the dashboard widget).
 */

/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { configureApiFetch } from './api/configure';
import { Composer, type ComposerContext } from './composer/composer';
import { getSettings } from './settings';
import './style.scss';

domReady( () => {
	const settings = getSettings();
	if ( ! settings || settings.postTypes.length === 0 ) {
		document
			.querySelectorAll( '.quick-post-root .quick-post-early' )
			.forEach( ( early ) => early.remove() );
		return;
	}
	configureApiFetch( settings );
	document
		.querySelectorAll< HTMLElement >( '.quick-post-root' )
		.forEach( ( element ) => {
			const context: ComposerContext =
				element.dataset.context === 'page' ? 'page' : 'widget';
			// A mount of its own: the early fields stay (and keep the focus) until the first commit.
			const mount = element.ownerDocument.createElement( 'div' );
			element.appendChild( mount );
			createRoot( mount ).render(
				<Composer
					settings={ settings }
					context={ context }
					root={ element }
				/>
			);
		} );
} );
