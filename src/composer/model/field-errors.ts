/**
 * Which field a failed save is about, and the words to show there: from the fields' own lists of
 * request parameters and error codes.
 */

/**
 * Internal dependencies
 */
import type { RestError } from '../../api/rest-error';
import type { ComposerField } from './field';
import type { PostTypeSettings } from '../../types';

/** A failed save, with the field it concerns (by field id) when one does. */
export interface SaveFailure extends RestError {
	field?: string;
	/** Seconds until the composer sends the same save again by itself. */
	autoRetryIn?: number;
}

/**
 * @param fields The composer's fields.
 * @param error  What the save failed with.
 * @param type   The post type (taxonomy fields' parameters depend on it).
 * @return The field the error belongs to, if any.
 */
export function fieldForError(
	fields: readonly ComposerField[],
	error: RestError,
	type: PostTypeSettings
): ComposerField | undefined {
	return (
		fields.find(
			( field ) =>
				error.param !== undefined &&
				( field.errors?.params?.( type ) ?? [] ).includes( error.param )
		) ??
		fields.find( ( field ) =>
			( field.errors?.codes ?? [] ).includes( error.code )
		)
	);
}

/**
 * @param fields The composer's fields.
 * @param error  What the save failed with.
 * @param type   The post type.
 * @return The error, pointed at its field and in that field's words.
 */
export function toSaveFailure(
	fields: readonly ComposerField[],
	error: RestError,
	type: PostTypeSettings
): SaveFailure {
	const field = fieldForError( fields, error, type );
	if ( ! field ) {
		return error;
	}
	return {
		...error,
		message: field.errors?.message?.( error ) ?? error.message,
		field: field.id,
	};
}
