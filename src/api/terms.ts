/**
 * Terms through the core REST API, never more than a page at a time: search, fetch by ID, create.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';
import { decodeEntities } from '@wordpress/html-entities';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toRestError, withRestErrors } from './rest-error';
import type { QueryArgs, TaxonomySettings, Term, TermRef } from '../types';

/** The REST API's ceiling for `per_page`. */
const MAX_PER_PAGE = 100;
/** `wp_terms.name` is a VARCHAR(200): MySQL refuses longer names with a database error. */
export const MAX_TERM_NAME_LENGTH = 200;
const TERM_FIELDS = 'id,name,parent';

/** A taxonomy's term route (as PHP had core's route helper compute it), and its post field. */
export type TaxonomyRoute = Pick< TaxonomySettings, 'route' | 'restBase' >;

/**
 * Term names come back HTML-encoded (`&amp;`); the composer shows them as text.
 * @param terms
 */
export function decodeNames( terms: Term[] ): Term[] {
	return terms.map( ( term ) => ( {
		...term,
		name: decodeEntities( term.name ),
	} ) );
}

export function termsPath( taxonomy: TaxonomyRoute, query: QueryArgs ) {
	return addQueryArgs( taxonomy.route, {
		_fields: TERM_FIELDS,
		...query,
	} );
}

/**
 * @param taxonomy The taxonomy's REST route.
 * @param ids      Term IDs, any number of them (asked for a page of 100 at a time).
 */
export async function getTermsByIds(
	taxonomy: TaxonomyRoute,
	ids: number[]
): Promise< Term[] > {
	const pages: number[][] = [];
	for ( let start = 0; start < ids.length; start += MAX_PER_PAGE ) {
		pages.push( ids.slice( start, start + MAX_PER_PAGE ) );
	}
	const found = await withRestErrors( () =>
		Promise.all(
			pages.map( async ( page ) =>
				decodeNames(
					await apiFetch< Term[] >( {
						path: termsPath( taxonomy, {
							include: page.join( ',' ),
							per_page: page.length,
						} ),
					} )
				)
			)
		)
	);
	// In the order asked for; IDs that no longer exist are left out.
	const byId = new Map( found.flat().map( ( term ) => [ term.id, term ] ) );
	return ids.flatMap( ( id ) => byId.get( id ) ?? [] );
}

/**
 * The names of a stored post's terms, by taxonomy slug (the post itself only holds IDs).
 *
 * @param taxonomies The post type's taxonomies.
 * @param post       The post, with its term IDs under each taxonomy's REST base.
 */
export async function getPostTerms(
	taxonomies: TaxonomySettings[],
	post: Record< string, unknown >
): Promise< Record< string, TermRef[] > > {
	const entries = await Promise.all(
		taxonomies.map( async ( taxonomy ) => {
			const value = post[ taxonomy.restBase ];
			const ids = Array.isArray( value )
				? value.filter( ( id ): id is number => typeof id === 'number' )
				: [];
			const terms = await getTermsByIds( taxonomy, ids );
			return [
				taxonomy.slug,
				terms.map( ( { id, name } ) => ( { id, name } ) ),
			] as const;
		} )
	);
	return Object.fromEntries( entries );
}

export async function createTerm(
	taxonomy: TaxonomyRoute,
	name: string,
	parent?: number
): Promise< Term > {
	if ( name.length > MAX_TERM_NAME_LENGTH ) {
		throw {
			code: 'term_name_too_long',
			message: sprintf(
				/* translators: %d: a number of characters. */
				__(
					'This name is too long: names can have at most %d characters.',
					'quick-post'
				),
				MAX_TERM_NAME_LENGTH
			),
			param: taxonomy.restBase,
		};
	}
	try {
		const [ term ] = decodeNames( [
			await apiFetch< Term >( {
				path: termsPath( taxonomy, {} ),
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
		throw { ...toRestError( error ), param: taxonomy.restBase };
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

/** Core's default ceiling for requests in one `/batch/v1` call. */
const BATCH_SIZE = 25;

interface BatchResponse {
	responses: Array< { status: number; body: unknown } >;
}

/**
 * Creates many terms in few round trips (core's batch endpoint, 25 per request); names that
 * already exist resolve to the existing term.
 *
 * @param taxonomy The taxonomy's REST route.
 * @param names    The new terms' names.
 * @return The terms, in the order of `names`.
 */
export async function createTerms(
	taxonomy: TaxonomyRoute,
	names: string[]
): Promise< Term[] > {
	if ( names.length === 1 ) {
		return [ await createTerm( taxonomy, names[ 0 ] as string ) ];
	}
	const tooLong = names.find(
		( name ) => name.length > MAX_TERM_NAME_LENGTH
	);
	if ( tooLong !== undefined ) {
		return [ await createTerm( taxonomy, tooLong ) ];
	}
	const created: Term[] = [];
	for ( let start = 0; start < names.length; start += BATCH_SIZE ) {
		const chunk = names.slice( start, start + BATCH_SIZE );
		const { responses } = await withRestErrors( () =>
			apiFetch< BatchResponse >( {
				path: '/batch/v1',
				method: 'POST',
				data: {
					validation: 'normal',
					requests: chunk.map( ( name ) => ( {
						method: 'POST',
						path: termsPath( taxonomy, {} ),
						body: { name },
					} ) ),
				},
			} )
		);
		chunk.forEach( ( name, index ) => {
			const response = responses[ index ];
			const existing = existingTermId( response?.body );
			if ( response && response.status < 300 ) {
				const [ term ] = decodeNames( [ response.body as Term ] );
				created.push( term as Term );
			} else if ( existing ) {
				created.push( { id: existing, name, parent: 0 } );
			} else {
				throw {
					...toRestError( response?.body ),
					param: taxonomy.restBase,
				};
			}
		} );
	}
	return created;
}
