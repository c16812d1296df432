<?php
/**
 * Test- and bench-only: inserts thousands of terms in a few queries, and removes them again.
 *
 * Loaded on demand by the e2e helpers plugin and the bench mu-plugin (from QUICK_POST_DIR, as both
 * environments mount the plugin's repository).
 *
 * @package QuickPost
 */

namespace QuickPost\TestSupport;

defined( 'ABSPATH' ) || exit;

/**
 * Inserts `{$prefix} 1` … `{$prefix} {$count}` (slugs `{$prefix}-N`) into a taxonomy, 500 per query.
 *
 * @param string $taxonomy Taxonomy.
 * @param string $prefix   Name prefix; slugs start with `{$prefix}-`.
 * @param int    $count    How many terms.
 * @param int    $popular  How many of them (from the last one down) look used: the last gets this
 *                         count, the one before one less, and so on; the rest are unused. Only the
 *                         count column changes (it orders "most used" lists), no post is tagged.
 * @return int How many were inserted.
 */
function seed_terms( $taxonomy, $prefix, $count, $popular = 0 ) {
	global $wpdb;
	for ( $start = 1; $start <= $count; $start += 500 ) {
		$end   = min( $count, $start + 499 );
		$terms = array();
		for ( $i = $start; $i <= $end; $i++ ) {
			$terms[] = $wpdb->prepare( '(%s, %s, 0)', "{$prefix} {$i}", "{$prefix}-{$i}" );
		}
		$wpdb->query( "INSERT INTO {$wpdb->terms} (name, slug, term_group) VALUES " . implode( ',', $terms ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$first_id = (int) $wpdb->get_var( $wpdb->prepare( "SELECT term_id FROM {$wpdb->terms} WHERE slug = %s", "{$prefix}-{$start}" ) );
		$rows     = array();
		for ( $i = $start; $i <= $end; $i++ ) {
			$rows[] = $wpdb->prepare( '(%d, %s, %s, 0, %d)', $first_id + ( $i - $start ), $taxonomy, '', max( 0, $popular - ( $count - $i ) ) );
		}
		$wpdb->query( "INSERT INTO {$wpdb->term_taxonomy} (term_id, taxonomy, description, parent, count) VALUES " . implode( ',', $rows ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	}
	clean_taxonomy_cache( $taxonomy );
	return $count;
}

/**
 * Removes every term whose slug starts with `{$prefix}-`.
 *
 * @param string $taxonomy Taxonomy (for the cache).
 * @param string $prefix   The prefix given to seed_terms().
 * @return int How many were removed.
 */
function delete_seeded_terms( $taxonomy, $prefix ) {
	global $wpdb;
	$like     = $wpdb->esc_like( $prefix . '-' ) . '%';
	$term_ids = $wpdb->get_col( $wpdb->prepare( "SELECT term_id FROM {$wpdb->terms} WHERE slug LIKE %s", $like ) );
	if ( $term_ids ) {
		$ids = implode( ',', array_map( 'intval', $term_ids ) );
		$wpdb->query( "DELETE FROM {$wpdb->term_relationships} WHERE term_taxonomy_id IN (SELECT term_taxonomy_id FROM {$wpdb->term_taxonomy} WHERE term_id IN ($ids))" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( "DELETE FROM {$wpdb->term_taxonomy} WHERE term_id IN ($ids)" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( "DELETE FROM {$wpdb->terms} WHERE term_id IN ($ids)" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	clean_taxonomy_cache( $taxonomy );
	return count( $term_ids );
}
