/**
 * The quick-post form: post type, title, text, more options, the save buttons the user is allowed,
 * and the user's recent drafts.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useEffect, useRef } from '@wordpress/element';
import type { FormEvent, KeyboardEvent } from 'react';
import { speak } from '@wordpress/a11y';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { MoreOptions } from './more-options';
import { OutcomeNotice, editPostUrl } from './outcome-notice';
import { RecentDrafts } from './recent-drafts';
import { getStatusActions } from './status-actions';
import { hasWords, type SaveIntent } from './build-request';
import { useComposer } from './use-composer';
import { logInAgain } from './log-in-again';
import { useEarlyWords } from '../hooks/use-early-words';
import { useLocalDraft } from '../hooks/use-local-draft';
import { useMoreOptions } from '../hooks/use-more-options';
import { useRecentDrafts } from '../hooks/use-recent-drafts';
import type { QuickPostSettings } from '../types';

export type ComposerContext = 'page' | 'widget';

interface ComposerProps {
	settings: QuickPostSettings;
	context: ComposerContext;
	/** The element the composer mounts in, with the early fields PHP printed. */
	root?: HTMLElement;
}

const MORE_OPTIONS_FIELDS = [
	'password',
	'excerpt',
	'slug',
	'date',
	'author',
	'format',
	'featured_media',
	'sticky',
	'comment_status',
	'ping_status',
];

