/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import OtherAppsPanel from '../other-apps-panel';
import { mockServer } from '../../test-utils/server';

const CREATED = {
	uuid: 'b3a1c2d4-0000-4000-8000-000000000001',
	name: 'Phone shortcut',
	created: '2026-12-01T10:00:00',
	last_used: null,
	password: 'abcd EFGH ijkl MNOP qrst UVWX',
};

function renderPanel() {
	return render(
		<OtherAppsPanel
			root="https://site.test/wp-json/"
			adminUrl="https://site.test/wp-admin/"
			login="ada"
			newKey={ () => 'qp-test-key-0000000001' }
			request={ {
				route: '/wp/v2/posts',
				type: 'post',
				body: { title: 'Hello', status: 'publish', categories: [ 3 ] },
			} }
		/>
	);
}

const code = () =>
	document.querySelector( '.quick-post-other-apps__code' )?.textContent ?? '';

describe( 'OtherAppsPanel', () => {
	it( 'should write the composer’s request as code, with a placeholder until a password is made', async () => {
		mockServer( () => [] );
		renderPanel();
		expect( code() ).toContain(
			"-X POST 'https://site.test/wp-json/wp/v2/posts'"
		);
		expect( code() ).toContain( "--user 'ada:YOUR APPLICATION PASSWORD'" );
		expect( code() ).toContain( 'Idempotency-Key: qp-test-key-0000000001' );
		expect( code() ).toContain( '"categories": [\n    3\n  ]' );
		await userEvent.selectOptions(
			screen.getByLabelText( 'Language' ),
			'python'
		);
		expect( code() ).toContain( 'auth=(LOGIN, PASSWORD)' );
		expect( code() ).toContain( '"status": "publish"' );
	} );

	it( 'should create a password, show it once, use it in the code and the test, and revoke it', async () => {
		const requests = mockServer( ( request ) => {
			if (
				request.method === 'POST' &&
				request.path.startsWith(
					'/wp/v2/users/me/application-passwords'
				)
			) {
				return CREATED;
			}
			if ( request.path.startsWith( '/quick-post/v1/connection-test' ) ) {
				return {
					ok: false,
					cause: 'header_stripped',
					message: 'The server removes the Authorization header.',
				};
			}
			return [];
		} );
		const user = userEvent.setup();
		renderPanel();
		await user.click(
			screen.getByRole( 'button', {
				name: 'Create application password',
			} )
		);
		expect(
			await screen.findByText( /Give the password a name/ )
		).toBeInTheDocument();
		expect(
			requests.filter( ( request ) => request.method === 'POST' )
		).toHaveLength( 0 );

		await user.type(
			screen.getByLabelText( 'New application password name' ),
			'Phone shortcut{Enter}'
		);
		expect(
			await screen.findByText( CREATED.password )
		).toBeInTheDocument();
		expect( code() ).toContain( `--user 'ada:${ CREATED.password }'` );
		expect(
			screen.getByLabelText( 'Application password to test' )
		).toHaveValue( CREATED.password );

		await user.click(
			screen.getByRole( 'button', { name: 'Test the connection' } )
		);
		await waitFor( () =>
			expect(
				document.querySelector( '.quick-post-other-apps__result' )
			).toHaveTextContent(
				'The server removes the Authorization header.'
			)
		);
		expect( requests.at( -1 )?.data ).toEqual( {
			password: CREATED.password,
			type: 'post',
			status: 'publish',
		} );

		await user.click(
			screen.getByRole( 'button', { name: 'Revoke “Phone shortcut”' } )
		);
		await waitFor( () =>
			expect(
				screen.queryByRole( 'button', {
					name: 'Revoke “Phone shortcut”',
				} )
			).not.toBeInTheDocument()
		);
		const revoke = requests.at( -1 );
		// api-fetch sends DELETE as POST with X-HTTP-Method-Override, for servers that refuse it.
		expect( [
			revoke?.method,
			revoke?.headers[ 'X-HTTP-Method-Override' ],
		] ).toContain( 'DELETE' );
		expect( revoke?.path ).toMatch(
			new RegExp(
				`^/wp/v2/users/me/application-passwords/${ CREATED.uuid }(\\?|$)`
			)
		);
	} );

	it( 'should say why the list or a creation failed', async () => {
		mockServer( ( request ) => {
			throw {
				code: 'rest_forbidden',
				message:
					request.method === 'GET'
						? 'Sorry, you are not allowed to list application passwords for this user.'
						: 'No.',
			};
		} );
		renderPanel();
		expect(
			await screen.findByText(
				/not allowed to list application passwords/
			)
		).toBeInTheDocument();
	} );
} );
