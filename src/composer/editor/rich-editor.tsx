/**
 * Content as a writing surface: a toolbar, the editable area (see editor-controller.ts), and the
 * dialogs for links, alt text and the media library. It hands the composer block markup a moment
 * after the writer pauses, and at once whenever the composer saves or keeps a local copy.
 */

/**
 * WordPress dependencies
 */
import {
	useCallback,
	useEffect,
	useImperativeHandle,
	useLayoutEffect,
	useRef,
	useState,
} from '@wordpress/element';
import { BaseControl } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getEmbed } from '../../api/embeds';
import { thumbnailUrl } from '../../api/media';
import type { RestError } from '../../api/rest-error';
import { parseContent } from '../../content/parse';
import { editPostUrl } from '../model/admin-urls';
import type { FieldEditProps } from '../model/field';
import type { MediaItem } from '../../types';
import {
	decorate,
	describeRaw,
	showUploadFailure,
	showUploaded,
	uploadPlaceholder,
} from './decorations';
import { EditorController } from './editor-controller';
import type { CaretState } from './inline-commands';
import { AltTextDialog, LinkDialog } from './dialogs';
import { EditorToolbar } from './toolbar';
import { MediaLibraryModal } from '../fields/media-library-modal';
import { plainHandOff } from './plain-hand-off';
import { takeHandOff } from './take-hand-off';

/** How long after the last change the composer gets the content (it gets it at once on save). */
const HAND_OVER_MS = 300;

