/**
 * Every "More options" component: the file the composer loads when they are first needed.
 */

/**
 * Internal dependencies
 */
import { AuthorEdit } from './author-field';
import { DiscussionEdit } from './discussion-field';
import { ExcerptEdit } from './excerpt-field';
import { FeaturedImageEdit } from './featured-image-field';
import { FormatEdit } from './format-field';
import { ScheduleEdit } from './schedule-field';
import { SlugEdit } from './slug-field';
import { TermsEdit } from './terms-field';
import { VisibilityEdit } from './visibility-field';

export const EDITS = {
	AuthorEdit,
	DiscussionEdit,
	ExcerptEdit,
	FeaturedImageEdit,
	FormatEdit,
	ScheduleEdit,
	SlugEdit,
	TermsEdit,
	VisibilityEdit,
};

export type MoreOptionsEdits = typeof EDITS;
