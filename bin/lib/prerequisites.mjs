/**
 * Finds the commands and PHP extensions a tool needs and, for whatever is missing, says how to install it.
 *
 * A requirement is either a command (`commands`: names to look for, the first found wins) or PHP
 * extensions (`phpExtension`: a name or a list), with the packages that provide it: `debian` (apt) and `brew` (Homebrew
 * formulae), or `macos` (a shell line) where Homebrew has no fitting formula. `verify( path )` may
 * reject a found command (a wrong version) by returning why. `REQUIREMENTS` holds the ones this
 * project's runners share; add new ones there (nginx, php-fpm, redis) so every runner words them alike.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Directories searched after PATH: daemons live in sbin, which a normal user's PATH often lacks on
 * Debian, and Homebrew's prefixes are missing from PATH in some non-interactive shells.
 */
const EXTRA_DIRS = [
	'/usr/sbin',
	'/usr/local/sbin',
	'/sbin',
	'/opt/homebrew/bin',
	'/opt/homebrew/sbin',
	'/usr/local/bin',
];

/**
 * @param {string} file Path.
 * @return {boolean} Whether it is an executable file.
 */
function isExecutable( file ) {
	try {
		fs.accessSync( file, fs.constants.X_OK );
		return fs.statSync( file ).isFile();
	} catch {
		return false;
	}
}

/**
 * @param {string[]} names Command names, in order of preference, or paths (containing a slash).
 * @return {string|null} The absolute path of the first one found.
 */
export function findCommand( names ) {
	const dirs = [
		...( process.env.PATH || '' ).split( path.delimiter ).filter( Boolean ),
		...EXTRA_DIRS,
	];
	for ( const name of names ) {
		if ( name.includes( '/' ) ) {
			const file = path.resolve( name );
			if ( isExecutable( file ) ) {
				return file;
			}
			continue;
		}
		for ( const dir of dirs ) {
			const file = path.join( dir, name );
			if ( isExecutable( file ) ) {
				return file;
			}
		}
	}
	return null;
}

/**
 * @param {string} php Path of the PHP binary.
 * @return {Set<string>} Loaded extensions, lower case.
 */
function phpExtensions( php ) {
	const result = spawnSync(
		php,
		[ '-r', 'echo implode( "\\n", get_loaded_extensions() );' ],
		{ encoding: 'utf8' }
	);
	return new Set(
		result.status === 0 ? result.stdout.toLowerCase().split( '\n' ) : []
	);
}

/**
 * @param {Array<Object>} requirements Requirements (see the file's docblock).
 * @return {{found: Record<string, string>, missing: Array<Object & {reason?: string}>}} Paths of the
 *         commands found by requirement id (extensions found map to their name); what is missing,
 *         each with `reason` when something was found but rejected.
 */
export function checkPrerequisites( requirements ) {
	const found = {};
	const missing = [];
	let extensions = null;
	for ( const requirement of requirements ) {
		if ( requirement.phpExtension ) {
			if ( ! extensions ) {
				const php = findCommand( [ 'php' ] );
				extensions = php ? phpExtensions( php ) : new Set();
			}
			if (
				[ requirement.phpExtension ]
					.flat()
					.every( ( name ) => extensions.has( name ) )
			) {
				found[ requirement.id ] = requirement.phpExtension;
			} else {
				missing.push( requirement );
			}
			continue;
		}
		const file = findCommand( requirement.commands );
		const reason =
			file && requirement.verify ? requirement.verify( file ) : null;
		if ( file && ! reason ) {
			found[ requirement.id ] = file;
		} else {
			missing.push( reason ? { ...requirement, reason } : requirement );
		}
	}
	return { found, missing };
}

/**
 * @param {Array<Object>} missing      What checkPrerequisites() found missing.
 * @param {Array<Object>} requirements Everything the tool needs: the install lines cover all of it,
 *                                     so one copy and paste readies a fresh machine.
 * @param {string}        purpose      What needs them, e.g. "npm run test:php".
 * @return {string} A message naming what is missing and how to install everything.
 */
export function formatInstructions( missing, requirements, purpose ) {
	const unique = ( list ) => [ ...new Set( list ) ];
	const debian = unique( requirements.flatMap( ( r ) => r.debian || [] ) );
	const brew = unique( requirements.flatMap( ( r ) => r.brew || [] ) );
	const macos = unique(
		requirements.map( ( r ) => r.macos ).filter( Boolean )
	);
	const lines = [
		`${ purpose } needs something that is not installed here:`,
	];
	for ( const requirement of missing ) {
		const packages = [
			requirement.debian &&
				`Debian/Ubuntu: ${ requirement.debian.join( ' ' ) }`,
			requirement.brew?.length &&
				`Homebrew: ${ requirement.brew.join( ' ' ) }`,
		].filter( Boolean );
		lines.push(
			`  - ${ requirement.label }${
				requirement.reason
					? ` (${ requirement.reason })`
					: ' (not found)'
			}${ packages.length ? `; ${ packages.join( ', ' ) }` : '' }`
		);
	}
	lines.push( '', 'Install on Debian or Ubuntu:' );
	lines.push( `  sudo apt-get install ${ debian.join( ' ' ) }` );
	lines.push( '', 'Install on macOS (Homebrew):' );
	if ( brew.length ) {
		lines.push( `  brew install ${ brew.join( ' ' ) }` );
	}
	lines.push( ...macos.map( ( line ) => `  ${ line }` ) );
	return lines.join( '\n' );
}

