/**
 * "Test the connection": the site tries the password as a script would (no post is made) and
 * says what stands in the way.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { testConnection, type ConnectionResult } from '../api/app-passwords';
import type { RestError } from '../api/rest-error';
import { FieldWithButton } from './field-with-button';

interface ConnectionTestProps {
	/** A password just created, if any. */
	password: string | null;
	type: string;
	status: string;
}

export function ConnectionTest( {
	password,
	type,
	status,
}: ConnectionTestProps ) {
	const [ value, setValue ] = useState( password ?? '' );
	const [ result, setResult ] = useState< ConnectionResult | null >( null );
	const [ isBusy, setBusy ] = useState( false );
	useEffect( () => {
		if ( password ) {
			setValue( password );
		}
	}, [ password ] );

	async function run() {
		setBusy( true );
		setResult( null );
		try {
			setResult( await testConnection( value.trim(), type, status ) );
		} catch ( failure ) {
			setResult( {
				ok: false,
				cause: 'other',
				message: ( failure as RestError ).message,
			} );
		} finally {
			setBusy( false );
		}
	}

	return (
		<section className="quick-post-other-apps__test">
			<h3 className="quick-post-other-apps__heading">
				{ __( 'Test the connection', 'quick-post' ) }
			</h3>
			<FieldWithButton
				type="password"
				label={ __( 'Application password to test', 'quick-post' ) }
				value={ value }
				onChange={ setValue }
				action={ __( 'Test the connection', 'quick-post' ) }
				onAction={ () => void run() }
				isBusy={ isBusy }
				disabled={ ! value.trim() }
			/>
			{ result && (
				<Notice
					status={ result.ok ? 'success' : 'error' }
					isDismissible={ false }
					className="quick-post-notice quick-post-other-apps__result"
				>
					{ result.message }
				</Notice>
			) }
		</section>
	);
}
