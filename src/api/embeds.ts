/**
 * Whether the site can embed an address (core's oEmbed proxy, which knows the site's providers and
 * its own posts), and what the embed block for it holds.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

export interface Embed {
	url: string;
	/** As the block editor's embed block names it: `wp-embed` for WordPress posts, else the oEmbed type. */
	embedType: string;
	providerNameSlug: string;
}

interface OEmbed {
	type?: string;
	provider_name?: string;
	html?: string;
}

/**
 * @param name A provider's name, e.g. "YouTube" or a site's title.
 * @return It as the embed block's class names use it ("youtube").
 */
function slug( name: string ): string {
	return name
		.toLowerCase()
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-+|-+$/g, '' );
}

/**
 * @param url    The address.
 * @param signal Aborts the question when the writer moved on.
 * @return How to embed it, or null when the site cannot.
 */
export async function getEmbed(
	url: string,
	signal?: AbortSignal
): Promise< Embed | null > {
	try {
		const answer = await apiFetch< OEmbed >( {
			path: addQueryArgs( '/oembed/1.0/proxy', { url } ),
			signal,
		} );
		if ( ! answer?.html && answer?.type !== 'photo' ) {
			return null;
		}
		const fromWordPress = ( answer.html ?? '' ).includes(
			'class="wp-embedded-content"'
		);
		return {
			url,
			embedType: fromWordPress ? 'wp-embed' : ( answer.type ?? 'rich' ),
			providerNameSlug: slug( answer.provider_name ?? '' ),
		};
	} catch {
		return null;
	}
}
