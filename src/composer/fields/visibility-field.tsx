/**
 * Who can read the post: everyone, only editors (private), or people with a password; and sticky.
 */

/**
 * WordPress dependencies
 */
import {
	CheckboxControl,
	RadioControl,
	TextControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { FieldError } from './field-error';
import type { FieldEditProps } from '../model/field';
import type { PostForm, Visibility } from '../model/post-form';
import type { PostTypeSettings } from '../../types';

interface VisibilityFieldProps {
	form: Pick< PostForm, 'visibility' | 'password' | 'sticky' >;
	can: PostTypeSettings[ 'can' ];
	passwordError?: string;
	onChange: ( patch: Partial< PostForm > ) => void;
}

export function VisibilityField( {
	form,
	can,
	passwordError,
	onChange,
}: VisibilityFieldProps ) {
	const options: Array< { label: string; value: Visibility } > = [
		{ label: __( 'Public', 'quick-post' ), value: 'public' },
	];
	if ( can.publish ) {
		options.push( {
			label: __( 'Private', 'quick-post' ),
			value: 'private',
		} );
	}
	options.push( {
		label: __( 'Password protected', 'quick-post' ),
		value: 'password',
	} );

	return (
		<div className="quick-post-field">
			<RadioControl
				label={ __( 'Visibility', 'quick-post' ) }
				selected={ form.visibility }
				options={ options }
				onChange={ ( visibility ) =>
					onChange( { visibility: visibility as Visibility } )
				}
			/>
			{ form.visibility === 'password' && (
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Password', 'quick-post' ) }
					value={ form.password }
					onChange={ ( password ) => onChange( { password } ) }
					help={ passwordError }
					className={ passwordError ? 'has-error' : undefined }
					autoComplete="new-password"
				/>
			) }
			{ can.sticky && form.visibility === 'public' && (
				<CheckboxControl
					__nextHasNoMarginBottom
					label={ __( 'Stick to the top of the blog', 'quick-post' ) }
					checked={ form.sticky }
					onChange={ ( sticky ) => onChange( { sticky } ) }
				/>
			) }
		</div>
	);
}

export function VisibilityEdit( {
	form,
	type,
	onChange,
	error,
}: FieldEditProps ) {
	const atPassword = error?.param === 'password';
	return (
		<FieldError error={ atPassword ? undefined : error?.message }>
			<VisibilityField
				form={ form }
				can={ type.can }
				passwordError={ atPassword ? error.message : undefined }
				onChange={ onChange }
			/>
		</FieldError>
	);
}
