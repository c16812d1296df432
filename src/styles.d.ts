/**
 * Lets TypeScript accept the stylesheet import that webpack handles.
 */
declare module '*.scss';
