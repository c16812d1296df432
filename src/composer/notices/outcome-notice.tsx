/**
 * Tells the writer what became of their last save, with links to the saved post, or what to do
 * next when it failed (retry, log in again), or that unsaved work was brought back.
 */

/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { editPostUrl } from '../model/admin-urls';
import { describeSave } from '../model/saved-notice';
import type { ComposerOutcome } from '../model/composer-state';
import type { PostTypeLabels } from '../../types';

interface OutcomeNoticeProps {
	outcome: ComposerOutcome;
	/** The saved post's type's own labels. */
	labels: PostTypeLabels;
	adminUrl: string;
	onDismiss: () => void;
	onRetry: () => void;
	onLogIn: () => void;
	onDiscard: () => void;
}

export function OutcomeNotice( {
	outcome,
	labels,
	adminUrl,
	onDismiss,
	onRetry,
	onLogIn,
	onDiscard,
}: OutcomeNoticeProps ) {
	if ( outcome.type === 'restored' ) {
		return (
			<Notice
				status="info"
				onRemove={ onDismiss }
				className="quick-post-notice"
				actions={ [
					{
						label: __( 'Discard', 'quick-post' ),
						onClick: onDiscard,
						variant: 'secondary',
					},
				] }
			>
				{ __( 'Restored your unsaved post.', 'quick-post' ) }
			</Notice>
		);
	}

	if ( outcome.type === 'failed' ) {
		const { error } = outcome;
		const actions = [];
		if ( error.loggedOut ) {
			actions.push( {
				label: __( 'Log in again', 'quick-post' ),
				onClick: onLogIn,
				variant: 'primary' as const,
			} );
		}
		if ( error.retryable ) {
			actions.push( {
				label: __( 'Retry', 'quick-post' ),
				onClick: onRetry,
				variant: error.loggedOut
					? ( 'secondary' as const )
					: ( 'primary' as const ),
			} );
		}
		return (
			<Notice
				status="error"
				onRemove={ onDismiss }
				className="quick-post-notice"
				actions={ actions }
			>
				{ error.message }
				{ error.autoRetryIn !== undefined &&
					` ${ sprintf(
						/* translators: %d: a number of seconds. */
						_n(
							'Quick Post tries again in %d second.',
							'Quick Post tries again in %d seconds.',
							error.autoRetryIn,
							'quick-post'
						),
						error.autoRetryIn
					) }` }
			</Notice>
		);
	}

	const { post, notes, previousStatus } = outcome;
	const { message, viewLabel, editLabel } = describeSave(
		post,
		labels,
		previousStatus
	);
	return (
		<Notice
			status={ notes.length > 0 ? 'warning' : 'success' }
			onRemove={ onDismiss }
			className="quick-post-notice"
			actions={ [
				{ label: viewLabel, url: post.link },
				{ label: editLabel, url: editPostUrl( adminUrl, post.id ) },
			] }
		>
			{ message }
			{ notes.map( ( note ) => (
				<span key={ note } className="quick-post-notice__note">
					{ ' ' }
					{ note }
				</span>
			) ) }
		</Notice>
	);
}
