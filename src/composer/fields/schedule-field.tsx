/**
 * When to publish: now, a date in the future (schedules) or in the past (back-dates), in site time.
 */

/**
 * WordPress dependencies
 */
import {
	BaseControl,
	Button,
	DateTimePicker,
	Dropdown,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';

/**
 * Internal dependencies
 */
import { FieldError } from './field-error';
import type { FieldEditProps } from '../model/field';

interface ScheduleFieldProps {
	date: string | null;
	onChange: ( date: string | null ) => void;
}

export function ScheduleField( { date, onChange }: ScheduleFieldProps ) {
	const { formats } = getDateSettings();
	// PHP time formats with an am/pm marker ("g:i a") are 12-hour; escaped letters ("\\a") are literal.
	const is12Hour = /[aA]/.test( formats.time.replace( /\\./g, '' ) );
	const label = date
		? dateI18n( `${ formats.date } ${ formats.time }`, date, undefined )
		: __( 'Immediately', 'quick-post' );

	return (
		<div className="quick-post-field">
			<BaseControl.VisualLabel>
				{ __( 'Publish date', 'quick-post' ) }
			</BaseControl.VisualLabel>
			<Dropdown
				popoverProps={ { placement: 'bottom-start' } }
				renderToggle={ ( { isOpen, onToggle } ) => (
					<Button
						variant="secondary"
						size="compact"
						aria-expanded={ isOpen }
						aria-label={ sprintf(
							/* translators: %s: "Immediately" or a date and time. */
							__( 'Publish date: %s', 'quick-post' ),
							label
						) }
						onClick={ onToggle }
					>
						{ label }
					</Button>
				) }
				renderContent={ ( { onClose } ) => (
					<div className="quick-post-schedule__popover">
						<DateTimePicker
							currentDate={ date }
							onChange={ onChange }
							is12Hour={ is12Hour }
						/>
						<div className="quick-post-schedule__actions">
							<Button
								variant="tertiary"
								onClick={ () => {
									onChange( null );
									onClose();
								} }
							>
								{ __( 'Now', 'quick-post' ) }
							</Button>
							<Button variant="primary" onClick={ onClose }>
								{ __( 'Done', 'quick-post' ) }
							</Button>
						</div>
					</div>
				) }
			/>
		</div>
	);
}

export function ScheduleEdit( { form, onChange, error }: FieldEditProps ) {
	return (
		<FieldError error={ error?.message }>
			<ScheduleField
				date={ form.date }
				onChange={ ( date ) => onChange( { date } ) }
			/>
		</FieldError>
	);
}
