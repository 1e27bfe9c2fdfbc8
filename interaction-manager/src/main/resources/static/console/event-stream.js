// Server-sent events read with fetch(), because the browser's own event-stream client cannot send
// an Authorization header. After a drop it reconnects with a growing back-off, sending
// Last-Event-ID, and tells its owner each time it is (re)connected so that the owner can catch up on
// what it missed.

import { HttpError, headers } from './api.js';

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 10000;

/**
 * Follows a stream until closed, or until it ends after an event the owner calls final.
 * @param {object} handlers onOpen(), onEvent({event, data, id}) answering true to stop,
 *   onDrop(error, retryInMs), onFatal(error) for 401/403/404
 * @returns {{close: function}}
 */
export function follow(url, authorization, handlers) {
	const abort = new AbortController();
	let lastEventId = null;
	let retry = FIRST_RETRY_MS;
	let stopped = false;

	async function connectOnce() {
		const extra = { Accept: 'text/event-stream' };
		if (lastEventId !== null) {
			extra['Last-Event-ID'] = lastEventId;
		}
		let response;
		try {
			response = await fetch(url, { headers: headers(authorization, extra), credentials: 'omit', cache: 'no-store', signal: abort.signal });
		}
		catch (error) {
			if (error.name === 'AbortError') {
				throw error;
			}
			throw new HttpError(0, null, url);
		}
		if (!response.ok || !response.body) {
			await response.text().catch(() => '');
			throw new HttpError(response.status, null, url);
		}
		retry = FIRST_RETRY_MS;
		handlers.onOpen?.();
		return read(response.body.getReader());
	}

	/** Answers true when an event said the stream is over. */
	async function read(reader) {
		const decoder = new TextDecoder();
		let buffer = '';
		let event = { event: 'message', data: [], id: null };
		for (;;) {
			const { value, done } = await reader.read();
			if (done) {
				return false;
			}
			buffer += decoder.decode(value, { stream: true });
			const lines = buffer.split(/\r\n|\r|\n/);
			buffer = lines.pop();
			for (const line of lines) {
				if (line === '') {
					if (event.data.length > 0 && dispatch(event)) {
						await reader.cancel().catch(() => {});
						return true;
					}
					event = { event: 'message', data: [], id: null };
					continue;
				}
				if (line.startsWith(':')) {
					continue;
				}
				const colon = line.indexOf(':');
				const field = colon < 0 ? line : line.slice(0, colon);
				const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
				if (field === 'event') {
					event.event = value;
				}
				else if (field === 'data') {
					event.data.push(value);
				}
				else if (field === 'id') {
					event.id = value;
					lastEventId = value;
				}
			}
		}
	}

	function dispatch(event) {
		return handlers.onEvent({ event: event.event, data: event.data.join('\n'), id: event.id }) === true;
	}

	async function run() {
		while (!stopped) {
			try {
				if (await connectOnce()) {
					return;
				}
			}
			catch (error) {
				if (stopped || error.name === 'AbortError') {
					return;
				}
				if (error instanceof HttpError && [401, 403, 404].includes(error.status)) {
					handlers.onFatal?.(error);
					return;
				}
				handlers.onDrop?.(error, retry);
			}
			if (stopped) {
				return;
			}
			await new Promise((resolve) => setTimeout(resolve, retry));
			retry = Math.min(retry * 2, LAST_RETRY_MS);
		}
	}

	run().catch((error) => handlers.onDrop?.(error, retry));
	return {
		close() {
			stopped = true;
			abort.abort();
		},
	};
}
