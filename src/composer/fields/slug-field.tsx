/**
 * The slug: the last part of the post's address.
 */

/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FieldEditProps } from '../model/field';

export function SlugEdit( { form, onChange, error }: FieldEditProps ) {
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Slug', 'quick-post' ) }
			help={
				error?.message ??
				__(
					'The last part of the address. Leave empty to make one from the title.',
					'quick-post'
				)
			}
			value={ form.slug }
			onChange={ ( slug ) => onChange( { slug } ) }
			autoComplete="off"
		/>
	);
}
