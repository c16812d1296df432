/**
 * The quick-post form: post type, the quick-path fields, more options, the save buttons the user
 * is allowed, and the user's recent drafts.
 */

/**
 * WordPress dependencies
 */
import { Button, SelectControl } from '@wordpress/components';
import { useEffect, useRef } from '@wordpress/element';
import type { FormEvent, KeyboardEvent, SyntheticEvent } from 'react';
import { speak } from '@wordpress/a11y';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { COMPOSER_FIELDS } from './fields';
import { preloadEditor } from './fields/content-field';
import { MoreOptions } from './more-options';
import { existingTermIds } from './new-terms';
import { OtherApps } from './other-apps';
import { OutcomeNotice } from './notices/outcome-notice';
import { RecentDrafts } from './recent-drafts';
import { logInAgain } from './log-in-again';
import { useComposer } from './use-composer';
import { useEarlyWords } from './hooks/use-early-words';
import { useLocalDraft } from './hooks/use-local-draft';
import { useMoreOptions } from './hooks/use-more-options';
import { useRecentDrafts } from './hooks/use-recent-drafts';
import { isFieldVisible } from './model/post-form';
import {
	buildPostRequest,
	hasWords,
	type SaveIntent,
} from './model/post-request';
import { newSubmitKey } from './model/submit-key';
import { uploadProgress } from './model/reducer';
import { getStatusActions, type StatusAction } from './model/status-actions';
import type { ComposerField, FieldEditProps, Focusable } from './model/field';
import type { QuickPostSettings } from '../types';

export type ComposerContext = 'page' | 'widget';

interface ComposerProps {
	settings: QuickPostSettings;
	context: ComposerContext;
	/** The element the composer mounts in, with the early fields PHP printed. */
	root?: HTMLElement;
}

