/**
 * Answers api-fetch requests in unit tests and records them (the real api-fetch, a fake network).
 */

/**
 * WordPress dependencies
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';

export interface RecordedRequest {
	method: string;
	path: string;
	data: unknown;
	headers: Record< string, string >;
}

type Handler = ( request: RecordedRequest ) => unknown | Promise< unknown >;

/**
 * @param handler Returns the response body, or throws a REST error body.
 * @return Every request made, in order.
 */
export function mockServer( handler: Handler ): RecordedRequest[] {
	const requests: RecordedRequest[] = [];
	apiFetch.setFetchHandler( async ( options: APIFetchOptions ) => {
		const request = {
			method: options.method ?? 'GET',
			path: options.path ?? options.url ?? '',
			data: options.data,
			headers: { ...( options.headers as Record< string, string > ) },
		};
		requests.push( request );
		return handler( request );
	} );
	return requests;
}

/**
 * A server that answers the composer's background reads with nothing.
 * @param request
 */
export function emptyReads( request: RecordedRequest ): unknown {
	if ( request.method === 'GET' ) {
		return [];
	}
	return {};
}
