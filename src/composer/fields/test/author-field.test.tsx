/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { AuthorField } from '../author-field';
import { mockServer } from '../../../test-utils/server';

describe( 'AuthorField', () => {
	it( 'should search authors on the server and pick one', async () => {
		const requests = mockServer( () => [
			{ id: 4, name: 'Grace Hopper' },
		] );
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<AuthorField
				author={ { id: 7, name: 'Ada' } }
				onChange={ onChange }
			/>
		);

		expect( requests ).toHaveLength( 0 );
		const input = screen.getByRole( 'combobox', { name: 'Author' } );
		await user.clear( input );
		await user.type( input, 'gra' );
		await user.click(
			await screen.findByRole( 'option', { name: 'Grace Hopper' } )
		);

		expect( onChange ).toHaveBeenLastCalledWith( {
			id: 4,
			name: 'Grace Hopper',
		} );
		const params = new URL(
			requests[ requests.length - 1 ]?.path ?? '',
			'http://x'
		).searchParams;
		expect( params.get( 'who' ) ).toBe( 'authors' );
		expect( params.get( 'search' ) ).toBe( 'gra' );
		expect( params.get( 'per_page' ) ).toBe( '10' );
	} );
} );