export function Composer( { settings, context, root }: ComposerProps ) {
	const composer = useComposer( settings );
	const { form, postType: type, update } = composer;
	const titleRef = useRef< HTMLInputElement >( null );
	const contentRef = useRef< HTMLTextAreaElement >( null );
	const early = useEarlyWords( root, update, {
		title: titleRef,
		content: contentRef,
	} );
	useLocalDraft(
		`quick-post:${ settings.root }:${ settings.user.id }:${ context }`,
		settings.postTypes.map( ( item ) => item.slug ),
		composer,
		early
	);
	const [ moreOpen, toggleMore, revealMore ] = useMoreOptions(
		settings.preferences.moreOptionsOpen
	);
	const drafts = useRecentDrafts(
		type,
		settings.user.id,
		composer.lastSaved
	);
	const [ primary, secondary ] = getStatusActions( type.can, form );
	const isBusy = composer.savingIntent !== null || composer.isLoading;
	const fieldError =
		composer.outcome?.type === 'failed' ? composer.outcome.error : null;
	const errorField = fieldError?.field;

	useEffect( () => {
		if (
			errorField &&
			( MORE_OPTIONS_FIELDS.includes( errorField ) ||
				type.taxonomies.some(
					( taxonomy ) => taxonomy.restBase === errorField
				) )
		) {
			revealMore();
		}
	}, [ errorField, type, revealMore ] );

	async function saveAs( intent: SaveIntent ) {
		if ( await composer.save( intent ) ) {
			titleRef.current?.focus();
		}
	}

	async function retry() {
		if ( await composer.retry() ) {
			titleRef.current?.focus();
		}
	}

	async function loadDraft( id: number ) {
		if (
			composer.editingId !== id &&
			composer.editingId === null &&
			hasWords( form ) &&
			// eslint-disable-next-line no-alert
			! window.confirm(
				__(
					'Replace what you have written with this draft? Your text will be lost.',
					'quick-post'
				)
			)
		) {
			return;
		}
		if ( await composer.load( id ) ) {
			speak( __( 'Draft loaded into the form.', 'quick-post' ) );
			titleRef.current?.focus();
		}
	}

	// Ctrl/Cmd+Enter saves from any field: the key events bubble up from the form's own controls.
	function onKeyDown( event: KeyboardEvent< HTMLFormElement > ) {
		if ( event.key === 'Enter' && ( event.ctrlKey || event.metaKey ) ) {
			event.preventDefault();
			void saveAs( primary.intent );
		}
	}

	function onSubmit( event: FormEvent ) {
		event.preventDefault();
		void saveAs( primary.intent );
	}

	return (
		<div className={ `quick-post is-${ context }` }>
			{ /* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a shortcut for the fields inside. */ }
			<form
				className="quick-post-composer"
				onSubmit={ onSubmit }
				onKeyDown={ onKeyDown }
				noValidate
			>
				{ composer.outcome && (
					<OutcomeNotice
						outcome={ composer.outcome }
						adminUrl={ settings.adminUrl }
						onDismiss={ composer.dismissOutcome }
						onRetry={ () => void retry() }
						onLogIn={ () => logInAgain( settings.loginUrl ) }
						onDiscard={ composer.startNew }
					/>
				) }
				{ composer.editingId !== null && (
					<div className="quick-post-composer__editing">
						<span>
							{ sprintf(
								/* translators: %s: post title. */
								__( 'Editing draft “%s”.', 'quick-post' ),
								form.title.trim() ||
									__( '(no title)', 'quick-post' )
							) }
						</span>
						<Button variant="link" onClick={ composer.startNew }>
							{ __( 'New post', 'quick-post' ) }
						</Button>
					</div>
				) }
				{ settings.postTypes.length > 1 && (
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Post type', 'quick-post' ) }
						value={ type.slug }
						options={ settings.postTypes.map( ( item ) => ( {
							value: item.slug,
							label: item.label,
						} ) ) }
						onChange={ composer.setPostType }
						disabled={ composer.editingId !== null }
					/>
				) }
				<TextControl
					ref={ titleRef }
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Title', 'quick-post' ) }
					value={ form.title }
					onChange={ ( title ) => update( { title } ) }
					help={
						errorField === 'title' ? fieldError?.message : undefined
					}
					autoComplete="off"
				/>
				{ form.contentEditable ? (
					<TextareaControl
						ref={ contentRef }
						__nextHasNoMarginBottom
						label={ __( 'Content', 'quick-post' ) }
						help={
							errorField === 'content'
								? fieldError?.message
								: __(
										'Leave a blank line between paragraphs. Press Ctrl+Enter to save.',
										'quick-post'
									)
						}
						value={ form.content }
						onChange={ ( content ) => update( { content } ) }
						rows={ context === 'page' ? 12 : 5 }
					/>
				) : (
					<Notice
						status="warning"
						isDismissible={ false }
						className="quick-post-notice"
					>
						{ __(
							'This draft has content Quick Post cannot edit (blocks or formatting), so its content is kept as it is.',
							'quick-post'
						) }{ ' ' }
						<a
							href={ editPostUrl(
								settings.adminUrl,
								composer.editingId ?? 0
							) }
						>
							{ __( 'Edit it in the editor', 'quick-post' ) }
						</a>
					</Notice>
				) }
				<MoreOptions
					isOpen={ moreOpen }
					onToggle={ toggleMore }
					form={ form }
					type={ type }
					settings={ settings }
					fieldError={ fieldError }
					onChange={ update }
				/>
				<div className="quick-post-composer__actions">
					<Button
						__next40pxDefaultSize
						variant="primary"
						type="submit"
						isBusy={ composer.savingIntent === primary.intent }
						disabled={ isBusy }
						accessibleWhenDisabled
					>
						{ primary.label }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						type="button"
						isBusy={ composer.savingIntent === secondary.intent }
						disabled={ isBusy }
						accessibleWhenDisabled
						onClick={ () => void saveAs( secondary.intent ) }
					>
						{ secondary.label }
					</Button>
				</div>
			</form>
			<RecentDrafts
				state={ drafts }
				adminUrl={ settings.adminUrl }
				editingId={ composer.editingId }
				onLoad={ ( id ) => void loadDraft( id ) }
				// The widget's own title is an h2, the page's an h1.
				headingLevel={ context === 'widget' ? 3 : 2 }
			/>
		</div>
	);
}
