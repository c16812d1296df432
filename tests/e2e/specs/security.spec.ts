/**
 * Who may do what: for each role, the controls the composer offers, and what the server accepts
 * when the UI is bypassed with the page's own nonce. Plus requests without a valid nonce, markup
 * in titles, and pages of users who may not write.
 */
import { test, expect } from '../utils/test';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ComposerUi, DASHBOARD_PATH, PAGE_PATH } from '../utils/composer';
import { PNG_1PX, getStored, postsTitled } from '../utils/fixtures';
import { USERS, storageStatePath, type Role } from '../utils/roles';

type Action =
	| 'publish'
	| 'schedule'
	| 'sticky'
	| 'setAuthor'
	| 'createCategory'
	| 'createTag'
	| 'upload'
	| 'editOthersDraft';

interface Expected {
	primary: 'Publish' | 'Submit for review';
	ui: {
		schedule: boolean;
		private: boolean;
		sticky: boolean;
		author: boolean;
		newCategory: boolean;
		upload: boolean;
	};
	accepts: Action[];
}

const ALL: Action[] = [
	'publish',
	'schedule',
	'sticky',
	'setAuthor',
	'createCategory',
	'createTag',
	'upload',
	'editOthersDraft',
];

const MATRIX: Record< Exclude< Role, 'subscriber' >, Expected > = {
	administrator: {
		primary: 'Publish',
		ui: {
			schedule: true,
			private: true,
			sticky: true,
			author: true,
			newCategory: true,
			upload: true,
		},
		accepts: ALL,
	},
	editor: {
		primary: 'Publish',
		ui: {
			schedule: true,
			private: true,
			sticky: true,
			author: true,
			newCategory: true,
			upload: true,
		},
		accepts: ALL,
	},
	author: {
		primary: 'Publish',
		// Core lets anyone who may publish make a post sticky.
		ui: {
			schedule: true,
			private: true,
			sticky: true,
			author: false,
			newCategory: false,
			upload: true,
		},
		accepts: [ 'publish', 'schedule', 'sticky', 'createTag', 'upload' ],
	},
	contributor: {
		primary: 'Submit for review',
		ui: {
			schedule: false,
			private: false,
			sticky: false,
			author: false,
			newCategory: false,
			upload: false,
		},
		accepts: [ 'createTag' ],
	},
};

/**
 * Sends a request with the page's api-fetch (cookie + the page's nonce), as a script that skips
 * the composer's UI would. Resolves to "accepted" or the error code.
 * @param page
 * @param options
 * @param options.path
 * @param options.method
 * @param options.data
 * @param options.upload
 */
function attempt(
	page: Page,
	options: {
		path: string;
		method: string;
		data?: object;
		upload?: boolean;
	}
): Promise< string > {
	return page.evaluate(
		async ( { upload, png, ...request } ) => {
			type Fetch = ( options: object ) => Promise< unknown >;
			// WordPress 6.8 does not load wp-api-fetch on a subscriber's dashboard: the same request
			// then goes out with fetch() and a nonce from core's endpoint, as api-fetch would send it.
			const apiFetch: Fetch =
				( window as unknown as { wp?: { apiFetch?: Fetch } } ).wp
					?.apiFetch ??
				( async ( sent: {
					path?: string;
					method?: string;
					data?: object;
					body?: FormData;
				} ) => {
					const nonce = await (
						await fetch(
							'/wp-admin/admin-ajax.php?action=rest-nonce'
						)
					).text();
					const response = await fetch(
						`/index.php?rest_route=${ encodeURIComponent( sent.path ?? '/' ) }`,
						{
							method: sent.method,
							headers: sent.body
								? { 'X-WP-Nonce': nonce }
								: {
										'X-WP-Nonce': nonce,
										'Content-Type': 'application/json',
									},
							body: sent.body ?? JSON.stringify( sent.data ),
						}
					);
					const json = await response.json();
					if ( ! response.ok ) {
						throw json;
					}
					return json;
				} );
			let body: FormData | undefined;
			if ( upload ) {
				body = new FormData();
				const bytes = Uint8Array.from( atob( png ), ( char ) =>
					char.charCodeAt( 0 )
				);
				body.append(
					'file',
					new Blob( [ bytes ], { type: 'image/png' } ),
					'matrix.png'
				);
			}
			try {
				await apiFetch( body ? { ...request, body } : request );
				return 'accepted';
			} catch ( error ) {
				return String( ( error as { code?: string } ).code ?? 'error' );
			}
		},
		{ ...options, png: PNG_1PX.toString( 'base64' ) }
	);
}

