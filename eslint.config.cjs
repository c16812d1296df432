/**
 * ESLint: @wordpress/scripts' defaults, the plugin's text domain, and test-specific rules for TypeScript tests.
 */
const wpScriptsConfig = require( '@wordpress/scripts/config/eslint.config.cjs' );
const wpPlugin = require( '@wordpress/eslint-plugin' );

module.exports = [
	{
		ignores: [ 'artifacts/**', 'languages/**' ],
	},
	...wpScriptsConfig,
	{
		rules: {
			'@wordpress/i18n-text-domain': [
				'error',
				{ allowedTextDomain: 'quick-post' },
			],
		},
	},
	...wpPlugin.configs[ 'test-unit' ].map( ( config ) => ( {
		...config,
		files: [ 'src/**/test/**/*.{ts,tsx}', 'tests/unit/**/*.ts' ],
	} ) ),
	...wpPlugin.configs[ 'test-playwright' ].map( ( config ) => ( {
		...config,
		files: [ 'tests/e2e/**/*.ts' ],
	} ) ),
	{
		files: [
			'bin/**/*.mjs',
			'tests/bench/**/*.mjs',
			'*.config.{js,cjs,ts}',
			'tests/e2e/**/*.ts',
		],
		rules: {
			'no-console': 'off',
		},
	},
	{
		// Runs inside the measured pages.
		files: [ 'tests/bench/in-page.mjs' ],
		languageOptions: {
			globals: {
				window: 'readonly',
				document: 'readonly',
				performance: 'readonly',
				fetch: 'readonly',
				requestAnimationFrame: 'readonly',
				MutationObserver: 'readonly',
			},
		},
	},
];
