/**
 * Whose post it is, for users who may edit others' posts: a search, never the full user list.
 */

/**
 * WordPress dependencies
 */
import { ComboboxControl } from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { searchAuthors } from '../../api/users';
import { useSearch } from '../hooks/use-search';
import { FieldError } from './field-error';
import type { FieldEditProps } from '../model/field';
import type { Author } from '../../types';

interface AuthorFieldProps {
	author: Author;
	onChange: ( author: Author ) => void;
}

export function AuthorField( { author, onChange }: AuthorFieldProps ) {
	const [ search, setSearch ] = useState( '' );
	const fetcher = useCallback(
		( text: string, signal: AbortSignal ) => searchAuthors( text, signal ),
		[]
	);
	const { results } = useSearch< Author >(
		fetcher,
		search,
		search.trim() !== ''
	);
	const options = [
		author,
		...results.filter( ( user ) => user.id !== author.id ),
	].map( ( user ) => ( {
		value: String( user.id ),
		label: user.name,
	} ) );

	return (
		<ComboboxControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Author', 'quick-post' ) }
			value={ String( author.id ) }
			options={ options }
			onFilterValueChange={ setSearch }
			onChange={ ( value ) => {
				const user = [ author, ...results ].find(
					( item ) => String( item.id ) === value
				);
				if ( user ) {
					onChange( user );
				}
			} }
			allowReset={ false }
		/>
	);
}

export function AuthorEdit( {
	form,
	settings,
	onChange,
	error,
}: FieldEditProps ) {
	return (
		<FieldError error={ error?.message }>
			<AuthorField
				author={ form.author ?? settings.user }
				onChange={ ( author ) => onChange( { author } ) }
			/>
		</FieldError>
	);
}
