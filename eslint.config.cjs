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
	{
		// Imports run one way: the API layer and the content conversions know nothing of the
		// composer; the composer's model knows nothing of its components and hooks.
		files: [ 'src/**/*.{ts,tsx}' ],
		ignores: [ 'src/**/test/**' ],
		rules: {
			'import/no-restricted-paths': [
				'error',
				{
					zones: [
						{
							target: './src/api',
							from: [ './src/composer', './src/content' ],
							message:
								'src/api talks to the server; it must not depend on the composer.',
						},
						{
							target: './src/content',
							from: [ './src/composer', './src/api' ],
							message:
								'src/content converts markup; it must not depend on the composer or the network.',
						},
						{
							target: './src/composer/model',
							from: [
								'./src/composer/fields',
								'./src/composer/hooks',
								'./src/composer/notices',
							],
							message:
								'The composer model is pure: fields, hooks and components build on it, not the other way round.',
						},
					],
				},
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
