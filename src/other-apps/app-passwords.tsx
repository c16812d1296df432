/**
 * The writer's application passwords: create one (shown once, with a copy button), see and revoke
 * those they have. The profile screen stays the full manager.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useCopyToClipboard } from '@wordpress/compose';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	createAppPassword,
	listAppPasswords,
	revokeAppPassword,
	type AppPassword,
	type CreatedAppPassword,
} from '../api/app-passwords';
import type { RestError } from '../api/rest-error';
import { FieldWithButton } from './field-with-button';

interface AppPasswordsProps {
	adminUrl: string;
	/** A password was just created: the snippets and the connection test use it. */
	onCreated: ( password: string ) => void;
}

function Created( { created }: { created: CreatedAppPassword } ) {
	const [ copied, setCopied ] = useState( false );
	const ref = useCopyToClipboard< HTMLButtonElement >( created.password, () =>
		setCopied( true )
	);
	return (
		<Notice
			status="success"
			isDismissible={ false }
			className="quick-post-notice"
		>
			<p>
				{ sprintf(
					/* translators: %s: the application's name. */
					__(
						'Your new password for “%s”. It is shown only once: copy it now.',
						'quick-post'
					),
					created.name
				) }
			</p>
			<p>
				<code className="quick-post-other-apps__password">
					{ created.password }
				</code>{ ' ' }
				<Button variant="secondary" size="compact" ref={ ref }>
					{ copied
						? __( 'Copied', 'quick-post' )
						: __( 'Copy password', 'quick-post' ) }
				</Button>
			</p>
		</Notice>
	);
}

export function AppPasswords( { adminUrl, onCreated }: AppPasswordsProps ) {
	const [ name, setName ] = useState( '' );
	const [ list, setList ] = useState< AppPassword[] | null >( null );
	const [ created, setCreated ] = useState< CreatedAppPassword | null >(
		null
	);
	const [ error, setError ] = useState< string | null >( null );
	const [ isBusy, setBusy ] = useState( false );

	useEffect( () => {
		listAppPasswords()
			.then( setList )
			.catch( ( failure: RestError ) => setError( failure.message ) );
	}, [] );

	async function create() {
		if ( ! name.trim() ) {
			setError(
				__(
					'Give the password a name, e.g. “Phone shortcut”.',
					'quick-post'
				)
			);
			return;
		}
		setBusy( true );
		setError( null );
		try {
			const made = await createAppPassword( name.trim() );
			setCreated( made );
			onCreated( made.password );
			setName( '' );
			setList( ( current ) => [ ...( current ?? [] ), made ] );
		} catch ( failure ) {
			setError( ( failure as RestError ).message );
		} finally {
			setBusy( false );
		}
	}

	async function revoke( item: AppPassword ) {
		setError( null );
		try {
			await revokeAppPassword( item.uuid );
			setList( ( current ) =>
				( current ?? [] ).filter(
					( entry ) => entry.uuid !== item.uuid
				)
			);
		} catch ( failure ) {
			setError( ( failure as RestError ).message );
		}
	}

	const dateFormat = getDateSettings().formats.date;
	return (
		<section className="quick-post-other-apps__passwords">
			<h3 className="quick-post-other-apps__heading">
				{ __( 'Application passwords', 'quick-post' ) }
			</h3>
			{ created && <Created created={ created } /> }
			<FieldWithButton
				label={ __( 'New application password name', 'quick-post' ) }
				value={ name }
				onChange={ setName }
				action={ __( 'Create application password', 'quick-post' ) }
				onAction={ () => void create() }
				isBusy={ isBusy }
			/>
			{ error && (
				<p className="quick-post-field__error" role="alert">
					{ error }
				</p>
			) }
			{ list === null && ! error && <Spinner /> }
			{ list && list.length > 0 && (
				<ul className="quick-post-other-apps__list">
					{ list.map( ( item ) => (
						<li key={ item.uuid }>
							<span>
								{ sprintf(
									/* translators: 1: application name, 2: date created, 3: date last used or "never". */
									__(
										'%1$s, created %2$s, last used %3$s',
										'quick-post'
									),
									item.name,
									dateI18n(
										dateFormat,
										item.created,
										undefined
									),
									item.last_used
										? dateI18n(
												dateFormat,
												item.last_used,
												undefined
											)
										: __( 'never', 'quick-post' )
								) }
							</span>{ ' ' }
							<Button
								variant="link"
								isDestructive
								onClick={ () => void revoke( item ) }
								aria-label={ sprintf(
									/* translators: %s: application name. */
									__( 'Revoke “%s”', 'quick-post' ),
									item.name
								) }
							>
								{ __( 'Revoke', 'quick-post' ) }
							</Button>
						</li>
					) ) }
				</ul>
			) }
			<p>
				<a
					href={ `${ adminUrl }profile.php#application-passwords-section` }
				>
					{ __(
						'All application passwords, in your profile',
						'quick-post'
					) }
				</a>
			</p>
		</section>
	);
}
