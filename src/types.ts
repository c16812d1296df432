/**
 * Types shared by the composer: settings from PHP, requests and responses of the REST API.
 */

export interface PostTypeSettings {
	slug: string;
	restBase: string;
	can: {
		create: boolean;
		publish: boolean;
	};
}

/** What PHP hands the bundle through `wp_localize_script()`. */
export interface QuickPostSettings {
	root: string;
	nonce: string;
	adminUrl: string;
	postType: PostTypeSettings;
}

declare global {
	interface Window {
		quickPostSettings?: QuickPostSettings;
	}
}

export type PostStatus = 'publish' | 'draft' | 'pending' | 'future' | 'private';

/** The body of `POST /wp/v2/<rest_base>`. */
export interface PostRequest {
	title: string;
	content: string;
	status: PostStatus;
}

/** The part of the REST API's post response that the composer uses. */
export interface SavedPost {
	id: number;
	link: string;
	status: PostStatus;
	title: { raw?: string; rendered: string };
}

/** An error from the server or the network, in words for the person writing. */
export interface ComposerError {
	code: string;
	message: string;
	status?: number;
}
