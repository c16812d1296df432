/**
 * Drives one Quick Post composer (the page's or the dashboard widget's) the way a person does.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const PAGE_PATH = 'wp-admin/edit.php?page=quick-post';
export const DASHBOARD_PATH = 'wp-admin/index.php';

export class ComposerUi {
	/** The composer and its recent drafts. */
	readonly container: Locator;
	/** The form. */
	readonly root: Locator;
	readonly drafts: Locator;

	constructor(
		readonly page: Page,
		where: 'page' | 'widget'
	) {
		this.container = page.locator(
			where === 'page'
				? '.wrap .quick-post'
				: '#quick_post_dashboard_widget .quick-post'
		);
		this.root = this.container.locator( '.quick-post-composer' );
		this.drafts = this.container.getByRole( 'region', {
			name: 'Your recent drafts',
			exact: true,
		} );
	}

	/**
	 * @param page  The page.
	 * @param where The Quick Post page or the dashboard widget.
	 * @param site  On a multisite network, the site's path below the main one, e.g. `second/`.
	 */
	static async open( page: Page, where: 'page' | 'widget', site = '' ) {
		await page.goto(
			site + ( where === 'page' ? PAGE_PATH : DASHBOARD_PATH )
		);
		const composer = new ComposerUi( page, where );
		// The plain fields PHP prints are gone once the composer has taken over.
		await expect( page.locator( '.quick-post-early' ) ).toHaveCount( 0 );
		await expect( composer.title ).toBeEditable();
		// The writing surface arrives in a chunk of its own; until then Content is a plain field.
		await expect( composer.richContent ).toBeVisible();
		return composer;
	}

	get title() {
		return this.root.getByRole( 'textbox', { name: 'Title' } );
	}

	get content() {
		return this.root.getByRole( 'textbox', { name: 'Content' } );
	}

	/** The writing surface (once its chunk has loaded). */
	get richContent() {
		return this.root.locator( '.quick-post-editor__content' );
	}

	/** What Content shows, as it would be typed: lines apart by a line break, blocks by a blank line. */
	async contentText(): Promise< string > {
		return this.content.evaluate( ( element ) =>
			( element instanceof HTMLTextAreaElement
				? element.value
				: ( element as HTMLElement ).innerText
			).replace( /\n+$/, '' )
		);
	}

	async expectContent( text: string ) {
		await expect.poll( () => this.contentText() ).toBe( text );
	}

	/** The featured image's file input (Content's toolbar has one of its own). */
	get featuredImageFile() {
		return this.root.locator(
			'.quick-post-featured-image input[type="file"]'
		);
	}

	button( name: string ) {
		return this.root.getByRole( 'button', { name, exact: true } );
	}

	notice( text: string | RegExp ) {
		return this.root
			.locator( '.components-notice' )
			.filter( { hasText: text } );
	}

	/** Opens "More options" unless the user's saved preference already did. */
	async openMoreOptions() {
		const toggle = this.root.getByRole( 'button', {
			name: 'More options',
		} );
		if ( ( await toggle.getAttribute( 'aria-expanded' ) ) !== 'true' ) {
			await toggle.click();
		}
		await expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
	}

	async write( title: string, content: string ) {
		await this.title.fill( title );
		await this.content.fill( content );
	}

	/** The ID of the post the success notice links to. */
	async savedPostId(): Promise< number > {
		// "Edit post", or the type's own words ("Edit Page").
		const href = await this.root
			.locator( '.components-notice a[href*="action=edit"]' )
			.getAttribute( 'href' );
		const id = Number(
			new URL( href ?? '', this.page.url() ).searchParams.get( 'post' )
		);
		expect( id ).toBeGreaterThan( 0 );
		return id;
	}
}

export const paragraphBlock = ( html: string ) =>
	`<!-- wp:paragraph -->\n<p>${ html }</p>\n<!-- /wp:paragraph -->`;
