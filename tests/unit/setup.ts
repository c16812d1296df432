/**
 * Matchers such as `toBeInTheDocument()` for every unit test.
 */
import '@testing-library/jest-dom';

// jsdom has no layout; components call this to keep the highlighted suggestion in view.
if ( typeof Element !== 'undefined' && ! Element.prototype.scrollIntoView ) {
	Element.prototype.scrollIntoView = () => {};
}

// Nor ResizeObserver, which some components (e.g. ToggleGroupControl in the date picker) need.
if (
	typeof window !== 'undefined' &&
	typeof window.ResizeObserver === 'undefined'
) {
	window.ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}
