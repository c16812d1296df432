/**
 * Media through the core REST API: upload with progress, and search the library for images.
 */

/**
 * WordPress dependencies
 */
import { addQueryArgs } from '@wordpress/url';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { currentNonce, refreshNonce } from './configure';
import { toRestError } from './rest-error';
import type { MediaItem } from '../types';

export const MEDIA_FIELDS = 'id,source_url,alt_text,title,media_details';

export interface UploadTarget {
	root: string;
	nonce: string;
	/** The largest file the site accepts, in bytes. */
	maxUpload: number;
}

interface UploadResponse {
	status: number;
	body: unknown;
}

function send(
	file: File,
	target: UploadTarget,
	nonce: string,
	onProgress: ( fraction: number ) => void
): Promise< UploadResponse > {
	return new Promise( ( resolve, reject ) => {
		const request = new XMLHttpRequest();
		request.open(
			'POST',
			addQueryArgs( `${ target.root }wp/v2/media`, {
				_fields: MEDIA_FIELDS,
			} )
		);
		request.setRequestHeader( 'X-WP-Nonce', nonce );
		request.withCredentials = true;
		request.upload.onprogress = ( event ) => {
			if ( event.lengthComputable ) {
				onProgress( event.loaded / event.total );
			}
		};
		request.onerror = () =>
			reject( toRestError( { code: 'fetch_error' } ) );
		request.onload = () => {
			let body: unknown = null;
			try {
				body = JSON.parse( request.responseText );
			} catch {
				body = { code: 'invalid_json' };
			}
			resolve( { status: request.status, body } );
		};
		const form = new FormData();
		form.append( 'file', file, file.name );
		request.send( form );
	} );
}

const isExpiredNonce = ( { status, body }: UploadResponse ) =>
	status === 403 &&
	( body as { code?: unknown } | null )?.code === 'rest_cookie_invalid_nonce';

function formatSize( bytes: number ): string {
	const megabytes = bytes / ( 1024 * 1024 );
	return megabytes >= 1
		? sprintf(
				/* translators: %s: a size in megabytes. */
				__( '%s MB', 'quick-post' ),
				megabytes.toFixed( 1 ).replace( /\.0$/, '' )
			)
		: sprintf(
				/* translators: %d: a size in kilobytes. */
				__( '%d KB', 'quick-post' ),
				Math.ceil( bytes / 1024 )
			);
}

/**
 * Uploads a file to `POST /wp/v2/media`.
 *
 * api-fetch cannot report upload progress, so this one request uses XMLHttpRequest, with the same
 * cookie authentication and the nonce api-fetch currently holds (refreshed once if it expired).
 *
 * @param file       The file.
 * @param target     REST root, fallback nonce and the site's upload limit.
 * @param onProgress Called with a fraction from 0 to 1.
 */
export async function uploadMedia(
	file: File,
	target: UploadTarget,
	onProgress: ( fraction: number ) => void
): Promise< MediaItem > {
	if ( target.maxUpload > 0 && file.size > target.maxUpload ) {
		throw {
			code: 'file_too_large',
			message: sprintf(
				/* translators: 1: file size, e.g. 3 MB; 2: the site's limit, e.g. 2 MB. */
				__(
					'This image is %1$s, and your site accepts files up to %2$s. Choose a smaller image.',
					'quick-post'
				),
				formatSize( file.size ),
				formatSize( target.maxUpload )
			),
		};
	}
	let response = await send(
		file,
		target,
		currentNonce( target.nonce ),
		onProgress
	);
	if ( isExpiredNonce( response ) ) {
		const nonce = await refreshNonce();
		if ( nonce ) {
			response = await send( file, target, nonce, onProgress );
		}
	}
	if ( response.status >= 200 && response.status < 300 ) {
		return response.body as MediaItem;
	}
	if ( response.status === 413 ) {
		throw {
			code: 'file_too_large',
			message: __(
				'This file is larger than your site accepts. Choose a smaller image.',
				'quick-post'
			),
			status: 413,
		};
	}
	throw toRestError( response.body );
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
