// The session the agent works on, from session-service (cross-origin; its base URL comes from
// /pages/config.json): found by the accepted callback in the agent's own session list, then its
// detail, the live transcript (a stream, caught up with transcript?after= after every connect),
// the call's state for a voice callback, messages to the customer and the disposition.

import { HttpError, call } from './api.js';
import { follow } from './event-stream.js';
import { part, setText, transcriptLine, words } from './dom.js';

const LIVE = ['CONNECTING', 'CONNECTED'];
const LOCATE_EVERY_MS = 1000;
const CALL_REFRESH_MS = 1000;
const CHAT_REFRESH_MS = 5000;
const RETRY_MS = 2000;

export class SessionPanel {

	/**
	 * @param {object} options status (the page's status line) and services(): a promise of the
	 *   configured base URLs
	 */
	constructor({ status, services }) {
		this.status = status;
		this.services = services;
		this.agentId = null;
		this.authorization = null;
		this.dismissed = null;
		this.shown = new Set();
		this.lastSeq = 0;
		this.root = part('session');
		this.generation = 0;
		this.offerId = null;
		this.timer = null;
		this.stream = null;
		part('send-form').addEventListener('submit', (event) => {
			event.preventDefault();
			this.send().catch((error) => this.status.show(`Message not sent: ${error.message}`, { error: true }));
		});
		part('complete-form').addEventListener('submit', (event) => {
			event.preventDefault();
			this.complete().catch((error) => this.status.show(`Not completed: ${error.message}`, { error: true }));
		});
		part('session-close').addEventListener('click', () => {
			// the assignment may still be reported for a moment after the session ended
			const closed = this.offerId;
			this.clear();
			this.dismissed = closed;
			document.getElementById('session-heading').focus();
		});
	}

	/** The agent whose sessions these are: only their own URLs are ever called. */
	signIn(agentId, authorization) {
		this.clear();
		this.dismissed = null;
		this.agentId = agentId;
		this.authorization = authorization;
	}

	/** Works on the accepted offer's session, unless it is the one shown already. */
	track(offer, { focus = false } = {}) {
		if (this.offerId === offer.offerId || this.dismissed === offer.offerId) {
			return;
		}
		this.stop();
		this.offerId = offer.offerId;
		this.sessionId = null;
		this.detail = null;
		this.lastSeq = 0;
		this.shown = new Set();
		const generation = this.generation;
		this.showWaiting(offer);
		if (focus) {
			document.getElementById('session-heading').focus();
		}
		this.locate(offer, generation).catch((error) => this.failed(error, generation));
	}

	/** Forgets the session shown (the agent closed it, or signed out). */
	clear() {
		this.stop();
		this.offerId = null;
		this.sessionId = null;
		this.root.hidden = true;
		part('no-session').hidden = false;
		this.status.clear('session');
		this.status.clear('stream');
	}

	stop() {
		this.generation += 1;
		clearTimeout(this.timer);
		this.timer = null;
		this.stream?.close();
		this.stream = null;
	}

	showWaiting(offer) {
		part('no-session').hidden = true;
		this.root.hidden = false;
		this.root.removeAttribute('data-session-id');
		this.root.removeAttribute('data-channel');
		setText(part('session-customer'), offer.customer?.name || 'Customer');
		setText(part('session-status'), 'STARTING');
		part('session-outcome').textContent = '';
		part('call-row').hidden = true;
		part('failure-row').hidden = true;
		setText(part('session-channel'), offer.media);
		setText(part('session-phone'), offer.phone);
		setText(part('session-intent'), offer.intent);
		setText(part('session-reason'), offer.reason || words(offer.handoverReason));
		part('session-transcript').replaceChildren();
		part('session-close').hidden = true;
		this.enableForms(false, offer.media !== 'voice');
	}

	/** The agent's own sessions, until the one for this offer's callback shows up. */
	async locate(offer, generation) {
		const since = Date.parse(offer.offeredAt) - 2000;
		while (generation === this.generation) {
			try {
				const { sessions } = await this.services();
				const list = await call(`${sessions}/api/v1/agents/${encodeURIComponent(this.agentId)}/sessions`,
					{ authorization: this.authorization });
				const mine = list.filter((session) => session.callbackId === offer.callbackId);
				const found = mine.find((session) => LIVE.includes(session.status))
					?? mine.find((session) => !(Date.parse(session.startedAt) < since));
				if (found) {
					if (generation === this.generation) {
						await this.open(found.sessionId, generation);
					}
					return;
				}
				this.status.show('Accepted; waiting for the session to start…', { source: 'session' });
			}
			catch (error) {
				this.retrying(error, generation);
			}
			await pause(LOCATE_EVERY_MS);
		}
	}

