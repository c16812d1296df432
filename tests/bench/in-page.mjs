/**
 * Code that runs inside the measured pages. Every time is taken there, with `performance.now()`
 * on the page's own clock, so the bench's remote-control latency never counts.
 */

/**
 * An init script: from the first frame, watches for each of `selectors` (in the page or in a
 * same-origin iframe such as the block editor's canvas) to become something a person can type into,
 * and stores that moment, in ms since navigation start, as `window.__qpBenchReady[ selector ]`;
 * `window.__qpBenchAllReady` turns true once every field is.
 *
 * "Can type into" means: attached, laid out (has a box), a form field or editable, not disabled or
 * read-only, and no modal dialog covering the screen (the block editor's welcome guide would
 * swallow the keys).
 *
 * @param {string[]} selectors CSS selectors of the fields.
 */
export function watchReadiness( selectors ) {
	if ( window.top !== window ) {
		return;
	}
	const modalOpen = ( doc ) =>
		!! doc.querySelector(
			'.components-modal__screen-overlay, .media-modal:not([style*="display: none"])'
		);
	const find = ( selector ) => {
		const docs = [ document ];
		for ( const frame of document.querySelectorAll( 'iframe' ) ) {
			try {
				if ( frame.contentDocument ) {
					docs.push( frame.contentDocument );
				}
			} catch {
				// A cross-origin frame holds nothing of ours.
			}
		}
		for ( const doc of docs ) {
			const field = doc.querySelector( selector );
			if (
				field &&
				field.getClientRects().length > 0 &&
				( /^(INPUT|TEXTAREA)$/.test( field.tagName ) ||
					field.isContentEditable ) &&
				! field.disabled &&
				! field.readOnly &&
				! modalOpen( document ) &&
				! modalOpen( doc )
			) {
				return field;
			}
		}
		return null;
	};
	window.__qpBenchReady = {};
	const tick = () => {
		const now = performance.now();
		let waiting = 0;
		for ( const selector of selectors ) {
			if ( window.__qpBenchReady[ selector ] !== undefined ) {
				continue;
			}
			if ( find( selector ) ) {
				window.__qpBenchReady[ selector ] = now;
			} else {
				waiting++;
			}
		}
		if ( waiting === 0 ) {
			window.__qpBenchAllReady = true;
			return;
		}
		requestAnimationFrame( tick );
	};
	requestAnimationFrame( tick );

	// Resolves with the time once `test()` holds, checked after every DOM change and every frame.
	window.__qpBenchUntil = ( test, timeout ) =>
		new Promise( ( resolve, reject ) => {
			const started = performance.now();
			let done = false;
			const observer = new MutationObserver( () => check() );
			function check() {
				if ( done ) {
					return;
				}
				if ( test() ) {
					done = true;
					observer.disconnect();
					resolve( performance.now() );
				} else if ( performance.now() - started > timeout ) {
					done = true;
					observer.disconnect();
					reject( new Error( `Timed out after ${ timeout } ms` ) );
				} else {
					requestAnimationFrame( check );
				}
			}
			observer.observe( document, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true,
			} );
			check();
		} );

	// The time of the last key pressed anywhere on the page, for "after typing" measurements.
	window.addEventListener(
		'keydown',
		() => {
			window.__qpBenchLastKey = performance.now();
		},
		true
	);
}

/**
 * Clicks `button` inside the page and waits until an element matching `done.selector` contains
 * `done.text`.
 *
 * @param {import('@playwright/test').Page}  page
 * @param {string}                           button  CSS selector of the button to click.
 * @param {{selector: string, text: string}} done    What the UI shows once the save is confirmed.
 * @param {number}                           timeout Ms.
 * @return {Promise<number>} Ms from the click to the confirmation.
 */
export function clickUntil( page, button, done, timeout = 60_000 ) {
	return page.evaluate(
		async ( { button: buttonSelector, done: wanted, timeout: limit } ) => {
			const target = document.querySelector( buttonSelector );
			if ( ! target ) {
				throw new Error( `No ${ buttonSelector } to click` );
			}
			const shown = () =>
				Array.from( document.querySelectorAll( wanted.selector ) ).some(
					( element ) => element.textContent.includes( wanted.text )
				);
			if ( shown() ) {
				throw new Error(
					`${ wanted.selector } shows "${ wanted.text }" before the click`
				);
			}
			const started = performance.now();
			target.click();
			const ended = await window.__qpBenchUntil( shown, limit );
			return ended - started;
		},
		{ button, done, timeout }
	);
}

/**
 * Waits until an element matching `selector` shows `text` (anywhere in its text), and returns how
 * long after the last key press that was.
 *
 * @param {import('@playwright/test').Page} page
 * @param {string}                          selector
 * @param {string}                          text
 * @param {number}                          timeout  Ms.
 * @return {Promise<{afterKey: number, sinceNavigation: number}>} Ms.
 */
