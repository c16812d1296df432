/**
 * Turns whatever api-fetch rejects with into an error a writer can read.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ComposerError } from '../types';

interface RestErrorBody {
	code?: unknown;
	message?: unknown;
	data?: { status?: unknown } | null;
}

function isRestErrorBody( value: unknown ): value is RestErrorBody {
	return typeof value === 'object' && value !== null;
}

/**
 * Messages for errors whose server text is missing or written for developers.
 * @param code
 */
function messageForCode( code: string ): string | undefined {
	switch ( code ) {
		case 'fetch_error':
			return __(
				'Could not reach your site. Check your connection, then try again. Your text is still here.',
				'quick-post'
			);
		case 'invalid_json':
			return __(
				'Your site sent a response the composer could not read. Your post may not have been saved; check your posts before trying again.',
				'quick-post'
			);
		case 'rest_cookie_invalid_nonce':
			return __(
				'Your session has expired. Log in again in another tab, then try again. Your text is still here.',
				'quick-post'
			);
		case 'rest_not_logged_in':
			return __(
				'You are logged out. Log in again in another tab, then try again. Your text is still here.',
				'quick-post'
			);
		case 'empty_content':
			return __(
				'Add a title or some content before saving.',
				'quick-post'
			);
		default:
			return undefined;
	}
}

/**
 * @param error What api-fetch rejected with: a REST error body, a network error, or anything else.
 * @return A code and a plain-language message.
 */
export function toComposerError( error: unknown ): ComposerError {
	const body = isRestErrorBody( error ) ? error : {};
	const code = typeof body.code === 'string' ? body.code : 'unknown_error';
	const status =
		typeof body.data?.status === 'number' ? body.data.status : undefined;
	const serverMessage =
		typeof body.message === 'string' && body.message.trim() !== ''
			? body.message
			: undefined;

	const message =
		messageForCode( code ) ??
		serverMessage ??
		__(
			'Something went wrong and the post was not saved. Your text is still here; please try again.',
			'quick-post'
		);

	return { code, message, status };
}
