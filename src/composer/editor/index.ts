/**
 * The writing surface, loaded on its own once the composer is on screen (see fields/content-field.tsx).
 */
export { default } from './rich-editor';
