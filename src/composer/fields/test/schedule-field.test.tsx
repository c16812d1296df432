/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { ScheduleField } from '../schedule-field';

describe( 'ScheduleField', () => {
	it( 'should say "Immediately" when no date is chosen', () => {
		render( <ScheduleField date={ null } onChange={ jest.fn() } /> );
		expect(
			screen.getByRole( 'button', { name: 'Publish date: Immediately' } )
		).toHaveAttribute( 'aria-expanded', 'false' );
	} );

	it( 'should show the chosen date and go back to "now"', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<ScheduleField date="2031-03-04T05:06:00" onChange={ onChange } />
		);

		const toggle = screen.getByRole( 'button', { name: /2031/ } );
		await user.click( toggle );
		expect(
			screen.getByRole( 'group', { name: 'Date' } )
		).toBeInTheDocument();
		await user.click( screen.getByRole( 'button', { name: 'Now' } ) );

		expect( onChange ).toHaveBeenLastCalledWith( null );
	} );

	it( 'should pass on the date picked in the calendar', async () => {
		const onChange = jest.fn();
		const user = userEvent.setup();
		render(
			<ScheduleField date="2031-03-04T05:06:00" onChange={ onChange } />
		);

		await user.click( screen.getByRole( 'button', { name: /2031/ } ) );
		await user.click(
			screen.getByRole( 'button', { name: /March 20, 2031/ } )
		);

		expect( onChange ).toHaveBeenLastCalledWith( '2031-03-20T05:06:00' );
	} );
} );
