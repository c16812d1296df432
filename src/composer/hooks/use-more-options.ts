/**
 * Whether "More options" is open, remembered per user on the server.
 */

/**
 * WordPress dependencies
 */
import { useCallback, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { saveMoreOptionsPreference } from '../../api/users';

export function useMoreOptions(
	initiallyOpen: boolean
): [ boolean, () => void, () => void ] {
	const [ isOpen, setIsOpen ] = useState( initiallyOpen );

	const persist = useCallback( ( open: boolean ) => {
		setIsOpen( open );
		// A preference that fails to save costs nothing but the next visit's state: don't bother the writer.
		saveMoreOptionsPreference( open ).catch( () => undefined );
	}, [] );

	const toggle = useCallback(
		() => persist( ! isOpen ),
		[ isOpen, persist ]
	);
	// Opens without saving the preference, e.g. to show a field error.
	const reveal = useCallback( () => setIsOpen( true ), [] );

	return [ isOpen, toggle, reveal ];
}
