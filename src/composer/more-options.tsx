/**
 * "More options": every other field the post type supports, collapsed until the user opens it.
 * Their components load on their own (see fields/lazy-edit.tsx); until they have, a spinner.
 */

/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { Component, Suspense, useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { loadMoreOptions } from './fields/lazy-edit';

interface MoreOptionsProps {
	isOpen: boolean;
	onToggle: () => void;
	/** The fields, rendered only while open. */
	children: ReactNode;
}

/**
 * If the fields' file cannot be loaded (offline, a deploy in progress), says so and offers to try
 * again; the rest of the composer keeps working.
 */
class LoadFailure extends Component<
	{ children: ReactNode },
	{ failed: boolean }
> {
	override state = { failed: false };

	static getDerivedStateFromError() {
		return { failed: true };
	}

	override render() {
		if ( ! this.state.failed ) {
			return this.props.children;
		}
		return (
			<p className="quick-post-field__error" role="alert">
				{ __(
					'More options could not be loaded. Check your connection.',
					'quick-post'
				) }{ ' ' }
				<Button
					variant="link"
					onClick={ () => this.setState( { failed: false } ) }
				>
					{ __( 'Try again', 'quick-post' ) }
				</Button>
			</p>
		);
	}
}

export function MoreOptions( {
	isOpen,
	onToggle,
	children,
}: MoreOptionsProps ) {
	const regionId = `quick-post-more-options-${ useInstanceId( MoreOptions ) }`;

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
		<div className="quick-post-more-options">
			<Button
				variant="tertiary"
				icon={ isOpen ? 'arrow-up-alt2' : 'arrow-down-alt2' }
				iconPosition="right"
				aria-expanded={ isOpen }
				aria-controls={ regionId }
				onClick={ onToggle }
			>
				{ __( 'More options', 'quick-post' ) }
			</Button>
			{ isOpen && (
				<div
					id={ regionId }
					className="quick-post-more-options__fields"
				>
					<LoadFailure>
						<Suspense fallback={ <Spinner /> }>
							{ children }
						</Suspense>
					</LoadFailure>
				</div>
			) }
		</div>
	);
}
