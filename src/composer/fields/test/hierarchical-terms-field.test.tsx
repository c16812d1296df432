/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { HierarchicalTermsField } from '../hierarchical-terms-field';
import { QUERIES, categories } from '../../../test-utils/settings';
import { mockServer } from '../../../test-utils/server';
import type { TaxonomySettings, TermRef } from '../../../types';

function Field( {
	taxonomy = categories,
	onChange,
}: {
	taxonomy?: TaxonomySettings;
	onChange?: ( terms: TermRef[] ) => void;
} ) {
	const [ selected, setSelected ] = useState< TermRef[] >( [
		{ id: 1, name: 'Uncategorized' },
	] );
	return (
		<HierarchicalTermsField
			taxonomy={ taxonomy }
			queries={ QUERIES }
			selected={ selected }
			onChange={ ( terms ) => {
				setSelected( terms );
				onChange?.( terms );
			} }
		/>
	);
}

const query = ( path: string ) =>
	Object.fromEntries( new URL( path, 'http://x' ).searchParams );

describe( 'HierarchicalTermsField', () => {
	it( 'should show the most used categories first, one small page, never the whole list', async () => {
		const requests = mockServer( () => [
			{ id: 3, name: 'News &amp; Views', parent: 0 },
		] );
		render( <Field /> );

		expect(
			screen.getByRole( 'checkbox', { name: 'Uncategorized' } )
		).toBeChecked();
		expect(
			await screen.findByRole( 'checkbox', { name: 'News & Views' } )
		).not.toBeChecked();
		expect( requests ).toHaveLength( 1 );
		expect( query( requests[ 0 ]?.path ?? '' ) ).toMatchObject( {
			per_page: '10',
			orderby: 'count',
			_fields: 'id,name,parent',
		} );
	} );

	it( 'should search as the user types, debounced, and show where a result sits in the tree', async () => {
		const requests = mockServer( ( request ) => {
			const { search, include } = query( request.path );
			if ( include === '20' ) {
				return [ { id: 20, name: 'Sport', parent: 0 } ];
			}
			return search === 'foot'
				? [ { id: 21, name: 'Football', parent: 20 } ]
				: [];
		} );
		const user = userEvent.setup();
		render( <Field /> );

		await user.type(
			screen.getByRole( 'searchbox', { name: 'Search Categories' } ),
			'foot'
		);
		expect(
			await screen.findByRole( 'checkbox', { name: 'Football' } )
		).toBeInTheDocument();
		expect( await screen.findByText( 'in Sport' ) ).toBeInTheDocument();

		const searches = requests.filter(
			( request ) => query( request.path ).search
		);
		expect(
			searches.map( ( request ) => query( request.path ).search )
		).toEqual( [ 'foot' ] );
		expect(
			requests.every(
				( request ) => Number( query( request.path ).per_page ) <= 10
			)
		).toBe( true );
	} );

	it( 'should select and unselect categories', async () => {
		mockServer( () => [ { id: 3, name: 'News', parent: 0 } ] );
		const onChange = jest.fn();
		const user = userEvent.setup();
		render( <Field onChange={ onChange } /> );

		await user.click(
			await screen.findByRole( 'checkbox', { name: 'News' } )
		);
		expect( onChange ).toHaveBeenLastCalledWith( [
			{ id: 1, name: 'Uncategorized' },
			{ id: 3, name: 'News' },
		] );
		await user.click(
			screen.getByRole( 'checkbox', { name: 'Uncategorized' } )
		);
		expect( onChange ).toHaveBeenLastCalledWith( [
			{ id: 3, name: 'News' },
		] );
	} );

	it( 'should add a new category when none matches and the user may create one', async () => {
		const requests = mockServer( ( request ) =>
			request.method === 'POST'
				? { id: 9, name: 'Recipes', parent: 0 }
				: []
		);
		const onChange = jest.fn();
		const user = userEvent.setup();
		render( <Field onChange={ onChange } /> );

		await user.type(
			screen.getByRole( 'searchbox', { name: 'Search Categories' } ),
			'Recipes'
		);
		await user.click(
			await screen.findByRole( 'button', {
				name: 'Add new category “Recipes”',
			} )
		);

		await waitFor( () =>
			expect( onChange ).toHaveBeenLastCalledWith( [
				{ id: 1, name: 'Uncategorized' },
				{ id: 9, name: 'Recipes' },
			] )
		);
		expect(
			requests.find( ( request ) => request.method === 'POST' )?.data
		).toEqual( { name: 'Recipes' } );
	} );

	it( 'should not offer to add categories to users who may not create them', async () => {
		mockServer( () => [] );
		const user = userEvent.setup();
		render( <Field taxonomy={ { ...categories, canCreate: false } } /> );

		await user.type(
			screen.getByRole( 'searchbox', { name: 'Search Categories' } ),
			'Recipes'
		);
		expect(
			await screen.findByText( 'Nothing found.' )
		).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: /Add new category/ } )
		).not.toBeInTheDocument();
	} );
} );
