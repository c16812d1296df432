/**
 * htmlToBlocks() on the paste corpus (tests/fixtures/paste, see its README): for each clipboard,
 * the blocks the composer makes, which follow what the block editor's pasteHandler() makes of the
 * same clipboard as far as the composer's blocks allow; and what must hold for every clipboard.
 */

/**
 * External dependencies
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';

/**
 * Internal dependencies
 */
import { serializeBlocks, type Block, type ListBlock } from '../blocks';
import { htmlToBlocks } from '../paste-html';

const CORPUS = join( __dirname, '../../../tests/fixtures/paste' );
const read = ( file: string ) => readFileSync( join( CORPUS, file ), 'utf8' );
const SAMPLES = readdirSync( CORPUS )
	.filter( ( file ) => file.endsWith( '.txt' ) )
	.map( ( file ) => file.replace( /\.txt$/, '' ) );
const HTML_SAMPLES = SAMPLES.filter( ( name ) =>
	existsSync( join( CORPUS, `${ name }.html` ) )
);

/**
 * The text of inline HTML, a line break as ↵.
 * @param html
 */
function text( html: string ): string {
	const doc = new DOMParser().parseFromString(
		html.replace( /<br>/g, '↵' ),
		'text/html'
	);
	// A no-break space as a space: which one inline HTML keeps is inline.ts' business.
	return ( doc.body.textContent ?? '' ).replace( /\u00a0/g, ' ' );
}

function items( list: ListBlock ): string {
	return list.items
		.map( ( item ) => {
			const nested = item.list
				? ` [${ item.list.ordered ? 'ol' : 'ul' }: ${ items( item.list ) }]`
				: '';
			return text( item.html ) + nested;
		} )
		.join( '; ' );
}

/**
 * A block as `type:text`; lists as `ul:item; item [ul: nested]`.
 * @param block
 */
function summary( block: Block ): string {
	switch ( block.type ) {
		case 'paragraph':
			return `p:${ text( block.html ) }`;
		case 'heading':
			return `h${ block.level }:${ text( block.html ) }`;
		case 'list':
			return `${ block.ordered ? 'ol' : 'ul' }:${ items( block ) }`;
		case 'quote':
			return `quote:${ block.paragraphs.map( text ).join( ' / ' ) }`;
		case 'code':
			return `code:${ block.text }`;
		case 'separator':
			return 'hr';
		case 'image':
			return `img:${ block.url }`;
		default:
			return block.type;
	}
}

/**
 * @param blocks   Blocks.
 * @param expected Their summaries; one ending in … only has to start the same.
 * @return The summaries of the blocks, those that start as expected cut the same.
 */
function summaries( blocks: Block[], expected: string[] ): string[] {
	return blocks.map( summary ).map( ( actual, index ) => {
		const wanted = expected[ index ] ?? '';
		return wanted.endsWith( '…' ) &&
			actual.startsWith( wanted.slice( 0, -1 ) )
			? wanted
			: actual;
	} );
}

/**
 * What a browser shows of a clipboard's HTML (an iframe, video or audio as its web address).
 * @param html
 */
function visibleText( html: string ): string {
	const doc = new DOMParser().parseFromString( html, 'text/html' );
	let shown = '';
	const walk = ( node: Node ) =>
		node.childNodes.forEach( ( child ) => {
			const element = child as Element;
			const style = element.getAttribute?.( 'style' ) ?? '';
			const src = element.getAttribute?.( 'src' ) ?? '';
			if ( child.nodeType === child.TEXT_NODE ) {
				shown += child.nodeValue;
			} else if ( /^(IFRAME|VIDEO|AUDIO)$/.test( element.tagName ) ) {
				shown += /^https?:/.test( src ) ? src : '';
			} else if (
				child.nodeType === child.ELEMENT_NODE &&
				! /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|SVG|OBJECT|CANVAS|TEXTAREA|ANNOTATION)$/i.test(
					element.tagName
				) &&
				! element.hasAttribute( 'hidden' ) &&
				// Hidden, and Word's list bullets and numbers (the list shows them).
				! /display:\s*none|mso-hide:\s*all|mso-list:\s*ignore/i.test(
					style
				)
			) {
				walk( child );
			}
		} );
	walk( doc.body );
	return shown;
}

/**
 * The text of blocks, in order.
 * @param blocks
 */
