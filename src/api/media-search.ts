/**
 * The media library's images, a page at a time, for the pickers.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { MEDIA_FIELDS } from './media';
import { withRestErrors } from './rest-error';
import type { MediaItem } from '../types';

/**
 * One page of images from the media library.
 *
 * @param search What the user typed, or '' for the latest images.
 * @param page   Page number, from 1.
 * @param signal Aborts a search the user has typed past.
 */
export function searchImages(
	search: string,
	page: number,
	signal?: AbortSignal
): Promise< MediaItem[] > {
	return withRestErrors( () =>
		apiFetch< MediaItem[] >( {
			path: addQueryArgs( '/wp/v2/media', {
				media_type: 'image',
				per_page: 20,
				page,
				search: search || undefined,
				_fields: MEDIA_FIELDS,
			} ),
			signal,
		} )
	);
}
