/**
 * What the server stored differently from what was sent, in words for the save notice.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { PostForm } from './post-form';
import type { PostTypeSettings, SavedPost, TermRef } from '../../types';

/**
 * @param post  The saved post, with its slug and term IDs.
 * @param sent  The form as sent.
 * @param type  The post type.
 * @param terms The terms sent, by taxonomy slug, all with IDs.
 */
export function describeDifferences(
	post: SavedPost,
	sent: PostForm,
	type: PostTypeSettings,
	terms: Record< string, TermRef[] >
): string[] {
	const notes: string[] = [];
	const askedSlug = sent.slug.trim();
	if ( askedSlug && post.slug && post.slug !== askedSlug ) {
		notes.push(
			sprintf(
				/* translators: 1: the slug the writer asked for; 2: the slug WordPress used. */
				__(
					'The slug “%1$s” was taken or not allowed, so this post uses “%2$s”.',
					'quick-post'
				),
				askedSlug,
				post.slug
			)
		);
	}
	if (
		sent.featuredImage &&
		typeof post.featured_media === 'number' &&
		post.featured_media !== sent.featuredImage.id
	) {
		notes.push(
			__(
				'The featured image is no longer in the media library, so the post was saved without one.',
				'quick-post'
			)
		);
	}
	for ( const taxonomy of type.taxonomies ) {
		const stored = post[ taxonomy.restBase ];
		if ( ! Array.isArray( stored ) ) {
			continue;
		}
		const gone = ( terms[ taxonomy.slug ] ?? [] ).filter(
			( term ) => term.id !== null && ! stored.includes( term.id )
		);
		if ( gone.length > 0 ) {
			notes.push(
				sprintf(
					/* translators: 1: taxonomy name, e.g. Categories; 2: comma-separated term names. */
					__(
						'%1$s left out because they no longer exist: %2$s.',
						'quick-post'
					),
					taxonomy.label,
					gone.map( ( term ) => term.name ).join( ', ' )
				)
			);
		}
	}
	return notes;
}
