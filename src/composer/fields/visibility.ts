/**
 * Who can read the post (public, private, password) and whether it is sticky.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { lazyEdit } from './lazy-edit';
import type { ComposerField } from '../model/field';

export const visibilityField: ComposerField = {
	id: 'visibility',
	section: 'more',
	empty: () => ( { visibility: 'public', password: '', sticky: false } ),
	fromPost: ( { post } ) => ( {
		visibility: post.password ? 'password' : 'public',
		password: post.password,
		sticky: post.sticky ?? false,
	} ),
	toRequest: ( form, type ) => ( {
		password: form.visibility === 'password' ? form.password : '',
		...( type.can.sticky
			? { sticky: form.visibility === 'public' && form.sticky }
			: {} ),
	} ),
	errors: {
		params: () => [ 'password', 'sticky' ],
		codes: [ 'rest_cannot_assign_sticky' ],
		message: ( error ) => {
			if ( error.code === 'rest_cannot_assign_sticky' ) {
				return __( 'You cannot make posts sticky.', 'quick-post' );
			}
			return error.code === 'rest_invalid_param' &&
				error.param === 'password'
				? __( 'This password cannot be used.', 'quick-post' )
				: undefined;
		},
	},
	Edit: lazyEdit( 'VisibilityEdit' ),
};
