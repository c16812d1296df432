/**
 * Picks terms of a hierarchical taxonomy (categories): search as you type, most used first, add new.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	SearchControl,
	Spinner,
} from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { createTerm } from '../../api/terms';
import { searchTerms } from '../../api/term-search';
import type { RestError } from '../../api/rest-error';
import { useSearch } from '../hooks/use-search';
import { useTermPaths } from '../hooks/use-term-paths';
import type {
	ComposerQueries,
	TaxonomySettings,
	Term,
	TermRef,
} from '../../types';

interface HierarchicalTermsFieldProps {
	taxonomy: TaxonomySettings;
	/** The queries PHP preloaded: the first page (before anything is typed) comes with the page. */
	queries: Pick< ComposerQueries, 'termSearch' >;
	selected: TermRef[];
	onChange: ( terms: TermRef[] ) => void;
}

export function HierarchicalTermsField( {
	taxonomy,
	queries,
	selected,
	onChange,
}: HierarchicalTermsFieldProps ) {
	const [ search, setSearch ] = useState( '' );
	const [ adding, setAdding ] = useState( false );
	const [ addError, setAddError ] = useState< RestError | null >( null );
	const fetcher = useCallback(
		( text: string, signal: AbortSignal ) =>
			searchTerms( taxonomy, queries.termSearch, text, signal ),
		[ taxonomy, queries.termSearch ]
	);
	const { results, isSearching, error } = useSearch< Term >(
		fetcher,
		search
	);
	const paths = useTermPaths( taxonomy, results );
	const selectedIds = new Set( selected.map( ( term ) => term.id ) );
	const unselected = results.filter(
		( term ) => ! selectedIds.has( term.id )
	);
	const typed = search.trim();
	const exactMatch = results.some(
		( term ) => term.name.toLowerCase() === typed.toLowerCase()
	);

	function toggle( term: TermRef, checked: boolean ) {
		onChange(
			checked
				? [ ...selected, { id: term.id, name: term.name } ]
				: selected.filter( ( item ) => item.id !== term.id )
		);
	}

	async function addNew() {
		setAdding( true );
		setAddError( null );
		try {
			const term = await createTerm( taxonomy, typed );
			onChange( [
				...selected.filter( ( item ) => item.id !== term.id ),
				{ id: term.id, name: term.name },
			] );
			setSearch( '' );
		} catch ( failure ) {
			setAddError( failure as RestError );
		} finally {
			setAdding( false );
		}
	}

	return (
		<fieldset className="quick-post-field quick-post-terms">
			<legend className="quick-post-field__legend">
				{ taxonomy.label }
			</legend>
			{ selected.length > 0 && (
				<ul
					className="quick-post-terms__list"
					aria-label={ sprintf(
						/* translators: %s: taxonomy name, e.g. Categories. */
						__( 'Selected %s', 'quick-post' ),
						taxonomy.label
					) }
				>
					{ selected.map( ( term ) => (
						<li key={ term.id ?? term.name }>
							<CheckboxControl
								__nextHasNoMarginBottom
								label={ term.name }
								checked
								onChange={ () => toggle( term, false ) }
							/>
						</li>
					) ) }
				</ul>
			) }
			<SearchControl
				__nextHasNoMarginBottom
				label={ sprintf(
					/* translators: %s: taxonomy name, e.g. Categories. */
					__( 'Search %s', 'quick-post' ),
					taxonomy.label
				) }
				value={ search }
				onChange={ setSearch }
			/>
			<div
				className="quick-post-terms__results"
				aria-live="polite"
				aria-busy={ isSearching }
			>
				{ isSearching && <Spinner /> }
				{ ! isSearching && error && (
					<p className="quick-post-field__error">{ error.message }</p>
				) }
				{ ! isSearching && ! error && typed && results.length === 0 && (
					<p className="quick-post-field__help">
						{ __( 'Nothing found.', 'quick-post' ) }
					</p>
				) }
				{ unselected.length > 0 && (
					<ul className="quick-post-terms__list">
						{ unselected.map( ( term ) => {
							const path = paths[ term.id ];
							return (
								<li key={ term.id }>
									<CheckboxControl
										__nextHasNoMarginBottom
										label={ term.name }
										help={
											path
												? sprintf(
														/* translators: %s: names of the parent categories. */
														__(
															'in %s',
															'quick-post'
														),
														path
													)
												: undefined
										}
										checked={ false }
										onChange={ () => toggle( term, true ) }
									/>
								</li>
							);
						} ) }
					</ul>
				) }
			</div>
			{ taxonomy.canCreate && typed && ! exactMatch && ! isSearching && (
				<Button
					variant="secondary"
					size="compact"
					isBusy={ adding }
					disabled={ adding }
					accessibleWhenDisabled
					onClick={ () => void addNew() }
				>
					{ sprintf(
						/* translators: 1: taxonomy singular name, e.g. Category; 2: the new term's name. */
						__( 'Add new %1$s “%2$s”', 'quick-post' ),
						taxonomy.singularName.toLowerCase(),
						typed
					) }
				</Button>
			) }
			{ addError && (
				<p className="quick-post-field__error" role="alert">
					{ addError.message }
				</p>
			) }
		</fieldset>
	);
}
