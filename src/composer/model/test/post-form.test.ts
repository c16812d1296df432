/**
 * Internal dependencies
 */
import { COMPOSER_FIELDS } from '../../fields';
import { emptyForm, formFromPost } from '../post-form';
import { makePostType } from '../../../test-utils/settings';
import type { EditablePost } from '../../../types';

const type = makePostType();

const stored: EditablePost = {
	id: 5,
	status: 'draft',
	date: '2026-11-20T10:00:00',
	date_gmt: '2026-11-20T09:00:00',
	link: 'http://example.test/?p=5',
	slug: 'old-idea',
	title: { raw: 'Old idea' },
	content: {
		raw: '<!-- wp:paragraph -->\n<p>Half &amp; written</p>\n<!-- /wp:paragraph -->',
	},
	excerpt: { raw: 'Short' },
	password: 'secret',
	sticky: false,
	format: 'aside',
	comment_status: 'closed',
	ping_status: 'open',
	author: 3,
	featured_media: 31,
	_embedded: {
		author: [ { id: 3, name: 'Bo' } ],
		'wp:featuredmedia': [
			{
				id: 31,
				source_url: 'http://example.test/c.jpg',
				alt_text: 'Cat',
			},
		],
	},
	categories: [ 4 ],
};

describe( 'emptyForm', () => {
	it( "should hold every field's empty values, with the type's defaults", () => {
		expect( emptyForm( COMPOSER_FIELDS, type ) ).toEqual( {
			title: '',
			content: '',
			contentEdited: true,
			excerpt: '',
			slug: '',
			date: null,
			visibility: 'public',
			password: '',
			sticky: false,
			format: 'standard',
			commentStatus: 'open',
			pingStatus: 'closed',
			author: null,
			terms: {
				category: [ { id: 1, name: 'Uncategorized' } ],
				post_tag: [],
			},
			featuredImage: null,
		} );
	} );

	it( 'should have the same shape for a type without most fields', () => {
		const bare = makePostType( { taxonomies: [], formats: [] } );
		expect(
			Object.keys( emptyForm( COMPOSER_FIELDS, bare ) ).sort()
		).toEqual( Object.keys( emptyForm( COMPOSER_FIELDS, type ) ).sort() );
	} );
} );

describe( 'formFromPost', () => {
	it( 'should read every field from a stored post', () => {
		expect(
			formFromPost(
				COMPOSER_FIELDS,
				{
					post: stored,
					terms: { category: [ { id: 4, name: 'Ideas' } ] },
				},
				type
			)
		).toEqual( {
			title: 'Old idea',
			content:
				'<!-- wp:paragraph -->\n<p>Half &amp; written</p>\n<!-- /wp:paragraph -->',
			contentEdited: false,
			excerpt: 'Short',
			slug: 'old-idea',
			date: '2026-11-20T10:00:00',
			visibility: 'password',
			password: 'secret',
			sticky: false,
			format: 'aside',
			commentStatus: 'closed',
			pingStatus: 'open',
			author: { id: 3, name: 'Bo' },
			terms: { category: [ { id: 4, name: 'Ideas' } ], post_tag: [] },
			featuredImage: {
				id: 31,
				url: 'http://example.test/c.jpg',
				alt: 'Cat',
			},
		} );
	} );

	it( 'should keep "now" for a draft never given a date, and its content as stored', () => {
		const form = formFromPost(
			COMPOSER_FIELDS,
			{
				post: {
					...stored,
					date_gmt: null,
					content: { raw: '<!-- wp:gallery /-->' },
				},
				terms: {},
			},
			type
		);
		expect( form.date ).toBeNull();
		expect( form.contentEdited ).toBe( false );
		expect( form.content ).toBe( '<!-- wp:gallery /-->' );
	} );
} );