function blocksText( blocks: Block[] ): string {
	const listText = ( list: ListBlock ): string =>
		list.items
			.map(
				( item ) =>
					text( item.html ) +
					( item.list ? listText( item.list ) : '' )
			)
			.join( ' ' );
	return blocks
		.map( ( block ) => {
			switch ( block.type ) {
				case 'paragraph':
				case 'heading':
					return text( block.html );
				case 'list':
					return listText( block );
				case 'quote':
					return block.paragraphs.map( text ).join( ' ' );
				case 'code':
					return block.text;
				default:
					return '';
			}
		} )
		.join( ' ' );
}

const EXPECTED: Record< string, string[] > = {
	'blog-post-figure': [
		'h2:Why my sourdough finally rose',
		'p:Posted on 2 February 2026 by Maren',
		'p:For three winters my loaves came out of the oven as flat a…',
		'img:https://crumb-notes.example/wp-content/uploads/2026/02/s…',
		'p:Day four: the starter doubled past the rubber band in six hours.',
		'h2:What I changed',
		'ol:I moved the jar from the windowsill to the top of the fridge, where it stays around 26 °C.; I fed it twice a day with a 1:1:1 ratio instead of "whenever I remembered".; I stopped using tap water straight from the tap and let it stand overnight.',
		'p:I also started writing the feeding times on the lid with a…',
		'hr',
		'h2:The bake',
		'p:Bulk fermentation took five hours with four sets of folds.…',
		'img:https://crumb-notes.example/wp-content/uploads/2026/02/crumb.jpg',
		'p:The crumb of loaf number nine. Not perfect, but it is bread.',
		'p:If your starter sulks, try warmth before you try anything else.',
		'p:Tagged sourdough baking',
	],
	'chromium-partial-selection': [
		'p:tap after the first kilometre, and the ridge is fully expo…',
		'ol:Follow the dam wall to the stile.; Climb the stepped path to the cairn.; Keep the wall on your left along the ridge',
	],
	'docs-page-code': [
		'h2:Configuration',
		'p:quillctl reads its settings from quill.toml in the project…',
		'h2:A minimal file',
		'p:Create the file with the two settings every project needs:',
		'p:Copy',
		'code:# quill.toml\n[project]\nname = "field-notes"\noutput = "dist/"\n\n[build]\nminify = true',
		'p:Note',
		'p:Paths are relative to the file, not to the directory you r…',
		'h2:Options',
		'p:Key | Type | Default | Meaning',
		'p:output | string | "build/" | Where the site is written.',
		'p:minify | boolean | false | Shrink HTML, CSS and JavaScript.',
		'p:workers | integer | number of cores | Pages rendered at once.',
		'h3:Environment variables',
		'p:QUILL_OUTPUT',
		'p:Overrides output.',
		'p:QUILL_WORKERS',
		'p:Overrides workers; set it to 1 when debugging.',
		'p:Check the result with:',
		'code:$ quillctl config --show\noutput  = dist/   (quill.toml)\nworkers = 1       (QUILL_WORKERS)',
	],
	'forum-post-br': [
		'h3:Re: Best way to store seed potatoes?',
		'quote:tomfromleeds wrote: / Mine went soft by February last year.',
		'p:That usually means they were too warm or too damp.',
		'p:I keep mine in egg boxes, eyes up, in the shed window wher…',
		'p:Good luck this year!',
		'p:Two plots, one greenhouse, no patience.',
	],
	'gmail-signature': [
		'p:Hi Sam,',
		"p:The big room is free on the 21st from 14:00, so I've booke…",
		'p:Agenda so far:',
		"ul:budget for the spring fair; new volunteers' rota",
		'p:Thanks,',
		'p:Noor',
		'p:--',
		'p:Noor Haddad',
		"p:Secretary, Elm Street Residents' Association",
		'p:+1 555 0100 199 · elmstreet.example',
		'img:https://elmstreet.example/logo-small.png',
		'p:On Mon, 9 Mar 2026 at 10:02, Sam Okafor <sam@elmstreet.exa…',
		'quote:Can we get a room for the committee meeting on the 21st? / Sam',
	],
	'google-docs-article': [
		'p:Field notes: the orchard survey',
		'p:Spring 2026, north slope',
		'h2:Why we count trees',
		'p:Every April we walk the orchard row by row and note the he…',
		'p:Results go to the county orchard register by the end of Ma…',
		'h2:Walking order',
		'p:Start at the gate, then go uphill first, so the slow part…',
		'h3:Notes on cider varieties',
		'p:The bittersweets flower a week later than the dessert appl…',
		'h4:A fourth-level heading',
		'p:Deep headings in Docs become the composer’s smallest heading.',
	],
	'google-docs-image': [
		'p:The north slope after pruning:',
		'img:https://lh7-rt.googleusercontent.com/docsz/AD_4nXf0rchar…',
		'hr',
		'p:A graft union, close up:',
		'img:https://lh7-rt.googleusercontent.com/docsz/AD_4nXgrafTUn…',
		'p:Photos by the survey team.',
	],
	'google-docs-lists': [
		'p:Packing list for the survey:',
		'ul:Clipboards; Tags [ul: Green for healthy; Red for needs pruning [ul: with the date written on the back]]; A flask of hot tea',
		'p:Order of work:',
		'ol:Count the trees; Check each one [ul: bark; leaves]; Send the register form',
	],
	'google-docs-table': [
		'p:Trees counted per row:',
		'p:Row | Variety | Healthy',
		'p:1 | Bramley | 14',
		'p:2 | Kingston Black | 11',
		'p:3 | Dabinett |',
		'p:Row 3 was not finished because of rain.',
	],
	'hostile-markup': [
		'h2:Club newsletter',
		'p:Our next meeting is on Friday, see the agenda and the minutes.',
		'p:Tickets: order form or the club site.',
		'img:https://club.example/photos/hall.jpg',
		'p:math text',
		'p:Your email: Join',
		'p:Last line, bold.',
	],
	'iframe-video': [
		'h2:Workshop recording: mending with visible stitches',
		"p:Missed Tuesday's session? The whole hour is online, from c…",
		'p:https://www.youtube-nocookie.com/embed/Zx81Mend0Q4?rel=0',
		'p:The short clip below shows the running stitch up close:',
		'p:https://media.mending-circle.example/running-stitch.mp4',
		'p:Next workshop: darning socks, 4 April. Book a place',
	],
	'libreoffice-writer': [
		'h2:Repair café: volunteer handbook',
		'p:Welcome! This handbook is for everyone who fixes things at…',
		'h2:Safety first',
		'ul:Unplug before you open anything. [ul: Kettles and toasters: wait until they are cold.]; Keep the fire blanket by the soldering table.',
		'ol:Check the cable.; Check the fuse (usually 3A or 13A).',
		'quote:“If in doubt, leave it out.” – our first electrician',
		'h2:The fault log',
		'code:DATE       ITEM          FAULT\n2026-03-12 kettle        switch sticks\n2026-03-12 lamp          frayed flex',
		'p:Tool | Where it lives',
		'p:Multimeter | Red box, top shelf',
		'hr',
		'p:More at repair-cafe.example/handbook.',
	],
	'news-article': [
		'p:Local',
		'h2:Riverside library reopens with a repair café and a tool shelf',
		'p:After eighteen months of building work, the branch on Mill…',
		'p:By Inès Moreau · 14 March 2026',
		'p:Share by email',
		'img:https://news-article.example/media/library-front.jpg',
		'p:The new entrance faces the river for the first time. Photo…',
		'p:The Riverside branch opened its doors again on Saturday mo…',
		'p:The biggest change is on the ground floor, where the old p…',
		'p:Advertisement',
		'h2:A shelf of tools',
		'p:Next to the repair tables stands a shelf of tools that can…',
		'quote:One drill can serve a whole street.',
		'p:The catalogue lists 140 items so far, from ladders to a so…',
		'h2:What it cost',
		'p:The renovation cost 2.3 million, most of it from the regio…',
		'h3:Read more',
		'ul:Heat pumps in public buildings: what we learned; Mill Lane to close to cars on Saturdays',
	],
	'notion-page': [
		'h2:Trip plan: the coast path',
		'p:Three days, two nights, about 55 km. Links to the official…',
		'h2:Packing',
		'ul:Book the hostel; Waterproof trousers; Blister plasters',
		'h3:Food',
		'ul:Oatcakes; Cheese [ul: the hard kind travels better]',
		'ol:Day one: Harbour to Gull Point; Day two: Gull Point to the lighthouse',
		'quote:The path is closed at Black Rock at high tide. Check b…',
		"code:curl -s https://tides.example/api/v1/blackrock?days=3 \\\n  | jq '.[] | .high_water'",
		'p:💡',
		'p:Buses stop running at 18:00 on Sundays.',
		'p:Emergency numbers',
		'p:Coastguard: 999. Hostel: 01234 567890.',
		'hr',
		'p:Last updated by Ali.',
	],
	'qa-answer': [
		'p:Compare the first key, and only when it ties, the second.…',
		'code:people.sort((a, b) =>\n  a.last.localeCompare(b.last) ||\n  a.age - b.age\n);',
		'p:A few things to watch:',
		'ul:localeCompare returns a negative, zero or positive number, never just -1/1.; The || works because 0 is falsy.',
		'quote:Edit: for numbers that can be NaN, guard them first, o…',
		'p:ShareEditFollow',
	],
	'slack-lists-paragraphs': [
		'p:Standup, Tuesday↵(short one, half the team is out)',
		'p:Done:',
		'ul:Search index rebuilt; Invoices export [ul: CSV and PDF]; Fixed the flaky login test',
		'p:Next:',
		'ol:Release notes; On-call handover',
		'p:Blockers: none',
		'p:See you tomorrow',
	],
	'slack-quote-code': [
		'p:Deploy note from the on-call channel:',
		'quote:The release is blocked until the migration finishes.↵P…',
		'p:Run this first, then make deploy:',
		'code:./bin/migrate --check\n./bin/migrate --apply && echo "done <ok>"',
		'p:Thanks everyone team :tada:',
	],
	'textedit-rtf': [
		'p:Book club: March notes',
		'p:We read The Lighthouse Keeper’s Almanac. Most of us liked…',
		'p:Next meeting: the library, 7 April, 19:00.',
		'ul:Bring a snack; Vote on the next book [ul: three candidates, see the email]',
		'p:Host | Month',
		'p:Dana | April',
		'p:Written in TextEdit.',
	],
	'wiki-table-refs': [
		'h2:Ashbourne River',
		'p:Not to be confused with Ashburn Brook.',
		'p:Ashbourne River',
		'img:https://wiki-table-refs.example/upload/ashbourne-weir.jpg',
		'p:Length | 64 km (40 mi)',
		'p:Source | Kestrel Moor',
		'p:Mouth | Estuary at Port Sallow',
		'p:The Ashbourne River is a chalk stream in the fictional cou…',
		'h2:Contents',
		'ul:1 Course; 2 Mills',
		'h2:Course[edit]',
		'p:Below the moor the river cuts a narrow valley through the…',
		'h2:Mills[edit]',
		'p:Mills on the Ashbourne',
		'p:Mill | Built | Use today',
		'p:Hebden Cross Mill | 1702 | Flour, for visitors',
		'p:Old Ford Mill | 1788 | Flats',
		'p:Sallow Tide Mill | c. 1650 | Ruin',
		'h2:References',
		'ol:^ Wendmere Water Board (2019). Survey of the Ashbourne catchment. p. 12.; ^ "The Ashbourne". Anglers\' Guide. Retrieved 3 May 2024.',
	],
	'word-desktop-article': [
		'p:Community garden: annual report',
		'h2:The year in brief',
		'p:We planted forty-two raised beds this year, up from thirty…',
		'p:Thanks to the donors listed on our site, the new water but…',
		'h2:Harvest',
		'p:The tomatoes did well in the polytunnel; the outdoor ones…',
		'h3:What we would change',
		'p:Sow the squash a fortnight later, and label the seedlings…',
		'h4:Small print',
		"p:Figures are from the keepers' own notebooks.",
	],
	'word-desktop-lists': [
		'p:Jobs for the spring work day:',
		'ul:Paths [ul: Weed the gravel [ul: by hand near the herb bed]; Top up the bark chips]; Compost bays',
		'ol:Turn bay one into bay two [ol: water it if dry [ol: a bucket, not the hose]]; Cover bay two with the old carpet',
		'p:Bring gloves.',
		'ul:And a flask.',
	],
	'word-desktop-table-footnotes': [
		'p:Seed order for next year[1]:',
		'p:Crop | Variety | Packets',
		'p:Runner beans | Scarlet Emperor | 6',
		'p:Leeks | Musselburgh (or any hardy kind) | 2',
		'p:Order by the end of January[HS1] .',
		'hr',
		'p:[1] Prices from the winter catalogue.',
		'hr',
		'p:[HS1]Ask Tom about the bulk discount.',
	],
	'word-online': [
		'h2:Riverbank clean-up: volunteer briefing',
		'p:Thank you for signing up. This note covers where to meet,…',
		'h2:What to bring',
		'ul:Boots you can get muddy; Gloves [ul: gardening gloves are fine; we have spares in sizes S to L]; A water bottle',
		'h2:The day',
		'ol:Meet at the boathouse at 09:00; Collect a picker and bags; Work in pairs along the towpath',
		'h3:Last year',
		'p:Month | Bags filled',
		'p:April | 38',
		'p:September | 51',
	],
};

