/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { FlatTermsField } from '../flat-terms-field';
import { tags } from '../../../test-utils/settings';
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
			selected={ selected }
			onChange={ ( terms ) => {
				setSelected( terms );
				onChange( terms );
			} }
		/>
	);
}

describe( 'FlatTermsField', () => {
	it( 'should ask the server nothing until the user types', () => {
		const requests = mockServer( () => [] );
		render( <Field onChange={ jest.fn() } /> );
		expect(
			screen.getByRole( 'combobox', { name: 'Tags' } )
		).toBeInTheDocument();
		expect( requests ).toHaveLength( 0 );
	} );

	it( 'should suggest existing tags and keep their IDs', async () => {
		const requests = mockServer( () => [ { id: 12, name: 'WordPress' } ] );
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
			new URL( requests[ 0 ]?.path ?? '', 'http://x' ).searchParams.get(
				'search'
			)
		).toBe( 'wo' );
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
