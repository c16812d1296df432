/**
 * When to publish: now, or a date that schedules or back-dates the post.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const scheduleField: ComposerField = {
	id: 'date',
	section: 'more',
	isVisible: ( type ) => type.can.publish,
	empty: () => ( { date: null } ),
	// A draft that was never given a date has none in GMT: keep "now".
	fromPost: ( { post } ) => ( { date: post.date_gmt ? post.date : null } ),
	toRequest: ( form ) => ( form.date ? { date: form.date } : {} ),
	errors: {
		params: () => [ 'date' ],
		message: ( error ) =>
			error.code === 'rest_invalid_param'
				? __(
						'This date could not be used. Pick a date and time again.',
						'quick-post'
					)
				: undefined,
	},
	Edit: lazyEdit( 'ScheduleEdit' ),
};
