/**
 * The composer's form: its shape, and the empty and stored-post forms its fields make together.
 */

/**
 * Internal dependencies
 */
import type { ComposerField, LoadedPost } from './field';
import type { OpenClosed, PostTypeSettings, TermRef } from '../../types';

export type Visibility = 'public' | 'private' | 'password';

export interface FeaturedImage {
	id: number;
	url: string;
	alt: string;
}

export interface PostForm {
	title: string;
	/** Block markup. */
	content: string;
	/**
	 * Whether the writer changed the content. A loaded draft's content is sent back only once it
	 * changed: untouched, it stays exactly as stored, and core's HTML filters never run on it again.
	 */
	contentEdited: boolean;
	excerpt: string;
	slug: string;
	/** Site-local date and time (`YYYY-MM-DDTHH:mm:ss`), or null for "now". */
	date: string | null;
	visibility: Visibility;
	password: string;
	sticky: boolean;
	format: string;
	commentStatus: OpenClosed;
	pingStatus: OpenClosed;
	/** Null means the current user. */
	author: { id: number; name: string } | null;
	/** Selected terms by taxonomy slug. */
	terms: Record< string, TermRef[] >;
	featuredImage: FeaturedImage | null;
}

/**
 * @param fields The composer's fields.
 * @param type   The post type.
 * @return A form for a new post: every field's empty values (the type's defaults).
 */
export function emptyForm(
	fields: readonly ComposerField[],
	type: PostTypeSettings
): PostForm {
	return Object.assign(
		{},
		...fields.map( ( field ) => field.empty( type ) )
	) as PostForm;
}

/**
 * @param fields The composer's fields.
 * @param loaded A post loaded with `context=edit`, and its terms.
 * @param type   Its post type.
 * @return The form that edits it: values the fields can read from the post, empty ones otherwise.
 */
export function formFromPost(
	fields: readonly ComposerField[],
	loaded: LoadedPost,
	type: PostTypeSettings
): PostForm {
	return Object.assign(
		emptyForm( fields, type ),
		...fields.map( ( field ) => field.fromPost( loaded, type ) )
	) as PostForm;
}

/**
 * @param field The field.
 * @param type  The post type.
 * @return Whether the type and the user's capabilities have the field.
 */
export function isFieldVisible(
	field: ComposerField,
	type: PostTypeSettings
): boolean {
	return field.isVisible?.( type ) ?? true;
}
