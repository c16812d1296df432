/**
 * The post's content: a writing surface (links, formatting, headings, lists, quotes, code,
 * images, embeds, Markdown as you type), which loads on its own; until it has, a plain field
 * takes the words, as paragraphs, so nothing waits for it.
 */

/**
 * WordPress dependencies
 */
import { Notice, TextareaControl } from '@wordpress/components';
import {
	lazy,
	Suspense,
	useImperativeHandle,
	useRef,
	useState,
} from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fromBlockMarkup } from '../../content/from-block-markup';
import { toBlockMarkup } from '../../content/to-block-markup';
import { withoutNul } from '../model/post-request';
import { plainHandOff } from '../editor/plain-hand-off';
import type { ComposerField, FieldEditProps } from '../model/field';

const RichEditor = lazy(
	() => import( /* webpackChunkName: "editor" */ '../editor' )
);

/** Starts loading the writing surface (the composer calls it as soon as it is on screen). */
export function preloadEditor(): void {
	void import( /* webpackChunkName: "editor" */ '../editor' ).catch(
		() => {}
	);
}

/**
 * The plain field: text in, paragraphs out, as the composer always took it.
 *
 * @param props          The field's props.
 * @param props.form
 * @param props.onChange
 * @param props.error
 * @param props.focusRef
 * @param props.rows
 */
function PlainContent( {
	form,
	onChange,
	error,
	focusRef,
	rows,
}: FieldEditProps ) {
	const textarea = useRef< HTMLTextAreaElement >( null );
	// Its own text: paragraphs made of it would lose a trailing space or an empty line being typed.
	const [ text, setText ] = useState( () => fromBlockMarkup( form.content ) );
	const emitted = useRef( form.content );
	if ( form.content !== emitted.current ) {
		emitted.current = form.content;
		setText( fromBlockMarkup( form.content ) );
	}
	useImperativeHandle( focusRef, () => ( {
		focus: () => textarea.current?.focus(),
	} ) );
	if ( text === null ) {
		// Content with more than paragraphs (a restored copy): the writing surface shows it.
		return (
			<Notice
				status="info"
				isDismissible={ false }
				className="quick-post-notice"
			>
				{ __( 'Loading the editor…', 'quick-post' ) }
			</Notice>
		);
	}
	return (
		<TextareaControl
			ref={ textarea }
			__nextHasNoMarginBottom
			label={ __( 'Content', 'quick-post' ) }
			help={
				error?.message ??
				__(
					'Leave a blank line between paragraphs. Press Ctrl+Enter to save.',
					'quick-post'
				)
			}
			value={ text }
			onChange={ ( value ) => {
				setText( value );
				emitted.current = toBlockMarkup( value );
				plainHandOff.text = value;
				plainHandOff.content = emitted.current;
				onChange( { content: emitted.current, contentEdited: true } );
			} }
			onFocus={ () => ( plainHandOff.focused = true ) }
			onBlur={ () => ( plainHandOff.focused = false ) }
			rows={ rows }
		/>
	);
}

function ContentEdit( props: FieldEditProps ) {
	return (
		<Suspense fallback={ <PlainContent { ...props } /> }>
			<RichEditor { ...props } />
		</Suspense>
	);
}

export const contentField: ComposerField = {
	id: 'content',
	section: 'main',
	// A new post's content is whatever is typed, sent as it is (empty included).
	empty: () => ( { content: '', contentEdited: true } ),
	fromPost: ( { post } ) => ( {
		content: post.content.raw,
		contentEdited: false,
	} ),
	toRequest: ( form ) =>
		form.contentEdited ? { content: withoutNul( form.content ) } : {},
	errors: { params: () => [ 'content' ] },
	Edit: ContentEdit,
};
