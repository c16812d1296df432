/**
 * Playwright: @wordpress/scripts' config, against the test WordPress that bin/test-e2e.mjs starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ARTIFACTS_PATH, storageStatePath } from './utils/roles';

process.env.WP_ARTIFACTS_PATH = ARTIFACTS_PATH;
process.env.STORAGE_STATE_PATH = storageStatePath( 'administrator' );
process.env.WP_BASE_URL ??= 'http://localhost:8889';

const baseConfig = require( '@wordpress/scripts/config/playwright.config.js' );

// Debian's Chromium where it is installed (no browser download needed), else Playwright's own.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = fs.existsSync( systemChromium )
	? systemChromium
	: undefined;

// Specs that need what only one stack has: several PHP workers on MySQL, or a network.
const stack = process.env.QUICK_POST_E2E_STACK ?? 'playground';
const onlyOn: Record< string, string > = {
	'concurrency.spec.ts': 'native',
	'multisite.spec.ts': 'multisite',
};

export default defineConfig( {
	...baseConfig,
	testDir: path.join( __dirname, 'specs' ),
	testIgnore: Object.entries( onlyOn )
		.filter( ( [ , only ] ) => only !== stack )
		.map( ( [ file ] ) => `**/${ file }` ),
	globalSetup: require.resolve( './global-setup.ts' ),
	reporter: process.env.CI
		? [ [ 'list' ] ]
		: [
				[ 'list' ],
				[
					'html',
					{
						open: 'never',
						outputFolder: path.join( ARTIFACTS_PATH, 'report' ),
					},
				],
			],
	retries: process.env.CI ? 1 : 0,
	timeout: 120_000,
	expect: { timeout: 20_000 },
	webServer: undefined,
	use: {
		...baseConfig.use,
		baseURL: process.env.WP_BASE_URL,
		storageState: process.env.STORAGE_STATE_PATH,
		actionTimeout: 20_000,
		navigationTimeout: 60_000,
		video: 'off',
		launchOptions: {
			executablePath,
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [ { name: 'chromium', use: {} } ],
} );
