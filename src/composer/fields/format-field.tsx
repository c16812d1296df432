/**
 * The post format, among those the theme supports.
 */

/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FieldEditProps } from '../model/field';

export function FormatEdit( { form, type, onChange, error }: FieldEditProps ) {
	return (
		<SelectControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Post format', 'quick-post' ) }
			help={ error?.message }
			value={ form.format }
			options={ type.formats.map( ( format ) => ( {
				value: format.slug,
				label: format.label,
			} ) ) }
			onChange={ ( format ) => onChange( { format } ) }
		/>
	);
}
