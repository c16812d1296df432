/**
 * A section collapsed behind a button, whose content loads on its own (More options, Post from
 * another app): a spinner until it has, and a way to try again if it cannot be loaded.
 */

/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { Component, Suspense } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

interface DisclosureProps {
	className: string;
	label: string;
	isOpen: boolean;
	onToggle: () => void;
	/** What to say when the content's file cannot be loaded (offline, a deploy in progress). */
	failure: string;
	/** Rendered only while open. */
	children: ReactNode;
}

/** The rest of the composer keeps working when a part's file cannot be loaded. */
class LoadFailure extends Component<
	{ message: string; children: ReactNode },
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
				{ this.props.message }{ ' ' }
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

export function Disclosure( {
	className,
	label,
	isOpen,
	onToggle,
	failure,
	children,
}: DisclosureProps ) {
	const regionId = `${ className }-${ useInstanceId( Disclosure ) }`;
	return (
		<div className={ className }>
			<Button
				variant="tertiary"
				icon={ isOpen ? 'arrow-up-alt2' : 'arrow-down-alt2' }
				iconPosition="right"
				aria-expanded={ isOpen }
				aria-controls={ regionId }
				onClick={ onToggle }
			>
				{ label }
			</Button>
			{ isOpen && (
				<div id={ regionId } className={ `${ className }__fields` }>
					<LoadFailure message={ failure }>
						<Suspense fallback={ <Spinner /> }>
							{ children }
						</Suspense>
					</LoadFailure>
				</div>
			) }
		</div>
	);
}
