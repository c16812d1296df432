/**
 * "Post from another app": an application password for scripts and other apps, the post in the
 * composer as code that sends it, and a connection test. Loaded when first opened.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, SelectControl } from '@wordpress/components';
import { useCopyToClipboard } from '@wordpress/compose';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { AppPasswords } from './app-passwords';
import { ConnectionTest } from './connection-test';
import { routeUrl, snippet, type SnippetKind } from './snippets';

export interface OtherAppsProps {
	/** The REST root PHP passed. */
	root: string;
	adminUrl: string;
	login: string;
	/** A fresh idempotency key: running a snippet again with it makes no second post. */
	newKey: () => string;
	/** The request the composer would send now. */
	request: {
		route: string;
		type: string;
		body: Record< string, unknown >;
	};
}

const KINDS: Array< { value: SnippetKind; label: string } > = [
	{ value: 'curl', label: 'curl' },
	{ value: 'node', label: 'Node.js (fetch)' },
	{ value: 'python', label: 'Python (requests)' },
	{ value: 'http', label: '.http file (REST Client)' },
];

export default function OtherAppsPanel( {
	root,
	adminUrl,
	login,
	newKey,
	request,
}: OtherAppsProps ) {
	const [ kind, setKind ] = useState< SnippetKind >( 'curl' );
	const [ password, setPassword ] = useState< string | null >( null );
	const [ key, setKey ] = useState( newKey );
	const [ copied, setCopied ] = useState( false );
	const code = useMemo(
		() =>
			snippet( kind, {
				url: routeUrl( root, request.route ),
				body: request.body,
				idempotencyKey: key,
				login,
				password,
			} ),
		[ kind, root, request, key, login, password ]
	);
	const copyRef = useCopyToClipboard< HTMLButtonElement >( code, () => {
		setCopied( true );
		window.setTimeout( () => setCopied( false ), 3000 );
	} );
	return (
		<div className="quick-post-other-apps__body">
			<p>
				{ sprintf(
					/* translators: %s: the user's login name. */
					__(
						'Scripts and other apps (Postman, a Node.js or Python script, a phone shortcut) post as you with your login name, %s, and an application password, sent as HTTP Basic authentication. Your own password and the application’s name do not work there.',
						'quick-post'
					),
					login
				) }
			</p>
			<AppPasswords adminUrl={ adminUrl } onCreated={ setPassword } />
			<h3 className="quick-post-other-apps__heading">
				{ __( 'Copy as code', 'quick-post' ) }
			</h3>
			<p className="quick-post-field__help">
				{ __(
					'The post in the composer, as the request Quick Post would send. Running it again changes nothing: its Idempotency-Key makes it the same post.',
					'quick-post'
				) }
			</p>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Language', 'quick-post' ) }
				value={ kind }
				options={ KINDS }
				onChange={ ( value ) => setKind( value as SnippetKind ) }
			/>
			<pre
				className="quick-post-other-apps__code"
				aria-label={ __( 'Code', 'quick-post' ) }
				// Scrollable, so keyboard users can reach it.
				tabIndex={ 0 }
			>
				<code>{ code }</code>
			</pre>
			<div className="quick-post-other-apps__actions">
				<Button variant="secondary" ref={ copyRef }>
					{ copied
						? __( 'Copied', 'quick-post' )
						: __( 'Copy code', 'quick-post' ) }
				</Button>
				<Button variant="tertiary" onClick={ () => setKey( newKey() ) }>
					{ __( 'New key (a new post)', 'quick-post' ) }
				</Button>
			</div>
			{ ! password && (
				<Notice
					status="info"
					isDismissible={ false }
					className="quick-post-notice"
				>
					{ __(
						'The code has a placeholder where the password goes: create one above, or paste one of yours.',
						'quick-post'
					) }
				</Notice>
			) }
			<ConnectionTest
				password={ password }
				type={ request.type }
				status={ String( request.body.status ?? 'publish' ) }
			/>
		</div>
	);
}
