/**
 * Finds what PHP reported about the plugin's own files in a WordPress debug.log.
 */
import fs from 'node:fs';

const PHP_PROBLEM =
	/PHP (Notice|Warning|Deprecated|Fatal error|Parse error|Recoverable fatal error|Strict Standards):/;

/**
 * @param {string} file The log.
 * @return {number} Its size now: where the lines of the coming run start.
 */
export function logSize( file ) {
	try {
		return fs.statSync( file ).size;
	} catch {
		return 0;
	}
}

/**
 * @param {string}   file    The log.
 * @param {number}   from    Where to start reading (a logSize() taken before the run).
 * @param {string[]} markers Paths of the plugin's files as PHP may name them: the plugin folder
 *                           inside wp-content and the repository it is linked from.
 * @return {string[]} The notices, warnings, deprecations and errors that name one of them.
 */
export function pluginProblems( file, from, markers ) {
	let text = '';
	try {
		const handle = fs.openSync( file, 'r' );
		const size = fs.fstatSync( handle ).size;
		const buffer = Buffer.alloc( Math.max( 0, size - from ) );
		fs.readSync( handle, buffer, 0, buffer.length, from );
		fs.closeSync( handle );
		text = buffer.toString( 'utf8' );
	} catch {
		return [];
	}
	return text.split( '\n' ).filter(
		( line ) =>
			PHP_PROBLEM.test( line ) &&
			markers.some( ( marker ) => line.includes( marker ) ) &&
			// The test-only plugin causes errors on purpose (a fatal error, for the 5xx tests).
			! line.includes( 'quick-post-test-helpers' ) &&
			! line.includes( '/tests/' )
	);
}
