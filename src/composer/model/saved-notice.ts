/**
 * What a save notice says, in the post type's own words: a plain function of the saved post, the
 * status it had before and the type's labels, like the block editor's notice builder.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';

/**
 * Internal dependencies
 */
import type { PostStatus, PostTypeLabels, SavedPost } from '../../types';

export interface SavedNotice {
	/** A sentence saying what happened. */
	message: string;
	/** The link to the post on the site: the type's "View" label once public, else "Preview". */
	viewLabel: string;
	editLabel: string;
}

const PUBLISHED: PostStatus[] = [ 'publish', 'private', 'future' ];

function scheduledFor( date: string ): string {
	const { formats } = getDateSettings();
	return dateI18n( `${ formats.date } ${ formats.time }`, date, undefined );
}

function publishedMessage(
	post: Pick< SavedPost, 'status' | 'date' >,
	labels: PostTypeLabels
): string {
	switch ( post.status ) {
		case 'private':
			return (
				labels.itemPublishedPrivately ??
				__( 'Private post published.', 'quick-post' )
			);
		case 'future':
			return labels.itemScheduled
				? sprintf(
						/* translators: 1: the post type's "scheduled" label, e.g. "Page scheduled."; 2: date and time. */
						__( '%1$s It goes live on %2$s.', 'quick-post' ),
						labels.itemScheduled,
						scheduledFor( post.date )
					)
				: sprintf(
						/* translators: %s: date and time the post will be published. */
						__( 'Post scheduled for %s.', 'quick-post' ),
						scheduledFor( post.date )
					);
		default:
			return (
				labels.itemPublished ?? __( 'Post published.', 'quick-post' )
			);
	}
}

/**
 * @param post           The post as the server saved it.
 * @param labels         The post type's own labels (only those it words its own way).
 * @param previousStatus The status the post had before this save, or null for a new post.
 */
export function describeSave(
	post: Pick< SavedPost, 'status' | 'date' >,
	labels: PostTypeLabels,
	previousStatus: PostStatus | null = null
): SavedNotice {
	const wasPublished =
		previousStatus !== null && PUBLISHED.includes( previousStatus );
	let message: string;
	if ( PUBLISHED.includes( post.status ) ) {
		message = wasPublished
			? ( labels.itemUpdated ?? __( 'Post updated.', 'quick-post' ) )
			: publishedMessage( post, labels );
	} else if ( post.status === 'pending' ) {
		message = labels.singularName
			? sprintf(
					/* translators: %s: the post type's name, e.g. Page. */
					__( '%s submitted for review.', 'quick-post' ),
					labels.singularName
				)
			: __( 'Post submitted for review.', 'quick-post' );
	} else if ( wasPublished ) {
		message =
			labels.itemRevertedToDraft ??
			__( 'Post reverted to draft.', 'quick-post' );
	} else {
		message = __( 'Draft saved.', 'quick-post' );
	}
	return {
		message,
		viewLabel:
			post.status === 'publish'
				? ( labels.viewItem ?? __( 'View post', 'quick-post' ) )
				: __( 'Preview', 'quick-post' ),
		editLabel: labels.editItem ?? __( 'Edit post', 'quick-post' ),
	};
}
