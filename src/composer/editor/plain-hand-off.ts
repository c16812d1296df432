/**
 * What the plain field (shown until the writing surface has loaded) hands the surface when the
 * surface takes its place: whether it had the focus, so the caret goes on where the writer was,
 * and its own text, since paragraphs made of it lose a trailing space or blank line being typed.
 * (State only: the composer's main bundle imports it.)
 */

export const plainHandOff: {
	focused: boolean;
	/** The field's text, and the content it gave the composer for it. */
	text: string | null;
	content: string | null;
} = { focused: false, text: null, content: null };
