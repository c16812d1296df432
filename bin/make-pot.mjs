#!/usr/bin/env node
/**
 * Writes languages/quick-post.pot from every translatable string in the plugin: the PHP files
 * (plugin header included) and the TypeScript sources of the bundle. `--check` fails instead of
 * writing when the file in the repository is out of date, so lint catches a forgotten update.
 *
 * It does what `wp i18n make-pot` does for this plugin without needing WP-CLI (not installable
 * offline): PHP is parsed with php-parser, TypeScript with the TypeScript compiler itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import phpParser from 'php-parser';

const DOMAIN = 'quick-post';
const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const potFile = path.join( root, 'languages', `${ DOMAIN }.pot` );

/**
 * Argument positions of each gettext function: text, plural, context, domain.
 */
const GETTEXT = {
	__: { text: 0, domain: 1 },
	_e: { text: 0, domain: 1 },
	esc_html__: { text: 0, domain: 1 },
	esc_html_e: { text: 0, domain: 1 },
	esc_attr__: { text: 0, domain: 1 },
	esc_attr_e: { text: 0, domain: 1 },
	_x: { text: 0, context: 1, domain: 2 },
	_ex: { text: 0, context: 1, domain: 2 },
	esc_html_x: { text: 0, context: 1, domain: 2 },
	esc_attr_x: { text: 0, context: 1, domain: 2 },
	_n: { text: 0, plural: 1, domain: 3 },
	_nx: { text: 0, plural: 1, context: 3, domain: 4 },
	_n_noop: { text: 0, plural: 1, domain: 2 },
	_nx_noop: { text: 0, plural: 1, context: 2, domain: 3 },
};
const JS_GETTEXT = new Set( [ '__', '_x', '_n', '_nx' ] );
const HEADERS = [
	'Plugin Name',
	'Plugin URI',
	'Description',
	'Author',
	'Author URI',
];

const problems = [];
const entries = new Map();

function add( { text, plural, context, comment, reference } ) {
	const key = `${ context ?? '' }\u0004${ text }`;
	const entry = entries.get( key ) ?? {
		text,
		plural,
		context,
		comments: new Set(),
		references: [],
	};
	if (
		plural !== undefined &&
		entry.plural !== undefined &&
		plural !== entry.plural
	) {
		problems.push(
			`${ reference }: "${ text }" has two different plurals.`
		);
	}
	entry.plural ??= plural;
	if ( comment ) {
		entry.comments.add( comment );
	}
	if ( reference ) {
		entry.references.push( reference );
	}
	entries.set( key, entry );
}

function translatorsComment( comments ) {
	const found = comments
		.map( ( raw ) =>
			raw
				.replace( /^\/\*+|\*+\/$/g, '' )
				.replace( /^\/\/+/, '' )
				.split( '\n' )
				.map( ( line ) => line.replace( /^\s*\*?\s?/, '' ).trim() )
				.join( ' ' )
				.trim()
		)
		.filter( ( text ) => /^translators:/i.test( text ) );
	return found.length ? found[ found.length - 1 ] : undefined;
}

function listFiles( dir, test ) {
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.sort( ( a, b ) => a.name.localeCompare( b.name ) )
		.flatMap( ( entry ) => {
			const full = path.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return listFiles( full, test );
			}
			return test( full ) ? [ full ] : [];
		} );
}

const relative = ( file ) =>
	path.relative( root, file ).split( path.sep ).join( '/' );

function extractPluginHeader() {
	const source = fs.readFileSync( path.join( root, 'plugin.php' ), 'utf8' );
	for ( const name of HEADERS ) {
		const match = source.match(
			new RegExp( `^[\\s*#@/]*${ name }:[ \\t]*(.+)$`, 'mi' )
		);
		if ( match ) {
			add( {
				text: match[ 1 ].trim(),
				comment: `${ name } of the plugin`,
			} );
		}
	}
}

