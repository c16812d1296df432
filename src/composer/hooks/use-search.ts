/**
 * Debounced search-as-you-type against the server, cancelling searches the user has typed past.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import type { RestError } from '../../api/rest-error';

export interface SearchState< T > {
	results: T[];
	isSearching: boolean;
	error: RestError | null;
}

/**
 * How long typing must pause before the server is asked. Kept short because a result the server
 * must find shows this long after the last key plus a round trip; a search typed past is aborted.
 */
export const SEARCH_DELAY_MS = 150;

/**
 * @param fetcher A stable (memoised) function that asks the server.
 * @param search  What the user typed.
 * @param enabled False to send nothing (e.g. while the field is hidden).
 */
export function useSearch< T >(
	fetcher: ( search: string, signal: AbortSignal ) => Promise< T[] >,
	search: string,
	enabled = true
): SearchState< T > {
	const [ state, setState ] = useState< SearchState< T > >( {
		results: [],
		isSearching: false,
		error: null,
	} );

	useEffect( () => {
		if ( ! enabled ) {
			return undefined;
		}
		const controller = new AbortController();
		setState( ( current ) => ( {
			...current,
			isSearching: true,
			error: null,
		} ) );
		const timer = setTimeout( () => {
			fetcher( search.trim(), controller.signal ).then(
				( results ) =>
					setState( { results, isSearching: false, error: null } ),
				( error: RestError ) => {
					if ( ! controller.signal.aborted ) {
						setState( { results: [], isSearching: false, error } );
					}
				}
			);
		}, SEARCH_DELAY_MS );
		return () => {
			clearTimeout( timer );
			controller.abort();
		};
	}, [ fetcher, search, enabled ] );

	return state;
}
