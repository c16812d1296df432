/**
 * The excerpt, for post types that support one.
 */

/**
 * Internal dependencies
 */
import { withoutNul } from '../model/post-request';
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const excerptField: ComposerField = {
	id: 'excerpt',
	section: 'more',
	isVisible: ( type ) => type.supports.excerpt,
	empty: () => ( { excerpt: '' } ),
	fromPost: ( { post } ) => ( { excerpt: post.excerpt?.raw ?? '' } ),
	toRequest: ( form, type ) =>
		type.supports.excerpt ? { excerpt: withoutNul( form.excerpt ) } : {},
	errors: { params: () => [ 'excerpt' ] },
	Edit: lazyEdit( 'ExcerptEdit' ),
};
