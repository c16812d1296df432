/**
 * Turns whatever api-fetch rejects with into an error a writer can read.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

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

const LOGGED_OUT_CODES = [
	// With the session gone, the nonce no longer matches and core's nonce refresh fails too.
	'rest_cookie_invalid_nonce',
	'rest_not_logged_in',
	'quick_post_logged_out',
];
const RETRYABLE_CODES = [
	'fetch_error',
	'offline_error',
	'invalid_json',
	'timeout',
	'quick_post_save_in_progress',
];

/**
 * Messages for errors whose server text is missing or written for developers.
 *
 * @param code The error code.
 */
function messageForCode( code: string ): string | undefined {
	switch ( code ) {
		case 'fetch_error':
		case 'offline_error':
			return __(
				'Could not reach your site. Check your connection, then retry. Your text is still here.',
				'quick-post'
			);
		case 'timeout':
			return __(
				'Your site is taking too long to answer. Your text is still here; retry when you are ready (it will not post twice).',
				'quick-post'
			);
		case 'invalid_json':
			return __(
				'Your site sent back something unexpected, so the post may not have been saved. Your text is still here; retry (it will not post twice).',
				'quick-post'
			);
		case 'rest_cookie_invalid_nonce':
		case 'rest_not_logged_in':
		case 'quick_post_logged_out':
			return __(
				'You have been logged out. Log in again, then retry: your text is still here.',
				'quick-post'
			);
		case 'empty_content':
			return __(
				'Add a title or some content before saving.',
				'quick-post'
			);
		case 'rest_cannot_assign_sticky':
			return __( 'You cannot make posts sticky.', 'quick-post' );
		case 'rest_invalid_author':
		case 'rest_cannot_edit_others':
			return __(
				'You cannot make this person the author. Choose someone else, or leave yourself as the author.',
				'quick-post'
			);
		case 'rest_invalid_featured_media':
			return __(
				'This image is no longer in the media library. Remove it, or choose another.',
				'quick-post'
			);
		default:
			return undefined;
	}
}

/** The form field a code is about, when the server does not name a parameter. */
const FIELD_FOR_CODE: Record< string, string > = {
	rest_cannot_assign_sticky: 'sticky',
	rest_invalid_author: 'author',
	rest_cannot_edit_others: 'author',
	rest_invalid_featured_media: 'featured_media',
};

/**
 * Words for a field the server refused, instead of its schema-speak ("date is not of type string").
 *
 * @param field The request parameter.
 */
function messageForField( field: string ): string | undefined {
	switch ( field ) {
		case 'date':
			return __(
				'This date could not be used. Pick a date and time again.',
				'quick-post'
			);
		case 'slug':
			return __(
				'This slug cannot be used. Use letters, numbers and hyphens.',
				'quick-post'
			);
		case 'author':
			return messageForCode( 'rest_invalid_author' );
		case 'featured_media':
			return messageForCode( 'rest_invalid_featured_media' );
		case 'password':
			return __( 'This password cannot be used.', 'quick-post' );
		case 'status':
			return __(
				'You cannot save the post this way. Try saving it as a draft.',
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
		( typeof body.field === 'string' ? body.field : undefined ) ??
		FIELD_FOR_CODE[ code ];
	const serverTrouble = status !== undefined && status >= 500;

	const message =
		messageForCode( code ) ??
		( field ? messageForField( field ) : undefined ) ??
		( serverTrouble
			? sprintf(
					/* translators: %d: HTTP status code, e.g. 500. */
					__(
						'Your site had a problem (error %d) and may not have saved the post. Your text is still here; retry (it will not post twice).',
						'quick-post'
					),
					status
				)
			: undefined ) ??
		param?.message ??
		serverMessage ??
		__(
			'Something went wrong and the post was not saved. Your text is still here; please try again.',
			'quick-post'
		);

	const result: ComposerError = { code, message };
	if ( status !== undefined ) {
		result.status = status;
	}
	if ( field ) {
		result.field = field;
	}
	if ( RETRYABLE_CODES.includes( code ) || serverTrouble ) {
		result.retryable = true;
	}
	if ( LOGGED_OUT_CODES.includes( code ) || status === 401 ) {
		result.loggedOut = true;
		result.retryable = true;
	}
	return result;
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