function extractPhp( file ) {
	const engine = new phpParser.Engine( {
		parser: { extractDoc: true },
		ast: { withPositions: true },
	} );
	const source = fs.readFileSync( file, 'utf8' );
	const ast = engine.parseCode( source, file );
	const comments = ast.comments ?? [];

	const visit = ( node ) => {
		if ( ! node || typeof node !== 'object' ) {
			return;
		}
		if ( Array.isArray( node ) ) {
			node.forEach( visit );
			return;
		}
		if ( node.kind === 'call' && node.what?.kind === 'name' ) {
			const name = node.what.name.replace( /^\\/, '' );
			const spec = GETTEXT[ name ];
			if ( spec ) {
				const line = node.loc.start.line;
				const arg = ( index ) => {
					const value = node.arguments[ index ];
					return value?.kind === 'string' ? value.value : undefined;
				};
				if ( arg( spec.domain ) === DOMAIN ) {
					if ( arg( spec.text ) === undefined ) {
						problems.push(
							`${ relative( file ) }:${ line }: ${ name }() needs a literal string to be translatable.`
						);
					} else {
						add( {
							text: arg( spec.text ),
							plural:
								spec.plural === undefined
									? undefined
									: arg( spec.plural ),
							context:
								spec.context === undefined
									? undefined
									: arg( spec.context ),
							comment: translatorsComment(
								comments
									.filter(
										( comment ) =>
											comment.loc.end.line >= line - 1 &&
											comment.loc.end.line <= line
									)
									.map( ( comment ) => comment.value )
							),
							reference: `${ relative( file ) }:${ line }`,
						} );
					}
				}
			}
		}
		for ( const [ key, child ] of Object.entries( node ) ) {
			if (
				key !== 'loc' &&
				key !== 'leadingComments' &&
				child &&
				typeof child === 'object'
			) {
				visit( child );
			}
		}
	};
	visit( ast.children );
}

function extractTypeScript( file ) {
	const text = fs.readFileSync( file, 'utf8' );
	const sourceFile = ts.createSourceFile(
		file,
		text,
		ts.ScriptTarget.Latest,
		true,
		file.endsWith( 'x' ) ? ts.ScriptKind.TSX : ts.ScriptKind.TS
	);
	const literal = ( node ) =>
		node &&
		( ts.isStringLiteral( node ) ||
			ts.isNoSubstitutionTemplateLiteral( node ) )
			? node.text
			: undefined;

	// A translator comment sits before the call or before any expression that contains it.
	const commentsAround = ( node ) => {
		const found = [];
		for (
			let current = node;
			current && ! ts.isSourceFile( current );
			current = current.parent
		) {
			for ( const range of ts.getLeadingCommentRanges(
				text,
				current.getFullStart()
			) ?? [] ) {
				found.unshift( text.slice( range.pos, range.end ) );
			}
			if ( ts.isStatement( current ) || ts.isJsxElement( current ) ) {
				break;
			}
		}
		return found;
	};

	const visit = ( node ) => {
		if (
			ts.isCallExpression( node ) &&
			ts.isIdentifier( node.expression ) &&
			JS_GETTEXT.has( node.expression.text )
		) {
			const name = node.expression.text;
			const spec = GETTEXT[ name ];
			const line =
				sourceFile.getLineAndCharacterOfPosition( node.getStart() )
					.line + 1;
			const reference = `${ relative( file ) }:${ line }`;
			const domain = literal( node.arguments[ spec.domain ] );
			if ( domain !== DOMAIN ) {
				problems.push(
					`${ reference }: ${ name }() must use the "${ DOMAIN }" text domain.`
				);
			} else if ( literal( node.arguments[ spec.text ] ) === undefined ) {
				problems.push(
					`${ reference }: ${ name }() needs a literal string to be translatable.`
				);
			} else {
				add( {
					text: literal( node.arguments[ spec.text ] ),
					plural:
						spec.plural === undefined
							? undefined
							: literal( node.arguments[ spec.plural ] ),
					context:
						spec.context === undefined
							? undefined
							: literal( node.arguments[ spec.context ] ),
					comment: translatorsComment( commentsAround( node ) ),
					reference,
				} );
			}
		}
		ts.forEachChild( node, visit );
	};
	visit( sourceFile );
}

