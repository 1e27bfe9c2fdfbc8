// The agent console: sign in at the identity provider, set your state, answer the callback offered
// to you, then work the session. interaction-manager (this page's origin) is polled every second for
// the agent, their open offer and the callback they accepted; the session comes from session-service
// (session.js).

import { HttpError, call } from './api.js';
import { dateTime, duration, part, setText, transcriptLine, words } from './dom.js';
import { SessionPanel } from './session.js';
import { Identity } from '/pages/oidc.js';

const POLL_MS = 1000;
const LONGEST_RETRY_MS = 8000;
const EXPIRED = 'Your sign-in has expired; please sign in again.';

/** The page's one status line; a message from a source is cleared only by that source. */
class StatusLine {
	constructor(node) {
		this.node = node;
		this.source = null;
	}

	show(text, { source = 'action', error = false } = {}) {
		this.source = source;
		if (this.node.textContent !== text) {
			this.node.textContent = text;
		}
		this.node.classList.toggle('error', error);
	}

	clear(source) {
		if (this.source === source) {
			this.source = null;
			this.node.textContent = '';
			this.node.classList.remove('error');
		}
	}
}

const status = new StatusLine(part('status'));

let servicesLoaded = null;

/** The other services' base URLs, from /pages/config.json, asked again until it answers. */
function services() {
	servicesLoaded ??= (async () => {
		for (let wait = 1000; ; wait = Math.min(wait * 2, LONGEST_RETRY_MS)) {
			try {
				const config = await call('/pages/config.json');
				if (typeof config?.sessions === 'string' && typeof config.identity?.issuer === 'string') {
					status.clear('config');
					return config;
				}
				throw new Error('it names no session-service or no identity provider');
			}
			catch (error) {
				status.show(`Cannot load the console's settings (${error.message}); retrying`, { source: 'config', error: true });
				await pause(wait);
			}
		}
	})();
	return servicesLoaded;
}

let identityLoaded = null;

/** This page's sign-in, at the identity provider the settings name. */
function identity() {
	identityLoaded ??= services().then((config) => new Identity(config.identity, 'console'));
	return identityLoaded;
}

function pause(millis) {
	return new Promise((resolve) => setTimeout(resolve, millis));
}

class AgentConsole {

	constructor() {
		this.agentId = null;
		this.authorization = null;
		this.identity = null;
		this.expiry = null;
		this.run = 0;
		this.offer = null;
		this.answered = null;
		this.skew = 0;
		this.sessions = new SessionPanel({ status, services });
		part('sign-in').addEventListener('click', () => this.signIn()
			.catch((error) => this.signInError(`Cannot sign in: ${error.message}`)));
		part('sign-out').addEventListener('click', () => this.signOut()
			.catch((error) => status.show(`Signed out here, but not at the sign-in page: ${error.message}`, { error: true })));
		for (const button of document.querySelectorAll('button[data-state]')) {
			button.addEventListener('click', () => this.setState(button.dataset.state)
				.catch((error) => status.show(`Your state was not changed: ${error.message}`, { error: true })));
		}
		for (const kind of ['accept', 'decline']) {
			part(kind).addEventListener('click', () => this.answer(kind)
				.catch((error) => status.show(`Could not ${kind} the offer: ${error.message}`, { error: true })));
		}
		setInterval(() => this.tick(), 1000);
	}

	/**
	 * Finishes the sign-in the identity provider sent the browser back with, or goes on with the one
	 * this tab kept; otherwise the sign-in panel stays.
	 */
	async restore() {
		this.identity = await identity();
		try {
			await this.identity.completeSignIn();
		}
		catch (error) {
			this.signInError(error.message);
			part('sign-in').focus();
			return;
		}
		if (!this.identity.signedIn()) {
			if (this.identity.expired()) {
				this.identity.forget();
				this.signInError(EXPIRED);
			}
			part('sign-in').focus();
			return;
		}
		if (!this.identity.hasRole('AGENT', 'SUPERVISOR', 'ADMIN')) {
			const user = this.identity.user;
			this.identity.forget();
			this.signInError(`Sign-in failed: ${user} may not use the agent console: the account has no agent role.`);
			return;
		}
		part('sign-in-panel').hidden = true;
		await this.open();
	}

