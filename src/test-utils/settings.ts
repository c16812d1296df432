/**
 * Settings as getSettings() hands them to the composer, for unit tests.
 */

/**
 * Internal dependencies
 */
import type {
	ComposerQueries,
	PostTypeSettings,
	QuickPostSettings,
	TaxonomySettings,
} from '../types';

/** The queries PHP passes (get_composer_queries()). */
export const QUERIES: ComposerQueries = {
	recentDrafts: {
		_fields: 'id,title,modified,link',
		author: 7,
		context: 'edit',
		orderby: 'modified',
		per_page: 5,
		status: 'draft',
	},
	termSearch: {
		_fields: 'id,name,parent',
		per_page: 10,
		orderby: 'count',
		order: 'desc',
	},
	mostUsedTerms: {
		_fields: 'id,name,parent',
		per_page: 100,
		orderby: 'count',
		order: 'desc',
	},
};

export const categories: TaxonomySettings = {
	slug: 'category',
	route: '/wp/v2/categories',
	restBase: 'categories',
	hierarchical: true,
	label: 'Categories',
	singularName: 'Category',
	canCreate: true,
	defaultTerm: { id: 1, name: 'Uncategorized' },
};

export const tags: TaxonomySettings = {
	slug: 'post_tag',
	route: '/wp/v2/tags',
	restBase: 'tags',
	hierarchical: false,
	label: 'Tags',
	singularName: 'Tag',
	canCreate: true,
	defaultTerm: null,
};

export function makePostType(
	overrides: Partial< PostTypeSettings > = {}
): PostTypeSettings {
	return {
		slug: 'post',
		label: 'Post',
		labels: {},
		route: '/wp/v2/posts',
		hierarchical: false,
		supports: {
			title: true,
			editor: true,
			excerpt: true,
			thumbnail: true,
			comments: true,
			trackbacks: true,
			author: true,
		},
		formats: [
			{ slug: 'standard', label: 'Standard' },
			{ slug: 'aside', label: 'Aside' },
		],
		taxonomies: [ categories, tags ],
		defaultCommentStatus: 'open',
		defaultPingStatus: 'closed',
		can: {
			create: true,
			publish: true,
			editOthers: true,
			sticky: true,
			upload: true,
		},
		...overrides,
	};
}

/** A contributor's view of posts: no publishing, no sticky, no uploads, no new categories. */
export function contributorPostType(): PostTypeSettings {
	return makePostType( {
		taxonomies: [ { ...categories, canCreate: false }, tags ],
		can: {
			create: true,
			publish: false,
			editOthers: false,
			sticky: false,
			upload: false,
		},
	} );
}

export function makeSettings(
	overrides: Partial< QuickPostSettings > = {}
): QuickPostSettings {
	return {
		root: 'http://example.test/wp-json/',
		nonce: 'abc123',
		adminUrl: 'http://example.test/wp-admin/',
		loginUrl: 'http://example.test/wp-login.php',
		limits: { timeout: 30000, maxUpload: 2 * 1024 * 1024 },
		user: { id: 7, name: 'Ada', login: 'ada', appPasswords: false },
		postTypes: [ makePostType() ],
		preferences: { moreOptionsOpen: false },
		queries: QUERIES,
		preload: {},
		...overrides,
	};
}
