/**
 * Which save buttons the current user is offered, and what each result is called.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';
import {
	dateI18n,
	getSettings as getDateSettings,
	isInTheFuture,
} from '@wordpress/date';

/**
 * Internal dependencies
 */
import type { SaveIntent } from './build-request';
import type { PostForm } from './post-form';
import type { PostTypeSettings, SavedPost } from '../types';

export interface StatusAction {
	intent: SaveIntent;
	label: string;
}

/**
 * Authors and up publish (or schedule); contributors submit for review. Everyone may keep a draft.
 * The server still decides: this only chooses what to offer.
 *
 * @param can  What PHP says the user may do with the post type.
 * @param form The form, for its date.
 * @return The primary action first.
 */
export function getStatusActions(
	can: PostTypeSettings[ 'can' ],
	form: Pick< PostForm, 'date' >
): [ StatusAction, StatusAction ] {
	const draft: StatusAction = {
		intent: 'draft',
		label: __( 'Save draft', 'quick-post' ),
	};
	if ( ! can.publish ) {
		return [
			{
				intent: 'pending',
				label: __( 'Submit for review', 'quick-post' ),
			},
			draft,
		];
	}
	const scheduled = form.date !== null && isInTheFuture( form.date );
	return [
		{
			intent: 'publish',
			label: scheduled
				? __( 'Schedule', 'quick-post' )
				: __( 'Publish', 'quick-post' ),
		},
		draft,
	];
}

/**
 * @param post The post as the server saved it.
 * @return A sentence saying what happened.
 */
export function describeSavedPost(
	post: Pick< SavedPost, 'status' | 'date' >
): string {
	switch ( post.status ) {
		case 'publish':
			return __( 'Post published.', 'quick-post' );
		case 'pending':
			return __( 'Post submitted for review.', 'quick-post' );
		case 'future':
			return sprintf(
				/* translators: %s: date and time the post will be published. */
				__( 'Post scheduled for %s.', 'quick-post' ),
				dateI18n(
					`${ getDateSettings().formats.date } ${ getDateSettings().formats.time }`,
					post.date,
					undefined
				)
			);
		case 'private':
			return __( 'Private post published.', 'quick-post' );
		default:
			return __( 'Draft saved.', 'quick-post' );
	}
}