	/** Reads the signed-in agent, trying again while interaction-manager cannot be reached. */
	async open() {
		const user = this.identity.user;
		for (let wait = 1000; ; wait = Math.min(wait * 2, LONGEST_RETRY_MS)) {
			try {
				const agent = await this.fetchAgent(user, this.identity.authorization());
				this.start(agent);
				part('state-available').focus();
				return;
			}
			catch (error) {
				if (error instanceof HttpError && error.status >= 400 && error.status < 500) {
					this.leave();
					this.signInError(signInProblem(user, error));
					part('sign-in').focus();
					return;
				}
				status.show(`Cannot reach interaction-manager (${error.message}); retrying`, { source: 'agent', error: true });
				await pause(wait);
			}
		}
	}

	/** Opens the identity provider's sign-in page; the console carries on in restore() when it comes back. */
	async signIn() {
		part('sign-in-error').hidden = true;
		status.show('Opening the sign-in page…');
		await (await identity()).signIn();
	}

	signInError(text) {
		const node = part('sign-in-error');
		node.textContent = text;
		node.hidden = false;
		status.clear('action');
	}

	fetchAgent(user, authorization) {
		return call(`/api/v1/agents/${encodeURIComponent(user)}`, { authorization, onResponse: (response) => this.observeClock(response) });
	}

	/** Shows the workspace of the signed-in agent, whose agent id is their user name. */
	start(agent) {
		this.agentId = this.identity.user;
		this.authorization = this.identity.authorization();
		this.sessions.signIn(this.agentId, this.authorization);
		part('sign-in-panel').hidden = true;
		part('sign-in-error').hidden = true;
		part('workspace').hidden = false;
		part('who').hidden = false;
		setText(part('signed-in-as'), agent.name && agent.name !== agent.id ? `${agent.name} (${agent.id})` : agent.id);
		status.clear('agent');
		this.render(agent);
		this.poll(++this.run).catch(() => {});
		services().catch(() => {});
		// the services refuse the token from then on, so the agent is asked to sign in again at once
		this.expiry = setTimeout(() => this.expire(), this.identity.expiresIn());
	}

	/** The sign-out button: here, and at the identity provider when it says how (it then sends the browser back). */
	async signOut() {
		// first, while the token that names the provider's sign-in to end is still there
		const signingOut = this.identity.signOut();
		this.leave();
		status.show('Signed out.');
		part('sign-in').focus();
		await signingOut;
	}

	/** The token ran out, or interaction-manager no longer accepts it. */
	expire() {
		this.leave();
		this.signInError(EXPIRED);
		part('sign-in').focus();
	}

	/** Back to the sign-in panel, forgetting the token and everything shown with it. */
	leave() {
		this.run += 1;
		clearTimeout(this.expiry);
		this.identity.forget();
		this.sessions.clear();
		this.agentId = null;
		this.authorization = null;
		this.offer = null;
		this.answered = null;
		this.showOffer(null);
		part('workspace').hidden = true;
		part('who').hidden = true;
		part('sign-in-panel').hidden = false;
	}

	/** Reads the agent every second until signed out; a failure is shown and tried again, later each time. */
	async poll(run) {
		let wait = POLL_MS;
		while (run === this.run) {
			try {
				const agent = await this.fetchAgent(this.agentId, this.authorization);
				if (run !== this.run) {
					return;
				}
				status.clear('agent');
				this.render(agent);
				wait = POLL_MS;
			}
			catch (error) {
				if (run !== this.run) {
					return;
				}
				if (error instanceof HttpError && error.status === 401) {
					this.expire();
					return;
				}
				if (error instanceof HttpError && error.status === 404) {
					const user = this.agentId;
					this.leave();
					this.signInError(signInProblem(user, error));
					return;
				}
				status.show(`Cannot reach interaction-manager (${error.message}); retrying`, { source: 'agent', error: true });
				wait = Math.min(wait * 2, LONGEST_RETRY_MS);
			}
			await pause(wait);
		}
	}

	render(agent) {
		const state = part('current-state');
		setText(state, agent.state);
		state.setAttribute('data-state', agent.state ?? '');
		for (const button of document.querySelectorAll('button[data-state]')) {
			button.setAttribute('aria-pressed', String(button.dataset.state === agent.state));
		}
		const offer = agent.currentOffer?.status === 'OPEN' && agent.currentOffer.offerId !== this.answered ? agent.currentOffer : null;
		if (offer?.offerId !== this.offer?.offerId) {
			if (!offer && this.offer) {
				status.show(`The offer for ${customerName(this.offer)} is no longer open (withdrawn or timed out).`);
			}
			this.showOffer(offer);
			if (offer) {
				status.show(`New callback offer: ${customerName(offer)}, ${offer.media}. Accept or decline.`);
			}
		}
		if (agent.currentAssignment) {
			this.sessions.track(agent.currentAssignment);
		}
	}

