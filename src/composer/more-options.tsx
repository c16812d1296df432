/**
 * "More options": every other field the post type supports, collapsed until the user opens it.
 * Their components load on their own (see fields/lazy-edit.tsx); until they have, a spinner.
 */

/**
 * WordPress dependencies
 */
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { Disclosure } from './disclosure';
import { loadMoreOptions } from './fields/lazy-edit';

interface MoreOptionsProps {
	isOpen: boolean;
	onToggle: () => void;
	/** The fields, rendered only while open. */
	children: ReactNode;
}

export function MoreOptions( {
	isOpen,
	onToggle,
	children,
}: MoreOptionsProps ) {
	// Fetched once the page is idle, so opening More options later shows the fields at once.
	useEffect( () => {
		const prefetch = () => void loadMoreOptions().catch( () => {} );
		if ( 'requestIdleCallback' in window ) {
			const handle = window.requestIdleCallback( prefetch );
			return () => window.cancelIdleCallback( handle );
		}
		const timer = setTimeout( prefetch, 1000 );
		return () => clearTimeout( timer );
	}, [] );

	return (
		<Disclosure
			className="quick-post-more-options"
			label={ __( 'More options', 'quick-post' ) }
			isOpen={ isOpen }
			onToggle={ onToggle }
			failure={ __(
				'More options could not be loaded. Check your connection.',
				'quick-post'
			) }
		>
			{ children }
		</Disclosure>
	);
}
