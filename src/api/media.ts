/**
 * Media through the core REST API: upload with progress, and search the library for images.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { currentNonce } from './configure';
import { toComposerError, withComposerErrors } from './errors';
import type { MediaItem } from '../types';

const MEDIA_FIELDS = 'id,source_url,alt_text,title,media_details';

export interface UploadTarget {
	root: string;
	nonce: string;
}

/**
 * Uploads a file to `POST /wp/v2/media`.
 *
 * api-fetch cannot report upload progress, so this one request uses XMLHttpRequest, with the same
 * cookie authentication and the nonce api-fetch currently holds.
 *
 * @param file       The file.
 * @param target     REST root and fallback nonce.
 * @param onProgress Called with a fraction from 0 to 1.
 */
export function uploadMedia(
	file: File,
	target: UploadTarget,
	onProgress: ( fraction: number ) => void
): Promise< MediaItem > {
	return new Promise( ( resolve, reject ) => {
		const request = new XMLHttpRequest();
		request.open(
			'POST',
			addQueryArgs( `${ target.root }wp/v2/media`, {
				_fields: MEDIA_FIELDS,
			} )
		);
		request.setRequestHeader( 'X-WP-Nonce', currentNonce( target.nonce ) );
		request.withCredentials = true;
		request.upload.onprogress = ( event ) => {
			if ( event.lengthComputable ) {
				onProgress( event.loaded / event.total );
			}
		};
		request.onerror = () =>
			reject( toComposerError( { code: 'fetch_error' } ) );
		request.onload = () => {
			let body: unknown = null;
			try {
				body = JSON.parse( request.responseText );
			} catch {
				body = { code: 'invalid_json' };
			}
			if ( request.status >= 200 && request.status < 300 ) {
				resolve( body as MediaItem );
				return;
			}
			if ( request.status === 413 ) {
				reject( {
					code: 'file_too_large',
					message: __(
						'This file is larger than your site accepts. Choose a smaller image.',
						'quick-post'
					),
					status: 413,
				} );
				return;
			}
			reject( toComposerError( body ) );
		};
		const form = new FormData();
		form.append( 'file', file, file.name );
		request.send( form );
	} );
}

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
	return withComposerErrors( () =>
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

/**
 * The best small rendition of an image for a preview.
 *
 * @param media The image.
 */
export function thumbnailUrl( media: MediaItem ): string {
	const sizes = media.media_details?.sizes ?? {};
	return (
		sizes.medium?.source_url ??
		sizes.thumbnail?.source_url ??
		media.source_url
	);
}