describe( 'htmlToBlocks', () => {
	it( 'should have at least 24 samples, each with its text flavor, all but Markdown with HTML', () => {
		expect( SAMPLES.length ).toBeGreaterThanOrEqual( 24 );
		expect(
			SAMPLES.filter( ( name ) => ! HTML_SAMPLES.includes( name ) )
		).toEqual( [ 'markdown-notes' ] );
		expect( Object.keys( EXPECTED ).sort() ).toEqual(
			HTML_SAMPLES.filter(
				( name ) => name !== 'google-docs-long'
			).sort()
		);
	} );

	it.each( Object.keys( EXPECTED ) )(
		'should make the blocks the block editor makes of %s',
		( name ) => {
			const expected = EXPECTED[ name ] as string[];
			expect(
				summaries( htmlToBlocks( read( `${ name }.html` ) ), expected )
			).toEqual( expected );
		}
	);

	it( 'should make nothing of a clipboard without HTML (the Markdown sample is text only)', () => {
		expect( htmlToBlocks( '' ) ).toEqual( [] );
		expect( htmlToBlocks( '  \n' ) ).toEqual( [] );
		expect( read( 'markdown-notes.txt' ) ).toContain( '# Allotment notes' );
	} );

	it( 'should lose none of the visible text, in order', () => {
		const squeeze = ( value: string ) => value.replace( /[\s|↵]/g, '' );
		for ( const name of HTML_SAMPLES ) {
			const html = read( `${ name }.html` );
			expect( [
				name,
				squeeze( blocksText( htmlToBlocks( html ) ) ),
			] ).toEqual( [ name, squeeze( visibleText( html ) ) ] );
		}
	} );

	it( 'should leave no class, style, id, span or office markup in any output', () => {
		for ( const name of HTML_SAMPLES ) {
			// The serializer's own classes are the block editor's.
			const markup = serializeBlocks(
				htmlToBlocks( read( `${ name }.html` ) )
			).replace(
				/ class="wp-block-[a-z]+( has-alpha-channel-opacity)?"/g,
				''
			);
			expect( [ name, markup ] ).not.toEqual( [
				name,
				expect.stringMatching(
					/ (class|style|id|data-[a-z-]+|lang|dir)=|<(span|font|div|o:p|w:|v:|table)|mso-|&nbsp;<\/|Mso/
				),
			] );
		}
	} );

	it( 'should leave no script, iframe, event handler or javascript: link in any output', () => {
		for ( const name of HTML_SAMPLES ) {
			const markup = serializeBlocks(
				htmlToBlocks( read( `${ name }.html` ) )
			);
			expect( [ name, markup ] ).not.toEqual( [
				name,
				expect.stringMatching(
					/<(script|style|iframe|object|embed|svg|form|input|button|video)|\son[a-z]+=|(javascript|vbscript|data|file):/i
				),
			] );
		}
		const hostile = htmlToBlocks( read( 'hostile-markup.html' ) );
		expect( hostile[ 1 ] ).toEqual( {
			type: 'paragraph',
			html: 'Our next meeting is on Friday, see the agenda and the minutes.',
		} );
		expect( hostile[ 2 ] ).toEqual( {
			type: 'paragraph',
			html: 'Tickets: order form or <a href="https://club.example/tickets" target="_blank" rel="noreferrer noopener">the club site</a>.',
		} );
		expect( hostile.filter( ( block ) => block.type === 'image' ) ).toEqual(
			[
				{
					type: 'image',
					id: null,
					url: 'https://club.example/photos/hall.jpg',
					alt: 'The hall',
				},
			]
		);
	} );

	it( 'should not make Google Docs’ whole clipboard bold, but keep its span formats', () => {
		const [ , , , first, second ] = htmlToBlocks(
			read( 'google-docs-article.html' )
		);
		expect( first ).toEqual( {
			type: 'paragraph',
			html: 'Every April we walk the orchard row by row and note the <strong>health</strong> of each tree. The <em>old</em> method used paper forms; <s>this year</s> we switched to a shared document, which is how you are reading this.',
		} );
		// Superscript and subscript are kept as their text.
		expect( second ).toEqual( {
			type: 'paragraph',
			html: 'Results go to the <a href="https://orchards.example/register">county orchard register</a> by the end of May. Fruit set was about 103 blossoms per tree, and leaf nitrogen read as N2 on the meter.',
		} );
		expect(
			htmlToBlocks(
				'<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1f2e3d4c-7fff"><p dir="ltr"><span style="font-weight:400">plain </span><span style="font-weight:700;font-style:italic">both</span></p></b>'
			)
		).toEqual( [
			{ type: 'paragraph', html: 'plain <strong><em>both</em></strong>' },
		] );
		// Each on its own: the wrapper's id, and a b or i whose style says it is not.
		expect(
			htmlToBlocks(
				'<b id="docs-internal-guid-9a8b">guid</b> <b style="font-weight:400">light</b> <i style="font-style:normal">upright</i> <span style="text-decoration:line-through">gone</span> <span style="vertical-align:super">2</span>'
			)
		).toEqual( [
			{ type: 'paragraph', html: 'guid light upright <s>gone</s> 2' },
		] );
	} );

	it( 'should keep Word’s bold whose style only resets the weight of right-to-left text', () => {
		expect(
			htmlToBlocks(
				"<p class=MsoNormal>A <b style='mso-bidi-font-weight:normal'>bold</b> and <i style='mso-bidi-font-style:normal'>italic</i> word<o:p></o:p></p>"
			)
		).toEqual( [
			{
				type: 'paragraph',
				html: 'A <strong>bold</strong> and <em>italic</em> word',
			},
		] );
	} );

	it( 'should nest Word’s mso-list paragraphs three levels deep, each list apart', () => {
		const [ , bullets, numbers, , flask ] = htmlToBlocks(
			read( 'word-desktop-lists.html' )
		);
		expect( bullets ).toEqual( {
			type: 'list',
			ordered: false,
			items: [
				{
					html: 'Paths',
					list: {
						type: 'list',
						ordered: false,
						items: [
							{
								html: 'Weed the gravel',
								list: {
									type: 'list',
									ordered: false,
									items: [
										{
											html: 'by hand near the <strong>herb bed</strong>',
											list: null,
										},
									],
								},
							},
							{ html: 'Top up the bark chips', list: null },
						],
					},
				},
				{ html: 'Compost bays', list: null },
			],
		} );
		expect( numbers ).toMatchObject( {
			ordered: true,
			items: [
				{
					html: 'Turn bay one into bay two',
					list: {
						ordered: true,
						items: [
							{
								html: 'water it if dry',
								list: { ordered: true },
							},
						],
					},
				},
				{ html: 'Cover bay two with the old carpet', list: null },
			],
		} );
		expect( flask ).toEqual( {
			type: 'list',
			ordered: false,
			items: [ { html: 'And a flask.', list: null } ],
		} );
	} );

	it( 'should make a table a paragraph per row, the cells joined by " | "', () => {
		expect(
			htmlToBlocks( read( 'google-docs-table.html' ) ).slice( 1, 5 )
		).toEqual( [
			{
				type: 'paragraph',
				html: '<strong>Row</strong> | <strong>Variety</strong> | <strong>Healthy</strong>',
			},
			{ type: 'paragraph', html: '1 | Bramley | 14' },
			{ type: 'paragraph', html: '2 | <em>Kingston Black</em> | 11' },
			{ type: 'paragraph', html: '3 | Dabinett |' },
		] );
		expect(
			htmlToBlocks(
				'<table><caption>Scores</caption><tr><th>Name</th><td></td><td>Points</td></tr><tr><td><p>Ana</p><p>(captain)</p></td><td> </td><td>12</td></tr></table>'
			)
		).toEqual( [
			{ type: 'paragraph', html: 'Scores' },
			{ type: 'paragraph', html: 'Name | | Points' },
			{ type: 'paragraph', html: 'Ana (captain) | | 12' },
		] );
	} );

	it( 'should split paragraphs at two line breaks in a div, but not in a p', () => {
		expect(
			htmlToBlocks(
				'<div>one<br>two<br><br>three<br> <br><br>four</div><p>five<br><br>six</p>'
			)
		).toEqual( [
			{ type: 'paragraph', html: 'one<br>two' },
			{ type: 'paragraph', html: 'three' },
			{ type: 'paragraph', html: 'four' },
			{ type: 'paragraph', html: 'five<br><br>six' },
		] );
		expect(
			htmlToBlocks(
				'<section>loose <em>text</em><h2>Title</h2>more</section>'
			)
		).toEqual( [
			{ type: 'paragraph', html: 'loose <em>text</em>' },
			{ type: 'heading', level: 2, html: 'Title' },
			{ type: 'paragraph', html: 'more' },
		] );
	} );

	it( 'should split a paragraph around an image, keeping web images only', () => {
		expect(
			htmlToBlocks(
				'<p><strong>Before <img src="https://example.com/a.png" alt="A"> after</strong> <img src="data:image/png;base64,AAAA" alt="inline"><img src="file:///C:/x.png"><img src="https://example.com/pixel.gif" width="1" height="1"></p>'
			)
		).toEqual( [
			{ type: 'paragraph', html: '<strong>Before</strong>' },
			{
				type: 'image',
				id: null,
				url: 'https://example.com/a.png',
				alt: 'A',
			},
			{ type: 'paragraph', html: '<strong>after</strong>' },
		] );
	} );

	it( 'should make h1 and h2 level 2, h3 level 3, and h4 to h6 level 4', () => {
		const levels = htmlToBlocks(
			'<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>'
		).map( ( block ) => block.type === 'heading' && block.level );
		expect( levels ).toEqual( [ 2, 2, 3, 4, 4, 4 ] );
	} );

	it( 'should keep a code block’s text exactly', () => {
		expect(
			htmlToBlocks(
				'<pre>\n  if (a &lt; b &amp;&amp; c) {\n\treturn "x";  \n  }\n</pre>'
			)
		).toEqual( [
			{ type: 'code', text: '  if (a < b && c) {\n\treturn "x";  \n  }' },
		] );
		expect(
			htmlToBlocks(
				'<pre><div>line one</div><div>  line two</div></pre><pre>a<br>b</pre>'
			)
		).toEqual( [
			{ type: 'code', text: 'line one\n  line two' },
			{ type: 'code', text: 'a\nb' },
		] );
	} );

	it( 'should keep safe links, and only the text of bookmarks and unsafe links', () => {
		expect(
			htmlToBlocks(
				'<p><a href="https://a.example/">web</a> <a href="mailto:x@a.example">mail</a> <a name="_Toc1">mark</a> <a href="#_ftn1">[1]</a> <a href="javascript:void(0)">js</a></p>'
			)
		).toEqual( [
			{
				type: 'paragraph',
				html: '<a href="https://a.example/">web</a> <a href="mailto:x@a.example">mail</a> mark [1] js',
			},
		] );
	} );

	it( 'should make paragraphs of the text of what the composer has no block for', () => {
		expect(
			htmlToBlocks(
				'<dl><dt>Term</dt><dd>Meaning</dd></dl><details><summary>More</summary><p>Body</p></details><figure><img src="https://a.example/i.png" alt=""><figcaption>Caption</figcaption></figure><iframe src="https://video.example/embed/1"></iframe>'
			).map( summary )
		).toEqual( [
			'p:Term',
			'p:Meaning',
			'p:More',
			'p:Body',
			'img:https://a.example/i.png',
			'p:Caption',
			'p:https://video.example/embed/1',
		] );
	} );

	it( 'should fall back to the text when the markup is nested too deep to walk', () => {
		const deep = '<span style="font-weight:bold">'.repeat( 5000 );
		expect(
			htmlToBlocks( `${ deep }deep text<script>alert(1)</script>` )
		).toEqual( [ { type: 'paragraph', html: 'deep text' } ] );
	} );

	it( 'should convert the 5,000-word Google Docs document fast', () => {
		const html = read( 'google-docs-long.html' );
		const blocks = htmlToBlocks( html );
		expect( blocksText( blocks ).split( /\s+/ ).length ).toBeGreaterThan(
			5000
		);
		const times = [ 1, 2, 3, 4, 5 ].map( () => {
			const start = performance.now();
			htmlToBlocks( html );
			return performance.now() - start;
		} );
		// A guard against the conversion growing faster than the document; the budget (well under
		// 100 ms) is measured apart, on a machine that is not busy.
		expect( Math.min( ...times ) ).toBeLessThan( 250 );
	} );
} );
