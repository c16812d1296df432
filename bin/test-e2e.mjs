#!/usr/bin/env node
/**
 * Runs the Playwright suite on one stack, or on each stack of the matrix in turn (the default):
 * starts a fresh test WordPress, runs the specs that stack carries, checks debug.log for PHP
 * notices, warnings and deprecations from the plugin's files, and stops the site.
 *
 *   npm run test:e2e                          the matrix: native, multisite, oldest, newest
 *   npm run test:e2e -- --stack native        one stack (native, multisite, oldest, newest, playground)
 *   npm run test:e2e -- --stack native specs/publish.spec.ts --grep author
 *                                             other arguments go to Playwright
 *
 * QUICK_POST_E2E_REUSE=1 uses a Playground test site already running (and leaves it running).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { logSize, pluginProblems } from './lib/debug-log.mjs';
import {
	MATRIX,
	STACKS,
	missingForStack,
	startStack,
} from './lib/e2e-stacks.mjs';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const args = process.argv.slice( 2 );
const stackIndex = args.indexOf( '--stack' );
const stackNames = stackIndex >= 0 ? [ args[ stackIndex + 1 ] ] : MATRIX;
const playwrightArgs =
	stackIndex >= 0
		? [ ...args.slice( 0, stackIndex ), ...args.slice( stackIndex + 2 ) ]
		: args;
const reuse = process.env.QUICK_POST_E2E_REUSE === '1';

for ( const name of stackNames ) {
	if ( ! STACKS[ name ] ) {
		console.error(
			`Unknown stack "${ name }". Stacks: ${ Object.keys( STACKS ).join( ', ' ) }.`
		);
		process.exit( 2 );
	}
}
// Before anything slow: a machine without the native stack's packages learns what to install.
for ( const name of stackNames ) {
	const missing = missingForStack( STACKS[ name ] );
	if ( missing ) {
		console.error( missing );
		process.exit( 1 );
	}
}

/** Whether the arguments name specs of their own (a file or folder, not an option). */
const namesSpecs = playwrightArgs.some(
	( arg, index ) =>
		! arg.startsWith( '-' ) &&
		! [ '--grep', '-g', '--grep-invert', '--project' ].includes(
			playwrightArgs[ index - 1 ]
		)
);

/**
 * @param {string} name A stack.
 * @return {Promise<{name: string, status: number, seconds: number, problems: string[]}>} How it went.
 */
async function runOn( name ) {
	const stack = STACKS[ name ];
	const started = Date.now();
	console.log( `\n=== e2e on ${ name }: ${ stack.description } ===` );
	const site = await startStack( name, reuse );
	let status = 1;
	let problems = [];
	try {
		const from = logSize( site.debugLog );
		status =
			spawnSync(
				process.execPath,
				[
					path.join(
						root,
						'node_modules',
						'@playwright',
						'test',
						'cli.js'
					),
					'test',
					'--config',
					path.join( root, 'tests', 'e2e', 'playwright.config.ts' ),
					...( namesSpecs || ! stack.specs ? [] : stack.specs ),
					...( namesSpecs || ! stack.skip
						? []
						: [ '--grep-invert', stack.skip ] ),
					...playwrightArgs,
				],
				{
					cwd: root,
					stdio: 'inherit',
					env: {
						...process.env,
						...site.env,
						QUICK_POST_E2E_STACK: name,
						WP_ARTIFACTS_PATH: path.join( root, 'artifacts', name ),
					},
				}
			).status ?? 1;
		problems = pluginProblems( site.debugLog, from, site.markers );
	} finally {
		await site.stop();
	}
	if ( problems.length ) {
		console.error(
			`\nPHP reported ${ problems.length } problem(s) in the plugin's files on ${ name }:\n${ problems.join( '\n' ) }`
		);
	}
	return {
		name,
		status: problems.length ? status || 1 : status,
		seconds: Math.round( ( Date.now() - started ) / 1000 ),
		problems,
	};
}

const results = [];
for ( const name of stackNames ) {
	results.push( await runOn( name ) );
}
if ( results.length > 1 ) {
	console.log( '\ne2e matrix:' );
	for ( const result of results ) {
		console.log(
			`  ${ result.status === 0 ? '✓' : '✗' } ${ result.name.padEnd( 10 ) } ${ String( result.seconds ).padStart( 4 ) } s${ result.problems.length ? `, ${ result.problems.length } PHP problem(s) from the plugin` : '' }`
		);
	}
}
process.exit( results.every( ( result ) => result.status === 0 ) ? 0 : 1 );
