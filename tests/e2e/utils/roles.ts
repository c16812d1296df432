/**
 * The test users, one per role, and where their logged-in browser state is stored.
 */
import path from 'node:path';

export const ARTIFACTS_PATH =
	process.env.WP_ARTIFACTS_PATH ??
	path.join( __dirname, '..', '..', '..', 'artifacts' );

export type Role =
	'administrator' | 'editor' | 'author' | 'contributor' | 'subscriber';

export interface TestUser {
	username: string;
	password: string;
	role: Role;
}

// Lowercase letters and digits only: what a multisite network allows in a username.
export const USERS: Record< Role, TestUser > = {
	administrator: {
		username: 'admin',
		password: 'password',
		role: 'administrator',
	},
	editor: {
		username: 'qpeditor',
		password: 'qp-editor-pass',
		role: 'editor',
	},
	author: {
		username: 'qpauthor',
		password: 'qp-author-pass',
		role: 'author',
	},
	contributor: {
		username: 'qpcontributor',
		password: 'qp-contributor-pass',
		role: 'contributor',
	},
	subscriber: {
		username: 'qpsubscriber',
		password: 'qp-subscriber-pass',
		role: 'subscriber',
	},
};

export function storageStatePath( role: Role ): string {
	return path.join( ARTIFACTS_PATH, 'storage-states', `${ role }.json` );
}
