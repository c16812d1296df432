/**
 * Whether the post takes comments and pingbacks; defaults come from the site's discussion settings.
 */

/**
 * WordPress dependencies
 */
import { CheckboxControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { FieldError } from './field-error';
import type { FieldEditProps } from '../model/field';
import type { PostForm } from '../model/post-form';
import type { PostTypeSettings } from '../../types';

interface DiscussionFieldProps {
	form: Pick< PostForm, 'commentStatus' | 'pingStatus' >;
	supports: PostTypeSettings[ 'supports' ];
	onChange: ( patch: Partial< PostForm > ) => void;
}

export function DiscussionField( {
	form,
	supports,
	onChange,
}: DiscussionFieldProps ) {
	if ( ! supports.comments && ! supports.trackbacks ) {
		return null;
	}
	return (
		<fieldset className="quick-post-field">
			<legend className="quick-post-field__legend">
				{ __( 'Discussion', 'quick-post' ) }
			</legend>
			{ supports.comments && (
				<CheckboxControl
					__nextHasNoMarginBottom
					label={ __( 'Allow comments', 'quick-post' ) }
					checked={ form.commentStatus === 'open' }
					onChange={ ( open ) =>
						onChange( { commentStatus: open ? 'open' : 'closed' } )
					}
				/>
			) }
			{ supports.trackbacks && (
				<CheckboxControl
					__nextHasNoMarginBottom
					label={ __(
						'Allow pingbacks and trackbacks',
						'quick-post'
					) }
					checked={ form.pingStatus === 'open' }
					onChange={ ( open ) =>
						onChange( { pingStatus: open ? 'open' : 'closed' } )
					}
				/>
			) }
		</fieldset>
	);
}

export function DiscussionEdit( {
	form,
	type,
	onChange,
	error,
}: FieldEditProps ) {
	return (
		<FieldError error={ error?.message }>
			<DiscussionField
				form={ form }
				supports={ type.supports }
				onChange={ onChange }
			/>
		</FieldError>
	);
}
