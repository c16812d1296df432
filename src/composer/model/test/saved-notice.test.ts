/**
 * Internal dependencies
 */
import { describeSave } from '../saved-notice';

const PAGE = {
	singularName: 'Page',
	itemPublished: 'Page published.',
	itemPublishedPrivately: 'Page published privately.',
	itemScheduled: 'Page scheduled.',
	itemUpdated: 'Page updated.',
	viewItem: 'View Page',
	editItem: 'Edit Page',
};
const at = (
	status: 'publish' | 'private' | 'future' | 'draft' | 'pending'
) => ( {
	status,
	date: '2030-01-02T03:04:00',
} );

describe( 'describeSave', () => {
	it( "should use the composer's words for posts, whose labels are core's stock ones", () => {
		expect( describeSave( at( 'publish' ), {} ) ).toEqual( {
			message: 'Post published.',
			viewLabel: 'View post',
			editLabel: 'Edit post',
		} );
		expect( describeSave( at( 'private' ), {} ).message ).toBe(
			'Private post published.'
		);
		expect( describeSave( at( 'future' ), {} ).message ).toMatch(
			/^Post scheduled for .*2030/
		);
		expect( describeSave( at( 'pending' ), {} ).message ).toBe(
			'Post submitted for review.'
		);
		expect( describeSave( at( 'draft' ), {} ) ).toEqual( {
			message: 'Draft saved.',
			viewLabel: 'Preview',
			editLabel: 'Edit post',
		} );
	} );

	it( "should use the type's own labels for pages and custom types", () => {
		expect( describeSave( at( 'publish' ), PAGE ) ).toEqual( {
			message: 'Page published.',
			viewLabel: 'View Page',
			editLabel: 'Edit Page',
		} );
		expect( describeSave( at( 'private' ), PAGE ).message ).toBe(
			'Page published privately.'
		);
		expect( describeSave( at( 'future' ), PAGE ).message ).toMatch(
			/^Page scheduled\. It goes live on .*2030/
		);
		expect( describeSave( at( 'pending' ), PAGE ).message ).toBe(
			'Page submitted for review.'
		);
		expect( describeSave( at( 'draft' ), PAGE ).viewLabel ).toBe(
			'Preview'
		);
	} );

	it( 'should say updated for a post that was already published, and reverted for one taken back', () => {
		expect( describeSave( at( 'publish' ), PAGE, 'publish' ).message ).toBe(
			'Page updated.'
		);
		expect( describeSave( at( 'publish' ), {}, 'future' ).message ).toBe(
			'Post updated.'
		);
		expect( describeSave( at( 'draft' ), {}, 'publish' ).message ).toBe(
			'Post reverted to draft.'
		);
		expect( describeSave( at( 'publish' ), {}, 'draft' ).message ).toBe(
			'Post published.'
		);
	} );
} );
