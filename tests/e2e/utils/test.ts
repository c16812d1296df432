/**
 * The suite's `test`: @wordpress/e2e-test-utils-playwright's, failing any test during which Quick
 * Post's own scripts wrote an error to the console or threw.
 */
import {
	test as base,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/** Quick Post's bundle and the file it loads later, on any stack (plugin folder or symlink). */
const OWN_SCRIPT = /\/plugins\/quick-post\/build\//;

export const test = base.extend< { ownScriptErrors: void } >( {
	ownScriptErrors: [
		async ( { page }, use ) => {
			const errors: string[] = [];
			page.on( 'console', ( message ) => {
				if (
					message.type() === 'error' &&
					OWN_SCRIPT.test( message.location().url )
				) {
					errors.push( message.text() );
				}
			} );
			page.on( 'pageerror', ( error ) => {
				if ( OWN_SCRIPT.test( error.stack ?? '' ) ) {
					errors.push( `${ error.name }: ${ error.message }` );
				}
			} );
			await use();
			expect( errors, "errors from Quick Post's scripts" ).toEqual( [] );
		},
		{ auto: true },
	],
} );

export { expect, type RequestUtils };
