/**
 * `useReducer`, with the latest state readable at once after a dispatch: a save that waited for an
 * upload must send the form the upload just completed, before React has rendered it.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useRef, useState } from '@wordpress/element';
import type { RefObject } from 'react';

export function useStore< State, Action >(
	reducer: ( state: State, action: Action ) => State,
	init: () => State
): [ State, ( action: Action ) => void, RefObject< State > ] {
	const latest = useRef< State | null >( null );
	if ( latest.current === null ) {
		latest.current = init();
	}
	const [ state, setState ] = useState< State >( latest.current );
	const dispatch = useCallback(
		( action: Action ) => {
			latest.current = reducer( latest.current as State, action );
			setState( latest.current );
		},
		[ reducer ]
	);
	return [ state, dispatch, latest as RefObject< State > ];
}
