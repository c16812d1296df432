/**
 * The post format, among those the theme supports.
 */

/**
 * Internal dependencies
 */
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const formatField: ComposerField = {
	id: 'format',
	section: 'more',
	isVisible: ( type ) => type.formats.length > 0,
	empty: () => ( { format: 'standard' } ),
	fromPost: ( { post } ) => ( { format: post.format ?? 'standard' } ),
	toRequest: ( form, type ) =>
		type.formats.length > 0 ? { format: form.format } : {},
	errors: { params: () => [ 'format' ] },
	Edit: lazyEdit( 'FormatEdit' ),
};
