/**
 * The paste corpus (tests/fixtures/paste/) pasted into Quick Post's Content and saved, compared
 * with what the block editor's own paste handling (`wp.blocks.pasteHandler` on post-new.php)
 * makes of the same clipboard: block names, in order with their nesting, and words. Every stored
 * post must open in the block editor with every block valid; the samples that differ from
 * pasteHandler must be the ones `parity.json` lists, each with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect } from '../utils/test';
import { ComposerUi } from '../utils/composer';
import { getStored } from '../utils/fixtures';
import { pasteInto, type Clipboard } from '../utils/blocks';
import { ARTIFACTS_PATH } from '../utils/roles';

const CORPUS = path.join( __dirname, '..', '..', 'fixtures', 'paste' );

/** The samples known to differ from pasteHandler, and why (kept in step with README.md). */
const KNOWN: Record< string, string > = JSON.parse(
	fs.readFileSync( path.join( CORPUS, 'parity.json' ), 'utf8' )
);

function samples(): Array< { name: string; clipboard: Clipboard } > {
	return fs
		.readdirSync( CORPUS )
		.filter( ( file ) => file.endsWith( '.txt' ) )
		.sort()
		.map( ( file ) => {
			const name = file.slice( 0, -4 );
			const html = path.join( CORPUS, `${ name }.html` );
			return {
				name,
				clipboard: {
					text: fs.readFileSync( path.join( CORPUS, file ), 'utf8' ),
					html: fs.existsSync( html )
						? fs.readFileSync( html, 'utf8' )
						: undefined,
				},
			};
		} );
}

/** A block tree as the comparison sees it: names with depth, and the words in order. */
interface Shape {
	names: string[];
	/** Each block with the start of its text, for the report. */
	outline: string[];
	words: string[];
	invalid: string[];
}

/**
 * In the block editor's page: pasteHandler's blocks for each clipboard, and core's parse of each
 * stored post, as shapes.
 *
 * @param page   A page on post-new.php.
 * @param pasted The clipboards.
 * @param stored Quick Post's stored content for each.
 */
function shapesInBlockEditor(
	page: Page,
	pasted: Clipboard[],
	stored: string[]
): Promise< { core: Shape[]; quickPost: Shape[] } > {
	return page.evaluate(
		( { clipboards, contents } ) => {
			interface RawBlock {
				name: string;
				isValid?: boolean;
				innerBlocks: RawBlock[];
			}
			const wp = (
				window as unknown as {
					wp: {
						blocks: {
							pasteHandler: ( options: object ) => RawBlock[];
							parse: ( content: string ) => RawBlock[];
							serialize: ( blocks: RawBlock[] ) => string;
							getBlockContent: ( block: RawBlock ) => string;
						};
					};
				}
			 ).wp;
			const shape = ( blocks: RawBlock[] ) => {
				const names: string[] = [];
				const outline: string[] = [];
				const invalid: string[] = [];
				const textOf = ( html: string ) =>
					(
						new DOMParser().parseFromString( html, 'text/html' )
							.body.textContent ?? ''
					)
						.replace( /\s+/g, ' ' )
						.trim();
				const walk = ( list: RawBlock[], depth: number ) =>
					list.forEach( ( block ) => {
						names.push( `${ depth }:${ block.name }` );
						outline.push(
							`${ depth }:${ block.name } ${ textOf(
								wp.blocks.getBlockContent( block )
							).slice( 0, 60 ) }`
						);
						if ( block.isValid === false ) {
							invalid.push( block.name );
						}
						walk( block.innerBlocks, depth + 1 );
					} );
				walk( blocks, 0 );
				const html = wp.blocks
					.serialize( blocks )
					.replace( /<!--[\s\S]*?-->/g, ' ' )
					// Block boundaries and line breaks separate words.
					.replace(
						/<(\/?(p|li|h\d|pre|blockquote|figure|td|th)\b[^>]*|br\s*\/?)>/gi,
						' $&'
					);
				const text =
					new DOMParser().parseFromString( html, 'text/html' ).body
						.textContent ?? '';
				return {
					names,
					outline,
					invalid,
					words: text
						.normalize( 'NFC' )
						.split( /[^\p{L}\p{N}]+/u )
						.filter( Boolean ),
				};
			};
			return {
				core: clipboards.map( ( { html, text } ) =>
					shape(
						wp.blocks.pasteHandler( {
							HTML: html ?? '',
							plainText: text,
							mode: 'BLOCKS',
						} )
					)
				),
				quickPost: contents.map( ( content ) =>
					shape( wp.blocks.parse( content ) )
				),
			};
		},
		{ clipboards: pasted, contents: stored }
	);
}

