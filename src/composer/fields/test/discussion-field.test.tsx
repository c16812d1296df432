/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { DiscussionField } from '../discussion-field';
import { makePostType } from '../../../test-utils/settings';

describe( 'DiscussionField', () => {
	it( 'should start from the defaults it is given and switch comments and pings', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<DiscussionField
				form={ { commentStatus: 'open', pingStatus: 'closed' } }
				supports={ makePostType().supports }
				onChange={ onChange }
			/>
		);

		const comments = screen.getByRole( 'checkbox', {
			name: 'Allow comments',
		} );
		const pings = screen.getByRole( 'checkbox', {
			name: 'Allow pingbacks and trackbacks',
		} );
		expect( comments ).toBeChecked();
		expect( pings ).not.toBeChecked();
		await user.click( comments );
		expect( onChange ).toHaveBeenLastCalledWith( {
			commentStatus: 'closed',
		} );
		await user.click( pings );
		expect( onChange ).toHaveBeenLastCalledWith( { pingStatus: 'open' } );
	} );

	it( 'should render nothing for types without comments or pings', () => {
		const supports = {
			...makePostType().supports,
			comments: false,
			trackbacks: false,
		};
		const { container } = render(
			<DiscussionField
				form={ { commentStatus: 'closed', pingStatus: 'closed' } }
				supports={ supports }
				onChange={ jest.fn() }
			/>
		);
		expect( container ).toBeEmptyDOMElement();
	} );
} );
