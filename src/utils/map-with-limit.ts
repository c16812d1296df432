/**
 * Maps over items with at most `limit` promises pending at once, keeping the order of the results.
 *
 * @param items  What to map.
 * @param limit  How many may run at the same time.
 * @param mapper The async work for one item.
 */
export async function mapWithLimit< T, R >(
	items: T[],
	limit: number,
	mapper: ( item: T ) => Promise< R >
): Promise< R[] > {
	const results: R[] = new Array( items.length );
	let next = 0;
	async function worker() {
		while ( next < items.length ) {
			const index = next++;
			results[ index ] = await mapper( items[ index ] as T );
		}
	}
	await Promise.all(
		Array.from( { length: Math.min( limit, items.length ) }, worker )
	);
	return results;
}
