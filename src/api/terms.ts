/**
 * Terms through the core REST API, never more than a page at a time: search, fetch by ID, create.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';
import { decodeEntities } from '@wordpress/html-entities';

/**
 * Internal dependencies
 */
import { toComposerError, withComposerErrors } from './errors';
import type { TaxonomySettings, Term } from '../types';

export const TERMS_PER_PAGE = 10;
const TERM_FIELDS = 'id,name,parent';

type TaxonomyRoute = Pick< TaxonomySettings, 'restBase' >;

/**
 * Term names come back HTML-encoded (`&amp;`); the composer shows them as text.
 * @param terms
 */
function decodeNames( terms: Term[] ): Term[] {
	return terms.map( ( term ) => ( {
		...term,
		name: decodeEntities( term.name ),
	} ) );
}

function termsPath(
	taxonomy: TaxonomyRoute,
	query: Record< string, string | number >
) {
	return addQueryArgs( `/wp/v2/${ taxonomy.restBase }`, {
		_fields: TERM_FIELDS,
		...query,
	} );
}

/**
 * One page of terms matching what the user typed, most used first; with no search text, the most
 * used terms, offered before the user types anything.
 *
 * @param taxonomy The taxonomy's REST route.
 * @param search   What the user typed ('' for none).
 * @param signal   Aborts a search the user has typed past, or one for a field that went away.
 */
export function searchTerms(
	taxonomy: TaxonomyRoute,
	search: string,
	signal?: AbortSignal
): Promise< Term[] > {
	return withComposerErrors( async () =>
		decodeNames(
			await apiFetch< Term[] >( {
				path: termsPath( taxonomy, {
					...( search ? { search } : {} ),
					per_page: TERMS_PER_PAGE,
					orderby: 'count',
					order: 'desc',
				} ),
				signal,
			} )
		)
	);
}

/**
 * @param taxonomy The taxonomy's REST route.
 * @param ids      Term IDs (at most 100).
 */
export function getTermsByIds(
	taxonomy: TaxonomyRoute,
	ids: number[]
): Promise< Term[] > {
	if ( ids.length === 0 ) {
		return Promise.resolve( [] );
	}
	return withComposerErrors( async () =>
		decodeNames(
			await apiFetch< Term[] >( {
				path: termsPath( taxonomy, {
					include: ids.join( ',' ),
					per_page: Math.min( ids.length, 100 ),
				} ),
			} )
		)
	);
}

/**
 * Creates a term; when one with that name exists already, returns that one instead.
 *
 * @param taxonomy The taxonomy's REST route.
 * @param name     The new term's name.
 * @param parent   Parent term ID, for hierarchical taxonomies.
 */
export async function createTerm(
	taxonomy: TaxonomyRoute,
	name: string,
	parent?: number
): Promise< Term > {
	try {
		const [ term ] = decodeNames( [
			await apiFetch< Term >( {
				path: addQueryArgs( `/wp/v2/${ taxonomy.restBase }`, {
					_fields: TERM_FIELDS,
				} ),
				method: 'POST',
				data: parent ? { name, parent } : { name },
			} ),
		] );
		return term as Term;
	} catch ( error ) {
		const existing = existingTermId( error );
		if ( existing ) {
			return { id: existing, name, parent };
		}
		throw { ...toComposerError( error ), field: taxonomy.restBase };
	}
}

function existingTermId( error: unknown ): number | null {
	if ( typeof error !== 'object' || error === null ) {
		return null;
	}
	const { code, data } = error as {
		code?: unknown;
		data?: { term_id?: unknown };
	};
	return code === 'term_exists' && typeof data?.term_id === 'number'
		? data.term_id
		: null;
}
