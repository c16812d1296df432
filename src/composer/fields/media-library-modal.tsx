/**
 * A light media library: search the site's images a page at a time and pick one.
 */

/**
 * WordPress dependencies
 */
import { Button, Modal, SearchControl, Spinner } from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { thumbnailUrl } from '../../api/media';
import { searchImages } from '../../api/media-search';
import { useSearch } from '../hooks/use-search';
import type { MediaItem } from '../../types';

interface MediaLibraryModalProps {
	/** The dialog's title. Default: "Choose a featured image". */
	title?: string;
	onSelect: ( media: MediaItem ) => void;
	onClose: () => void;
}

export function MediaLibraryModal( {
	title,
	onSelect,
	onClose,
}: MediaLibraryModalProps ) {
	const [ search, setSearch ] = useState( '' );
	const fetcher = useCallback(
		( text: string, signal: AbortSignal ) =>
			searchImages( text, 1, signal ),
		[]
	);
	const { results, isSearching, error } = useSearch< MediaItem >(
		fetcher,
		search
	);

	return (
		<Modal
			title={ title ?? __( 'Choose a featured image', 'quick-post' ) }
			onRequestClose={ onClose }
			size="large"
		>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __( 'Search images', 'quick-post' ) }
				value={ search }
				onChange={ setSearch }
			/>
			{ isSearching && <Spinner /> }
			{ error && (
				<p className="quick-post-field__error">{ error.message }</p>
			) }
			{ ! isSearching && ! error && results.length === 0 && (
				<p>{ __( 'No images found.', 'quick-post' ) }</p>
			) }
			<ul className="quick-post-media-grid">
				{ results.map( ( media ) => {
					const mediaTitle =
						decodeEntities( media.title?.rendered ?? '' ) ||
						__( '(no title)', 'quick-post' );
					return (
						<li key={ media.id }>
							<Button
								className="quick-post-media-grid__item"
								onClick={ () => onSelect( media ) }
								label={ mediaTitle }
								showTooltip={ false }
							>
								<img src={ thumbnailUrl( media ) } alt="" />
							</Button>
						</li>
					);
				} ) }
			</ul>
		</Modal>
	);
}
