/**
 * Why a save is not sent: what is missing from the form, or an upload that failed first.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { hasWords } from './post-request';
import type { RestError } from '../../api/rest-error';
import type { SaveFailure } from './field-errors';
import type { PostForm } from './post-form';

/**
 * @param form The form about to be sent.
 * @return Why it cannot be saved as it is, or null.
 */
export function refusal( form: PostForm ): SaveFailure | null {
	if ( ! hasWords( form ) ) {
		return {
			code: 'empty_content',
			message: __(
				'Add a title or some content before saving.',
				'quick-post'
			),
		};
	}
	if ( form.visibility === 'password' && form.password.trim() === '' ) {
		return {
			code: 'empty_password',
			message: __(
				'Enter a password, or choose another visibility.',
				'quick-post'
			),
			param: 'password',
		};
	}
	return null;
}

/**
 * @param error Why an upload the save waited for failed.
 */
export function uploadFailure( error: RestError ): SaveFailure {
	return {
		code: 'upload_failed',
		message: sprintf(
			/* translators: %s: why the upload failed. */
			__(
				'The image could not be uploaded, so the post was not sent: %s',
				'quick-post'
			),
			error.message
		),
	};
}
