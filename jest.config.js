/**
 * Jest for the unit tests: @wordpress/scripts' preset, plus transforms for ES-module-only packages.
 */
const baseConfig = require( '@wordpress/scripts/config/jest-unit.config.js' );

// Jest on Node 20 cannot `require` these ES-module-only packages that @wordpress/components pulls in.
const esModuleOnly = [ 'uuid', '@wordpress/theme', '@wordpress/ui' ];

module.exports = {
	...baseConfig,
	testMatch: [ '<rootDir>/src/**/test/*.test.[jt]s?(x)' ],
	setupFilesAfterEnv: [ '<rootDir>/tests/unit/setup.ts' ],
	transform: {
		'^.+\\.[cm]?[jt]sx?$':
			require.resolve( '@wordpress/scripts/config/babel-transform' ),
	},
	transformIgnorePatterns: [
		`/node_modules/(?!(${ esModuleOnly.join( '|' ) })/)`,
	],
	moduleFileExtensions: [ 'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'json' ],
};