test.describe( 'The role matrix', () => {
	let othersDraftId = 0;
	let adminId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		const draft = await requestUtils.rest( {
			path: '/wp/v2/posts',
			method: 'POST',
			data: { title: 'Someone else’s draft', status: 'draft' },
		} );
		othersDraftId = draft.id;
		adminId = ( await requestUtils.rest( { path: '/wp/v2/users/me' } ) ).id;
	} );

	for ( const [ role, expected ] of Object.entries( MATRIX ) as Array<
		[ Exclude< Role, 'subscriber' >, Expected ]
	> ) {
		test.describe( `as ${ role }`, () => {
			test.use( { storageState: storageStatePath( role ) } );

			test( 'the UI offers only what the role may do, and the server judges the rest', async ( {
				page,
				requestUtils,
			} ) => {
				const composer = await ComposerUi.open( page, 'page' );
				await composer.openMoreOptions();
				const { root } = composer;
				await expect(
					composer.button( expected.primary )
				).toBeVisible();
				await expect(
					composer.button(
						expected.primary === 'Publish'
							? 'Submit for review'
							: 'Publish'
					)
				).toHaveCount( 0 );
				const offered = {
					schedule: root.getByRole( 'button', {
						name: /^Publish date:/,
					} ),
					private: root.getByRole( 'radio', { name: 'Private' } ),
					sticky: root.getByRole( 'checkbox', {
						name: 'Stick to the top of the blog',
					} ),
					author: root.getByRole( 'combobox', { name: 'Author' } ),
					upload: root.getByRole( 'button', {
						name: 'Upload image',
					} ),
				};
				for ( const [ control, locator ] of Object.entries(
					offered
				) ) {
					await expect(
						locator,
						`${ role } should${
							expected.ui[ control as keyof Expected[ 'ui' ] ]
								? ''
								: ' not'
						} be offered ${ control }`
					).toHaveCount(
						expected.ui[ control as keyof Expected[ 'ui' ] ] ? 1 : 0
					);
				}
				const newName = `Matrix ${ role } category ${ Date.now() }`;
				await root
					.getByRole( 'searchbox', { name: 'Search Categories' } )
					.fill( newName );
				await expect(
					root.getByText( 'Nothing found.' )
				).toBeVisible();
				await expect(
					root.getByRole( 'button', {
						name: `Add new category “${ newName }”`,
					} )
				).toHaveCount( expected.ui.newCategory ? 1 : 0 );

				const stamp = `${ role } ${ Date.now() }`;
				const titles: Partial< Record< Action, string > > = {
					publish: `Matrix publish ${ stamp }`,
					schedule: `Matrix schedule ${ stamp }`,
					sticky: `Matrix sticky ${ stamp }`,
					setAuthor: `Matrix author ${ stamp }`,
				};
				const nextYear = new Date().getFullYear() + 1;
				const requests: Record<
					Action,
					Parameters< typeof attempt >[ 1 ]
				> = {
					publish: {
						path: '/wp/v2/posts',
						method: 'POST',
						data: { title: titles.publish, status: 'publish' },
					},
					schedule: {
						path: '/wp/v2/posts',
						method: 'POST',
						data: {
							title: titles.schedule,
							status: 'future',
							date: `${ nextYear }-01-15T10:00:00`,
						},
					},
					sticky: {
						path: '/wp/v2/posts',
						method: 'POST',
						data: {
							title: titles.sticky,
							status: 'draft',
							sticky: true,
						},
					},
					setAuthor: {
						path: '/wp/v2/posts',
						method: 'POST',
						data: {
							title: titles.setAuthor,
							status: 'draft',
							author: adminId,
						},
					},
					createCategory: {
						path: '/wp/v2/categories',
						method: 'POST',
						data: { name: `Matrix category ${ stamp }` },
					},
					createTag: {
						path: '/wp/v2/tags',
						method: 'POST',
						data: { name: `Matrix tag ${ stamp }` },
					},
					upload: {
						path: '/wp/v2/media',
						method: 'POST',
						upload: true,
					},
					editOthersDraft: {
						path: `/wp/v2/posts/${ othersDraftId }`,
						method: 'POST',
						data: { title: `Hijacked by ${ stamp }` },
					},
				};

				const results: Record< string, string > = {};
				for ( const action of ALL ) {
					results[ action ] = await attempt(
						page,
						requests[ action ]
					);
				}
				test.info().annotations.push( {
					type: 'server',
					description: `${ role }: ${ JSON.stringify( results ) }`,
				} );
				expect(
					Object.fromEntries(
						ALL.map( ( action ) => [
							action,
							results[ action ] === 'accepted',
						] )
					)
				).toEqual(
					Object.fromEntries(
						ALL.map( ( action ) => [
							action,
							expected.accepts.includes( action ),
						] )
					)
				);

				// What was refused left nothing behind on the server.
				for ( const [ action, title ] of Object.entries( titles ) ) {
					expect(
						await postsTitled( requestUtils, title ),
						`${ action } by ${ role }`
					).toHaveLength(
						expected.accepts.includes( action as Action ) ? 1 : 0
					);
				}
				const draft = await getStored(
					requestUtils,
					'posts',
					othersDraftId
				);
				if ( expected.accepts.includes( 'editOthersDraft' ) ) {
					expect( draft.title.raw ).toBe( `Hijacked by ${ stamp }` );
					await requestUtils.rest( {
						path: `/wp/v2/posts/${ othersDraftId }`,
						method: 'POST',
						data: { title: 'Someone else’s draft' },
					} );
				} else {
					expect( draft.title.raw ).toBe( 'Someone else’s draft' );
				}
			} );
		} );
	}
} );

