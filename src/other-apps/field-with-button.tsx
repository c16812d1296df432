/**
 * A text field and the button that acts on it; Enter in the field presses the button (and never
 * submits the composer's form around the panel).
 */

/**
 * WordPress dependencies
 */
import { Button, TextControl } from '@wordpress/components';

interface FieldWithButtonProps {
	label: string;
	value: string;
	onChange: ( value: string ) => void;
	/** The button's words. */
	action: string;
	onAction: () => void;
	isBusy: boolean;
	/** Whether the button is off (it is while busy, too). */
	disabled?: boolean;
	type?: 'text' | 'password';
}

export function FieldWithButton( {
	label,
	value,
	onChange,
	action,
	onAction,
	isBusy,
	disabled = false,
	type = 'text',
}: FieldWithButtonProps ) {
	return (
		<div className="quick-post-other-apps__create">
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type={ type }
				autoComplete="off"
				label={ label }
				value={ value }
				onChange={ onChange }
				onKeyDown={ ( event ) => {
					if ( event.key === 'Enter' ) {
						event.preventDefault();
						event.stopPropagation();
						if ( ! isBusy && ! disabled ) {
							onAction();
						}
					}
				} }
			/>
			<Button
				__next40pxDefaultSize
				variant="secondary"
				isBusy={ isBusy }
				disabled={ isBusy || disabled }
				accessibleWhenDisabled
				onClick={ onAction }
			>
				{ action }
			</Button>
		</div>
	);
}
