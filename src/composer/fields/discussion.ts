/**
 * Whether the post takes comments and pingbacks.
 */

/**
 * Internal dependencies
 */
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const discussionField: ComposerField = {
	id: 'discussion',
	section: 'more',
	isVisible: ( type ) => type.supports.comments || type.supports.trackbacks,
	empty: ( type ) => ( {
		commentStatus: type.defaultCommentStatus,
		pingStatus: type.defaultPingStatus,
	} ),
	fromPost: ( { post }, type ) => ( {
		commentStatus: post.comment_status ?? type.defaultCommentStatus,
		pingStatus: post.ping_status ?? type.defaultPingStatus,
	} ),
	toRequest: ( form, type ) => ( {
		...( type.supports.comments
			? { comment_status: form.commentStatus }
			: {} ),
		...( type.supports.trackbacks ? { ping_status: form.pingStatus } : {} ),
	} ),
	errors: { params: () => [ 'comment_status', 'ping_status' ] },
	Edit: lazyEdit( 'DiscussionEdit' ),
};
