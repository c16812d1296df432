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
import { FlatTermsField } from '../flat-terms-field';
import { forgetMostUsedTerms } from '../../hooks/use-most-used-terms';
import { QUERIES, tags } from '../../../test-utils/settings';
import { mockServer } from '../../../test-utils/server';
import type { TaxonomySettings, TermRef } from '../../../types';

function Field( {
	taxonomy = tags,
	onChange,
}: {
	taxonomy?: TaxonomySettings;
	onChange: ( terms: TermRef[] ) => void;
} ) {
	const [ selected, setSelected ] = useState< TermRef[] >( [] );
	return (
		<FlatTermsField
			taxonomy={ taxonomy }
			queries={ QUERIES }
			selected={ selected }
			onChange={ ( terms ) => {
				setSelected( terms );
				onChange( terms );
			} }
		/>
	);
}

const searchOf = ( path: string ) =>
	new URL( path, 'http://x' ).searchParams.get( 'search' );

describe( 'FlatTermsField', () => {
	beforeEach( forgetMostUsedTerms );

	it( 'should ask for nothing but the most used tags until the user types', async () => {
		const requests = mockServer( () => [] );
		render( <Field onChange={ jest.fn() } /> );
		expect(
			screen.getByRole( 'combobox', { name: 'Tags' } )
		).toBeInTheDocument();
		await waitFor( () => expect( requests ).toHaveLength( 1 ) );
		const query = new URL( requests[ 0 ]?.path ?? '', 'http://x' )
			.searchParams;
		expect( query.get( 'search' ) ).toBeNull();
		expect( query.get( 'per_page' ) ).toBe( '100' );
		expect( query.get( 'orderby' ) ).toBe( 'count' );
		expect( query.get( 'order' ) ).toBe( 'desc' );
	} );

	it( 'should suggest matching most used tags before the server has searched', async () => {
		const searches: string[] = [];
		mockServer( ( request ) => {
			const search = searchOf( request.path );
			if ( search === null ) {
				return [
					{ id: 3, name: 'Travel' },
					{ id: 4, name: 'WordPress' },
					{ id: 5, name: 'Wine' },
				];
			}
			searches.push( search );
			// The server is slow: the suggestion must not wait for it.
			return new Promise( () => {} );
		} );
		const user = userEvent.setup();
		render( <Field onChange={ jest.fn() } /> );

		await user.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			'RD'
		);

		expect(
			await screen.findByRole( 'option', { name: 'WordPress' } )
		).toBeInTheDocument();
		expect( screen.queryByRole( 'option', { name: 'Wine' } ) ).toBeNull();
		expect( searches ).toEqual( [] );
	} );

	it( 'should add the server’s matches after the most used ones, once each', async () => {
		mockServer( ( request ) =>
			searchOf( request.path ) === null
				? [ { id: 4, name: 'WordPress' } ]
				: [
						{ id: 4, name: 'WordPress' },
						{ id: 9, name: 'Wordle' },
					]
		);
		const user = userEvent.setup();
		render( <Field onChange={ jest.fn() } /> );

		await user.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			'wor'
		);

		await screen.findByRole( 'option', { name: 'Wordle' } );
		expect(
			screen
				.getAllByRole( 'option' )
				.map( ( option ) => option.textContent )
		).toEqual( [ 'WordPress', 'Wordle' ] );
	} );

	it( 'should suggest existing tags and keep their IDs', async () => {
		// Not among the most used: the suggestion comes from the server's search.
		const requests = mockServer( ( request ) =>
			searchOf( request.path ) === null
				? []
				: [ { id: 12, name: 'WordPress' } ]
		);
		const onChange = jest.fn();
		const user = userEvent.setup();
		render( <Field onChange={ onChange } /> );

		await user.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			'wo'
		);
		await user.click(
			await screen.findByRole( 'option', { name: 'WordPress' } )
		);

		expect( onChange ).toHaveBeenLastCalledWith( [
			{ id: 12, name: 'WordPress' },
		] );
		expect(
			requests.map( ( request ) => searchOf( request.path ) )
		).toContain( 'wo' );
	} );

	it( 'should keep a new tag by name, to be created when the post is saved', async () => {
		mockServer( () => [] );
		const onChange = jest.fn();
		const user = userEvent.setup();
		render( <Field onChange={ onChange } /> );

		await user.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			'Brand new,'
		);

		expect( onChange ).toHaveBeenLastCalledWith( [
			{ id: null, name: 'Brand new' },
		] );
	} );

	it( 'should refuse new tags, with a reason, when the user may not create them', async () => {
		mockServer( () => [] );
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<Field
				taxonomy={ { ...tags, canCreate: false } }
				onChange={ onChange }
			/>
		);

		await user.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			'Nope{Enter}'
		);

		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'“Nope” is not an existing tag, and you may not create new ones.'
		);
		expect( onChange ).toHaveBeenLastCalledWith( [] );
	} );

	it( 'should refuse a tag name longer than the database can hold', async () => {
		mockServer( () => [] );
		const onChange = jest.fn();
		const user = userEvent.setup();
		render( <Field onChange={ onChange } /> );

		await user.type(
			screen.getByRole( 'combobox', { name: 'Tags' } ),
			`${ 'x'.repeat( 300 ) },`
		);

		expect( screen.getByRole( 'alert' ) ).toHaveTextContent(
			/is too long: a tag name can have at most 200 characters/
		);
		expect( onChange ).toHaveBeenLastCalledWith( [] );
	} );
} );
