/**
 * The composer's fields, in the order they are shown: the quick path first, then "More options".
 *
 * Adding a field: a descriptor (its values, request part and errors), its `Edit` component
 * (for "More options", listed in more-options-edits.ts, which loads on demand) and its place here.
 */

/**
 * Internal dependencies
 */
import { authorField } from './author';
import { contentField } from './content-field';
import { discussionField } from './discussion';
import { excerptField } from './excerpt';
import { featuredImageField } from './featured-image';
import { formatField } from './format';
import { scheduleField } from './schedule';
import { slugField } from './slug';
import { termsField } from './terms';
import { titleField } from './title-field';
import { visibilityField } from './visibility';
import type { ComposerField } from '../model/field';

export const COMPOSER_FIELDS: readonly ComposerField[] = [
	titleField,
	contentField,
	termsField,
	scheduleField,
	visibilityField,
	excerptField,
	slugField,
	formatField,
	discussionField,
	authorField,
	featuredImageField,
];