/**
 * @param {string} file A phpunit executable.
 * @return {string|null} Why it does not fit the WordPress 6.8 test library (PHPUnit 5.7.21 to 9), or null.
 */
function verifyPhpunit( file ) {
	const result = spawnSync( file, [ '--version' ], { encoding: 'utf8' } );
	const version = /PHPUnit (\d+)\.(\d+)\.(\d+)/.exec( result.stdout || '' );
	if ( ! version ) {
		return `${ file } --version printed no PHPUnit version`;
	}
	const [ major, minor, patch ] = version.slice( 1 ).map( Number );
	const tooOld =
		major < 5 ||
		( major === 5 && ( minor < 7 || ( minor === 7 && patch < 21 ) ) );
	if ( tooOld || major > 9 ) {
		return `${ file } is PHPUnit ${ version[ 0 ].slice( 8 ) }; the WordPress test library needs PHPUnit 5.7.21 to 9.x`;
	}
	return null;
}

// Homebrew's phpunit formula is always the newest PHPUnit, which the WordPress test library cannot run.
const PHPUNIT_9_PHAR =
	'curl -fsSL -o "$(brew --prefix)/bin/phpunit" https://phar.phpunit.de/phpunit-9.phar && chmod +x "$(brew --prefix)/bin/phpunit"';

/** Requirements shared by the project's runners, by id. */
export const REQUIREMENTS = {
	php: {
		id: 'php',
		label: 'php (the PHP command line)',
		commands: [ 'php' ],
		debian: [ 'php-cli' ],
		brew: [ 'php' ],
	},
	phpMysqli: {
		id: 'phpMysqli',
		label: 'the PHP extension mysqli',
		phpExtension: 'mysqli',
		debian: [ 'php-mysql' ],
		brew: [ 'php' ],
	},
	phpXml: {
		id: 'phpXml',
		label: 'the PHP extensions dom and xmlwriter',
		phpExtension: [ 'dom', 'xmlwriter' ],
		debian: [ 'php-xml' ],
		brew: [ 'php' ],
	},
	phpMbstring: {
		id: 'phpMbstring',
		label: 'the PHP extension mbstring',
		phpExtension: 'mbstring',
		debian: [ 'php-mbstring' ],
		brew: [ 'php' ],
	},
	phpunit: {
		id: 'phpunit',
		label: 'phpunit (PHPUnit 9)',
		// PHPUNIT may name another PHPUnit 9 executable (a phar, a Composer install).
		commands: [ process.env.PHPUNIT || 'phpunit' ],
		verify: verifyPhpunit,
		debian: [ 'phpunit' ],
		macos: PHPUNIT_9_PHAR,
	},
	mariadbServer: {
		id: 'mariadbServer',
		label: 'mariadbd (the MariaDB server)',
		commands: [ 'mariadbd', 'mysqld' ],
		debian: [ 'mariadb-server' ],
		brew: [ 'mariadb' ],
	},
	mariadbInstallDb: {
		id: 'mariadbInstallDb',
		label: 'mariadb-install-db (part of the MariaDB server)',
		commands: [ 'mariadb-install-db', 'mysql_install_db' ],
		debian: [ 'mariadb-server' ],
		brew: [ 'mariadb' ],
	},
	mariadbClient: {
		id: 'mariadbClient',
		label: 'mariadb (the MariaDB client)',
		commands: [ 'mariadb', 'mysql' ],
		debian: [ 'mariadb-client' ],
		brew: [ 'mariadb' ],
	},
	phpCurl: {
		id: 'phpCurl',
		label: 'the PHP extension curl',
		phpExtension: 'curl',
		debian: [ 'php-curl' ],
		brew: [ 'php' ],
	},
	phpGd: {
		id: 'phpGd',
		label: 'the PHP extension gd (image sizes for uploads)',
		phpExtension: 'gd',
		debian: [ 'php-gd' ],
		brew: [ 'php' ],
	},
	phpRedis: {
		id: 'phpRedis',
		label: 'the PHP extension redis (PhpRedis)',
		phpExtension: 'redis',
		debian: [ 'php-redis' ],
		// Homebrew has no PhpRedis formula; PECL builds it for Homebrew's PHP.
		macos: 'pecl install redis',
	},
	phpFpm: {
		id: 'phpFpm',
		label: 'php-fpm (the PHP FastCGI process manager)',
		// Debian installs it with the PHP version in its name only; Homebrew as php-fpm.
		commands: [
			'php-fpm',
			'php-fpm8.5',
			'php-fpm8.4',
			'php-fpm8.3',
			'php-fpm8.2',
			'php-fpm8.1',
			'php-fpm8.0',
			'php-fpm7.4',
		],
		debian: [ 'php-fpm' ],
		brew: [ 'php' ],
	},
	nginx: {
		id: 'nginx',
		label: 'nginx',
		commands: [ 'nginx' ],
		debian: [ 'nginx' ],
		brew: [ 'nginx' ],
	},
	redisServer: {
		id: 'redisServer',
		label: 'redis-server (the Redis server)',
		commands: [ 'redis-server' ],
		debian: [ 'redis-server' ],
		brew: [ 'redis' ],
	},
	redisCli: {
		id: 'redisCli',
		label: 'redis-cli (the Redis command line)',
		commands: [ 'redis-cli' ],
		debian: [ 'redis-tools' ],
		brew: [ 'redis' ],
	},
	tar: {
		id: 'tar',
		label: 'tar',
		// Part of every Debian and macOS install.
		commands: [ 'tar' ],
	},
};