function quote( value ) {
	const escaped = value
		.replace( /\\/g, '\\\\' )
		.replace( /"/g, '\\"' )
		.replace( /\t/g, '\\t' )
		.replace( /\r/g, '\\r' );
	if ( ! escaped.includes( '\n' ) ) {
		return `"${ escaped }"`;
	}
	const lines = escaped
		.split( '\n' )
		.map( ( line, index, all ) =>
			index < all.length - 1 ? `${ line }\\n` : line
		);
	return [
		'""',
		...lines.filter( Boolean ).map( ( line ) => `"${ line }"` ),
	].join( '\n' );
}

function render() {
	const version = fs
		.readFileSync( path.join( root, 'plugin.php' ), 'utf8' )
		.match( /^[\s*]*Version:\s*(\S+)/m )[ 1 ];
	const header = [
		'# Copyright (C) The Quick Post contributors',
		'# This file is distributed under the GPL-2.0-or-later.',
		'msgid ""',
		'msgstr ""',
		`"Project-Id-Version: Quick Post ${ version }\\n"`,
		`"Report-Msgid-Bugs-To: https://wordpress.org/support/plugin/${ DOMAIN }\\n"`,
		'"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"',
		'"Language-Team: LANGUAGE <LL@li.org>\\n"',
		'"MIME-Version: 1.0\\n"',
		'"Content-Type: text/plain; charset=UTF-8\\n"',
		'"Content-Transfer-Encoding: 8bit\\n"',
		'"X-Generator: bin/make-pot.mjs\\n"',
		`"X-Domain: ${ DOMAIN }\\n"`,
	].join( '\n' );
	const blocks = [ ...entries.values() ].map( ( entry ) => {
		const lines = [
			...[ ...entry.comments ].map( ( comment ) => `#. ${ comment }` ),
			...( entry.references.length
				? [ `#: ${ entry.references.join( ' ' ) }` ]
				: [] ),
		];
		if ( /%(\d+\$)?[sdf]/.test( entry.text ) ) {
			lines.push( '#, php-format' );
		}
		if ( entry.context !== undefined ) {
			lines.push( `msgctxt ${ quote( entry.context ) }` );
		}
		lines.push( `msgid ${ quote( entry.text ) }` );
		if ( entry.plural !== undefined ) {
			lines.push(
				`msgid_plural ${ quote( entry.plural ) }`,
				'msgstr[0] ""',
				'msgstr[1] ""'
			);
		} else {
			lines.push( 'msgstr ""' );
		}
		return lines.join( '\n' );
	} );
	return `${ [ header, ...blocks ].join( '\n\n' ) }\n`;
}

extractPluginHeader();
for ( const file of [
	path.join( root, 'plugin.php' ),
	...listFiles( path.join( root, 'includes' ), ( name ) =>
		name.endsWith( '.php' )
	),
] ) {
	extractPhp( file );
}
for ( const file of listFiles(
	path.join( root, 'src' ),
	( name ) =>
		/\.tsx?$/.test( name ) &&
		! /\.d\.ts$/.test( name ) &&
		! /[\\/](test|test-utils)[\\/]/.test( name )
) ) {
	extractTypeScript( file );
}

if ( problems.length ) {
	console.error( problems.join( '\n' ) );
	process.exit( 1 );
}

const pot = render();
const current = fs.existsSync( potFile )
	? fs.readFileSync( potFile, 'utf8' )
	: '';
if ( process.argv.includes( '--check' ) ) {
	if ( current !== pot ) {
		console.error(
			`${ relative( potFile ) } is out of date: run \`npm run make-pot\` and commit the result.`
		);
		process.exit( 1 );
	}
	console.log(
		`${ relative( potFile ) }: ${ entries.size } strings, up to date.`
	);
} else {
	fs.mkdirSync( path.dirname( potFile ), { recursive: true } );
	fs.writeFileSync( potFile, pot );
	console.log( `Wrote ${ relative( potFile ) }: ${ entries.size } strings.` );
}