export default function RichEditor( {
	form,
	onChange,
	settings,
	editingId,
	uploads,
	focusRef,
	error,
	rows = 12,
	registerFlush,
}: FieldEditProps ) {
	const root = useRef< HTMLDivElement >( null );
	const controller = useRef< EditorController | null >( null );
	const handedOver = useRef< string | null >( null );
	const timer = useRef< number | undefined >( undefined );
	const [ caret, setCaret ] = useState< CaretState | null >( null );
	const [ linking, setLinking ] = useState< {
		range: Range;
		link: HTMLAnchorElement | null;
	} | null >( null );
	const [ altFor, setAltFor ] = useState< HTMLElement | null >( null );
	const [ libraryOpen, setLibraryOpen ] = useState( false );
	const id = useInstanceId( RichEditor, 'quick-post-content' );
	const editorUrl = editingId
		? editPostUrl( settings.adminUrl, editingId )
		: null;
	const decorateRef = useRef( ( element: HTMLElement ) =>
		decorate( element, editorUrl )
	);
	decorateRef.current = ( element: HTMLElement ) =>
		decorate( element, editorUrl );

	const handOver = useCallback( () => {
		window.clearTimeout( timer.current );
		const editor = controller.current;
		if ( ! editor?.isEdited ) {
			return;
		}
		const markup = editor.markup();
		if ( markup !== handedOver.current ) {
			handedOver.current = markup;
			onChange( { content: markup, contentEdited: true } );
		}
	}, [ onChange ] );
	const handOverRef = useRef( handOver );
	handOverRef.current = handOver;

	const uploadInto = useCallback(
		( file: File, range: Range | null ) => {
			const editor = controller.current;
			if ( ! editor ) {
				return;
			}
			const placeholder = uploadPlaceholder(
				editor.root.ownerDocument,
				file.name
			);
			editor.insertElement( placeholder, range );
			const progress = placeholder.querySelector( 'progress' );
			uploads
				.start(
					file,
					( media: MediaItem ) => {
						if ( placeholder.isConnected ) {
							editor.change( () =>
								showUploaded(
									placeholder,
									{
										id: media.id,
										url:
											media.media_details?.sizes?.large
												?.source_url ??
											media.source_url,
										alt: media.alt_text,
									},
									editorUrl
								)
							);
						}
						return {};
					},
					( fraction ) => {
						if ( progress ) {
							progress.value = fraction;
						}
					}
				)
				.catch( ( failure: RestError ) => {
					if ( placeholder.isConnected ) {
						editor.change( () =>
							showUploadFailure( placeholder, failure.message )
						);
					}
				} );
		},
		[ uploads, editorUrl ]
	);
	const uploadRef = useRef( uploadInto );
	uploadRef.current = uploadInto;

	useLayoutEffect( () => {
		const element = root.current as HTMLDivElement;
		const editor = new EditorController( element, {
			render: {
				describeRaw,
				decorate: ( node ) => decorateRef.current( node ),
			},
			onChange: () => {
				window.clearTimeout( timer.current );
				timer.current = window.setTimeout(
					() => handOverRef.current(),
					HAND_OVER_MS
				);
			},
			onCaret: setCaret,
			onLinkRequest: ( range, link ) => setLinking( { range, link } ),
			onFiles: ( files, range ) =>
				files.forEach( ( file ) => uploadRef.current( file, range ) ),
			embed: ( url ) =>
				getEmbed( url ).then(
					( embed ) => embed && { type: 'embed', ...embed }
				),
		} );
		controller.current = editor;
		editor.load(
			takeHandOff( form.content ) ?? parseContent( form.content )
		);
		handedOver.current = form.content;
		if ( plainHandOff.focused ) {
			editor.focus( true );
		}
		return () => {
			editor.destroy();
			controller.current = null;
		};
		// The surface is set up once; later content comes in through the effect below.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	// A draft loaded, a new post started, a local copy restored: the surface starts over.
	useEffect( () => {
		if ( form.content !== handedOver.current && controller.current ) {
			handedOver.current = form.content;
			controller.current.load( parseContent( form.content ) );
		}
	}, [ form.content ] );

	useEffect( () => registerFlush?.( handOver ), [ registerFlush, handOver ] );
	useEffect( () => () => window.clearTimeout( timer.current ), [] );

	useImperativeHandle( focusRef, () => ( {
		focus: () => controller.current?.focus(),
	} ) );

	function onClick( event: React.MouseEvent ) {
		const target = ( event.target as HTMLElement ).closest< HTMLElement >(
			'[data-action]'
		);
		const figure = target?.closest< HTMLElement >( 'figure' );
		if ( ! target || ! figure ) {
			return;
		}
		event.preventDefault();
		if ( target.dataset.action === 'alt' ) {
			setAltFor( figure );
		} else if ( target.dataset.action === 'remove' ) {
			controller.current?.change( () => figure.remove() );
		}
	}

	const editor = controller.current;
	return (
		<div className="quick-post-editor components-base-control">
			<BaseControl.VisualLabel as="span" id={ `${ id }-label` }>
				{ __( 'Content', 'quick-post' ) }
			</BaseControl.VisualLabel>
			{ /* eslint-disable-next-line jsx-a11y/click-events-have-key-events -- clicks on the buttons inside figures; the buttons take keys themselves. */ }
			<div
				ref={ root }
				className="quick-post-editor__content"
				contentEditable
				suppressContentEditableWarning
				role="textbox"
				tabIndex={ 0 }
				aria-multiline="true"
				aria-labelledby={ `${ id }-label` }
				aria-describedby={ `${ id }-help` }
				spellCheck
				style={ { minHeight: `${ rows * 1.5 }em` } }
				onClick={ onClick }
			/>
			<EditorToolbar
				caret={ caret }
				onBlock={ ( kind ) => editor?.setBlock( kind ) }
				onFormat={ ( command ) => editor?.format( command ) }
				onLink={ () =>
					editor?.withSelection( ( range ) =>
						setLinking( {
							range: range.cloneRange(),
							link: caret?.link ?? null,
						} )
					)
				}
				onUpload={ ( files ) =>
					files.forEach( ( file ) => uploadInto( file, null ) )
				}
				onLibrary={ () => setLibraryOpen( true ) }
				onSeparator={ () =>
					editor?.insert( [ { type: 'separator' } ] )
				}
				canUpload={ settings.postTypes.some(
					( type ) => type.can.upload
				) }
			/>
			<p
				id={ `${ id }-help` }
				className={
					error
						? 'quick-post-field__error'
						: 'components-base-control__help'
				}
			>
				{ error?.message ??
					__(
						'Enter twice for a new paragraph. Markdown works as you type: ## heading, - list, > quote, **bold**. Press Ctrl+Enter to save.',
						'quick-post'
					) }
			</p>
			{ linking && editor && (
				<LinkDialog
					link={ linking.link }
					onApply={ ( href, newTab ) => {
						editor.applyLink( linking.range, href, newTab );
						setLinking( null );
					} }
					onRemove={ () => {
						editor.unlink( linking.link );
						setLinking( null );
					} }
					onClose={ () => {
						setLinking( null );
						editor.withSelection( () => undefined );
					} }
				/>
			) }
			{ altFor && editor && (
				<AltTextDialog
					alt={ altFor.querySelector( 'img' )?.alt ?? '' }
					onApply={ ( alt ) => {
						editor.change( () =>
							altFor
								.querySelector( 'img' )
								?.setAttribute( 'alt', alt )
						);
						setAltFor( null );
					} }
					onClose={ () => setAltFor( null ) }
				/>
			) }
			{ libraryOpen && editor && (
				<MediaLibraryModal
					title={ __( 'Choose an image', 'quick-post' ) }
					onSelect={ ( media ) => {
						setLibraryOpen( false );
						editor.insert( [
							{
								type: 'image',
								id: media.id,
								url:
									media.media_details?.sizes?.large
										?.source_url ?? thumbnailUrl( media ),
								alt: media.alt_text,
							},
						] );
					} }
					onClose={ () => setLibraryOpen( false ) }
				/>
			) }
		</div>
	);
}
