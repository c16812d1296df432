/**
 * The slug: the last part of the post's address.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const slugField: ComposerField = {
	id: 'slug',
	section: 'more',
	empty: () => ( { slug: '' } ),
	fromPost: ( { post } ) => ( { slug: post.slug } ),
	toRequest: ( form ) =>
		form.slug.trim() !== '' ? { slug: form.slug.trim() } : {},
	errors: {
		params: () => [ 'slug' ],
		message: ( error ) =>
			error.code === 'rest_invalid_param'
				? __(
						'This slug cannot be used. Use letters, numbers and hyphens.',
						'quick-post'
					)
				: undefined,
	},
	Edit: lazyEdit( 'SlugEdit' ),
};
