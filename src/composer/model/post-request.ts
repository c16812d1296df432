/**
 * Turns the form into the body of one `POST /wp/v2/<type>` request: each field adds its part.
 */

/**
 * Internal dependencies
 */
import type { PostForm } from './post-form';
import type { ComposerField } from './field';
import type { PostRequest, PostStatus, PostTypeSettings } from '../../types';

/** What the person asked for with the button they pressed. */
export type SaveIntent = 'publish' | 'draft' | 'pending';

/**
 * The status to send. A future date needs no special status: WordPress schedules a `publish`
 * request dated in the future by itself (and the server is the judge of "future").
 *
 * @param form   The form.
 * @param intent The button pressed.
 */
export function statusFor(
	form: Pick< PostForm, 'visibility' >,
	intent: SaveIntent
): PostStatus {
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
export function withoutNul( text: string ): string {
	return text.replace( /\0/g, '' );
}

/**
 * @param fields  The composer's fields.
 * @param form    The form.
 * @param intent  The button pressed.
 * @param type    The post type, for what it supports and what the user may do.
 * @param termIds Resolved term IDs by taxonomy slug (new terms already created).
 */
export function buildPostRequest(
	fields: readonly ComposerField[],
	form: PostForm,
	intent: SaveIntent,
	type: PostTypeSettings,
	termIds: Record< string, number[] >
): PostRequest {
	const request: PostRequest = {};
	for ( const field of fields ) {
		Object.assign( request, field.toRequest( form, type, { termIds } ) );
	}
	request.status = statusFor( form, intent );
	return request;
}

/**
 * Whether there is anything to save: a title or some text.
 *
 * @param form The form.
 */
export function hasWords(
	form: Pick< PostForm, 'title' | 'content' >
): boolean {
	return form.title.trim() !== '' || form.content.trim() !== '';
}
