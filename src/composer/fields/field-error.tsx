/**
 * A field with the server's complaint about it, if any, right below it.
 */

/**
 * WordPress dependencies
 */
import type { ReactNode } from 'react';

interface FieldErrorProps {
	error: string | undefined;
	children: ReactNode;
}

export function FieldError( { error, children }: FieldErrorProps ) {
	// Always the same wrapper, so the field keeps its state when an error comes or goes.
	return (
		<div
			className={
				error ? 'quick-post-cell has-error' : 'quick-post-cell'
			}
		>
			{ children }
			{ error && <p className="quick-post-field__error">{ error }</p> }
		</div>
	);
}
