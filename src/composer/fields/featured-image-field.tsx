/**
 * The featured image: drop or pick a file to upload (with progress), or choose from the media library.
 *
 * The upload itself runs in the composer, so a save can wait for it.
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
import type { RestError } from '../../api/rest-error';
import { MediaLibraryModal } from './media-library-modal';
import { FieldError } from './field-error';
import { toFeaturedImage } from './featured-image';
import type { FieldEditProps } from '../model/field';
import type { FeaturedImage } from '../model/post-form';
import type { MediaItem } from '../../types';

interface FeaturedImageFieldProps {
	image: FeaturedImage | null;
	onChange: ( image: FeaturedImage | null ) => void;
	/** Uploads a file; the image it makes reaches `onChange` through the composer. */
	upload: ( file: File ) => Promise< MediaItem >;
	/** Progress from 0 to 1 of the upload in flight, or null. */
	progress: number | null;
	/** While a save's request is on its way, the image it sends can no longer change. */
	disabled?: boolean;
}

export function FeaturedImageField( {
	image,
	onChange,
	upload,
	progress,
	disabled = false,
}: FeaturedImageFieldProps ) {
	const [ error, setError ] = useState< string | null >( null );
	const [ libraryOpen, setLibraryOpen ] = useState( false );
	const locked = disabled || progress !== null;

	async function uploadFirst( files: FileList | File[] | null ) {
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
		try {
			await upload( file );
		} catch ( failure ) {
			setError( ( failure as RestError ).message );
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
							void uploadFirst( event.currentTarget.files )
						}
						render={ ( { openFileDialog } ) => (
							<Button
								__next40pxDefaultSize
								variant="secondary"
								disabled={ locked }
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
						disabled={ disabled }
						accessibleWhenDisabled
						onClick={ () => setLibraryOpen( true ) }
					>
						{ __( 'Media library', 'quick-post' ) }
					</Button>
					{ image && (
						<Button
							__next40pxDefaultSize
							variant="tertiary"
							isDestructive
							disabled={ disabled }
							accessibleWhenDisabled
							onClick={ () => onChange( null ) }
						>
							{ __( 'Remove image', 'quick-post' ) }
						</Button>
					) }
				</div>
				{ ! locked && (
					<DropZone
						label={ __(
							'Drop an image to upload it',
							'quick-post'
						) }
						onFilesDrop={ ( files ) => void uploadFirst( files ) }
					/>
				) }
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

export function FeaturedImageEdit( {
	form,
	onChange,
	error,
	isSaving,
	uploads,
}: FieldEditProps ) {
	return (
		<FieldError error={ error?.message }>
			<FeaturedImageField
				image={ form.featuredImage }
				onChange={ ( featuredImage ) => onChange( { featuredImage } ) }
				upload={ ( file ) =>
					uploads.start( file, ( media ) => ( {
						featuredImage: toFeaturedImage( media ),
					} ) )
				}
				progress={ uploads.progress }
				disabled={ isSaving }
			/>
		</FieldError>
	);
}
