/**
 * The writing surface's toolbar: the kind of block, the inline formats, a link, and things to put
 * in (an image, a separator). Its buttons keep the surface's selection (they act on it).
 */

/**
 * WordPress dependencies
 */
import {
	FormFileUpload,
	Toolbar,
	ToolbarButton,
	ToolbarDropdownMenu,
	ToolbarGroup,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { ComponentProps } from 'react';

/**
 * Internal dependencies
 */
import type { TextBlockKind } from './block-commands';
import type { CaretState } from './inline-commands';

interface EditorToolbarProps {
	caret: CaretState | null;
	onBlock: ( kind: TextBlockKind ) => void;
	onFormat: ( command: 'bold' | 'italic' | 'strikeThrough' | 'code' ) => void;
	onLink: () => void;
	onUpload: ( files: File[] ) => void;
	onLibrary: () => void;
	onSeparator: () => void;
	canUpload: boolean;
}

type Icon = ComponentProps< typeof ToolbarButton >[ 'icon' ];

const keepSelection = ( event: { preventDefault: () => void } ) =>
	event.preventDefault();

export function EditorToolbar( {
	caret,
	onBlock,
	onFormat,
	onLink,
	onUpload,
	onLibrary,
	onSeparator,
	canUpload,
}: EditorToolbarProps ) {
	const blocks: Array< { kind: TextBlockKind; title: string; icon: Icon } > =
		[
			{
				kind: 'paragraph',
				title: __( 'Paragraph', 'quick-post' ),
				icon: 'editor-paragraph',
			},
			{
				kind: 'heading-2',
				title: __( 'Heading 2', 'quick-post' ),
				icon: 'heading',
			},
			{
				kind: 'heading-3',
				title: __( 'Heading 3', 'quick-post' ),
				icon: 'heading',
			},
			{
				kind: 'heading-4',
				title: __( 'Heading 4', 'quick-post' ),
				icon: 'heading',
			},
			{
				kind: 'bulleted',
				title: __( 'Bulleted list', 'quick-post' ),
				icon: 'editor-ul',
			},
			{
				kind: 'numbered',
				title: __( 'Numbered list', 'quick-post' ),
				icon: 'editor-ol',
			},
			{
				kind: 'quote',
				title: __( 'Quote', 'quick-post' ),
				icon: 'editor-quote',
			},
			{
				kind: 'code',
				title: __( 'Code', 'quick-post' ),
				icon: 'editor-code',
			},
		];
	const current =
		blocks.find( ( item ) => item.kind === caret?.block ) ?? blocks[ 0 ];
	const has = ( format: string ) =>
		caret?.formats.includes( format as never ) ?? false;

	return (
		<Toolbar
			label={ __( 'Content formatting', 'quick-post' ) }
			className="quick-post-editor__toolbar"
		>
			<ToolbarGroup>
				<ToolbarDropdownMenu
					icon={ current?.icon ?? 'editor-paragraph' }
					label={ __( 'Block type', 'quick-post' ) }
					text={ current?.title }
					controls={ blocks.map( ( item ) => ( {
						title: item.title,
						icon: item.icon,
						isActive: item.kind === caret?.block,
						onClick: () => onBlock( item.kind ),
					} ) ) }
				/>
			</ToolbarGroup>
			<ToolbarGroup>
				<ToolbarButton
					icon="editor-bold"
					label={ __( 'Bold', 'quick-post' ) }
					shortcut="Ctrl+B"
					isPressed={ has( 'bold' ) }
					onMouseDown={ keepSelection }
					onClick={ () => onFormat( 'bold' ) }
				/>
				<ToolbarButton
					icon="editor-italic"
					label={ __( 'Italic', 'quick-post' ) }
					shortcut="Ctrl+I"
					isPressed={ has( 'italic' ) }
					onMouseDown={ keepSelection }
					onClick={ () => onFormat( 'italic' ) }
				/>
				<ToolbarButton
					icon="editor-code"
					label={ __( 'Inline code', 'quick-post' ) }
					shortcut="Shift+Alt+X"
					isPressed={ has( 'code' ) }
					onMouseDown={ keepSelection }
					onClick={ () => onFormat( 'code' ) }
				/>
				<ToolbarButton
					icon="editor-strikethrough"
					label={ __( 'Strikethrough', 'quick-post' ) }
					shortcut="Shift+Alt+D"
					isPressed={ has( 'strikethrough' ) }
					onMouseDown={ keepSelection }
					onClick={ () => onFormat( 'strikeThrough' ) }
				/>
				<ToolbarButton
					icon="admin-links"
					label={ __( 'Link', 'quick-post' ) }
					shortcut="Ctrl+K"
					isPressed={ has( 'link' ) }
					onMouseDown={ keepSelection }
					onClick={ onLink }
				/>
			</ToolbarGroup>
			<ToolbarGroup>
				{ canUpload && (
					<FormFileUpload
						accept="image/*"
						multiple
						onChange={ ( event ) =>
							onUpload(
								Array.from( event.currentTarget.files ?? [] )
							)
						}
						render={ ( { openFileDialog } ) => (
							<ToolbarButton
								icon="format-image"
								label={ __( 'Upload an image', 'quick-post' ) }
								onMouseDown={ keepSelection }
								onClick={ openFileDialog }
							/>
						) }
					/>
				) }
				<ToolbarButton
					icon="admin-media"
					label={ __( 'Image from the media library', 'quick-post' ) }
					onMouseDown={ keepSelection }
					onClick={ onLibrary }
				/>
				<ToolbarButton
					icon="minus"
					label={ __( 'Separator', 'quick-post' ) }
					onMouseDown={ keepSelection }
					onClick={ onSeparator }
				/>
			</ToolbarGroup>
		</Toolbar>
	);
}
