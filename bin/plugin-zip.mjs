#!/usr/bin/env node
/**
 * Writes quick-post.zip: a `quick-post/` folder with only the files a site runs.
 *
 * wp-scripts plugin-zip would add package.json and README.md (npm's pack list always does), or miss
 * plugin.php (its default glob wants quick-post.php), so the list is explicit here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const SLUG = 'quick-post';
const RUNTIME_FILES = [ 'plugin.php', 'uninstall.php', 'readme.txt' ];
const RUNTIME_DIRS = [ 'includes', 'build', 'languages' ];

if ( ! fs.existsSync( path.join( root, 'build', 'index.asset.php' ) ) ) {
	console.error( 'build/ is missing: run `npm run build` first.' );
	process.exit( 1 );
}

const zip = new AdmZip();
const added = [];
for ( const file of RUNTIME_FILES ) {
	if ( fs.existsSync( path.join( root, file ) ) ) {
		zip.addLocalFile( path.join( root, file ), SLUG );
		added.push( file );
	}
}
for ( const dir of RUNTIME_DIRS ) {
	if ( fs.existsSync( path.join( root, dir ) ) ) {
		zip.addLocalFolder( path.join( root, dir ), `${ SLUG }/${ dir }` );
		added.push( `${ dir }/` );
	}
}
const target = path.join( root, `${ SLUG }.zip` );
zip.writeZip( target );
console.log(
	`Wrote ${ path.relative( process.cwd(), target ) } with ${ added.join( ', ' ) }.`
);
