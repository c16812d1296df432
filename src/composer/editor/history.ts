/**
 * Undo and redo for the writing surface: snapshots of its HTML and the caret. Typing is grouped
 * into one step per pause; a paste, a Markdown conversion or a change of block or format is one
 * step of its own.
 */

/**
 * Internal dependencies
 */
import type { TextPosition } from './selection';

export interface Snapshot {
	html: string;
	position: TextPosition | null;
}

/** Enough for a long writing session; older steps are forgotten. */
const LIMIT = 200;

export class History {
	private entries: Snapshot[] = [];
	private index = -1;

	/**
	 * Keeps the state as a step, unless it is the step already current.
	 *
	 * @param snapshot The surface now.
	 */
	record( snapshot: Snapshot ): void {
		if ( this.entries[ this.index ]?.html === snapshot.html ) {
			return;
		}
		this.entries.splice( this.index + 1 );
		this.entries.push( snapshot );
		if ( this.entries.length > LIMIT ) {
			this.entries.shift();
		}
		this.index = this.entries.length - 1;
	}

	/**
	 * @param current The surface now (kept, so redo can come back to it).
	 * @return The step before, or null at the first.
	 */
	undo( current: Snapshot ): Snapshot | null {
		this.record( current );
		if ( this.index <= 0 ) {
			return null;
		}
		this.index--;
		return this.entries[ this.index ] ?? null;
	}

	/** @return The step undone last, or null. */
	redo(): Snapshot | null {
		if ( this.index >= this.entries.length - 1 ) {
			return null;
		}
		this.index++;
		return this.entries[ this.index ] ?? null;
	}

	/**
	 * Starts over (a new post, a loaded draft).
	 * @param snapshot
	 */
	reset( snapshot: Snapshot ): void {
		this.entries = [ snapshot ];
		this.index = 0;
	}
}
