/**
 * The post type's taxonomies: a picker for each (categories as a searchable list, tags as tokens).
 */

/**
 * Internal dependencies
 */
import { FieldError } from './field-error';
import { FlatTermsField } from './flat-terms-field';
import { HierarchicalTermsField } from './hierarchical-terms-field';
import type { FieldEditProps } from '../model/field';
import type { TermRef } from '../../types';

export function TermsEdit( {
	form,
	type,
	settings,
	onChange,
	error,
}: FieldEditProps ) {
	return (
		<>
			{ type.taxonomies.map( ( taxonomy ) => {
				const setTerms = ( next: TermRef[] ) =>
					onChange( {
						terms: { ...form.terms, [ taxonomy.slug ]: next },
					} );
				const Picker = taxonomy.hierarchical
					? HierarchicalTermsField
					: FlatTermsField;
				return (
					<FieldError
						key={ taxonomy.slug }
						error={
							error?.param === taxonomy.restBase
								? error.message
								: undefined
						}
					>
						<Picker
							taxonomy={ taxonomy }
							queries={ settings.queries }
							selected={ form.terms[ taxonomy.slug ] ?? [] }
							onChange={ setTerms }
						/>
					</FieldError>
				);
			} ) }
		</>
	);
}
