/**
 * Names of the ancestors of hierarchical terms, fetched by ID only for the terms on screen.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useRef, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { getTermsByIds } from '../../api/terms';
import type { TaxonomySettings, Term } from '../../types';

const MAX_DEPTH = 6;

/**
 * @param taxonomy The taxonomy.
 * @param terms    Terms being shown.
 * @return For each shown term with a parent, its ancestors' names from the top, e.g. "News › Local".
 */
export function useTermPaths(
	taxonomy: TaxonomySettings,
	terms: Term[]
): Record< number, string > {
	const known = useRef( new Map< number, Term >() );
	const [ version, setVersion ] = useState( 0 );

	useEffect( () => {
		let cancelled = false;
		terms.forEach( ( term ) => known.current.set( term.id, term ) );
		async function resolveParents() {
			for ( let depth = 0; depth < MAX_DEPTH && ! cancelled; depth++ ) {
				const missing = [ ...known.current.values() ]
					.map( ( term ) => term.parent ?? 0 )
					.filter(
						( parent ) =>
							parent > 0 && ! known.current.has( parent )
					);
				if ( missing.length === 0 ) {
					break;
				}
				const parents = await getTermsByIds( taxonomy, [
					...new Set( missing ),
				] ).catch( () => [] );
				if ( parents.length === 0 ) {
					break;
				}
				parents.forEach( ( term ) =>
					known.current.set( term.id, term )
				);
				if ( ! cancelled ) {
					setVersion( ( current ) => current + 1 );
				}
			}
		}
		void resolveParents();
		return () => {
			cancelled = true;
		};
	}, [ taxonomy, terms ] );

	const paths: Record< number, string > = {};
	for ( const term of terms ) {
		const names: string[] = [];
		let parent = term.parent ?? 0;
		for ( let depth = 0; parent > 0 && depth < MAX_DEPTH; depth++ ) {
			const ancestor = known.current.get( parent );
			if ( ! ancestor ) {
				break;
			}
			names.unshift( ancestor.name );
			parent = ancestor.parent ?? 0;
		}
		if ( names.length > 0 ) {
			paths[ term.id ] = names.join( ' › ' );
		}
	}
	// `version` re-renders when ancestors arrive; read it so the linter sees why the hook depends on it.
	void version;
	return paths;
}
