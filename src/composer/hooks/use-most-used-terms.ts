/**
 * A flat taxonomy's most used terms, asked for once per page load (PHP preloads the answer), and
 * the ones among them that match what the user is typing.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useMemo, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { getMostUsedTerms } from '../../api/term-search';
import type { QueryArgs, TaxonomySettings, Term } from '../../types';

// api-fetch answers a preloaded path only once; the field may mount many times (More options
// closed and opened, another post type picked), so the answer is kept here for the page's life.
const cache = new Map< string, Promise< Term[] > >();

function mostUsed(
	taxonomy: TaxonomySettings,
	query: QueryArgs
): Promise< Term[] > {
	let terms = cache.get( taxonomy.route );
	if ( ! terms ) {
		// Suggestions from the server still work without this list: a failure only costs speed.
		terms = getMostUsedTerms( taxonomy, query ).catch( () => {
			cache.delete( taxonomy.route );
			return [];
		} );
		cache.set( taxonomy.route, terms );
	}
	return terms;
}

/** Forgets every list (between unit tests). */
export function forgetMostUsedTerms(): void {
	cache.clear();
}

/**
 * @param taxonomy The taxonomy.
 * @param query    The most-used-terms query PHP preloaded.
 * @param search   What the user typed.
 * @return Most used terms whose names contain `search` (case-insensitive), most used first; none
 * while `search` is empty.
 */
export function useMostUsedTerms(
	taxonomy: TaxonomySettings,
	query: QueryArgs,
	search: string
): Term[] {
	const [ terms, setTerms ] = useState< Term[] >( [] );

	useEffect( () => {
		let current = true;
		mostUsed( taxonomy, query ).then( ( list ) => {
			if ( current ) {
				setTerms( list );
			}
		} );
		return () => {
			current = false;
		};
	}, [ taxonomy, query ] );

	return useMemo( () => {
		const typed = search.trim().toLocaleLowerCase();
		return typed
			? terms.filter( ( term ) =>
					term.name.toLocaleLowerCase().includes( typed )
				)
			: [];
	}, [ terms, search ] );
}
