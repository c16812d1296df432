/**
 * Uploads in flight, kept by the composer (not the field that started them) so a save can wait for
 * them and an upload can never land on a post other than the one it was started for.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useRef } from '@wordpress/element';
import type { RefObject } from 'react';

/**
 * Internal dependencies
 */
import { uploadMedia, type UploadTarget } from '../../api/media';
import type { RestError } from '../../api/rest-error';
import type { ComposerAction, ComposerState } from '../model/composer-state';
import type { PostForm } from '../model/post-form';
import type { MediaItem } from '../../types';

interface Pending {
	generation: number;
	/** Resolves with the failure, or null once the upload landed. */
	done: Promise< RestError | null >;
}

export interface Uploads {
	start: (
		field: string,
		file: File,
		apply: ( media: MediaItem ) => Partial< PostForm >,
		onProgress?: ( fraction: number ) => void
	) => Promise< MediaItem >;
	/** Whether an upload for the post in the form is in flight. */
	isUploading: () => boolean;
	/**
	 * Waits until no upload for the post in the form is in flight, including ones started meanwhile.
	 *
	 * @return The first upload that failed, or null.
	 */
	settle: () => Promise< RestError | null >;
}

export function useUploads(
	state: RefObject< ComposerState >,
	dispatch: ( action: ComposerAction ) => void,
	target: UploadTarget
): Uploads {
	const pending = useRef( new Map< string, Pending >() );
	const counter = useRef( 0 );

	const inFlight = useCallback(
		() =>
			[ ...pending.current.values() ].filter(
				( upload ) => upload.generation === state.current?.generation
			),
		[ state ]
	);

	const start = useCallback< Uploads[ 'start' ] >(
		( field, file, apply, onProgress ) => {
			const id = `upload-${ ++counter.current }`;
			dispatch( { type: 'uploadStarted', id, field } );
			const upload = uploadMedia( file, target, ( progress ) => {
				dispatch( { type: 'uploadProgress', id, progress } );
				onProgress?.( progress );
			} ).then(
				( media ) => {
					dispatch( {
						type: 'uploadFinished',
						id,
						patch: apply( media ),
					} );
					return media;
				},
				( error: RestError ) => {
					dispatch( { type: 'uploadFailed', id } );
					throw error;
				}
			);
			const done = upload.then(
				() => null,
				( error: RestError ) => error
			);
			pending.current.set( id, {
				generation: state.current?.generation ?? 0,
				done,
			} );
			void done.then( () => pending.current.delete( id ) );
			return upload;
		},
		[ dispatch, state, target ]
	);

	const settle = useCallback( async () => {
		for ( let waiting = inFlight(); waiting.length; waiting = inFlight() ) {
			const results = await Promise.all(
				waiting.map( ( upload ) => upload.done )
			);
			const failed = results.find( ( result ) => result !== null );
			if ( failed ) {
				return failed;
			}
		}
		return null;
	}, [ inFlight ] );

	const isUploading = useCallback(
		() => inFlight().length > 0,
		[ inFlight ]
	);

	return { start, isUploading, settle };
}
