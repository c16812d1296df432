/**
 * Settings as PHP would print them, for unit tests.
 */

/**
 * Internal dependencies
 */
import type {
	PostTypeSettings,
	QuickPostSettings,
	TaxonomySettings,
} from '../types';

export const categories: TaxonomySettings = {
	slug: 'category',
	restBase: 'categories',
	hierarchical: true,
	label: 'Categories',
	singularName: 'Category',
	canCreate: true,
	defaultTerm: { id: 1, name: 'Uncategorized' },
};

export const tags: TaxonomySettings = {
	slug: 'post_tag',
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
		restBase: 'posts',
		restNamespace: 'wp/v2',
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
		timeout: 30000,
		maxUpload: 2 * 1024 * 1024,
		user: { id: 7, name: 'Ada' },
		postTypes: [ makePostType() ],
		preferences: { moreOptionsOpen: false },
		preload: {},
		...overrides,
	};
}