	async open(sessionId, generation) {
		this.sessionId = sessionId;
		const detail = await this.read(generation);
		if (detail === null) {
			return;
		}
		if (LIVE.includes(detail.status)) {
			this.startStream(generation);
			this.schedule(generation);
		}
	}

	/** Reads the session's detail and shows it; null when a newer session took over. */
	async read(generation) {
		const { sessions } = await this.services();
		const detail = await call(`${sessions}/api/v1/sessions/${this.sessionId}`, { authorization: this.authorization });
		if (generation !== this.generation) {
			return null;
		}
		this.render(detail);
		return detail;
	}

	/** Call states change without a transcript line, so a voice session is re-read every second. */
	schedule(generation) {
		const every = this.detail?.call ? CALL_REFRESH_MS : CHAT_REFRESH_MS;
		this.timer = setTimeout(() => {
			this.read(generation)
				.then(() => this.status.clear('session-refresh'))
				.catch((error) => this.status.show(`Cannot refresh the session: ${error.message}; retrying`,
					{ source: 'session-refresh', error: true }))
				.finally(() => {
					if (generation === this.generation && LIVE.includes(this.detail?.status)) {
						this.schedule(generation);
					}
				});
		}, every);
	}

	startStream(generation) {
		this.services().then(({ sessions }) => {
			if (generation !== this.generation) {
				return;
			}
			this.stream = follow(`${sessions}/api/v1/sessions/${this.sessionId}/events`, this.authorization, {
				onOpen: () => {
					this.status.clear('stream');
					this.catchUp(generation).catch((error) => this.status.show(
						`Cannot read the transcript: ${error.message}`, { source: 'stream', error: true }));
				},
				onEvent: (event) => this.onStreamEvent(event, generation),
				onDrop: (error, retryIn) => this.status.show(
					`Live transcript interrupted (${error.message}); reconnecting in ${Math.round(retryIn / 1000)} s`,
					{ source: 'stream', error: true }),
				onFatal: (error) => this.status.show(`Live transcript unavailable: ${error.message}`,
					{ source: 'stream', error: true }),
			});
		}).catch((error) => this.failed(error, generation));
	}

	onStreamEvent(event, generation) {
		if (generation !== this.generation) {
			return true;
		}
		if (event.event === 'line') {
			try {
				this.appendLines([JSON.parse(event.data)]);
			}
			catch {
				this.catchUp(generation).catch(() => {});
			}
			return false;
		}
		if (event.event === 'ended') {
			this.read(generation).catch((error) => this.failed(error, generation));
			return true;
		}
		return false;
	}

	async catchUp(generation) {
		const { sessions } = await this.services();
		const lines = await call(`${sessions}/api/v1/sessions/${this.sessionId}/transcript?after=${this.lastSeq}`,
			{ authorization: this.authorization });
		if (generation === this.generation) {
			this.appendLines(lines);
		}
	}

	render(detail) {
		const first = this.detail?.sessionId !== detail.sessionId;
		this.detail = detail;
		this.root.setAttribute('data-session-id', detail.sessionId);
		this.root.setAttribute('data-channel', detail.channel);
		const customer = detail.customer?.name || 'the customer';
		setText(part('session-customer'), detail.customer?.name || 'Customer');
		setText(part('session-status'), detail.status);
		part('session-outcome').textContent = detail.outcome && detail.outcome !== 'COMPLETED' ? `outcome ${detail.outcome}` : '';
		part('call-row').hidden = !detail.call;
		if (detail.call) {
			setText(part('call-state'), detail.call.state);
			part('call-state').setAttribute('data-state', detail.call.state);
		}
		part('failure-row').hidden = !detail.failureReason;
		setText(part('session-failure'), detail.failureReason);
		setText(part('session-channel'), words(detail.channel));
		setText(part('session-phone'), detail.phone);
		setText(part('session-intent'), detail.intent);
		setText(part('session-reason'), detail.reason || words(detail.handoverReason));
		if (first) {
			part('session-transcript').replaceChildren();
			this.lastSeq = 0;
			this.shown = new Set();
		}
		this.appendLines(detail.transcript ?? [], { handedOver: first });
		const live = LIVE.includes(detail.status);
		if (live) {
			const what = detail.call ? `Call with ${customer}: ${words(detail.call.state)}` : `Chat with ${customer}: ${words(detail.status)}`;
			this.status.show(what, { source: 'session' });
		}
		this.enableForms(detail.status === 'CONNECTED', detail.channel === 'CHAT');
		part('session-close').hidden = live;
		if (!live) {
			this.stop();
			this.status.show(`Session with ${customer} ${words(detail.status)}${detail.outcome && detail.outcome !== 'COMPLETED' ? ` (${words(detail.outcome)})` : ''}${detail.failureReason ? `: ${detail.failureReason}` : ''}`, { source: 'session' });
		}
	}

