/**
 * The composer's form: its shape, an empty one for a post type, and one filled from a stored post.
 */

/**
 * Internal dependencies
 */
import { thumbnailUrl } from '../api/media';
import { fromBlockMarkup } from '../content/from-block-markup';
import type {
	EditablePost,
	OpenClosed,
	PostTypeSettings,
	TermRef,
} from '../types';

export type Visibility = 'public' | 'private' | 'password';

export interface FeaturedImage {
	id: number;
	url: string;
	alt: string;
}

export interface PostForm {
	title: string;
	content: string;
	/** False when a loaded post's content has blocks the composer cannot edit; it is then not sent. */
	contentEditable: boolean;
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

export function emptyForm( type: PostTypeSettings ): PostForm {
	return {
		title: '',
		content: '',
		contentEditable: true,
		excerpt: '',
		slug: '',
		date: null,
		visibility: 'public',
		password: '',
		sticky: false,
		format: 'standard',
		commentStatus: type.defaultCommentStatus,
		pingStatus: type.defaultPingStatus,
		author: null,
		terms: Object.fromEntries(
			type.taxonomies.map( ( taxonomy ) => [
				taxonomy.slug,
				taxonomy.defaultTerm ? [ { ...taxonomy.defaultTerm } ] : [],
			] )
		),
		featuredImage: null,
	};
}

/**
 * @param post  A post loaded with `context=edit` and embedded author and featured image.
 * @param type  Its post type.
 * @param terms Its terms by taxonomy slug.
 */
export function formFromPost(
	post: EditablePost,
	type: PostTypeSettings,
	terms: Record< string, TermRef[] >
): PostForm {
	const content = fromBlockMarkup( post.content.raw );
	const author = post._embedded?.author?.[ 0 ];
	const media = post._embedded?.[ 'wp:featuredmedia' ]?.[ 0 ];

	return {
		...emptyForm( type ),
		title: post.title.raw,
		content: content ?? '',
		contentEditable: content !== null,
		excerpt: post.excerpt?.raw ?? '',
		slug: post.slug,
		// A draft that was never given a date has none in GMT: keep "now".
		date: post.date_gmt ? post.date : null,
		visibility: post.password ? 'password' : 'public',
		password: post.password,
		sticky: post.sticky ?? false,
		format: post.format ?? 'standard',
		commentStatus: post.comment_status ?? type.defaultCommentStatus,
		pingStatus: post.ping_status ?? type.defaultPingStatus,
		author: author ? { id: author.id, name: author.name } : null,
		terms: Object.fromEntries(
			type.taxonomies.map( ( taxonomy ) => [
				taxonomy.slug,
				terms[ taxonomy.slug ] ?? [],
			] )
		),
		featuredImage:
			media && post.featured_media
				? {
						id: media.id,
						url: thumbnailUrl( media ),
						alt: media.alt_text,
					}
				: null,
	};
}
