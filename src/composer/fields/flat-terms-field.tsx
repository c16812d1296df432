/**
 * Picks terms of a flat taxonomy (tags) as tokens. Suggestions come at once from the most used
 * terms the page already holds, then from the server's search.
 */

/**
 * WordPress dependencies
 */
import { FormTokenField } from '@wordpress/components';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MAX_TERM_NAME_LENGTH } from '../../api/terms';
import { searchTerms } from '../../api/term-search';
import { useMostUsedTerms } from '../hooks/use-most-used-terms';
import { useSearch } from '../hooks/use-search';
import type {
	ComposerQueries,
	TaxonomySettings,
	Term,
	TermRef,
} from '../../types';

interface FlatTermsFieldProps {
	taxonomy: TaxonomySettings;
	/** The queries PHP preloaded, which searches and suggestions are built from. */
	queries: Pick< ComposerQueries, 'termSearch' | 'mostUsedTerms' >;
	selected: TermRef[];
	onChange: ( terms: TermRef[] ) => void;
}

const sameName = ( a: string, b: string ) =>
	a.trim().toLowerCase() === b.trim().toLowerCase();

export function FlatTermsField( {
	taxonomy,
	queries,
	selected,
	onChange,
}: FlatTermsFieldProps ) {
	const [ search, setSearch ] = useState( '' );
	const [ refused, setRefused ] = useState< string | null >( null );
	const fetcher = useCallback(
		( text: string, signal: AbortSignal ) =>
			searchTerms( taxonomy, queries.termSearch, text, signal ),
		[ taxonomy, queries.termSearch ]
	);
	// Suggestions only once something is typed: an empty field asks the server nothing.
	const { results: found } = useSearch< Term >(
		fetcher,
		search,
		search.trim() !== ''
	);
	const mostUsed = useMostUsedTerms(
		taxonomy,
		queries.mostUsedTerms,
		search
	);
	const results = useMemo( () => {
		const ids = new Set( mostUsed.map( ( term ) => term.id ) );
		return [
			...mostUsed,
			...found.filter( ( term ) => ! ids.has( term.id ) ),
		];
	}, [ mostUsed, found ] );

	function onTokensChange( tokens: Array< string | { value: string } > ) {
		const names = tokens.map( ( token ) =>
			( typeof token === 'string' ? token : token.value ).trim()
		);
		const next: TermRef[] = [];
		let problem: string | null = null;
		for ( const name of names ) {
			if (
				! name ||
				next.some( ( term ) => sameName( term.name, name ) )
			) {
				continue;
			}
			if ( name.length > MAX_TERM_NAME_LENGTH ) {
				problem = sprintf(
					/* translators: 1: the start of a name the user typed; 2: taxonomy singular name, e.g. tag; 3: a number. */
					__(
						'“%1$s…” is too long: a %2$s name can have at most %3$d characters.',
						'quick-post'
					),
					name.slice( 0, 40 ),
					taxonomy.singularName.toLowerCase(),
					MAX_TERM_NAME_LENGTH
				);
				continue;
			}
			const known =
				selected.find( ( term ) => sameName( term.name, name ) ) ??
				results.find( ( term ) => sameName( term.name, name ) );
			if ( known ) {
				next.push( { id: known.id, name: known.name } );
			} else if ( taxonomy.canCreate ) {
				next.push( { id: null, name } );
			} else {
				problem = sprintf(
					/* translators: 1: a name the user typed; 2: taxonomy singular name, e.g. tag. */
					__(
						'“%1$s” is not an existing %2$s, and you may not create new ones.',
						'quick-post'
					),
					name,
					taxonomy.singularName.toLowerCase()
				);
				continue;
			}
		}
		setRefused( problem );
		onChange( next );
	}

	return (
		<div className="quick-post-field quick-post-tokens">
			<FormTokenField
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ taxonomy.label }
				value={ selected.map( ( term ) => term.name ) }
				suggestions={ results.map( ( term ) => term.name ) }
				onInputChange={ setSearch }
				onChange={ onTokensChange }
				maxSuggestions={ 10 }
			/>
			{ refused && (
				<p className="quick-post-field__error" role="alert">
					{ refused }
				</p>
			) }
		</div>
	);
}
