/**
 * The featured image: drop or pick a file to upload (with progress), or choose from the media library.
 */

/**
 * WordPress dependencies
 */
import {
	BaseControl,
	Button,
	DropZone,
	FormFileUpload,
	ProgressBar,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { thumbnailUrl, uploadMedia, type UploadTarget } from '../../api/media';
import { MediaLibraryModal } from './media-library-modal';
import type { FeaturedImage } from '../post-form';
import type { ComposerError, MediaItem } from '../../types';

interface FeaturedImageFieldProps {
	image: FeaturedImage | null;
	uploadTarget: UploadTarget;
	onChange: ( image: FeaturedImage | null ) => void;
}

const toFeaturedImage = ( media: MediaItem ): FeaturedImage => ( {
	id: media.id,
	url: thumbnailUrl( media ),
	alt: media.alt_text,
} );

export function FeaturedImageField( {
	image,
	uploadTarget,
	onChange,
}: FeaturedImageFieldProps ) {
	const [ progress, setProgress ] = useState< number | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ libraryOpen, setLibraryOpen ] = useState( false );

	async function upload( files: FileList | File[] | null ) {
		const file = files ? Array.from( files )[ 0 ] : undefined;
		if ( ! file ) {
			return;
		}
		setError( null );
		if ( ! file.type.startsWith( 'image/' ) ) {
			setError(
				__(
					'That file is not an image. Choose a JPEG, PNG, GIF, WebP or AVIF file.',
					'quick-post'
				)
			);
			return;
		}
		setProgress( 0 );
		try {
			const media = await uploadMedia( file, uploadTarget, setProgress );
			onChange( toFeaturedImage( media ) );
		} catch ( failure ) {
			setError( ( failure as ComposerError ).message );
		} finally {
			setProgress( null );
		}
	}

	return (
		<BaseControl
			__nextHasNoMarginBottom
			id="quick-post-featured-image"
			label={ __( 'Featured image', 'quick-post' ) }
			className="quick-post-field quick-post-featured-image"
		>
			<div
				id="quick-post-featured-image"
				className="quick-post-featured-image__area"
			>
				{ image && (
					<img
						className="quick-post-featured-image__preview"
						src={ image.url }
						alt={
							image.alt ||
							__( 'Featured image preview', 'quick-post' )
						}
					/>
				) }
				{ progress !== null && (
					<ProgressBar
						value={ Math.round( progress * 100 ) }
						aria-label={ __( 'Uploading image', 'quick-post' ) }
					/>
				) }
				<div className="quick-post-featured-image__actions">
					<FormFileUpload
						accept="image/*"
						onChange={ ( event ) =>
							void upload( event.currentTarget.files )
						}
						render={ ( { openFileDialog } ) => (
							<Button
								__next40pxDefaultSize
								variant="secondary"
								disabled={ progress !== null }
								accessibleWhenDisabled
								onClick={ openFileDialog }
							>
								{ image
									? __( 'Replace image', 'quick-post' )
									: __( 'Upload image', 'quick-post' ) }
							</Button>
						) }
					/>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						onClick={ () => setLibraryOpen( true ) }
					>
						{ __( 'Media library', 'quick-post' ) }
					</Button>
					{ image && (
						<Button
							__next40pxDefaultSize
							variant="tertiary"
							isDestructive
							onClick={ () => onChange( null ) }
						>
							{ __( 'Remove image', 'quick-post' ) }
						</Button>
					) }
				</div>
				<DropZone
					label={ __( 'Drop an image to upload it', 'quick-post' ) }
					onFilesDrop={ ( files ) => void upload( files ) }
				/>
			</div>
			{ error && (
				<p className="quick-post-field__error" role="alert">
					{ error }
				</p>
			) }
			{ libraryOpen && (
				<MediaLibraryModal
					onSelect={ ( media ) => {
						onChange( toFeaturedImage( media ) );
						setLibraryOpen( false );
					} }
					onClose={ () => setLibraryOpen( false ) }
				/>
			) }
		</BaseControl>
	);
}
