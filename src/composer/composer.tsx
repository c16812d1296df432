/**
 * The quick-post form: a title, the text, and the save buttons the user is allowed.
 */

/**
 * WordPress dependencies
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { useRef } from '@wordpress/element';
import type { FormEvent } from 'react';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { OutcomeNotice } from './outcome-notice';
import { getStatusActions } from './status-actions';
import { useComposer } from './use-composer';
import type { QuickPostSettings } from '../types';

export type ComposerContext = 'page' | 'widget';

interface ComposerProps {
	settings: QuickPostSettings;
	context: ComposerContext;
}

export function Composer( { settings, context }: ComposerProps ) {
	const composer = useComposer( settings.postType.restBase );
	const titleRef = useRef< HTMLInputElement >( null );
	const [ primary, secondary ] = getStatusActions( settings.postType.can );
	const isSaving = composer.savingStatus !== null;

	async function saveAs( status: typeof primary.status ) {
		const saved = await composer.save( status );
		if ( saved ) {
			titleRef.current?.focus();
		}
	}

	function onSubmit( event: FormEvent ) {
		event.preventDefault();
		void saveAs( primary.status );
	}

	return (
		<form
			className={ `quick-post-composer is-${ context }` }
			onSubmit={ onSubmit }
			noValidate
		>
			{ composer.outcome && (
				<OutcomeNotice
					outcome={ composer.outcome }
					adminUrl={ settings.adminUrl }
					onDismiss={ composer.dismissOutcome }
				/>
			) }
			<TextControl
				ref={ titleRef }
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Title', 'quick-post' ) }
				value={ composer.title }
				onChange={ composer.setTitle }
				autoComplete="off"
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Content', 'quick-post' ) }
				help={ __(
					'Leave a blank line between paragraphs.',
					'quick-post'
				) }
				value={ composer.content }
				onChange={ composer.setContent }
				rows={ context === 'page' ? 12 : 5 }
			/>
			<div className="quick-post-composer__actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ composer.savingStatus === primary.status }
					disabled={ isSaving }
					accessibleWhenDisabled
				>
					{ primary.label }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					type="button"
					isBusy={ composer.savingStatus === secondary.status }
					disabled={ isSaving }
					accessibleWhenDisabled
					onClick={ () => void saveAs( secondary.status ) }
				>
					{ secondary.label }
				</Button>
			</div>
		</form>
	);
}
