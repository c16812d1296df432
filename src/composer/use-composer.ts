/**
 * State of one composer: the text being written, the save in flight and its outcome.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { createPost } from '../api/posts';
import { toBlockMarkup } from '../content/to-block-markup';
import type { ComposerError, PostStatus, SavedPost } from '../types';

export type ComposerOutcome =
	| { type: 'saved'; post: SavedPost }
	| { type: 'failed'; error: ComposerError };

export interface Composer {
	title: string;
	content: string;
	setTitle: ( title: string ) => void;
	setContent: ( content: string ) => void;
	/** The status being saved, while a request is in flight. */
	savingStatus: PostStatus | null;
	outcome: ComposerOutcome | null;
	dismissOutcome: () => void;
	save: ( status: PostStatus ) => Promise< SavedPost | null >;
}

/**
 * @param restBase REST base of the post type to create.
 */
export function useComposer( restBase: string ): Composer {
	const [ title, setTitle ] = useState( '' );
	const [ content, setContent ] = useState( '' );
	const [ savingStatus, setSavingStatus ] = useState< PostStatus | null >(
		null
	);
	const [ outcome, setOutcome ] = useState< ComposerOutcome | null >( null );
	// A ref, not state: two clicks in the same frame must not both see "not saving".
	const inFlight = useRef( false );

	const save = useCallback(
		async ( status: PostStatus ): Promise< SavedPost | null > => {
			if ( inFlight.current ) {
				return null;
			}
			const markup = toBlockMarkup( content );
			if ( title.trim() === '' && markup === '' ) {
				setOutcome( {
					type: 'failed',
					error: {
						code: 'empty_content',
						message: __(
							'Add a title or some content before saving.',
							'quick-post'
						),
					},
				} );
				return null;
			}

			inFlight.current = true;
			setSavingStatus( status );
			setOutcome( null );
			try {
				const post = await createPost( restBase, {
					title,
					content: markup,
					status,
				} );
				// Clear only what was sent: words typed while the request was in flight stay.
				setTitle( ( current ) => ( current === title ? '' : current ) );
				setContent( ( current ) =>
					current === content ? '' : current
				);
				setOutcome( { type: 'saved', post } );
				return post;
			} catch ( error ) {
				setOutcome( { type: 'failed', error: error as ComposerError } );
				return null;
			} finally {
				inFlight.current = false;
				setSavingStatus( null );
			}
		},
		[ restBase, title, content ]
	);

	const dismissOutcome = useCallback( () => setOutcome( null ), [] );

	return {
		title,
		content,
		setTitle,
		setContent,
		savingStatus,
		outcome,
		dismissOutcome,
		save,
	};
}
