#!/usr/bin/env node
/**
 * Starts a fresh test WordPress (port 8889), runs the Playwright suite against it, then stops it.
 *
 * Extra arguments go to Playwright (e.g. `npm run test:e2e -- specs/publish.spec.ts`).
 * With QUICK_POST_E2E_REUSE=1 an already running test site is used and left running.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const reuse = process.env.QUICK_POST_E2E_REUSE === '1';

function run( command, args ) {
	return (
		spawnSync( command, args, { cwd: root, stdio: 'inherit' } ).status ?? 1
	);
}

function wpEnv( ...args ) {
	return run( process.execPath, [
		path.join( root, 'bin', 'wp-env.mjs' ),
		...args,
		'--config',
		'.wp-env.test.json',
	] );
}

if ( ! reuse ) {
	const started = wpEnv( 'start', '--fresh' );
	if ( started !== 0 ) {
		console.error( 'Could not start the test WordPress.' );
		process.exit( started );
	}
}

let status = 1;
try {
	status = run( process.execPath, [
		path.join( root, 'node_modules', '@playwright', 'test', 'cli.js' ),
		'test',
		'--config',
		path.join( root, 'tests', 'e2e', 'playwright.config.ts' ),
		...process.argv.slice( 2 ),
	] );
} finally {
	if ( ! reuse ) {
		wpEnv( 'stop' );
	}
}
process.exit( status );
