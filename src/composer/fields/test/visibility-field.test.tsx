/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { VisibilityField } from '../visibility-field';
import {
	contributorPostType,
	makePostType,
} from '../../../test-utils/settings';

const publicPost = {
	visibility: 'public' as const,
	password: '',
	sticky: false,
};

describe( 'VisibilityField', () => {
	it( 'should offer public, private and password, and sticky for public posts', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<VisibilityField
				form={ publicPost }
				can={ makePostType().can }
				onChange={ onChange }
			/>
		);

		await user.click( screen.getByRole( 'radio', { name: 'Private' } ) );
		expect( onChange ).toHaveBeenLastCalledWith( {
			visibility: 'private',
		} );
		await user.click(
			screen.getByRole( 'checkbox', {
				name: 'Stick to the top of the blog',
			} )
		);
		expect( onChange ).toHaveBeenLastCalledWith( { sticky: true } );
	} );

	it( 'should ask for a password for password-protected posts and show its error there', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<VisibilityField
				form={ { ...publicPost, visibility: 'password' } }
				can={ makePostType().can }
				passwordError="Enter a password."
				onChange={ onChange }
			/>
		);

		const password = screen.getByLabelText( 'Password' );
		expect( screen.getByText( 'Enter a password.' ) ).toBeInTheDocument();
		expect(
			screen.queryByRole( 'checkbox', {
				name: 'Stick to the top of the blog',
			} )
		).not.toBeInTheDocument();
		await user.type( password, 's' );
		expect( onChange ).toHaveBeenLastCalledWith( { password: 's' } );
	} );

	it( 'should offer contributors neither private nor sticky', () => {
		render(
			<VisibilityField
				form={ publicPost }
				can={ contributorPostType().can }
				onChange={ jest.fn() }
			/>
		);
		expect(
			screen.queryByRole( 'radio', { name: 'Private' } )
		).not.toBeInTheDocument();
		expect(
			screen.queryByRole( 'checkbox', {
				name: 'Stick to the top of the blog',
			} )
		).not.toBeInTheDocument();
	} );
} );