	/**
	 * Adds the lines not shown yet, in seq order whatever order the stream and the catch-up deliver
	 * them in; lines without a seq (the chat handed over by the bot) only on the first render.
	 * `lastSeq` is the line up to which none is missing: the catch-up asks for what follows.
	 */
	appendLines(lines, { handedOver = false } = {}) {
		const list = part('session-transcript');
		const scroller = part('transcript-scroller');
		const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
		for (const line of lines) {
			const seq = Number.isInteger(line.seq) ? line.seq : null;
			if (seq === null ? !handedOver : this.shown.has(seq)) {
				continue;
			}
			const item = transcriptLine(line, 'line');
			if (seq === null) {
				list.append(item);
				continue;
			}
			item.setAttribute('data-seq', String(seq));
			const later = [...list.children].find((child) => Number(child.getAttribute('data-seq')) > seq);
			list.insertBefore(item, later ?? null);
			this.shown.add(seq);
			while (this.shown.has(this.lastSeq + 1)) {
				this.lastSeq += 1;
			}
		}
		if (atBottom) {
			scroller.scrollTop = scroller.scrollHeight;
		}
	}

	enableForms(connected, chat) {
		part('send-form').hidden = !chat;
		for (const control of [part('session-message'), part('session-send'), part('disposition'), part('complete')]) {
			control.disabled = !connected;
		}
	}

	async send() {
		const box = part('session-message');
		const text = box.value.trim();
		if (!text) {
			this.status.show('Write a message first.', { error: true });
			box.focus();
			return;
		}
		const generation = this.generation;
		const { sessions } = await this.services();
		part('session-send').disabled = true;
		try {
			await call(`${sessions}/api/v1/sessions/${this.sessionId}/messages`,
				{ method: 'POST', authorization: this.authorization, body: { text } });
			box.value = '';
			this.status.show('Message sent.');
			await this.catchUp(generation);
		}
		finally {
			part('session-send').disabled = this.detail?.status !== 'CONNECTED';
		}
	}

	async complete() {
		const outcome = part('disposition').value;
		const generation = this.generation;
		const { sessions } = await this.services();
		part('complete').disabled = true;
		try {
			const summary = await call(`${sessions}/api/v1/sessions/${this.sessionId}/complete`,
				{ method: 'POST', authorization: this.authorization, body: { outcome } });
			if (generation === this.generation) {
				this.render({ ...this.detail, status: summary.status, outcome: summary.outcome,
					failureReason: summary.failureReason, call: summary.call ?? this.detail.call, endedAt: summary.endedAt });
			}
		}
		catch (error) {
			part('complete').disabled = this.detail?.status !== 'CONNECTED';
			throw error;
		}
	}

	retrying(error, generation) {
		if (generation !== this.generation) {
			return;
		}
		this.status.show(`Cannot read your sessions: ${error.message}; retrying`, { source: 'session', error: true });
	}

	failed(error, generation) {
		if (generation !== this.generation) {
			return;
		}
		if (error instanceof HttpError && [401, 403, 404].includes(error.status)) {
			this.status.show(`Cannot show the session: ${error.message}`, { source: 'session', error: true });
			return;
		}
		this.status.show(`Cannot show the session: ${error.message}; retrying`, { source: 'session', error: true });
		const sessionId = this.sessionId;
		this.timer = setTimeout(() => {
			if (generation === this.generation && sessionId) {
				this.open(sessionId, generation).catch((again) => this.failed(again, generation));
			}
		}, RETRY_MS);
	}

}

function pause(millis) {
	return new Promise((resolve) => setTimeout(resolve, millis));
}
