/**
 * The title: on the quick path, and the field the composer focuses after a save.
 */

/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useImperativeHandle, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { withoutNul } from '../model/post-request';
import type { ComposerField, FieldEditProps } from '../model/field';

function TitleEdit( { form, onChange, error, focusRef }: FieldEditProps ) {
	const input = useRef< HTMLInputElement >( null );
	useImperativeHandle( focusRef, () => ( {
		focus: () => input.current?.focus(),
	} ) );
	return (
		<TextControl
			ref={ input }
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Title', 'quick-post' ) }
			value={ form.title }
			onChange={ ( title ) => onChange( { title } ) }
			help={ error?.message }
			autoComplete="off"
		/>
	);
}

export const titleField: ComposerField = {
	id: 'title',
	section: 'main',
	empty: () => ( { title: '' } ),
	fromPost: ( { post } ) => ( { title: post.title.raw } ),
	toRequest: ( form ) => ( { title: withoutNul( form.title ) } ),
	errors: { params: () => [ 'title' ] },
	Edit: TitleEdit,
};