	showOffer(offer) {
		this.offer = offer;
		const article = part('offer');
		article.hidden = !offer;
		part('no-offer').hidden = Boolean(offer);
		if (!offer) {
			return;
		}
		article.setAttribute('data-callback-id', offer.callbackId);
		article.setAttribute('data-offer-id', offer.offerId);
		setText(part('offer-customer'), customerName(offer));
		setText(part('offer-media'), offer.media);
		part('offer-media').setAttribute('data-media', offer.media ?? '');
		setText(part('offer-queue'), offer.queue);
		setText(part('offer-intent'), offer.intent);
		setText(part('offer-reason'), offer.reason || words(offer.handoverReason));
		setText(part('offer-phone'), offer.phone);
		setText(part('offer-selection'), offer.selectionReason);
		part('offer-transcript').replaceChildren(...(offer.transcript ?? []).map((line) => transcriptLine(line, 'offer-line')));
		part('accept').disabled = false;
		part('decline').disabled = false;
		this.tick();
	}

	/** The offer's countdown and the customer's wait, against the server's clock. */
	tick() {
		if (!this.offer) {
			return;
		}
		const now = Date.now() + this.skew;
		const left = Math.ceil((Date.parse(this.offer.expiresAt) - now) / 1000);
		const countdown = part('offer-countdown');
		countdown.setAttribute('data-seconds', String(Math.max(0, left)));
		countdown.textContent = left > 0 ? `${left} s left to answer` : 'Expired';
		if (left <= 0) {
			part('accept').disabled = true;
			part('decline').disabled = true;
		}
		const since = this.offer.waitingSince ?? this.offer.offeredAt;
		setText(part('offer-waited'), `${duration(now - Date.parse(since))} (since ${dateTime(since)})`);
	}

	/** The Date header gives the server's clock to the second; a skew under 1.5 s is noise. */
	observeClock(response) {
		const date = Date.parse(response.headers.get('Date'));
		if (!Number.isNaN(date)) {
			const skew = date + 500 - Date.now();
			this.skew = Math.abs(skew) < 1500 ? 0 : skew;
		}
	}

	async answer(kind) {
		const offer = this.offer;
		if (!offer) {
			return;
		}
		part('accept').disabled = true;
		part('decline').disabled = true;
		try {
			const answered = await call(`/api/v1/offers/${offer.offerId}/${kind}`, { method: 'POST', authorization: this.authorization });
			this.answered = offer.offerId;
			this.showOffer(null);
			if (kind === 'accept') {
				status.show(`Accepted the callback for ${customerName(offer)}.`);
				this.sessions.track(answered ?? offer, { focus: true });
			}
			else {
				status.show(`Declined the callback for ${customerName(offer)}.`);
				document.getElementById('offer-heading').focus();
			}
		}
		catch (error) {
			if (error instanceof HttpError && (error.status === 404 || error.status === 409)) {
				this.answered = offer.offerId;
				this.showOffer(null);
				document.getElementById('offer-heading').focus();
				status.show(`This offer is no longer open: ${error.problem?.detail ?? error.message}`, { error: true });
				return;
			}
			status.show(`Could not ${kind} the offer: ${error.message}. Try again.`, { error: true });
			part('accept').disabled = false;
			part('decline').disabled = false;
		}
	}

	async setState(state) {
		await call(`/api/v1/agents/${encodeURIComponent(this.agentId)}/state`,
			{ method: 'PUT', authorization: this.authorization, body: { state } });
		status.show(`Asked to be ${words(state)}; it applies in a moment.`);
	}

}

function customerName(offer) {
	return offer.customer?.name || 'an unnamed customer';
}

/** Why interaction-manager refused the signed-in user (a 4xx). */
function signInProblem(user, error) {
	switch (error.status) {
		case 401:
			return 'Sign-in failed: interaction-manager did not accept your sign-in. Try again.';
		case 403:
		case 404:
			return `Sign-in failed: ${user} is not an agent here.`;
		default:
			return `Sign-in failed: ${error.message}. Try again.`;
	}
}

new AgentConsole().restore().catch((error) => status.show(`The console failed to start: ${error.message}`, { error: true }));
