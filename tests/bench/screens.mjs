/**
 * The screens the bench compares, and how a person uses each: where they type, which button saves,
 * and what the screen shows once the server has the post.
 */

const QP_PAGE = '.quick-post.is-page';
const QP_WIDGET = '.quick-post.is-widget';

function quickPost( scope, path, name ) {
	return {
		name,
		path,
		title: `${ scope } .quick-post-composer input.components-text-control__input`,
		// The plain field PHP prints (and the bundle keeps until the writing surface has loaded),
		// or the writing surface.
		content: `${ scope } .quick-post-composer textarea, ${ scope } .quick-post-editor__content`,
		surface: `${ scope } .quick-post-editor__content`,
		saveDraft: {
			button: `${ scope } .quick-post-composer__actions button.is-secondary`,
			done: { selector: `${ scope } .quick-post-drafts__list` },
		},
		publish: {
			button: `${ scope } .quick-post-composer__actions button.is-primary`,
			done: {
				selector: `${ scope } .quick-post-notice`,
				text: 'Post published.',
			},
		},
		moreOptions: `${ scope } .quick-post-more-options > button[aria-expanded]`,
		categorySearch: `${ scope } .quick-post-terms input[type="search"]`,
		categoryMatch: `${ scope } .quick-post-terms__results label`,
		tags: `${ scope } .quick-post-tokens input`,
		tagSuggestion: `${ scope } .components-form-token-field__suggestion`,
	};
}

export const SCREENS = {
	quickPostPage: quickPost(
		QP_PAGE,
		'/wp-admin/admin.php?page=quick-post',
		'Quick Post page'
	),
	quickPostWidget: quickPost(
		QP_WIDGET,
		'/wp-admin/index.php',
		'Quick Post widget'
	),
	quickDraft: {
		name: 'Core Quick Draft (dashboard)',
		path: '/wp-admin/index.php',
		title: '#quick-press #title',
		content: '#quick-press #content',
		saveDraft: {
			button: '#quick-press #save-post',
			// Core replaces the widget with one whose list starts with the new draft.
			done: { selector: '#dashboard_quick_press .drafts li' },
		},
	},
	blockEditor: {
		name: 'Block editor (post-new.php)',
		path: '/wp-admin/post-new.php',
		title: '.editor-post-title__input',
		saveDraft: {
			button: '.editor-post-save-draft',
			done: { selector: '.editor-post-saved-state', text: 'Saved' },
		},
		categorySearch: 'input[type="search"][placeholder="Search Categories"]',
		categoryMatch:
			'.editor-post-taxonomies__hierarchical-terms-choice label',
		tags: '.editor-post-taxonomies__flat-term-selector input, .components-form-token-field input',
		tagSuggestion: '.components-form-token-field__suggestion',
	},
};

/** Admin screens where Quick Post has nothing to show: it must cost them nothing. */
export const UNRELATED_SCREENS = [
	'/wp-admin/edit.php',
	'/wp-admin/post-new.php',
	'/wp-admin/upload.php',
	'/wp-admin/edit-tags.php?taxonomy=category',
	'/wp-admin/edit-comments.php',
	'/wp-admin/plugins.php',
	'/wp-admin/users.php',
	'/wp-admin/profile.php',
	'/wp-admin/options-general.php',
];
