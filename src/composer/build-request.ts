/**
 * Turns the form into the body of one `POST /wp/v2/<type>` request.
 */

/**
 * Internal dependencies
 */
import { toBlockMarkup } from '../content/to-block-markup';
import type { PostForm } from './post-form';
import type { PostRequest, PostStatus, PostTypeSettings } from '../types';

/** What the person asked for with the button they pressed. */
export type SaveIntent = 'publish' | 'draft' | 'pending';

/**
 * The status to send. A future date needs no special status: WordPress schedules a `publish`
 * request dated in the future by itself (and the server is the judge of "future").
 *
 * @param form   The form.
 * @param intent The button pressed.
 */
export function statusFor( form: PostForm, intent: SaveIntent ): PostStatus {
	if ( intent === 'publish' && form.visibility === 'private' ) {
		return 'private';
	}
	return intent;
}

/**
 * NUL characters are invisible, invalid in HTML, and cut some databases' strings short.
 *
 * @param text Text the user typed or pasted.
 */
function withoutNul( text: string ): string {
	return text.replace( /\0/g, '' );
}

/**
 * @param form    The form.
 * @param intent  The button pressed.
 * @param type    The post type, for what it supports and what the user may do.
 * @param termIds Resolved term IDs by taxonomy slug (new terms already created).
 */
export function buildPostRequest(
	form: PostForm,
	intent: SaveIntent,
	type: PostTypeSettings,
	termIds: Record< string, number[] >
): PostRequest {
	const request: PostRequest = {
		title: withoutNul( form.title ),
		status: statusFor( form, intent ),
	};
	if ( form.contentEditable ) {
		request.content = toBlockMarkup( withoutNul( form.content ) );
	}
	if ( type.supports.excerpt ) {
		request.excerpt = withoutNul( form.excerpt );
	}
	if ( form.slug.trim() !== '' ) {
		request.slug = form.slug.trim();
	}
	if ( form.date ) {
		request.date = form.date;
	}
	request.password = form.visibility === 'password' ? form.password : '';
	if ( type.can.sticky ) {
		request.sticky = form.visibility === 'public' && form.sticky;
	}
	if ( type.formats.length > 0 ) {
		request.format = form.format;
	}
	if ( type.supports.comments ) {
		request.comment_status = form.commentStatus;
	}
	if ( type.supports.trackbacks ) {
		request.ping_status = form.pingStatus;
	}
	if ( type.supports.author && type.can.editOthers && form.author ) {
		request.author = form.author.id;
	}
	if ( type.supports.thumbnail ) {
		request.featured_media = form.featuredImage?.id ?? 0;
	}
	for ( const taxonomy of type.taxonomies ) {
		request[ taxonomy.restBase ] = termIds[ taxonomy.slug ] ?? [];
	}
	return request;
}

/**
 * Whether there is anything to save: a title or some text.
 *
 * @param form The form.
 */
export function hasWords( form: PostForm ): boolean {
	return (
		form.title.trim() !== '' ||
		! form.contentEditable ||
		toBlockMarkup( form.content ) !== ''
	);
}
