/**
 * Types shared by the composer: settings from PHP, requests and responses of the REST API.
 */

export interface TermRef {
	/** Null for a new term the composer creates when the post is saved. */
	id: number | null;
	name: string;
}

export interface TaxonomySettings {
	slug: string;
	/** The term collection's REST route, e.g. `/wp/v2/categories` (core's route helper). */
	route: string;
	/** The post field that holds the taxonomy's term IDs, e.g. `categories`. */
	restBase: string;
	hierarchical: boolean;
	label: string;
	singularName: string;
	canCreate: boolean;
	defaultTerm: { id: number; name: string } | null;
}

export interface PostFormatOption {
	slug: string;
	label: string;
}

/**
 * The post type's own labels, only where it words them differently from core's stock post labels
 * (a page, a custom type with labels): the composer's own strings for posts fill the rest.
 */
export interface PostTypeLabels {
	singularName?: string;
	itemPublished?: string;
	itemPublishedPrivately?: string;
	itemScheduled?: string;
	itemUpdated?: string;
	itemRevertedToDraft?: string;
	viewItem?: string;
	editItem?: string;
}

export interface PostTypeSettings {
	slug: string;
	label: string;
	labels: PostTypeLabels;
	/** The post collection's REST route, e.g. `/wp/v2/posts` (core's route helper). */
	route: string;
	hierarchical: boolean;
	supports: {
		title: boolean;
		editor: boolean;
		excerpt: boolean;
		thumbnail: boolean;
		comments: boolean;
		trackbacks: boolean;
		author: boolean;
	};
	formats: PostFormatOption[];
	taxonomies: TaxonomySettings[];
	defaultCommentStatus: OpenClosed;
	defaultPingStatus: OpenClosed;
	can: {
		create: boolean;
		publish: boolean;
		editOthers: boolean;
		sticky: boolean;
		upload: boolean;
	};
}

export type QueryArgs = Record< string, string | number >;

/** The query arguments of the requests PHP preloaded, which the composer builds the same requests from. */
export interface ComposerQueries {
	/** The current user's latest drafts of a post type. */
	recentDrafts: QueryArgs;
	/** One page of terms, most used first (plus `search` when searching). */
	termSearch: QueryArgs;
	/** A flat taxonomy's most used terms, for instant suggestions. */
	mostUsedTerms: QueryArgs;
}

/** What PHP hands the bundle through `wp_localize_script()`, once `getSettings()` has checked it. */
export interface QuickPostSettings {
	root: string;
	nonce: string;
	adminUrl: string;
	loginUrl: string;
	limits: {
		/** Milliseconds to wait for a save before offering to retry. */
		timeout: number;
		/** The largest file the site accepts, in bytes. */
		maxUpload: number;
	};
	user: {
		id: number;
		name: string;
		/** What scripts and other apps log in with (with an application password). */
		login: string;
		/** Whether the user may create application passwords here. */
		appPasswords: boolean;
	};
	postTypes: PostTypeSettings[];
	preferences: { moreOptionsOpen: boolean };
	queries: ComposerQueries;
	/** REST responses PHP already computed, keyed by path, for api-fetch's preloading middleware. */
	preload: Record< string, unknown >;
}

declare global {
	interface Window {
		quickPostSettings?: unknown;
	}
}

export type OpenClosed = 'open' | 'closed';

export type PostStatus = 'publish' | 'draft' | 'pending' | 'future' | 'private';

/** The body of `POST /wp/v2/<rest_base>` (and `/<id>`) that the composer sends. */
export interface PostRequest {
	title?: string;
	content?: string;
	status?: PostStatus;
	excerpt?: string;
	slug?: string;
	date?: string;
	password?: string;
	sticky?: boolean;
	format?: string;
	comment_status?: OpenClosed;
	ping_status?: OpenClosed;
	author?: number;
	featured_media?: number;
	/** Term IDs by taxonomy REST base, e.g. `categories: [ 1 ]`. */
	[ taxonomyRestBase: string ]: unknown;
}

/** The part of the REST API's post response that the composer uses after saving. */
export interface SavedPost {
	id: number;
	link: string;
	status: PostStatus;
	date: string;
	modified?: string;
	slug?: string;
	type?: string;
	title: { raw?: string; rendered: string };
	/** Term IDs by taxonomy REST base, when asked for. */
	[ taxonomyRestBase: string ]: unknown;
}

/** A post as loaded for editing (`context=edit`, with embedded terms, author and image). */
export interface EditablePost {
	id: number;
	status: PostStatus;
	date: string;
	date_gmt: string | null;
	link: string;
	slug: string;
	title: { raw: string };
	content: { raw: string };
	excerpt?: { raw: string };
	password: string;
	sticky?: boolean;
	format?: string;
	comment_status?: OpenClosed;
	ping_status?: OpenClosed;
	author?: number;
	featured_media?: number;
	_embedded?: {
		author?: Array< { id: number; name: string } >;
		'wp:featuredmedia'?: Array< MediaItem >;
	};
	/** Term IDs by taxonomy REST base. */
	[ taxonomyRestBase: string ]: unknown;
}

export interface DraftSummary {
	id: number;
	title: { raw: string };
	modified: string;
	link: string;
}

export interface Term {
	id: number;
	name: string;
	parent?: number;
}

export interface Author {
	id: number;
	name: string;
}

export interface MediaItem {
	id: number;
	source_url: string;
	alt_text: string;
	title?: { rendered: string };
	media_details?: {
		sizes?: Record< string, { source_url: string } | undefined >;
	};
}
