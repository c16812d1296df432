/**
 * What one composer field is, described once: the shape of `@wordpress/dataviews`' `Field`
 * (`id`, `isVisible`, `Edit`, values in and out), for a form that becomes one REST request.
 *
 * Everything else is derived from the list of fields: the empty form, the form of a stored post,
 * the request body, what "More options" shows, and which field a server error is about.
 */

/**
 * WordPress dependencies
 */
import type { ComponentType, Ref } from 'react';

/**
 * Internal dependencies
 */
import type { RestError } from '../../api/rest-error';
import type { PostForm } from './post-form';
import type {
	EditablePost,
	MediaItem,
	PostRequest,
	PostTypeSettings,
	QuickPostSettings,
	TermRef,
} from '../../types';

/** A stored post, with what it takes a second request to know (its terms' names). */
export interface LoadedPost {
	post: EditablePost;
	/** Its terms by taxonomy slug. */
	terms: Record< string, TermRef[] >;
}

/** What the request needs that the form does not hold: new terms are created first. */
export interface RequestContext {
	/** Term IDs by taxonomy slug, new terms included. */
	termIds: Record< string, number[] >;
}

/** Uploads run in the composer, not the field, so a save can wait for them. */
export interface FieldUploads {
	/** Progress from 0 to 1 of this field's upload in flight, or null. */
	progress: number | null;
	/**
	 * Uploads a file for this field. `apply` turns the uploaded item into form values; they land
	 * only if the form still holds the same post when the upload ends.
	 */
	start: (
		file: File,
		apply: ( media: MediaItem ) => Partial< PostForm >,
		onProgress?: ( fraction: number ) => void
	) => Promise< MediaItem >;
}

/** What the composer can do with a field it focuses. */
export interface Focusable {
	focus: () => void;
}

export interface FieldEditProps {
	form: PostForm;
	type: PostTypeSettings;
	settings: QuickPostSettings;
	onChange: ( patch: Partial< PostForm > ) => void;
	/** The error the server (or a check before sending) reported at this field. */
	error?: FieldErrorInfo;
	/** The post being edited, or null for a new one. */
	editingId: number | null;
	/** True while a save's request is on its way: what is sent can no longer change. */
	isSaving: boolean;
	uploads: FieldUploads;
	/** For the fields the composer focuses (title, content). */
	focusRef?: Ref< Focusable >;
	/** Rows for a multi-line field: more on the page than in the widget. */
	rows?: number;
	/**
	 * For a field that hands its value over late (the writing surface, a moment after typing):
	 * the composer calls the function given before it reads the form (a save, a local copy).
	 */
	registerFlush?: ( flush: () => void ) => () => void;
}

export interface FieldErrorInfo {
	message: string;
	/** The request parameter it is about, for fields that send several. */
	param?: string;
}

export interface ComposerField {
	/** Unique among the fields; errors and uploads are keyed by it. */
	id: string;
	/** The quick path (shown at once) or "More options". */
	section: 'main' | 'more';
	/** Whether the post type and the user's capabilities have this field at all. */
	isVisible?: ( type: PostTypeSettings ) => boolean;
	/** The field's values in an empty form. */
	empty: ( type: PostTypeSettings ) => Partial< PostForm >;
	/** The field's values for a stored post. */
	fromPost: (
		loaded: LoadedPost,
		type: PostTypeSettings
	) => Partial< PostForm >;
	/**
	 * The field's part of the request body. Asked of every field: a field may be hidden from this
	 * user and still send what a loaded draft holds (a contributor keeps the draft's image).
	 */
	toRequest: (
		form: PostForm,
		type: PostTypeSettings,
		context: RequestContext
	) => Partial< PostRequest >;
	/** The request parameters and error codes whose errors belong to this field. */
	errors?: {
		params?: ( type: PostTypeSettings ) => string[];
		codes?: string[];
		/** Plain words for an error at this field, instead of the server's schema-speak. */
		message?: ( error: RestError ) => string | undefined;
	};
	Edit: ComponentType< FieldEditProps >;
}
