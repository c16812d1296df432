/**
 * The excerpt, for post types that support one.
 */

/**
 * WordPress dependencies
 */
import { TextareaControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FieldEditProps } from '../model/field';

export function ExcerptEdit( { form, onChange, error }: FieldEditProps ) {
	return (
		<TextareaControl
			__nextHasNoMarginBottom
			label={ __( 'Excerpt', 'quick-post' ) }
			help={
				error?.message ??
				__( 'A short summary shown in lists of posts.', 'quick-post' )
			}
			value={ form.excerpt }
			onChange={ ( excerpt ) => onChange( { excerpt } ) }
			rows={ 3 }
		/>
	);
}
