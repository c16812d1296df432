/**
 * The user's latest drafts: load one into the composer, or open it in the editor.
 */

/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { editPostUrl } from './model/admin-urls';
import type { RecentDrafts as RecentDraftsState } from './hooks/use-recent-drafts';

interface RecentDraftsProps {
	state: RecentDraftsState;
	adminUrl: string;
	editingId: number | null;
	onLoad: ( id: number ) => void;
	headingLevel: 2 | 3;
}

export function RecentDrafts( {
	state,
	adminUrl,
	editingId,
	onLoad,
	headingLevel,
}: RecentDraftsProps ) {
	const Heading = headingLevel === 3 ? 'h3' : 'h2';
	const { drafts, isLoading, error } = state;
	const { formats } = getDateSettings();
	const headingId = `quick-post-drafts-heading-${ useInstanceId( RecentDrafts ) }`;

	return (
		<section
			className="quick-post-drafts"
			aria-labelledby={ headingId }
			aria-busy={ isLoading }
		>
			<Heading id={ headingId } className="quick-post-drafts__heading">
				{ __( 'Your recent drafts', 'quick-post' ) }
			</Heading>
			{ isLoading && drafts.length === 0 && <Spinner /> }
			{ error && (
				<p className="quick-post-field__error">{ error.message }</p>
			) }
			{ ! isLoading && ! error && drafts.length === 0 && (
				<p className="quick-post-field__help">
					{ __( 'No drafts yet.', 'quick-post' ) }
				</p>
			) }
			{ drafts.length > 0 && (
				<ul className="quick-post-drafts__list">
					{ drafts.map( ( draft ) => {
						const title =
							draft.title.raw.trim() ||
							__( '(no title)', 'quick-post' );
						return (
							<li
								key={ draft.id }
								className="quick-post-drafts__item"
							>
								<Button
									variant="link"
									onClick={ () => onLoad( draft.id ) }
									aria-current={
										editingId === draft.id
											? 'true'
											: undefined
									}
									aria-label={ sprintf(
										/* translators: %s: draft title. */
										__(
											'Continue “%s” here',
											'quick-post'
										),
										title
									) }
								>
									{ title }
								</Button>
								<time
									dateTime={ draft.modified }
									className="quick-post-drafts__date"
								>
									{ dateI18n(
										formats.date,
										draft.modified,
										undefined
									) }
								</time>
								<a
									href={ editPostUrl( adminUrl, draft.id ) }
									className="quick-post-drafts__edit"
									aria-label={ sprintf(
										/* translators: %s: draft title. */
										__(
											'Edit “%s” in the editor',
											'quick-post'
										),
										title
									) }
								>
									{ __( 'Edit', 'quick-post' ) }
								</a>
							</li>
						);
					} ) }
				</ul>
			) }
		</section>
	);
}
