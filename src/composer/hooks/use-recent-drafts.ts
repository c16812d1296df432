/**
 * The current user's latest drafts of a post type: preloaded by PHP, then kept current from the
 * posts the composer saves, so a save costs one request, not a save and a list.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { getRecentDrafts } from '../../api/posts';
import type { RestError } from '../../api/rest-error';
import type {
	DraftSummary,
	PostTypeSettings,
	QueryArgs,
	SavedPost,
} from '../../types';

export interface RecentDrafts {
	drafts: DraftSummary[];
	isLoading: boolean;
	error: RestError | null;
}

/**
 * The list after the server confirmed `post`: a draft moves to the top, anything else leaves.
 *
 * @param drafts The list as shown.
 * @param post   The saved post.
 * @param limit  How many drafts the list holds (the query's `per_page`).
 * @return The new list, and whether it has to be fetched again: a post left a full list, so a
 * draft the list could not show before may belong in it now.
 */
export function applySavedPost(
	drafts: DraftSummary[],
	post: SavedPost,
	limit: number
): { drafts: DraftSummary[]; refetch: boolean } {
	const others = drafts.filter( ( draft ) => draft.id !== post.id );
	if ( post.status === 'draft' ) {
		const summary: DraftSummary = {
			id: post.id,
			title: { raw: post.title.raw ?? post.title.rendered },
			modified: post.modified ?? post.date,
			link: post.link,
		};
		return {
			drafts: [ summary, ...others ].slice( 0, limit ),
			refetch: false,
		};
	}
	return {
		drafts: others,
		refetch: others.length < drafts.length && drafts.length === limit,
	};
}

/**
 * @param type      The post type.
 * @param query     The recent-drafts query PHP preloaded (the current user's, a page of them).
 * @param lastSaved The last post the composer saved, if any.
 */
export function useRecentDrafts(
	type: PostTypeSettings,
	query: QueryArgs,
	lastSaved: SavedPost | null
): RecentDrafts {
	const [ state, setState ] = useState< RecentDrafts >( {
		drafts: [],
		isLoading: true,
		error: null,
	} );
	const [ fetchCount, setFetchCount ] = useState( 0 );
	const [ appliedSave, setAppliedSave ] = useState( lastSaved );

	// Applied while rendering, not in an effect: the list changes in the same commit as the save's
	// notice, instead of one paint later.
	if ( lastSaved !== appliedSave ) {
		setAppliedSave( lastSaved );
		if (
			lastSaved &&
			( ! lastSaved.type || lastSaved.type === type.slug )
		) {
			const next = applySavedPost(
				state.drafts,
				lastSaved,
				Number( query.per_page )
			);
			if ( next.refetch ) {
				setFetchCount( ( count ) => count + 1 );
			} else {
				setState( ( current ) => ( {
					...current,
					drafts: next.drafts,
				} ) );
			}
		}
	}

	useEffect( () => {
		let cancelled = false;
		setState( ( current ) => ( { ...current, isLoading: true } ) );
		getRecentDrafts( type, query ).then(
			( drafts ) =>
				! cancelled &&
				setState( { drafts, isLoading: false, error: null } ),
			( error: RestError ) =>
				! cancelled &&
				setState( { drafts: [], isLoading: false, error } )
		);
		return () => {
			cancelled = true;
		};
	}, [ type, query, fetchCount ] );

	return state;
}