export function Composer( { settings, context, root }: ComposerProps ) {
	const composer = useComposer( settings );
	const { state, postType: type, update } = composer;
	const { form, saving } = state;
	const focusRefs = {
		title: useRef< Focusable >( null ),
		content: useRef< Focusable >( null ),
	};
	const early = useEarlyWords( root, update, focusRefs );
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
		settings.queries.recentDrafts,
		state.lastSaved
	);
	const [ primary, secondary ] = getStatusActions( type.can, form );
	const isBusy = saving !== null || state.isLoading;
	const failure =
		state.outcome?.type === 'failed' ? state.outcome.error : null;
	const visible = COMPOSER_FIELDS.filter( ( field ) =>
		isFieldVisible( field, type )
	);
	const inMoreOptions = visible.some(
		( field ) => field.section === 'more' && field.id === failure?.field
	);

	// The writing surface loads as soon as the composer is on screen; the plain field works until then.
	useEffect( preloadEditor, [] );

	useEffect( () => {
		if ( inMoreOptions ) {
			revealMore();
		}
	}, [ inMoreOptions, failure, revealMore ] );

	async function saveAs( intent: SaveIntent ) {
		if ( await composer.save( intent ) ) {
			focusRefs.title.current?.focus();
		}
	}

	async function retry() {
		if ( await composer.retry() ) {
			focusRefs.title.current?.focus();
		}
	}

	async function loadDraft( id: number ) {
		if (
			state.editingId !== id &&
			state.editingId === null &&
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
			focusRefs.title.current?.focus();
		}
	}

	// React events bubble out of portals: a dialog's (the link's, the media library's) are not the form's.
	const fromForm = ( event: SyntheticEvent< HTMLFormElement > ) =>
		event.currentTarget.contains( event.target as Node );

	// Ctrl/Cmd+Enter saves from any field: the key events bubble up from the form's own controls.
	function onKeyDown( event: KeyboardEvent< HTMLFormElement > ) {
		if (
			event.key === 'Enter' &&
			( event.ctrlKey || event.metaKey ) &&
			fromForm( event )
		) {
			event.preventDefault();
			void saveAs( primary.intent );
		}
	}

	function onSubmit( event: FormEvent< HTMLFormElement > ) {
		event.preventDefault();
		if ( fromForm( event ) ) {
			void saveAs( primary.intent );
		}
	}

	function renderField( field: ComposerField ) {
		const props: FieldEditProps = {
			form,
			type,
			settings,
			onChange: update,
			error:
				failure && failure.field === field.id
					? { message: failure.message, param: failure.param }
					: undefined,
			editingId: state.editingId,
			isSaving: saving?.phase === 'sending',
			uploads: {
				progress: uploadProgress( state, field.id ),
				start: ( file, apply ) =>
					composer.uploads.start( field.id, file, apply ),
			},
			focusRef:
				field.id === 'title' || field.id === 'content'
					? focusRefs[ field.id ]
					: undefined,
			rows: context === 'page' ? 12 : 5,
			registerFlush: composer.registerFlush,
		};
		return <field.Edit key={ field.id } { ...props } />;
	}

	const buttonLabel = ( action: StatusAction ) =>
		saving?.phase === 'uploads' && saving.intent === action.intent
			? __( 'Uploading image…', 'quick-post' )
			: action.label;
	// The saved post's type's words ("Page published."), whatever the form shows now.
	const saved = state.outcome?.type === 'saved' ? state.outcome.post : null;
	const labels = (
		settings.postTypes.find( ( item ) => item.slug === saved?.type ) ?? type
	).labels;

	return (
		<div className={ `quick-post is-${ context }` }>
			{ /* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a shortcut for the fields inside. */ }
			<form
				className="quick-post-composer"
				onSubmit={ onSubmit }
				onKeyDown={ onKeyDown }
				noValidate
			>
				{ state.outcome && (
					<OutcomeNotice
						outcome={ state.outcome }
						labels={ labels }
						adminUrl={ settings.adminUrl }
						onDismiss={ composer.dismissOutcome }
						onRetry={ () => void retry() }
						onLogIn={ () => logInAgain( settings.loginUrl ) }
						onDiscard={ composer.startNew }
					/>
				) }
				{ state.editingId !== null && (
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
						disabled={ state.editingId !== null }
					/>
				) }
				{ visible
					.filter( ( field ) => field.section === 'main' )
					.map( renderField ) }
				<MoreOptions isOpen={ moreOpen } onToggle={ toggleMore }>
					{ visible
						.filter( ( field ) => field.section === 'more' )
						.map( renderField ) }
				</MoreOptions>
				<div className="quick-post-composer__actions">
					<Button
						__next40pxDefaultSize
						variant="primary"
						type="submit"
						isBusy={ saving?.intent === primary.intent }
						disabled={ isBusy }
						accessibleWhenDisabled
					>
						{ buttonLabel( primary ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="secondary"
						type="button"
						isBusy={ saving?.intent === secondary.intent }
						disabled={ isBusy }
						accessibleWhenDisabled
						onClick={ () => void saveAs( secondary.intent ) }
					>
						{ buttonLabel( secondary ) }
					</Button>
				</div>
			</form>
			<RecentDrafts
				state={ drafts }
				adminUrl={ settings.adminUrl }
				editingId={ state.editingId }
				onLoad={ ( id ) => void loadDraft( id ) }
				// The widget's own title is an h2, the page's an h1.
				headingLevel={ context === 'widget' ? 3 : 2 }
			/>
			{ context === 'page' && settings.user.appPasswords && (
				<OtherApps
					panel={ () => ( {
						root: settings.root,
						adminUrl: settings.adminUrl,
						login: settings.user.login,
						newKey: newSubmitKey,
						request: {
							route: type.route,
							type: type.slug,
							body: buildPostRequest(
								COMPOSER_FIELDS,
								form,
								primary.intent,
								type,
								existingTermIds( type, form.terms )
							),
						},
					} ) }
				/>
			) }
		</div>
	);
}
