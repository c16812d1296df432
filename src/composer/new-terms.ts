/**
 * Terms the writer typed that do not exist yet are created just before the save that needs them.
 */

/**
 * Internal dependencies
 */
import { createTerms } from '../api/terms';
import type { PostTypeSettings, Term, TermRef } from '../types';

type TermsByTaxonomy = Record< string, TermRef[] >;

export function hasNewTerms( terms: TermsByTaxonomy ): boolean {
	return Object.values( terms ).some( ( refs ) =>
		refs.some( ( ref ) => ref.id === null )
	);
}

/**
 * Creates the terms the user typed that do not exist yet, and returns every term with its ID.
 *
 * @param type  The post type.
 * @param terms Selected terms by taxonomy slug.
 */
export async function createNewTerms(
	type: PostTypeSettings,
	terms: TermsByTaxonomy
): Promise< TermsByTaxonomy > {
	const resolved: TermsByTaxonomy = {};
	for ( const taxonomy of type.taxonomies ) {
		const refs = terms[ taxonomy.slug ] ?? [];
		const newNames = refs
			.filter( ( ref ) => ref.id === null )
			.map( ( ref ) => ref.name );
		// One batch request per 25 new terms, not one request each.
		const made = newNames.length
			? await createTerms( taxonomy, newNames )
			: [];
		let next = 0;
		resolved[ taxonomy.slug ] = refs.map( ( ref ) =>
			ref.id !== null
				? ref
				: { id: ( made[ next++ ] as Term ).id, name: ref.name }
		);
	}
	return resolved;
}

/**
 * @param type  The post type.
 * @param terms Selected terms by taxonomy slug, all with IDs.
 */
export function termIds(
	type: PostTypeSettings,
	terms: TermsByTaxonomy
): Record< string, number[] > {
	return Object.fromEntries(
		type.taxonomies.map( ( taxonomy ) => [
			taxonomy.slug,
			( terms[ taxonomy.slug ] ?? [] ).map( ( ref ) => ref.id as number ),
		] )
	);
}

/**
 * @param type  The post type.
 * @param terms Selected terms by taxonomy slug.
 * @return The IDs of those that exist already (new ones are made on save).
 */
export function existingTermIds(
	type: PostTypeSettings,
	terms: TermsByTaxonomy
): Record< string, number[] > {
	return termIds(
		type,
		Object.fromEntries(
			Object.entries( terms ).map( ( [ slug, refs ] ) => [
				slug,
				refs.filter( ( ref ) => ref.id !== null ),
			] )
		)
	);
}
