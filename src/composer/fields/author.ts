/**
 * Whose post it is, for users who may edit others' posts.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { PostTypeSettings } from '../../types';
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

const mayChooseAuthor = ( type: PostTypeSettings ) =>
	type.supports.author && type.can.editOthers;

export const authorField: ComposerField = {
	id: 'author',
	section: 'more',
	isVisible: mayChooseAuthor,
	empty: () => ( { author: null } ),
	fromPost: ( { post } ) => {
		const author = post._embedded?.author?.[ 0 ];
		return { author: author ? { id: author.id, name: author.name } : null };
	},
	toRequest: ( form, type ) =>
		mayChooseAuthor( type ) && form.author
			? { author: form.author.id }
			: {},
	errors: {
		params: () => [ 'author' ],
		codes: [ 'rest_invalid_author', 'rest_cannot_edit_others' ],
		message: () =>
			__(
				'You cannot make this person the author. Choose someone else, or leave yourself as the author.',
				'quick-post'
			),
	},
	Edit: lazyEdit( 'AuthorEdit' ),
};
