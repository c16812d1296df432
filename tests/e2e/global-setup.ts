/**
 * Logs every test user in once, resets the site's posts, and stores each user's cookies and nonce.
 */
import { request, type FullConfig } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { USERS, storageStatePath, type TestUser } from './utils/roles';

/**
 * Playground logs every cookie-less visitor in as admin; this cookie says that already happened,
 * so wp-login.php logs in the user we ask for.
 * @param baseURL
 */
function playgroundCookie( baseURL: string ) {
	return {
		name: 'playground_auto_login_already_happened',
		value: '1',
		domain: new URL( baseURL ).hostname,
		path: '/',
		expires: -1,
		httpOnly: false,
		secure: false,
		sameSite: 'Lax' as const,
	};
}

async function logIn( baseURL: string, user: TestUser ) {
	const context = await request.newContext( {
		baseURL,
		storageState: { cookies: [ playgroundCookie( baseURL ) ], origins: [] },
	} );
	const requestUtils = new RequestUtils( context, {
		user,
		baseURL,
		storageStatePath: storageStatePath( user.role ),
	} );
	await requestUtils.setupRest();
	return { context, requestUtils };
}

/**
 * Checks that the site runs what this run claims (bin/test-e2e.mjs says it in
 * QUICK_POST_E2E_EXPECT: a PHP version prefix, a WordPress version, a database, an object cache).
 * @param requestUtils An administrator's request utils.
 */
async function checkEnvironment( requestUtils: RequestUtils ) {
	const environment: Record< string, unknown > = await requestUtils.rest( {
		path: '/quick-post-test/v1/environment',
	} );
	console.log(
		`Testing on PHP ${ environment.php }, WordPress ${ environment.wordpress }, ${ environment.database } ${ environment.dbServer }, object cache: ${ environment.objectCache }, multisite: ${ environment.multisite }, submit lock: ${ environment.lock }`
	);
	const expected: Record< string, unknown > = JSON.parse(
		process.env.QUICK_POST_E2E_EXPECT ?? '{}'
	);
	for ( const [ key, value ] of Object.entries( expected ) ) {
		const actual = String( environment[ key ] );
		const matches =
			key === 'php' || key === 'wordpress'
				? actual.startsWith( String( value ) )
				: actual === String( value );
		if ( ! matches ) {
			throw new Error(
				`This run claims ${ key } ${ value }, but the site runs ${ actual }.`
			);
		}
	}
}

export default async function globalSetup( config: FullConfig ) {
	const baseURL = String( config.projects[ 0 ]?.use.baseURL );

	const admin = await logIn( baseURL, USERS.administrator );
	await checkEnvironment( admin.requestUtils );
	await admin.requestUtils.deleteAllUsers();
	await admin.requestUtils.deleteAllPosts();
	for ( const user of Object.values( USERS ) ) {
		if ( user.role === 'administrator' ) {
			continue;
		}
		await admin.requestUtils.createUser( {
			username: user.username,
			email: `${ user.username }@example.org`,
			password: user.password,
			roles: [ user.role ],
		} );
		const { context } = await logIn( baseURL, user );
		await context.dispose();
	}
	await admin.context.dispose();
}
