/**
 * Renders the whole composer against a fake network, for the composer's unit tests.
 */

/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { Composer } from '../composer/composer';
import { makeSettings } from './settings';
import { emptyReads, mockServer, type RecordedRequest } from './server';
import type { QuickPostSettings } from '../types';

// The composer's tests write in the plain Content field, as a writer does until the writing
// surface has loaded (the surface has tests of its own): it stays suspended here.
jest.mock( '../composer/editor', () => ( {
	__esModule: true,
	default: () => {
		throw new Promise( () => {} );
	},
} ) );

/**
 * Renders the composer and waits until its recent drafts have loaded.
 * @param settings The settings PHP would print.
 * @param options  For user-event, e.g. `advanceTimers` with Jest's fake timers.
 */
export async function renderComposer(
	settings: QuickPostSettings = makeSettings(),
	options: Parameters< typeof userEvent.setup >[ 0 ] = {}
) {
	const user = userEvent.setup( options );
	render( <Composer settings={ settings } context="page" /> );
	await waitFor( () =>
		expect(
			screen.getByRole( 'region', { name: 'Your recent drafts' } )
		).toHaveAttribute( 'aria-busy', 'false' )
	);
	return user;
}

/**
 * The visible notice, not the copy that is spoken to screen readers.
 * @param text
 */
export function findNotice( text: string | RegExp ) {
	return screen.findByText( text, {
		selector: '.components-notice__content',
	} );
}

export const savedPost = ( status: string, id = 42 ) => ( {
	id,
	link: `http://example.test/?p=${ id }`,
	status,
	date: '2026-11-22T10:00:00',
	title: { rendered: 'Hello' },
} );

export const isSave = ( request: RecordedRequest ) =>
	request.method === 'POST' && /^\/wp\/v2\/posts\b/.test( request.path );

/**
 * Answers saves with `save`, everything else as an empty site would.
 * @param save
 */
export function server( save: ( request: RecordedRequest ) => unknown ) {
	return mockServer( ( request ) =>
		isSave( request ) ? save( request ) : emptyReads( request )
	);
}

export const title = () => screen.getByRole( 'textbox', { name: 'Title' } );
export const content = () => screen.getByRole( 'textbox', { name: 'Content' } );
