/**
 * The post's text, as paragraphs; a loaded draft with blocks the composer cannot edit keeps them.
 */

/**
 * WordPress dependencies
 */
import { Notice, TextareaControl } from '@wordpress/components';
import { useImperativeHandle, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fromBlockMarkup } from '../../content/from-block-markup';
import { toBlockMarkup } from '../../content/to-block-markup';
import { editPostUrl } from '../model/admin-urls';
import { withoutNul } from '../model/post-request';
import type { ComposerField, FieldEditProps } from '../model/field';

function ContentEdit( {
	form,
	onChange,
	error,
	focusRef,
	rows,
	settings,
	editingId,
}: FieldEditProps ) {
	const textarea = useRef< HTMLTextAreaElement >( null );
	useImperativeHandle( focusRef, () => ( {
		focus: () => textarea.current?.focus(),
	} ) );
	if ( ! form.contentEditable ) {
		return (
			<Notice
				status="warning"
				isDismissible={ false }
				className="quick-post-notice"
			>
				{ __(
					'This draft has content Quick Post cannot edit (blocks or formatting), so its content is kept as it is.',
					'quick-post'
				) }{ ' ' }
				<a href={ editPostUrl( settings.adminUrl, editingId ?? 0 ) }>
					{ __( 'Edit it in the editor', 'quick-post' ) }
				</a>
			</Notice>
		);
	}
	return (
		<TextareaControl
			ref={ textarea }
			__nextHasNoMarginBottom
			label={ __( 'Content', 'quick-post' ) }
			help={
				error?.message ??
				__(
					'Leave a blank line between paragraphs. Press Ctrl+Enter to save.',
					'quick-post'
				)
			}
			value={ form.content }
			onChange={ ( content ) => onChange( { content } ) }
			rows={ rows }
		/>
	);
}

export const contentField: ComposerField = {
	id: 'content',
	section: 'main',
	empty: () => ( { content: '', contentEditable: true } ),
	fromPost: ( { post } ) => {
		const content = fromBlockMarkup( post.content.raw );
		return { content: content ?? '', contentEditable: content !== null };
	},
	toRequest: ( form ) =>
		form.contentEditable
			? { content: toBlockMarkup( withoutNul( form.content ) ) }
			: {},
	errors: { params: () => [ 'content' ] },
	Edit: ContentEdit,
};
