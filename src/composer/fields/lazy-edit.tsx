/**
 * "More options"' components come in a file of their own, loaded when the composer first needs
 * them (or once the page is idle), so the quick path never waits for them.
 */

/**
 * WordPress dependencies
 */
import { lazy } from '@wordpress/element';
import type { ComponentType } from 'react';

/**
 * Internal dependencies
 */
import type { FieldEditProps } from '../model/field';
import type { MoreOptionsEdits } from './more-options-edits';

let loading: Promise< MoreOptionsEdits > | null = null;

/**
 * Loads the components once; a failed load (a network blip) is tried again next time.
 */
export function loadMoreOptions(): Promise< MoreOptionsEdits > {
	loading ??= import(
		/* webpackChunkName: "more-options" */ './more-options-edits'
	).then(
		( module ) => module.EDITS,
		( error ) => {
			loading = null;
			throw error;
		}
	);
	return loading;
}

/**
 * @param name A component of the "More options" file.
 * @return It, as a component that renders once the file has loaded (inside a Suspense boundary).
 */
export function lazyEdit(
	name: keyof MoreOptionsEdits
): ComponentType< FieldEditProps > {
	return lazy( () =>
		loadMoreOptions().then( ( edits ) => ( { default: edits[ name ] } ) )
	);
}
