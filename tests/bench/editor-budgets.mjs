/**
 * What the bench prints about writing in Content (time until it takes keys, keystroke latency,
 * a long paste), and those budgets' verdicts.
 */
import { budget, ms, stats, timingRow } from './report.mjs';
import { SCREENS } from './screens.mjs';

/** One frame at 60 Hz: no latency budget asks for less. */
const FRAME = 1000 / 60;

/**
 * @param {number[]} values
 * @param {number}   share  0–1.
 */
export function percentile( values, share ) {
	if ( ! values?.length ) {
		return null;
	}
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[
		Math.min( sorted.length, Math.ceil( share * sorted.length ) ) - 1
	];
}

const median = ( values ) => stats( values ?? [] )?.median ?? null;
const ratio = ( a, b ) =>
	a === null || b === null || b === 0 ? null : a / b;
const times = ( value ) =>
	value === null ? '–' : `${ value.toFixed( 2 ) }×`;
/**
 * Median of the per-run ratios of two measurements taken in the same loads or in turns.
 *
 * @param {number[]} a
 * @param {number[]} b
 */
const pairedRatio = ( a = [], b = [] ) =>
	median(
		a
			.slice( 0, b.length )
			.map( ( value, index ) => value / b[ index ] )
			.filter( Number.isFinite )
	);

const LATENCY_SCREENS = {
	quickPostPage: 'Quick Post page',
	blockEditor: 'Block editor',
};

/** @param {Object} results The bench's results. */
export function printWriting( results ) {
	if ( results.timeToContent ) {
		console.log(
			'Time until Content accepts input (plain field, then the writing surface)'
		);
		for ( const [ key, values ] of Object.entries(
			results.timeToContent
		) ) {
			console.log( '  ' + timingRow( SCREENS[ key ].name, values ) );
		}
		console.log( 'Time until the writing surface is ready' );
		for ( const [ key, values ] of Object.entries(
			results.timeToSurface ?? {}
		) ) {
			console.log( '  ' + timingRow( SCREENS[ key ].name, values ) );
		}
	}
	for ( const [ words, byScreen ] of Object.entries(
		results.keystrokes ?? {}
	) ) {
		console.log( `Keystroke to paint, ${ words } words in Content` );
		for ( const [ key, values ] of Object.entries( byScreen ) ) {
			console.log(
				`  ${ LATENCY_SCREENS[ key ].padEnd( 58 ) } median ${ ms( median( values ) ) }, p95 ${ ms( percentile( values, 0.95 ) ) }, max ${ ms( Math.max( ...values ) ) } (${ values.length } keys)`
			);
		}
	}
	if ( results.keystrokeFloor ) {
		const values = results.keystrokeFloor;
		console.log(
			`Keystroke to paint in a plain input (the page's title), for reference: median ${ ms( median( values ) ) }, p95 ${ ms( percentile( values, 0.95 ) ) } (${ values.length } keys)`
		);
	}
	if ( results.paste ) {
		console.log( 'Paste of a 5,000-word Google Docs document until shown' );
		for ( const [ key, values ] of Object.entries( results.paste ) ) {
			console.log( '  ' + timingRow( LATENCY_SCREENS[ key ], values ) );
		}
	}
}

/**
 * Timing budgets of writing in Content: reported, failing the run only with --strict.
 *
 * @param {Object} results The bench's results.
 */
export function writingBudgets( results ) {
	const budgets = [];
	for ( const key of Object.keys( results.timeToContent ?? {} ) ) {
		if ( ! key.startsWith( 'quickPost' ) ) {
			continue;
		}
		const value = pairedRatio(
			results.timeToContent[ key ],
			results.timeToType[ key ]
		);
		budgets.push(
			budget(
				`${ SCREENS[ key ].name }: Content takes keys ≤ 1.25× the title's time`,
				value,
				1.25,
				false,
				times( value )
			)
		);
	}
	const sizes = Object.keys( results.keystrokes ?? {} ).map( Number );
	for ( const words of sizes ) {
		const { quickPostPage: ours, blockEditor: theirs } =
			results.keystrokes[ words ];
		for ( const [ label, share ] of [
			[ 'median', 0.5 ],
			[ 'p95', 0.95 ],
		] ) {
			const value = percentile( ours, share );
			const limit = Math.max( percentile( theirs, share ) / 2, FRAME );
			budgets.push(
				budget(
					`Keystroke to paint, ${ words } words, ${ label } ≤ ½ of the block editor's or one frame`,
					value,
					limit,
					false,
					`${ ms( value ) } (limit ${ ms( limit ) })`
				)
			);
		}
		const p95 = percentile( ours, 0.95 );
		budgets.push(
			budget(
				`Keystroke to paint, ${ words } words, p95 ≤ 50 ms`,
				p95,
				50,
				false,
				ms( p95 )
			)
		);
	}
	if ( sizes.length > 1 ) {
		const [ small, large ] = [ Math.min( ...sizes ), Math.max( ...sizes ) ];
		for ( const [ label, share ] of [
			[ 'median', 0.5 ],
			[ 'p95', 0.95 ],
		] ) {
			// Below one frame, growth is the browser's frame clock, not the editor.
			const at = ( words ) =>
				Math.max(
					percentile(
						results.keystrokes[ words ].quickPostPage,
						share
					),
					FRAME
				);
			const value = ratio( at( large ), at( small ) );
			budgets.push(
				budget(
					`Keystroke to paint ${ label } grows ≤ 2× from ${ small } to ${ large } words`,
					value,
					2,
					false,
					times( value )
				)
			);
		}
	}
	if ( results.paste ) {
		const value = pairedRatio(
			results.paste.quickPostPage,
			results.paste.blockEditor
		);
		budgets.push(
			budget(
				'5,000-word Google Docs paste ≤ ½ of the block editor',
				value,
				0.5,
				false,
				times( value )
			)
		);
	}
	return budgets;
}
