/**
 * The post type's taxonomies, each with its picker.
 */

/**
 * Internal dependencies
 */
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const termsField: ComposerField = {
	id: 'terms',
	section: 'more',
	isVisible: ( type ) => type.taxonomies.length > 0,
	empty: ( type ) => ( {
		terms: Object.fromEntries(
			type.taxonomies.map( ( taxonomy ) => [
				taxonomy.slug,
				taxonomy.defaultTerm ? [ { ...taxonomy.defaultTerm } ] : [],
			] )
		),
	} ),
	fromPost: ( { terms }, type ) => ( {
		terms: Object.fromEntries(
			type.taxonomies.map( ( taxonomy ) => [
				taxonomy.slug,
				terms[ taxonomy.slug ] ?? [],
			] )
		),
	} ),
	toRequest: ( _form, type, { termIds } ) =>
		Object.fromEntries(
			type.taxonomies.map( ( taxonomy ) => [
				taxonomy.restBase,
				termIds[ taxonomy.slug ] ?? [],
			] )
		),
	errors: {
		params: ( type ) =>
			type.taxonomies.map( ( taxonomy ) => taxonomy.restBase ),
	},
	Edit: lazyEdit( 'TermsEdit' ),
};
