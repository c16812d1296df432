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
	field?: unknown;
	data?: { status?: unknown; params?: unknown } | null;
}

/**
 * The first parameter a `rest_invalid_param` error names, with the server's words for it.
 *
 * @param body The error body.
 */
function invalidParam(
	body: RestErrorBody
): { field: string; message: string } | undefined {
	const params = body.data?.params;
	if ( typeof params !== 'object' || params === null ) {
		return undefined;
	}
	const [ entry ] = Object.entries( params as Record< string, unknown > );
	if ( ! entry ) {
		return undefined;
	}
	const [ field, message ] = entry;
	return {
		field,
		message: typeof message === 'string' ? message : String( body.message ),
	};
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

	const param = invalidParam( body );
	const field =
		param?.field ??
		( typeof body.field === 'string' ? body.field : undefined );

	const message =
		messageForCode( code ) ??
		param?.message ??
		serverMessage ??
		__(
			'Something went wrong and the post was not saved. Your text is still here; please try again.',
			'quick-post'
		);

	return field ? { code, message, status, field } : { code, message, status };
}

/**
 * Runs a request and rejects with a `ComposerError` whatever went wrong.
 *
 * @param request The api-fetch call.
 */
export async function withComposerErrors< T >(
	request: () => Promise< T >
): Promise< T > {
	try {
		return await request();
	} catch ( error ) {
		throw toComposerError( error );
	}
}