export function shownAfterLastKey( page, selector, text, timeout = 120_000 ) {
	return page.evaluate(
		async ( {
			selector: wantedSelector,
			text: wantedText,
			timeout: limit,
		} ) => {
			const ended = await window.__qpBenchUntil(
				() =>
					Array.from(
						document.querySelectorAll( wantedSelector )
					).some(
						( element ) =>
							element.getClientRects().length > 0 &&
							element.textContent.includes( wantedText )
					),
				limit
			);
			return {
				afterKey: ended - ( window.__qpBenchLastKey ?? ended ),
				sinceNavigation: ended,
			};
		},
		{ selector, text, timeout }
	);
}

/**
 * Sends `body` to `url` with the page's REST nonce, the way any script on the page could.
 *
 * @param {import('@playwright/test').Page} page
 * @param {string}                          url  Full URL, query string included.
 * @param {string}                          body JSON.
 * @return {Promise<number>} Ms until the response body was read.
 */
export function timedRestPost( page, url, body ) {
	return page.evaluate(
		async ( { url: target, body: json } ) => {
			const nonce =
				window.wp?.apiFetch?.nonceMiddleware?.nonce ??
				window.wpApiSettings?.nonce;
			const started = performance.now();
			const response = await fetch( target, {
				method: 'POST',
				credentials: 'same-origin',
				headers: {
					'Content-Type': 'application/json',
					Accept: 'application/json, */*;q=0.1',
					'X-WP-Nonce': nonce,
				},
				body: json,
			} );
			const post = await response.json();
			const ended = performance.now();
			if ( ! response.ok ) {
				throw new Error( `POST failed: ${ response.status }` );
			}
			return { ms: ended - started, id: post.id };
		},
		{ url, body }
	);
}

/**
 * Starts timing every key pressed in this document: from the key event's own timestamp until the
 * first frame after it is drawn (the task that handles the key, and anything it queued before that
 * frame, included). Times collect in `window.__qpBenchKeys`.
 */
export function startKeyTimer() {
	window.__qpBenchKeys = [];
	document.addEventListener(
		'keydown',
		( event ) => {
			const start = event.timeStamp;
			requestAnimationFrame( () => {
				// A message posted from the frame callback arrives once the frame is drawn.
				const channel = new MessageChannel();
				channel.port1.onmessage = () =>
					window.__qpBenchKeys.push( performance.now() - start );
				channel.port2.postMessage( null );
			} );
		},
		true
	);
}

/**
 * Resolves once `count` keys have been timed by startKeyTimer().
 *
 * @param {number} count
 */
export function keysTimed( count ) {
	return new Promise( ( resolve ) => {
		const check = () =>
			window.__qpBenchKeys.length >= count
				? resolve()
				: setTimeout( check, 2 );
		check();
	} );
}

/**
 * Pastes `clipboard` into the focused element of this document, as a browser does, and times it
 * until `marker` is in the document and the frame showing it is drawn.
 *
 * @param {{html: string, text: string, marker: string, timeout: number}} clipboard
 * @return {Promise<number>} Ms.
 */
export function pasteUntilShown( { html, text, marker, timeout } ) {
	return new Promise( ( resolve, reject ) => {
		// This document's: the block editor's text is in its canvas frame.
		const target = document.body.ownerDocument.activeElement;
		if ( ! target || target === document.body ) {
			reject( new Error( 'Nothing has focus to paste into' ) );
			return;
		}
		const data = new window.DataTransfer();
		data.setData( 'text/html', html );
		data.setData( 'text/plain', text );
		let done = false;
		const observer = new MutationObserver( () => check() );
		const started = performance.now();
		function drawn() {
			requestAnimationFrame( () => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () =>
					resolve( performance.now() - started );
				channel.port2.postMessage( null );
			} );
		}
		function check() {
			if ( done ) {
				return;
			}
			if ( document.body.textContent.includes( marker ) ) {
				done = true;
				observer.disconnect();
				drawn();
			} else if ( performance.now() - started > timeout ) {
				done = true;
				observer.disconnect();
				reject(
					new Error( `"${ marker }" not shown in ${ timeout } ms` )
				);
			}
		}
		observer.observe( document.body, {
			subtree: true,
			childList: true,
			characterData: true,
		} );
		target.dispatchEvent(
			new window.ClipboardEvent( 'paste', {
				clipboardData: data,
				bubbles: true,
				cancelable: true,
			} )
		);
		check();
		// A paste that renders in a later task, with no DOM change left to observe.
		const poll = () => {
			if ( ! done ) {
				check();
				setTimeout( poll, 50 );
			}
		};
		setTimeout( poll, 50 );
	} );
}
