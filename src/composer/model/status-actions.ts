/**
 * Which save buttons the current user is offered.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';
import { isInTheFuture } from '@wordpress/date';

/**
 * Internal dependencies
 */
import type { SaveIntent } from './post-request';
import type { PostForm } from './post-form';
import type { PostTypeSettings } from '../../types';

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
