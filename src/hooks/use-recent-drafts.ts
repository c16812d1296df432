/**
 * The current user's latest drafts of a post type, refreshed after every save.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { getRecentDrafts } from '../api/posts';
import type { ComposerError, DraftSummary, PostTypeSettings } from '../types';

export interface RecentDrafts {
	drafts: DraftSummary[];
	isLoading: boolean;
	error: ComposerError | null;
}

/**
 * @param type      The post type.
 * @param userId    The current user.
 * @param refreshAt Changes whenever the list may have changed (e.g. a save count).
 */
export function useRecentDrafts(
	type: PostTypeSettings,
	userId: number,
	refreshAt: number
): RecentDrafts {
	const [ state, setState ] = useState< RecentDrafts >( {
		drafts: [],
		isLoading: true,
		error: null,
	} );

	useEffect( () => {
		let cancelled = false;
		setState( ( current ) => ( { ...current, isLoading: true } ) );
		getRecentDrafts( type, userId ).then(
			( drafts ) =>
				! cancelled &&
				setState( { drafts, isLoading: false, error: null } ),
			( error: ComposerError ) =>
				! cancelled &&
				setState( { drafts: [], isLoading: false, error } )
		);
		return () => {
			cancelled = true;
		};
	}, [ type, userId, refreshAt ] );

	return state;
}
