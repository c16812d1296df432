/**
 * The featured image, for post types and themes that have one.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { thumbnailUrl } from '../../api/media';
import type { FeaturedImage } from '../model/post-form';
import type { MediaItem } from '../../types';
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const toFeaturedImage = ( media: MediaItem ): FeaturedImage => ( {
	id: media.id,
	url: thumbnailUrl( media ),
	alt: media.alt_text,
} );

export const featuredImageField: ComposerField = {
	id: 'featuredImage',
	section: 'more',
	isVisible: ( type ) => type.supports.thumbnail && type.can.upload,
	empty: () => ( { featuredImage: null } ),
	fromPost: ( { post } ) => {
		const media = post._embedded?.[ 'wp:featuredmedia' ]?.[ 0 ];
		return {
			featuredImage:
				media && post.featured_media ? toFeaturedImage( media ) : null,
		};
	},
	toRequest: ( form, type ) =>
		type.supports.thumbnail
			? { featured_media: form.featuredImage?.id ?? 0 }
			: {},
	errors: {
		params: () => [ 'featured_media' ],
		codes: [ 'rest_invalid_featured_media' ],
		message: () =>
			__(
				'This image is no longer in the media library. Remove it, or choose another.',
				'quick-post'
			),
	},
	Edit: lazyEdit( 'FeaturedImageEdit' ),
};