test.describe( 'A subscriber', () => {
	test.use( { storageState: storageStatePath( 'subscriber' ) } );

	test( 'gets no composer, no settings and no way to post', async ( {
		page,
	} ) => {
		for ( const path of [
			DASHBOARD_PATH,
			'wp-admin/profile.php',
			PAGE_PATH,
		] ) {
			await page.goto( path );
			const html = await page.content();
			expect( html, path ).not.toContain( 'quickPostSettings' );
			expect( html, path ).not.toContain( 'quick-post-root' );
			expect( html, path ).not.toMatch(
				/plugins\/[^"']+\/build\/index\.js/
			);
		}
		await page.goto( DASHBOARD_PATH );
		expect(
			await attempt( page, {
				path: '/wp/v2/posts',
				method: 'POST',
				data: { title: 'Subscriber post', status: 'draft' },
			} )
		).toBe( 'rest_cannot_create' );
		expect(
			await attempt( page, {
				path: '/wp/v2/tags',
				method: 'POST',
				data: { name: 'Subscriber tag' },
			} )
		).toBe( 'rest_cannot_create' );
	} );
} );

test.describe( 'Requests without a valid nonce', () => {
	test( 'create nothing, even with the login cookies', async ( {
		page,
		requestUtils,
	} ) => {
		const composer = await ComposerUi.open( page, 'page' );
		await expect( composer.title ).toBeEditable();
		const title = `Cookie only ${ Date.now() }`;
		const answers = await page.evaluate( async ( postTitle ) => {
			const root = (
				window as unknown as { quickPostSettings: { root: string } }
			 ).quickPostSettings.root;
			const send = async ( headers: Record< string, string > ) => {
				const response = await fetch( `${ root }wp/v2/posts`, {
					method: 'POST',
					credentials: 'same-origin',
					headers: { 'Content-Type': 'application/json', ...headers },
					body: JSON.stringify( {
						title: postTitle,
						status: 'draft',
					} ),
				} );
				return {
					status: response.status,
					code: ( await response.json() ).code,
				};
			};
			return {
				none: await send( {} ),
				wrong: await send( { 'X-WP-Nonce': '0123456789' } ),
			};
		}, title );

		expect( answers.none ).toEqual( {
			status: 401,
			code: 'rest_cannot_create',
		} );
		expect( answers.wrong ).toEqual( {
			status: 403,
			code: 'rest_cookie_invalid_nonce',
		} );
		expect( await postsTitled( requestUtils, title ) ).toHaveLength( 0 );
	} );
} );

test.describe( 'Markup in titles', () => {
	for ( const role of [ 'administrator', 'author' ] as const ) {
		test.describe( `from ${ role }`, () => {
			test.use( { storageState: storageStatePath( role ) } );

			test( 'shows as text in the notice and the recent drafts, and runs nothing', async ( {
				page,
			} ) => {
				page.on( 'dialog', ( dialog ) => {
					throw new Error( `A dialog opened: ${ dialog.message() }` );
				} );
				const title = `<img src=x onerror="window.__qpXss=1"> ${ USERS[ role ].username } ${ Date.now() }`;
				const composer = await ComposerUi.open( page, 'page' );
				await composer.write(
					title,
					'<script>window.__qpXss=2</script>'
				);
				await composer.button( 'Save draft' ).click();
				await expect( composer.notice( 'Draft saved.' ) ).toBeVisible();

				const listed = composer.drafts.getByRole( 'button', {
					name: new RegExp( USERS[ role ].username ),
				} );
				await expect( listed.first() ).toBeVisible();
				if ( role === 'administrator' ) {
					// Stored as typed (unfiltered_html): still shown as text.
					await expect( listed.first() ).toContainText(
						'<img src=x onerror='
					);
				}
				await expect(
					composer.container.locator( 'img[src="x"]' )
				).toHaveCount( 0 );
				expect(
					await page.evaluate(
						() =>
							( window as unknown as { __qpXss?: number } )
								.__qpXss
					)
				).toBeUndefined();
			} );
		} );
	}
} );
