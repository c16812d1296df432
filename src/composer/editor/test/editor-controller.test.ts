/**
 * The content read back from the writing surface: blocks the writer has not touched are written
 * as they came (the markup of each, cached as it loaded), the others as the surface shows them.
 */

/**
 * Internal dependencies
 */
import { serializeBlock, type Block } from '../../../content/blocks';
import { readBlock } from '../../../content/dom-blocks';
import { EditorController } from '../editor-controller';
import { surface } from './helpers';

let controller: EditorController | null = null;

/**
 * @param blocks What the surface loads.
 * @return The controller, its surface and its onChange.
 */
function loaded( blocks: Block[] ) {
	const root = surface( '' );
	const onChange = jest.fn();
	controller = new EditorController( root, {
		render: { describeRaw: () => 'Kept block' },
		onChange,
		onCaret: jest.fn(),
		onLinkRequest: jest.fn(),
		onFiles: jest.fn(),
		embed: () => Promise.resolve( null ),
	} );
	controller.load( blocks );
	return { controller, root, onChange };
}

afterEach( () => {
	controller?.destroy();
	controller = null;
	document.body.replaceChildren();
} );

// A post's paragraph with a non-breaking space the browser would show like one it typed.
const SPACED: Block = { type: 'paragraph', html: 'a\u00a0 b\u00a0' };
const OTHER: Block = { type: 'heading', level: 3, html: 'Title' };

describe( 'EditorController markup', () => {
	it( 'should write untouched blocks exactly as they came, not as the surface reads them', () => {
		const { controller: editor, root } = loaded( [ SPACED, OTHER ] );
		// Read from the surface, the spaces would change.
		expect( readBlock( root.firstChild as Node ) ).toEqual( {
			type: 'paragraph',
			html: 'a b',
		} );
		expect( editor.markup() ).toBe(
			`${ serializeBlock( SPACED ) }\n\n${ serializeBlock( OTHER ) }`
		);
		expect( editor.markup() ).toContain( '<p>a\u00a0 b\u00a0</p>' );
		expect( editor.isEdited ).toBe( false );
	} );

	it( 'should read a block again once it is edited, the others staying as they came', () => {
		const {
			controller: editor,
			root,
			onChange,
		} = loaded( [ SPACED, OTHER ] );
		editor.markup();
		( root.lastChild?.firstChild as Text ).appendData( ' two' );
		expect( editor.markup() ).toBe(
			`${ serializeBlock( SPACED ) }\n\n${ serializeBlock( {
				...OTHER,
				html: 'Title two',
			} ) }`
		);
		expect( editor.isEdited ).toBe( true );
		expect( onChange ).toHaveBeenCalled();
		// Now the paragraph: what the surface shows, typed spaces as spaces.
		( root.firstChild?.firstChild as Text ).appendData( 'c' );
		expect( editor.markup() ).toBe(
			`${ serializeBlock( {
				type: 'paragraph',
				html: 'a b\u00a0c',
			} ) }\n\n${ serializeBlock( { ...OTHER, html: 'Title two' } ) }`
		);
	} );

	it( 'should notice an edit deep in a block, and leave out blocks left empty', () => {
		const list: Block = {
			type: 'list',
			ordered: false,
			items: [ { html: '<strong>x</strong>', list: null } ],
		};
		const { controller: editor, root } = loaded( [ list, SPACED ] );
		const strong = root.querySelector( 'strong' ) as HTMLElement;
		( strong.firstChild as Text ).data = 'y';
		( root.lastChild as HTMLElement ).replaceChildren(
			document.createElement( 'br' )
		);
		expect( editor.markup() ).toBe(
			serializeBlock( {
				...list,
				items: [ { html: '<strong>y</strong>', list: null } ],
			} )
		);
	} );

	it( 'should start with an empty paragraph to type in when there is nothing', () => {
		const { controller: editor, root } = loaded( [] );
		expect( root.innerHTML ).toBe( '<p><br></p>' );
		expect( editor.markup() ).toBe( '' );
	} );
} );
