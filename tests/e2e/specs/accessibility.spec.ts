/**
 * Automated accessibility scan (axe-core) of the composer on both screens, and screenshots at
 * desktop and phone widths, left to right and right to left (tests/e2e/visual-references/ holds a reviewed set;
 * `QUICK_POST_UPDATE_VISUALS=1` rewrites it).
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../utils/test';

/**
 * Internal dependencies
 */
import { ComposerUi } from '../utils/composer';
import { setMoreOptionsOpen } from '../utils/fixtures';

const VISUALS = join( __dirname, '..', 'visual-references' );

test.describe( 'Accessibility and layout', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await setMoreOptionsOpen( requestUtils, true );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await setMoreOptionsOpen( requestUtils, false );
	} );

	for ( const where of [ 'page', 'widget' ] as const ) {
		test( `the ${ where } composer has no serious or critical axe violations`, async ( {
			page,
		} ) => {
			const composer = await ComposerUi.open( page, where );
			await expect(
				composer.root.getByRole( 'textbox', { name: 'Excerpt' } )
			).toBeVisible();
			await expect( composer.drafts ).toHaveAttribute(
				'aria-busy',
				'false'
			);

			const results = await new AxeBuilder( { page } )
				.include( '.quick-post' )
				.analyze();
			const blocking = results.violations.filter( ( violation ) =>
				[ 'serious', 'critical' ].includes( violation.impact ?? '' )
			);
			expect(
				blocking.map(
					( violation ) =>
						`${ violation.id }: ${ violation.nodes.map( ( node ) => node.target.join( ' ' ) ).join( ', ' ) }`
				)
			).toEqual( [] );
		} );
	}

	for ( const width of [ 1280, 360 ] ) {
		for ( const direction of [ 'ltr', 'rtl' ] as const ) {
			test( `looks right at ${ width }px, ${ direction }`, async ( {
				page,
				context,
			}, testInfo ) => {
				if ( direction === 'rtl' ) {
					await context.addCookies( [
						{
							name: 'quick_post_test_rtl',
							value: '1',
							url: testInfo.project.use.baseURL ?? '',
						},
					] );
				}
				await page.setViewportSize( { width, height: 900 } );
				for ( const where of [ 'page', 'widget' ] as const ) {
					const composer = await ComposerUi.open( page, where );
					expect(
						await composer.root.evaluate(
							( element ) => getComputedStyle( element ).direction
						)
					).toBe( direction );
					await expect(
						composer.root.getByRole( 'textbox', {
							name: 'Excerpt',
						} )
					).toBeVisible();
					// Nothing of the composer sticks out of the screen, at phone width too. (The page as a
					// whole is not checked: core's own RTL screens overflow by 1px at 360px.)
					const outside = await composer.container.evaluate(
						( element ) =>
							[ element, ...element.querySelectorAll( '*' ) ]
								.map( ( node ) => ( {
									node,
									rect: node.getBoundingClientRect(),
								} ) )
								.filter(
									( { rect } ) =>
										rect.width > 0 &&
										( rect.left < -0.5 ||
											rect.right >
												window.innerWidth + 0.5 )
								)
								.map(
									( { node } ) =>
										`${ node.tagName }.${ String( node.className ) }`
								)
					);
					expect( outside ).toEqual( [] );
					await expect(
						composer.root.locator( '.components-spinner' )
					).toHaveCount( 0 );
					const name = `${ where }-${ width }-${ direction }`;
					const screenshot = await composer.container.screenshot( {
						animations: 'disabled',
						// Kept in the repository as visual references when asked for.
						path: process.env.QUICK_POST_UPDATE_VISUALS
							? join( VISUALS, `${ name }.png` )
							: undefined,
					} );
					await testInfo.attach( name, {
						body: screenshot,
						contentType: 'image/png',
					} );
				}
			} );
		}
	}
} );
