/**
 * Term searches for the pickers (in More options): one page at a time, most used first.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { withRestErrors } from './rest-error';
import { decodeNames, termsPath, type TaxonomyRoute } from './terms';
import type { QueryArgs, Term } from '../types';

/**
 * One page of terms matching what the user typed, most used first; with no search text, the page a
 * category picker shows before anything is typed (PHP preloads that one).
 *
 * @param taxonomy The taxonomy's REST route.
 * @param query    The term-search query PHP passed.
 * @param search   What the user typed ('' for none).
 * @param signal   Aborts a search the user has typed past, or one for a field that went away.
 */
export function searchTerms(
	taxonomy: TaxonomyRoute,
	query: QueryArgs,
	search: string,
	signal?: AbortSignal
): Promise< Term[] > {
	return withRestErrors( async () =>
		decodeNames(
			await apiFetch< Term[] >( {
				path: termsPath( taxonomy, {
					...query,
					...( search ? { search } : {} ),
				} ),
				signal,
			} )
		)
	);
}

/**
 * The most used terms of a flat taxonomy (tags), one page, to suggest from without a round trip
 * (PHP preloads the same query).
 *
 * @param taxonomy The taxonomy's REST route.
 * @param query    The most-used-terms query PHP passed.
 */
export function getMostUsedTerms(
	taxonomy: TaxonomyRoute,
	query: QueryArgs
): Promise< Term[] > {
	return withRestErrors( async () =>
		decodeNames(
			await apiFetch< Term[] >( { path: termsPath( taxonomy, query ) } )
		)
	);
}
