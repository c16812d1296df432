/**
 * Internal dependencies
 */
import { COMPOSER_FIELDS } from '../../fields';
import {
	buildPostRequest as buildWithFields,
	hasWords,
	statusFor,
	type SaveIntent,
} from '../post-request';
import { emptyForm as emptyWithFields, type PostForm } from '../post-form';
import { makePostType } from '../../../test-utils/settings';
import { toBlockMarkup } from '../../../content/to-block-markup';
import type { PostTypeSettings } from '../../../types';

const emptyForm = ( postType = makePostType() ) =>
	emptyWithFields( COMPOSER_FIELDS, postType );
const buildPostRequest = (
	values: PostForm,
	intent: SaveIntent,
	postType: PostTypeSettings,
	termIds: Record< string, number[] >
) => buildWithFields( COMPOSER_FIELDS, values, intent, postType, termIds );

const type = makePostType();
const form = ( patch: Partial< PostForm > = {} ): PostForm => ( {
	...emptyForm( type ),
	...patch,
} );

describe( 'buildPostRequest', () => {
	it( 'should send every field the post type supports', () => {
		const request = buildPostRequest(
			form( {
				title: 'Hello',
				content: toBlockMarkup( 'One\n\nTwo' ),
				excerpt: 'Short',
				slug: ' my-slug ',
				date: '2030-01-02T03:04:05',
				sticky: true,
				format: 'aside',
				commentStatus: 'closed',
				pingStatus: 'open',
				author: { id: 3, name: 'Bo' },
				featuredImage: { id: 9, url: 'x.jpg', alt: '' },
			} ),
			'publish',
			type,
			{ category: [ 1, 5 ], post_tag: [ 8 ] }
		);
		expect( request ).toEqual( {
			title: 'Hello',
			content:
				'<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph -->',
			status: 'publish',
			excerpt: 'Short',
			slug: 'my-slug',
			date: '2030-01-02T03:04:05',
			password: '',
			sticky: true,
			format: 'aside',
			comment_status: 'closed',
			ping_status: 'open',
			author: 3,
			featured_media: 9,
			categories: [ 1, 5 ],
			tags: [ 8 ],
		} );
	} );

	it( 'should leave out what the post type does not support or the user may not set', () => {
		const page = makePostType( {
			slug: 'page',
			route: '/wp/v2/pages',
			supports: {
				title: true,
				editor: true,
				excerpt: false,
				thumbnail: false,
				comments: false,
				trackbacks: false,
				author: true,
			},
			formats: [],
			taxonomies: [],
			can: {
				create: true,
				publish: true,
				editOthers: false,
				sticky: false,
				upload: true,
			},
		} );
		const request = buildPostRequest(
			{
				...emptyForm( page ),
				title: 'About',
				author: { id: 3, name: 'Bo' },
				sticky: true,
			},
			'draft',
			page,
			{}
		);
		expect( request ).toEqual( {
			title: 'About',
			content: '',
			status: 'draft',
			password: '',
		} );
	} );

	it( 'should send a password only for password-protected posts, and never make them sticky', () => {
		const request = buildPostRequest(
			form( {
				title: 'Secret',
				visibility: 'password',
				password: 'open sesame',
				sticky: true,
			} ),
			'publish',
			type,
			{}
		);
		expect( request ).toMatchObject( {
			password: 'open sesame',
			sticky: false,
			status: 'publish',
		} );
	} );

	it( "should leave a loaded draft's content alone when the writer did not change it", () => {
		const request = buildPostRequest(
			form( { title: 'Blocks', contentEdited: false } ),
			'draft',
			type,
			{}
		);
		expect( request ).not.toHaveProperty( 'content' );
	} );

	it( 'should send an empty term list so removed terms are removed', () => {
		expect(
			buildPostRequest( form( { title: 'x' } ), 'draft', type, {} )
		).toMatchObject( {
			categories: [],
			tags: [],
			featured_media: 0,
		} );
	} );
} );

describe( 'statusFor', () => {
	it( 'should publish privately when the visibility is private', () => {
		expect(
			statusFor( form( { visibility: 'private' } ), 'publish' )
		).toBe( 'private' );
		expect( statusFor( form( { visibility: 'private' } ), 'draft' ) ).toBe(
			'draft'
		);
	} );

	it( 'should drop NUL characters, which are invalid in HTML and databases', () => {
		const request = buildPostRequest(
			form( {
				title: 'a\u0000b',
				content:
					'<!-- wp:paragraph -->\n<p>c\u0000d</p>\n<!-- /wp:paragraph -->',
				excerpt: '\u0000e',
			} ),
			'publish',
			type,
			{}
		);
		expect( request.title ).toBe( 'ab' );
		expect( request.content ).toBe(
			'<!-- wp:paragraph -->\n<p>cd</p>\n<!-- /wp:paragraph -->'
		);
		expect( request.excerpt ).toBe( 'e' );
	} );

	it( 'should let the server schedule a publish dated in the future', () => {
		expect(
			statusFor( form( { date: '2999-01-01T00:00:00' } ), 'publish' )
		).toBe( 'publish' );
	} );

	it( "should submit contributors' posts for review", () => {
		expect( statusFor( form(), 'pending' ) ).toBe( 'pending' );
	} );
} );

describe( 'hasWords', () => {
	it( 'should need a title or some text', () => {
		expect( hasWords( form() ) ).toBe( false );
		expect( hasWords( form( { title: '  ', content: '\n \n' } ) ) ).toBe(
			false
		);
		expect( hasWords( form( { title: 'x' } ) ) ).toBe( true );
		expect( hasWords( form( { content: 'x' } ) ) ).toBe( true );
		expect( hasWords( form( { content: '<!-- wp:gallery /-->' } ) ) ).toBe(
			true
		);
	} );
} );
