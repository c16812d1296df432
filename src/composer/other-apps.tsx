/**
 * "Post from another app" on the Quick Post page, for users who may create application
 * passwords; its panel loads when first opened.
 */

/**
 * WordPress dependencies
 */
import { lazy, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { Disclosure } from './disclosure';
import type { OtherAppsProps } from '../other-apps/other-apps-panel';

const OtherAppsPanel = lazy(
	() =>
		import(
			/* webpackChunkName: "other-apps" */ '../other-apps/other-apps-panel'
		)
);

interface OtherAppsToggleProps {
	/** The panel's props, read while it is open (the request follows the form). */
	panel: () => OtherAppsProps;
}

export function OtherApps( { panel }: OtherAppsToggleProps ) {
	const [ isOpen, setOpen ] = useState( false );
	return (
		<Disclosure
			className="quick-post-other-apps"
			label={ __( 'Post from another app', 'quick-post' ) }
			isOpen={ isOpen }
			onToggle={ () => setOpen( ! isOpen ) }
			failure={ __(
				'This part could not be loaded. Check your connection.',
				'quick-post'
			) }
		>
			{ isOpen && <OtherAppsPanel { ...panel() } /> }
		</Disclosure>
	);
}
