/**
 * Sets up the native stack's site over HTTP and PHP: install, plugins, permalinks, the network, and a REST check on every host.
 */
import http from 'node:http';

import {
	convertToMultisite,
	createSecondSite,
	SECOND_SITE,
} from './multisite.mjs';
import { activatePlugins, prettyPermalinks } from './php.mjs';

/**
 * An HTTP request to 127.0.0.1 (where nginx listens, wherever `localhost` resolves) with the URL's Host header.
 *
 * @param {Object} options
 * @param {string} options.url      Full URL, e.g. http://localhost:1234/wp-json/.
 * @param {string} [options.method] Method. Default GET.
 * @param {string} [options.body]   Form-encoded body.
 * @return {Promise<{status: number, headers: Object, body: string}>} The response.
 */
export function request( { url, method = 'GET', body } ) {
	const { hostname, host, port, pathname, search } = new URL( url );
	const headers = { Host: host };
	if ( body !== undefined ) {
		headers[ 'Content-Type' ] = 'application/x-www-form-urlencoded';
		headers[ 'Content-Length' ] = Buffer.byteLength( body );
	}
	return new Promise( ( resolve, reject ) => {
		const req = http.request(
			{
				host: hostname === 'localhost' ? '127.0.0.1' : hostname,
				port,
				method,
				path: pathname + search,
				headers,
				timeout: 120000,
			},
			( res ) => {
				let text = '';
				res.setEncoding( 'utf8' );
				res.on( 'data', ( chunk ) => ( text += chunk ) );
				res.on( 'end', () =>
					resolve( {
						status: res.statusCode,
						headers: res.headers,
						body: text,
					} )
				);
			}
		);
		req.on( 'timeout', () =>
			req.destroy( new Error( `${ url } timed out` ) )
		);
		req.on( 'error', reject );
		req.end( body );
	} );
}

/**
 * Installs WordPress the way the browser installer does.
 *
 * @param {string} url The site's URL.
 */
export async function install( url ) {
	const body = new URLSearchParams( {
		weblog_title: 'Quick Post',
		user_name: 'admin',
		admin_password: 'password',
		admin_password2: 'password',
		pw_weak: 'on',
		admin_email: 'admin@example.org',
		blog_public: '0',
	} ).toString();
	const response = await request( {
		url: `${ url }/wp-admin/install.php?step=2`,
		method: 'POST',
		body,
	} );
	if ( response.status !== 200 || ! response.body.includes( 'Success!' ) ) {
		throw new Error(
			`Installing WordPress failed (HTTP ${
				response.status
			}):\n${ response.body.slice( 0, 3000 ) }`
		);
	}
}

/**
 * @param {string[]} urls Site URLs (host A and B, and on multisite the second site's).
 */
async function checkRest( urls ) {
	await Promise.all(
		urls.map( async ( url ) => {
			const target = `${ url.replace( /\/$/, '' ) }/wp-json/`;
			const response = await request( { url: target } );
			let name;
			try {
				name = JSON.parse( response.body ).name;
			} catch {}
			if ( response.status !== 200 || ! name ) {
				throw new Error(
					`${ target } answered HTTP ${
						response.status
					}:\n${ response.body.slice( 0, 2000 ) }`
				);
			}
		} )
	);
}

/**
 * Installs WordPress, activates the plugins (network-wide on multisite, after making the network and
 * before adding its second site), turns on pretty permalinks, and checks REST on every host.
 *
 * @param {Object}   options
 * @param {Function} options.php       phpRunner()'s function.
 * @param {string}   options.wpDir     WordPress root.
 * @param {string[]} options.urls      Host A's and host B's URLs.
 * @param {boolean}  options.multisite Whether to make a subdirectory network.
 * @param {Function} options.redisCli  The stack's redisCli().
 * @param {Function} options.step      Times a named promise: `step( name, promise )`.
 * @return {Promise<Object|null>} On multisite the second site, `{ id, path, title, url }`; else null.
 */
export async function setUpSite( {
	php,
	wpDir,
	urls,
	multisite,
	redisCli,
	step,
} ) {
	const domain = new URL( urls[ 0 ] ).host;
	await step( 'install WordPress', install( urls[ 0 ] ) );
	const secondSite = await step(
		'set up plugins and permalinks',
		( async () => {
			if ( ! multisite ) {
				await activatePlugins( php );
				// A process of its own: the rules are built from what the plugins register.
				await prettyPermalinks( php );
				return null;
			}
			await convertToMultisite( { php, wpDir, domain, redisCli } );
			await activatePlugins( php, true );
			const id = await createSecondSite( php, domain );
			await prettyPermalinks( php, '/' );
			await prettyPermalinks( php, SECOND_SITE.path );
			return { id, ...SECOND_SITE, url: urls[ 0 ] + SECOND_SITE.path };
		} )()
	);
	await step(
		'check REST on every host',
		checkRest( [ ...urls, ...( secondSite ? [ secondSite.url ] : [] ) ] )
	);
	return secondSite;
}
