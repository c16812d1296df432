/**
 * Reads the settings PHP printed for the composer.
 */

/**
 * Internal dependencies
 */
import type { QuickPostSettings } from './types';

export function getSettings(): QuickPostSettings | null {
	return window.quickPostSettings ?? null;
}
