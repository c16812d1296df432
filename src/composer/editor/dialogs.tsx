/**
 * The writing surface's dialogs: a link (address, new tab, remove) and an image's alt text.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	Modal,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { safeHref } from '../../content/inline';

interface LinkDialogProps {
	/** The link being changed, or null for a new one. */
	link: HTMLAnchorElement | null;
	onApply: ( href: string, newTab: boolean ) => void;
	onRemove: () => void;
	onClose: () => void;
}

export function LinkDialog( {
	link,
	onApply,
	onRemove,
	onClose,
}: LinkDialogProps ) {
	const [ href, setHref ] = useState( link?.getAttribute( 'href' ) ?? '' );
	const [ newTab, setNewTab ] = useState( link?.target === '_blank' );
	const [ problem, setProblem ] = useState< string | null >( null );

	function submit( event: FormEvent ) {
		event.preventDefault();
		// An address without a scheme is a web address, as the block editor takes it.
		const value = /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test( href.trim() )
			? `https://${ href.trim() }`
			: href.trim();
		if ( ! safeHref( value ) ) {
			setProblem(
				__(
					'Enter a web address, such as https://example.com/.',
					'quick-post'
				)
			);
			return;
		}
		onApply( value, newTab );
	}

	return (
		<Modal
			title={
				link
					? __( 'Edit link', 'quick-post' )
					: __( 'Add link', 'quick-post' )
			}
			onRequestClose={ onClose }
			size="small"
		>
			{ /* Addresses without a scheme are taken (and refused) here, not by the browser. */ }
			<form
				onSubmit={ submit }
				className="quick-post-editor__dialog"
				noValidate
			>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Link address', 'quick-post' ) }
					type="url"
					value={ href }
					onChange={ ( value ) => {
						setHref( value );
						setProblem( null );
					} }
					help={ problem ?? undefined }
					className={ problem ? 'has-error' : undefined }
					// eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog is for this field.
					autoFocus
				/>
				<CheckboxControl
					__nextHasNoMarginBottom
					label={ __( 'Open in new tab', 'quick-post' ) }
					checked={ newTab }
					onChange={ setNewTab }
				/>
				<div className="quick-post-editor__dialog-actions">
					{ link && (
						<Button
							variant="tertiary"
							isDestructive
							onClick={ onRemove }
						>
							{ __( 'Remove link', 'quick-post' ) }
						</Button>
					) }
					<Button variant="primary" type="submit">
						{ __( 'Apply', 'quick-post' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}

interface AltTextDialogProps {
	alt: string;
	onApply: ( alt: string ) => void;
	onClose: () => void;
}

export function AltTextDialog( { alt, onApply, onClose }: AltTextDialogProps ) {
	const [ value, setValue ] = useState( alt );
	return (
		<Modal
			title={ __( 'Alternative text', 'quick-post' ) }
			onRequestClose={ onClose }
			size="small"
		>
			<form
				className="quick-post-editor__dialog"
				onSubmit={ ( event ) => {
					event.preventDefault();
					onApply( value.trim() );
				} }
			>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __(
						'Describe the image for people who cannot see it',
						'quick-post'
					) }
					value={ value }
					onChange={ setValue }
					rows={ 3 }
				/>
				<div className="quick-post-editor__dialog-actions">
					<Button variant="primary" type="submit">
						{ __( 'Apply', 'quick-post' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}
