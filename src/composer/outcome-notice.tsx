/**
 * Tells the writer what became of their last save, with links to the saved post.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { describeSavedPost } from './status-actions';
import type { ComposerOutcome } from './use-composer';

interface OutcomeNoticeProps {
	outcome: ComposerOutcome;
	adminUrl: string;
	onDismiss: () => void;
}

export function editPostUrl( adminUrl: string, postId: number ): string {
	return `${ adminUrl }post.php?post=${ postId }&action=edit`;
}

export function OutcomeNotice( {
	outcome,
	adminUrl,
	onDismiss,
}: OutcomeNoticeProps ) {
	if ( outcome.type === 'failed' ) {
		return (
			<Notice
				status="error"
				onRemove={ onDismiss }
				className="quick-post-notice"
			>
				{ outcome.error.message }
			</Notice>
		);
	}

	const { post } = outcome;
	const isPublic = post.status === 'publish';
	return (
		<Notice
			status="success"
			onRemove={ onDismiss }
			className="quick-post-notice"
			actions={ [
				{
					label: isPublic
						? __( 'View post', 'quick-post' )
						: __( 'Preview', 'quick-post' ),
					url: post.link,
				},
				{
					label: __( 'Edit post', 'quick-post' ),
					url: editPostUrl( adminUrl, post.id ),
				},
			] }
		>
			{ describeSavedPost( post ) }
		</Notice>
	);
}