test.describe( 'Paste parity with the block editor', () => {
	test.setTimeout( 240_000 );

	test( 'each corpus sample, saved from Content, is valid blocks; differences from pasteHandler are the known ones', async ( {
		page,
		admin,
		requestUtils,
	}, testInfo ) => {
		const corpus = samples();
		expect( corpus.length ).toBeGreaterThanOrEqual( 20 );

		const stored: string[] = [];
		const composer = await ComposerUi.open( page, 'page' );
		const editLink = composer.root.locator(
			'.components-notice a[href*="action=edit"]'
		);
		let previous = '';
		for ( const { name, clipboard } of corpus ) {
			await composer.title.fill( `Paste parity: ${ name }` );
			await composer.richContent.click();
			await page.keyboard.press( 'ControlOrMeta+a' );
			await page.keyboard.press( 'Delete' );
			await pasteInto( composer.richContent, clipboard );
			await composer.button( 'Save draft' ).click();
			// Each save's notice links to its own new draft.
			await expect( editLink ).toHaveAttribute( 'href', /post=\d+/ );
			await expect( editLink ).not.toHaveAttribute( 'href', previous );
			previous = ( await editLink.getAttribute( 'href' ) ) ?? '';
			const post = await getStored(
				requestUtils,
				'posts',
				await composer.savedPostId()
			);
			stored.push( post.content.raw );
		}

		await admin.createNewPost();
		const { core, quickPost } = await shapesInBlockEditor(
			page,
			corpus.map( ( sample ) => sample.clipboard ),
			stored
		);

		const report = corpus.map( ( { name }, index ) => {
			const ours = quickPost[ index ] as Shape;
			const theirs = core[ index ] as Shape;
			const sameNames =
				JSON.stringify( ours.names ) === JSON.stringify( theirs.names );
			const sameWords =
				ours.words.join( ' ' ) === theirs.words.join( ' ' );
			return {
				name,
				matches: sameNames && sameWords,
				sameNames,
				sameWords,
				invalid: ours.invalid,
				classic: ours.names.filter( ( entry ) =>
					/core\/(freeform|missing|html)$/.test( entry )
				),
				quickPost: ours.outline,
				pasteHandler: theirs.outline,
				wordsOnlyInQuickPost: ours.words.filter(
					( word ) => ! theirs.words.includes( word )
				),
				wordsOnlyInPasteHandler: theirs.words.filter(
					( word ) => ! ours.words.includes( word )
				),
				known: KNOWN[ name ] ?? null,
			};
		} );
		fs.mkdirSync( ARTIFACTS_PATH, { recursive: true } );
		fs.writeFileSync(
			path.join( ARTIFACTS_PATH, 'paste-parity.json' ),
			JSON.stringify( report, null, '\t' )
		);
		await testInfo.attach( 'paste-parity.json', {
			body: JSON.stringify( report, null, '\t' ),
			contentType: 'application/json',
		} );
		const matching = report.filter( ( entry ) => entry.matches );

		console.log(
			`Paste parity: ${ matching.length } of ${ report.length } samples match pasteHandler in block names and words.\n` +
				report
					.filter( ( entry ) => ! entry.matches )
					.map(
						( entry ) =>
							`  ${ entry.name }: ${ entry.sameNames ? '' : 'blocks differ; ' }${ entry.sameWords ? '' : 'words differ; ' }${ entry.known ?? 'NOT EXPLAINED' }`
					)
					.join( '\n' )
		);

		expect(
			report.filter(
				( entry ) => entry.invalid.length || entry.classic.length
			),
			'samples stored as invalid or Classic blocks'
		).toEqual( [] );
		expect(
			report
				.filter( ( entry ) => ! entry.matches )
				.map( ( entry ) => entry.name ),
			'samples that differ from pasteHandler (each must be in parity.json with its reason)'
		).toEqual( Object.keys( KNOWN ).sort() );
	} );
} );
