/**
 * Which save buttons the current user is offered, and what each result is called.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { PostStatus, PostTypeSettings } from '../types';

export interface StatusAction {
	status: PostStatus;
	label: string;
}

/**
 * Authors and up publish; contributors submit for review. Everyone may keep a draft.
 * The server still decides: this only chooses what to offer.
 *
 * @param can What PHP says the user may do with the post type.
 * @return The primary action first.
 */
export function getStatusActions(
	can: PostTypeSettings[ 'can' ]
): [ StatusAction, StatusAction ] {
	const draft = {
		status: 'draft',
		label: __( 'Save draft', 'quick-post' ),
	} as const;
	if ( can.publish ) {
		return [
			{ status: 'publish', label: __( 'Publish', 'quick-post' ) },
			draft,
		];
	}
	return [
		{ status: 'pending', label: __( 'Submit for review', 'quick-post' ) },
		draft,
	];
}

/**
 * @param status The status the server gave the saved post.
 * @return A sentence saying what happened.
 */
export function describeSavedStatus( status: PostStatus ): string {
	switch ( status ) {
		case 'publish':
			return __( 'Post published.', 'quick-post' );
		case 'pending':
			return __( 'Post submitted for review.', 'quick-post' );
		case 'future':
			return __( 'Post scheduled.', 'quick-post' );
		case 'private':
			return __( 'Private post published.', 'quick-post' );
		default:
			return __( 'Draft saved.', 'quick-post' );
	}
}
