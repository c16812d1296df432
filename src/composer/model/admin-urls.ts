/**
 * Links into wp-admin.
 */

/**
 * @param adminUrl The site's admin URL, with a trailing slash.
 * @param postId   The post.
 * @return The block editor (or classic editor) screen of the post.
 */
export function editPostUrl( adminUrl: string, postId: number ): string {
	return `${ adminUrl }post.php?post=${ postId }&action=edit`;
}
