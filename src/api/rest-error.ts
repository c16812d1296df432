/**
 * Turns whatever api-fetch rejects with (a REST error body, a network failure, anything) into one
 * error shape, with words a writer can read.
 */

/**
 * WordPress dependencies
 */
import { decodeEntities } from '@wordpress/html-entities';
import { __, sprintf } from '@wordpress/i18n';

/** A failed REST request or a refusal before one was sent, in words for the person writing. */
export interface RestError {
	code: string;
	message: string;
	status?: number;
	/** The request parameter the error is about, when the server (or a check before sending) named one. */
	param?: string;
	/** The same request may well work if sent again (network, timeout, server trouble). */
	retryable?: boolean;
	/** The login session is gone: the user must log in again before anything can be saved. */
	loggedOut?: boolean;
	/** Seconds after which the same request may succeed (the server's Retry-After). */
	retryAfter?: number;
}

interface RestErrorBody {
	code?: unknown;
	message?: unknown;
	param?: unknown;
	data?: { status?: unknown; params?: unknown; retry_after?: unknown } | null;
}

/** Long enough for any sentence a plugin or core puts in an error; HTML pages are cut short. */
const MAX_SERVER_MESSAGE = 300;

/**
 * The first parameter a `rest_invalid_param` error names, with the server's words for it.
 *
 * @param body The error body.
 */
function invalidParam(
	body: RestErrorBody
): { param: string; message: string } | undefined {
	const params = body.data?.params;
	if ( typeof params !== 'object' || params === null ) {
		return undefined;
	}
	const [ entry ] = Object.entries( params as Record< string, unknown > );
	if ( ! entry ) {
		return undefined;
	}
	const [ param, message ] = entry;
	return {
		param,
		message: typeof message === 'string' ? message : String( body.message ),
	};
}

/**
 * A server's message as plain text: tags stripped (block ends become spaces), entities decoded.
 *
 * @param html What the server said, e.g. core's fatal-error handler's `<p>…</p><p><a>…</a></p>`.
 */
function plainText( html: string ): string {
	const text = decodeEntities( html.replace( /<[^>]*>/g, ' ' ) )
		.replace( /\s+/g, ' ' )
		.replace( / ([.,;:!?])/g, '$1' )
		.trim();
	return text.length > MAX_SERVER_MESSAGE
		? `${ text.slice( 0, MAX_SERVER_MESSAGE - 1 ) }…`
		: text;
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
		case 'quick_post_save_in_progress':
			return __(
				'Your site is still finishing an earlier save of this post, so this one has to wait. Your text is still here.',
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
 * Words for request parameters that no form field stands for.
 *
 * @param param The request parameter.
 */
function messageForParam( param: string | undefined ): string | undefined {
	return param === 'status'
		? __(
				'You cannot save the post this way. Try saving it as a draft.',
				'quick-post'
			)
		: undefined;
}

/**
 * @param status        The HTTP status, 500 or above.
 * @param serverMessage What the server said, if anything (a plugin's `WP_Error`, core's fatal-error handler).
 */
function messageForServerTrouble(
	status: number,
	serverMessage: string | undefined
): string {
	const guidance = sprintf(
		/* translators: %d: HTTP status code, e.g. 500. */
		__(
			'Your site had a problem (error %d) and may not have saved the post. Your text is still here; retry (it will not post twice).',
			'quick-post'
		),
		status
	);
	const said = serverMessage ? plainText( serverMessage ) : '';
	return said ? `${ said } ${ guidance }` : guidance;
}

/**
 * @param error What api-fetch rejected with: a REST error body, a network error, or anything else.
 * @return A code and a plain-language message.
 */
export function toRestError( error: unknown ): RestError {
	if ( isResponse( error ) ) {
		return fromResponse( error );
	}
	const body: RestErrorBody =
		typeof error === 'object' && error !== null ? error : {};
	const code = typeof body.code === 'string' ? body.code : 'unknown_error';
	const status =
		typeof body.data?.status === 'number' ? body.data.status : undefined;
	const serverMessage =
		typeof body.message === 'string' && body.message.trim() !== ''
			? body.message
			: undefined;
	const invalid = invalidParam( body );
	const param =
		invalid?.param ??
		( typeof body.param === 'string' ? body.param : undefined );
	const serverTrouble = status !== undefined && status >= 500;

	const message =
		messageForCode( code ) ??
		messageForParam( param ) ??
		( serverTrouble
			? messageForServerTrouble( status, serverMessage )
			: undefined ) ??
		invalid?.message ??
		serverMessage ??
		__(
			'Something went wrong and the post was not saved. Your text is still here; please try again.',
			'quick-post'
		);

	const result: RestError = { code, message };
	if ( status !== undefined ) {
		result.status = status;
	}
	if ( param ) {
		result.param = param;
	}
	if ( RETRYABLE_CODES.includes( code ) || serverTrouble ) {
		result.retryable = true;
	}
	const retryAfter = body.data?.retry_after;
	if ( typeof retryAfter === 'number' && retryAfter > 0 ) {
		result.retryAfter = retryAfter;
	}
	if ( LOGGED_OUT_CODES.includes( code ) || status === 401 ) {
		result.loggedOut = true;
		result.retryable = true;
	}
	return result;
}

/**
 * @param value Anything api-fetch rejected with.
 * @return Whether it is a fetch `Response` (from any window, so not by `instanceof`).
 */
function isResponse(
	value: unknown
): value is Pick< Response, 'url' | 'status' | 'ok' > {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof ( value as Response ).status === 'number' &&
		typeof ( value as Response ).ok === 'boolean' &&
		typeof ( value as Response ).url === 'string'
	);
}

/**
 * WordPress 6.8's api-fetch rejects with a bare `Response` where a fresh nonce cannot be had (its
 * nonce endpoint answers 400 once the session is gone); other callers may too.
 *
 * @param response The answer api-fetch rejected with.
 */
function fromResponse(
	response: Pick< Response, 'url' | 'status' >
): RestError {
	if ( response.url.includes( 'action=rest-nonce' ) ) {
		return toRestError( { code: 'quick_post_logged_out' } );
	}
	return toRestError( {
		code: 'unknown_error',
		data: { status: response.status },
	} );
}

/**
 * Runs a request and rejects with a `RestError` whatever went wrong.
 *
 * @param request The api-fetch call.
 */
export async function withRestErrors< T >(
	request: () => Promise< T >
): Promise< T > {
	try {
		return await request();
	} catch ( error ) {
		throw toRestError( error );
	}
}
