/**
 * External dependencies
 */
import { act, renderHook, waitFor } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { useLayoutEffect } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { applySavedPost, useRecentDrafts } from '../use-recent-drafts';
import { mockServer } from '../../../test-utils/server';
import { makePostType, QUERIES } from '../../../test-utils/settings';
import type { DraftSummary, SavedPost } from '../../../types';

/** As PHP's recent-drafts query asks for (`per_page`). */
const LIMIT = Number( QUERIES.recentDrafts.per_page );

const draft = ( id: number ): DraftSummary => ( {
	id,
	title: { raw: `Draft ${ id }` },
	modified: '2026-11-01T10:00:00',
	link: `https://example.test/?p=${ id }`,
} );

const saved = ( id: number, status: SavedPost[ 'status' ] ): SavedPost => ( {
	id,
	status,
	link: `https://example.test/?p=${ id }`,
	date: '2026-11-22T09:00:00',
	modified: '2026-11-22T09:30:00',
	title: { raw: 'Fresh <b>words</b>', rendered: 'Fresh <b>words</b>' },
} );

describe( 'applySavedPost', () => {
	it( 'puts a new draft on top and keeps five', () => {
		const result = applySavedPost(
			[ 1, 2, 3, 4, 5 ].map( draft ),
			saved( 9, 'draft' ),
			LIMIT
		);
		expect( result.refetch ).toBe( false );
		expect( result.drafts.map( ( item ) => item.id ) ).toEqual( [
			9, 1, 2, 3, 4,
		] );
		expect( result.drafts[ 0 ] ).toEqual( {
			id: 9,
			title: { raw: 'Fresh <b>words</b>' },
			modified: '2026-11-22T09:30:00',
			link: 'https://example.test/?p=9',
		} );
	} );

	it( 'moves an updated draft to the top without a duplicate', () => {
		const result = applySavedPost(
			[ 1, 2, 3 ].map( draft ),
			saved( 3, 'draft' ),
			LIMIT
		);
		expect( result.drafts.map( ( item ) => item.id ) ).toEqual( [
			3, 1, 2,
		] );
	} );

	it( 'drops a published draft, and asks again only when the list was full', () => {
		const short = applySavedPost(
			[ 1, 2, 3 ].map( draft ),
			saved( 2, 'publish' ),
			LIMIT
		);
		expect( short ).toEqual( {
			drafts: [ draft( 1 ), draft( 3 ) ],
			refetch: false,
		} );
		const full = applySavedPost(
			[ 1, 2, 3, 4, 5 ].map( draft ),
			saved( 2, 'future' ),
			LIMIT
		);
		expect( full.refetch ).toBe( true );
	} );

	it( 'leaves the list alone when a new post is published', () => {
		const drafts = [ 1, 2, 3, 4, 5 ].map( draft );
		expect(
			applySavedPost( drafts, saved( 8, 'publish' ), LIMIT )
		).toEqual( {
			drafts,
			refetch: false,
		} );
	} );
} );

describe( 'useRecentDrafts', () => {
	it( 'shows a saved draft in the same commit as the save, without asking the server again', async () => {
		const requests = mockServer( () => [ 1, 2 ].map( draft ) );
		const type = makePostType();
		// What every commit showed: the save the composer reported, and the list's first draft.
		const commits: Array< [ number | undefined, number | undefined ] > = [];
		const { result, rerender } = renderHook(
			( { lastSaved }: { lastSaved: SavedPost | null } ) => {
				const list = useRecentDrafts(
					type,
					QUERIES.recentDrafts,
					lastSaved
				);
				useLayoutEffect( () => {
					commits.push( [ lastSaved?.id, list.drafts[ 0 ]?.id ] );
				} );
				return list;
			},
			{ initialProps: { lastSaved: null as SavedPost | null } }
		);
		await waitFor( () => expect( result.current.isLoading ).toBe( false ) );

		commits.length = 0;
		act( () => rerender( { lastSaved: saved( 9, 'draft' ) } ) );

		expect( commits ).toEqual( [ [ 9, 9 ] ] );
		expect( result.current.drafts.map( ( item ) => item.id ) ).toEqual( [
			9, 1, 2,
		] );
		expect( requests ).toHaveLength( 1 );
	} );
} );
