/**
 * Turns raw bench numbers into min/median/max, ratios and budget verdicts, and prints them.
 */

/** @param {number[]} values */
export function stats( values ) {
	if ( values.length === 0 ) {
		return null;
	}
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	const median =
		sorted.length % 2
			? sorted[ middle ]
			: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2;
	return {
		min: sorted[ 0 ],
		median,
		max: sorted[ sorted.length - 1 ],
		runs: sorted.length,
	};
}

const ms = ( value ) =>
	value === null || value === undefined ? '–' : `${ Math.round( value ) } ms`;
const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB`;

/**
 * @param {string}   label
 * @param {number[]} values
 */
export function timingRow( label, values ) {
	const summary = stats( values );
	return summary
		? `${ label.padEnd( 58 ) } ${ ms( summary.median ).padStart( 9 ) }   (min ${ ms( summary.min ) }, max ${ ms( summary.max ) }, ${ summary.runs } runs)`
		: `${ label.padEnd( 58 ) } skipped`;
}

/**
 * A budget: `measured` must be at most `limit`. Exact budgets fail the run; timing ones only warn
 * unless the bench runs with --strict (timing on a shared CI machine is noise).
 *
 * @param {string}      name
 * @param {number|null} measured
 * @param {number}      limit
 * @param {boolean}     exact
 * @param {string}      shown    How to print measured/limit.
 */
export function budget( name, measured, limit, exact, shown ) {
	return {
		name,
		measured,
		limit,
		exact,
		shown,
		pass: measured === null ? null : measured <= limit,
	};
}

export function printBudgets( budgets ) {
	console.log( '\nBudgets' );
	for ( const item of budgets ) {
		let mark = '✗';
		if ( item.pass === null ) {
			mark = '–';
		} else if ( item.pass ) {
			mark = '✓';
		}
		const kind = item.exact ? 'exact ' : 'timing';
		console.log(
			`  ${ mark } [${ kind }] ${ item.name }: ${ item.shown }`
		);
	}
}

export { ms, kb };
