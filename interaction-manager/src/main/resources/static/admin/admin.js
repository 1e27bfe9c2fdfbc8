/*
 * The administrators' dashboard: what the queues, agents, callbacks and bots are doing now, why
 * recent offers and refusals happened, and how much callback capacity the coming days have.
 *
 * Each service owns its figures, so the page reads them where they live: interaction-manager (this
 * origin) for queues, agents, decisions and capacity; callback-service for callbacks by state and
 * its refusals; chatbot-service for containment and prompt acceptance. The other services' base
 * URLs come from /pages/config.json, and so does the identity provider a supervisor or an
 * administrator signs in at (oidc.js). Every request sends the access token explicitly, never
 * cookies, with X-Requested-With, so a refused call is a plain 401 and never the browser's own dialog.
 * Whatever customers, agents or bots wrote reaches the page as text (textContent), never as markup.
 */

import { Identity } from '/pages/oidc.js';

const REFRESH_MS = 2000;
const CONFIG_RETRY_MS = 2000;
const EXPIRED = 'Your sign-in has expired; please sign in again.';
const NOT_A_SUPERVISOR = 'Sign in as a supervisor or an administrator to see the dashboard.';

/** The lifecycle's states in the order a callback goes through them (callback-service's CallbackStatus). */
const CALLBACK_STATES = ['REQUESTED', 'SCHEDULED', 'DUE', 'AGENT_RESERVED', 'IN_PROGRESS', 'COMPLETED',
	'CANCELLED', 'REJECTED', 'FAILED', 'EXPIRED'];

const DECISION_KINDS = {
	SLOT_BOOKED: 'Slot booked',
	SLOT_REFUSED: 'Slot refused',
	HELD_BACK: 'Held back',
	AGENT_CHOSEN: 'Offered to an agent',
};

const SOURCES = {
	queues: 'interaction-manager',
	callbacks: 'callback-service',
	bots: 'chatbot-service',
	capacity: 'the capacity figures',
};

const page = {
	status: byId('status'),
	updated: byId('updated'),
	signedIn: byId('signed-in'),
	signedInUser: byId('signed-in-user'),
	signOut: byId('sign-out'),
	signInSection: byId('sign-in-section'),
	signIn: byId('sign-in'),
	signInError: byId('sign-in-error'),
	dashboard: byId('dashboard'),
	queuesHeading: byId('queues-heading'),
	queueRows: byId('queue-rows'),
	queuesEmpty: byId('queues-empty'),
	agentRows: byId('agent-rows'),
	agentsEmpty: byId('agents-empty'),
	callbacksByState: byId('callbacks-by-state'),
	containment: byId('containment'),
	offerAcceptance: byId('offer-acceptance'),
	botRows: byId('bot-rows'),
	reasonFilter: byId('reason-filter'),
	reasonQueue: byId('reason-queue'),
	reasonCount: byId('reason-count'),
	reasonRows: byId('reason-rows'),
	capacityQueue: byId('capacity-queue'),
	capacityDays: byId('capacity-days'),
	capacitySummary: byId('capacity-summary'),
	capacityChart: byId('capacity-chart'),
	capacityRows: byId('capacity-rows'),
};

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const slotStart = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const slotTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const slotDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/**
 * What the page knows; {@code session} changes with every sign-in and sign-out, so late answers are
 * dropped. {@code signedIn} is whether the dashboard is shown for {@code identity}'s token.
 */
const state = {
	config: null,
	identity: null,
	signedIn: false,
	session: 0,
	timer: null,
	expiry: null,
	queues: [],
	decisions: [],
	refusals: [],
	reasonsShown: null,
	capacityShown: null,
	capacitySlots: [],
	chart: null,
	problems: new Map(),
	statusText: '',
};

/** An answer other than 2xx. */
class HttpError extends Error {
	constructor(status, url) {
		super(`HTTP ${status} from ${url}`);
		this.status = status;
	}
}

function byId(id) {
	return document.getElementById(id);
}

/** A new element with attributes and, optionally, text: never markup. */
function element(tag, attributes = {}, text) {
	const created = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== undefined && value !== null) {
			created.setAttribute(name, value);
		}
	}
	if (text !== undefined && text !== null) {
		created.textContent = text;
	}
	return created;
}

/** Sets an element's text only when it changed, so screen readers and selections are left alone. */
function setText(target, text) {
	const value = String(text);
	if (target.textContent !== value) {
		target.textContent = value;
	}
}

async function getJson(url, authorization) {
	const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
	if (authorization) {
		headers.Authorization = authorization;
	}
	const response = await fetch(url, { headers, credentials: 'omit', cache: 'no-store' });
	if (!response.ok) {
		throw new HttpError(response.status, url);
	}
	return response.json();
}

function authorised(url) {
	return getJson(url, state.identity.authorization());
}

function setStatus(text) {
	if (state.statusText !== text) {
		state.statusText = text;
		page.status.textContent = text;
	}
}

function describeFailure(source, error) {
	if (error instanceof HttpError) {
		if (error.status === 401 || error.status === 403) {
			return `${source} refused this sign-in (HTTP ${error.status}).`;
		}
		return `${source} answered HTTP ${error.status}.`;
	}
	return `${source} cannot be reached.`;
}

// ---- configuration and sign-in -------------------------------------------------------------

async function loadConfig() {
	while (!state.config) {
		try {
			const config = await getJson('/pages/config.json');
			if (typeof config?.identity?.issuer !== 'string') {
				throw new Error('it names no identity provider');
			}
			state.config = config;
		}
		catch (error) {
			setStatus(`The page's configuration cannot be loaded (${describeFailure('interaction-manager', error)}) Retrying…`);
			await new Promise(resolve => setTimeout(resolve, CONFIG_RETRY_MS));
		}
	}
	state.identity = new Identity(state.config.identity, 'admin');
}

function showSignIn(message) {
	page.dashboard.hidden = true;
	page.signedIn.hidden = true;
	page.signOut.hidden = true;
	page.updated.hidden = true;
	page.signInSection.hidden = false;
	page.signInError.hidden = !message;
	page.signInError.textContent = message ?? '';
	setStatus(message ? 'Not signed in.' : NOT_A_SUPERVISOR);
}

function showDashboard() {
	page.signInSection.hidden = true;
	page.signInError.hidden = true;
	page.signedInUser.textContent = state.identity.user;
	page.signedIn.hidden = false;
	page.signOut.hidden = false;
	page.dashboard.hidden = false;
}

/** Opens the identity provider's sign-in page; the dashboard carries on in openDashboard() when it comes back. */
async function signIn() {
	page.signInError.hidden = true;
	setStatus('Opening the sign-in page…');
	try {
		await state.identity.signIn();
	}
	catch (error) {
		showSignIn(error.message);
		page.signIn.focus();
	}
}

/**
 * Finishes the sign-in the identity provider sent the browser back with, or goes on with the one
 * this tab kept, if it is a supervisor's or an administrator's; otherwise asks to sign in.
 */
async function resume() {
	try {
		await state.identity.completeSignIn();
	}
	catch (error) {
		showSignIn(error.message);
		return;
	}
	if (!state.identity.signedIn()) {
		const expired = state.identity.expired();
		state.identity.forget();
		showSignIn(expired ? EXPIRED : null);
		return;
	}
	if (!state.identity.hasRole('SUPERVISOR', 'ADMIN')) {
		const user = state.identity.user;
		state.identity.forget();
		showSignIn(`${user} is neither a supervisor nor an administrator. ${NOT_A_SUPERVISOR}`);
		return;
	}
	start();
	page.queuesHeading.focus();
}

function start() {
	state.signedIn = true;
	state.session += 1;
	state.problems.clear();
	showDashboard();
	setStatus('Loading the figures…');
	poll(state.session);
	// the services refuse the token from then on, so the sign-in panel comes back at once
	state.expiry = setTimeout(() => leave(EXPIRED), state.identity.expiresIn());
}

/** Back to the sign-in panel: the token expired or was refused, or its user may not see the dashboard. */
function leave(message) {
	state.session += 1;
	state.signedIn = false;
	clearTimeout(state.timer);
	clearTimeout(state.expiry);
	showSignIn(message);
	state.identity.forget();
	page.signIn.focus();
}

/** The sign-out button: here, and at the identity provider when it says how (it then sends the browser back). */
function signOut() {
	// first, while the token that names the provider's sign-in to end is still there
	const signingOut = state.identity.signOut();
	leave();
	setStatus('Signed out.');
	signingOut.catch(() => setStatus('Signed out here, but not at the sign-in page.'));
}

// ---- the live loop -------------------------------------------------------------------------

/** Refreshes everything, then again after REFRESH_MS; never two refreshes at once. */
function poll(session) {
	refresh(session)
		.catch(error => {
			setStatus(`The dashboard could not show the latest figures (${error.message}); retrying.`);
		})
		.finally(() => {
			if (session === state.session) {
				state.timer = setTimeout(() => poll(session), REFRESH_MS);
			}
		});
}

async function refresh(session) {
	const [queues, callbacks, bots] = await Promise.allSettled([
		authorised('/actuator/queues'),
		authorised(`${state.config.callbacks}/actuator/callbacks`),
		authorised(`${state.config.bots}/actuator/bots`),
	]);
	if (session !== state.session) {
		return;
	}
	if (queues.status === 'rejected' && queues.reason instanceof HttpError
			&& (queues.reason.status === 401 || queues.reason.status === 403)) {
		leave(queues.reason.status === 401
			? EXPIRED
			: `interaction-manager does not let ${state.identity.user} see the dashboard. ${NOT_A_SUPERVISOR}`);
		return;
	}
	settle('queues', queues, renderQueueOverview);
	settle('callbacks', callbacks, renderCallbacks);
	settle('bots', bots, renderBots);
	renderReasons();
	if (state.queues.length > 0) {
		await refreshCapacity(session);
	}
	if (session !== state.session) {
		return;
	}
	showHealth();
}

/** Renders a source's answer, or remembers its failure for the status line (keeping the last figures). */
function settle(source, result, render) {
	if (result.status === 'fulfilled') {
		state.problems.delete(source);
		render(result.value);
	}
	else {
		state.problems.set(source, describeFailure(SOURCES[source], result.reason));
	}
}

function showHealth() {
	if (state.problems.size === 0) {
		setStatus('Live: the figures refresh every 2 seconds.');
	}
	else {
		setStatus(`${[...state.problems.values()].join(' ')} Showing the last figures received; retrying every 2 seconds.`);
	}
	page.updated.textContent = `Last refreshed at ${clock.format(new Date())}`;
	page.updated.hidden = false;
}

// ---- queues and agents (interaction-manager's /actuator/queues) ----------------------------

function renderQueueOverview(overview) {
	state.queues = (overview.status ?? []).map(row => row.queue);
	renderQueues(overview.status ?? []);
	renderAgents(overview.agents ?? [], overview.openOffers ?? []);
	state.decisions = overview.decisions ?? [];
	syncQueueSelect(page.reasonQueue, state.queues, true);
	syncQueueSelect(page.capacityQueue, state.queues, false);
}

/** One card per queue, its figures as a description list; cards are kept and their figures updated. */
function renderQueues(rows) {
	const seen = new Set();
	for (const row of rows) {
		seen.add(row.queue);
		const card = queueCard(row.queue);
		setText(figure(card, 'waiting'), row.interactionsWaiting);
		setText(figure(card, 'callbacks-pending'), row.callbacksPending);
		setText(figure(card, 'agents-available'), row.agentsAvailable);
		setText(figure(card, 'agents-staffed'), row.agentsStaffed);
		const wait = figure(card, 'estimated-wait');
		setText(wait, waitText(row.estimatedWaitSeconds));
		wait.setAttribute('data-seconds', row.estimatedWaitSeconds ?? '');
	}
	removeExcept(page.queueRows.children, 'data-queue', seen);
	page.queuesEmpty.hidden = rows.length > 0;
}

const QUEUE_FIGURES = [
	['waiting', 'Interactions waiting'],
	['callbacks-pending', 'Callbacks pending'],
	['agents-available', 'Agents available'],
	['agents-staffed', 'Agents staffed'],
	['estimated-wait', 'Estimated wait'],
];

function queueCard(queue) {
	const existing = [...page.queueRows.children].find(card => card.getAttribute('data-queue') === queue);
	if (existing) {
		return existing;
	}
	const card = element('li', { 'data-test': 'queue-row', 'data-queue': queue, class: 'queue' });
	const figures = element('dl');
	for (const [test, label] of QUEUE_FIGURES) {
		const group = element('div', { class: test === 'estimated-wait' ? 'wait' : null });
		group.append(element('dt', {}, label), element('dd', { 'data-test': test }));
		figures.append(group);
	}
	card.append(element('h3', {}, queue), figures);
	const after = [...page.queueRows.children].find(other => other.getAttribute('data-queue').localeCompare(queue) > 0);
	page.queueRows.insertBefore(card, after ?? null);
	return card;
}

function waitText(seconds) {
	if (seconds === null || seconds === undefined) {
		return 'nobody staffed';
	}
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes === 0) {
		return `${rest} s`;
	}
	return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function renderAgents(agents, openOffers) {
	const offers = new Map(openOffers.map(offer => [offer.agentId, offer]));
	const seen = new Set();
	for (const agent of [...agents].sort((a, b) => a.id.localeCompare(b.id))) {
		seen.add(agent.id);
		const tr = agentRow(agent.id);
		setText(tr.cells[0], agent.name && agent.name !== agent.id ? `${agent.name} (${agent.id})` : agent.id);
		const badge = figure(tr, 'agent-state');
		setText(badge, agent.state ?? 'UNKNOWN');
		badge.className = `badge state-${String(agent.state ?? 'unknown').toLowerCase()}`;
		tr.setAttribute('data-state', agent.state ?? '');
		setText(figure(tr, 'agent-since'), agent.stateChangedAt ? moment.format(new Date(agent.stateChangedAt)) : '–');
		setText(figure(tr, 'agent-skills'), agent.skills?.length ? agent.skills.join(', ') : 'none');
		const offer = offers.get(agent.id);
		setText(figure(tr, 'agent-offer'), offer
			? `${offer.queue} callback, expires ${clock.format(new Date(offer.expiresAt))}`
			: '–');
	}
	removeExcept(page.agentRows.rows, 'data-agent', seen);
	page.agentsEmpty.hidden = agents.length > 0;
}

/** The agent's row, created in the order of agent ids when new. */
function agentRow(id) {
	const existing = [...page.agentRows.rows].find(row => row.getAttribute('data-agent') === id);
	if (existing) {
		return existing;
	}
	const row = element('tr', { 'data-test': 'agent-row', 'data-agent': id });
	const state = element('td');
	state.append(element('span', { 'data-test': 'agent-state' }));
	row.append(element('th', { scope: 'row' }), state, element('td', { 'data-test': 'agent-offer' }),
		element('td', { 'data-test': 'agent-since' }), element('td', { 'data-test': 'agent-skills' }));
	const after = [...page.agentRows.rows].find(other => other.getAttribute('data-agent').localeCompare(id) > 0);
	page.agentRows.insertBefore(row, after ?? null);
	return row;
}

function removeExcept(elements, attribute, keep) {
	for (const each of [...elements]) {
		if (!keep.has(each.getAttribute(attribute))) {
			each.remove();
		}
	}
}

/** The element inside {@code container} with the (constant) test hook {@code test}. */
function figure(container, test) {
	return container.querySelector(`[data-test="${test}"]`);
}

/** Keeps a select's queue options in step with the configured queues, keeping the choice made. */
function syncQueueSelect(select, queues, withAll) {
	const wanted = withAll ? ['', ...queues] : queues;
	const present = [...select.options].map(option => option.value);
	if (present.join('\n') === wanted.join('\n')) {
		return;
	}
	const chosen = select.value;
	select.replaceChildren(...wanted.map(queue => element('option', { value: queue }, queue || 'All queues')));
	select.value = wanted.includes(chosen) ? chosen : wanted[0] ?? '';
}

// ---- callbacks (callback-service's /actuator/callbacks) ------------------------------------

function renderCallbacks(overview) {
	const counts = overview.countsByStatus ?? {};
	const states = [...CALLBACK_STATES, ...Object.keys(counts).filter(name => !CALLBACK_STATES.includes(name))];
	for (const name of states) {
		let entry = [...page.callbacksByState.querySelectorAll('[data-test="callback-state"]')]
			.find(existing => existing.getAttribute('data-state') === name);
		if (!entry) {
			const group = element('div');
			group.append(element('dt', {}, stateLabel(name)));
			entry = element('dd', { 'data-test': 'callback-state', 'data-state': name });
			group.append(entry);
			page.callbacksByState.append(group);
		}
		setText(entry, counts[name] ?? 0);
	}
	state.refusals = overview.refusals ?? [];
}

function stateLabel(name) {
	const words = name.toLowerCase().replaceAll('_', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---- bots (chatbot-service's /actuator/bots) -----------------------------------------------

function renderBots(brands) {
	let handled = 0;
	let answered = 0;
	let prompts = 0;
	let accepted = 0;
	const rows = [];
	for (const [brand, bots] of Object.entries(brands ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
		for (const [name, bot] of Object.entries(bots ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
			handled += bot.messagesHandled ?? 0;
			answered += bot.answered ?? 0;
			prompts += bot.offersMade ?? 0;
			accepted += bot.offersAccepted ?? 0;
			rows.push([`${brand} / ${name}`, bot.messagesHandled ?? 0, rate(bot.answered, bot.messagesHandled),
				bot.offersMade ?? 0, rate(bot.offersAccepted, bot.offersMade)]);
		}
	}
	showRate(page.containment, answered, handled, 'messages', 'no messages yet');
	showRate(page.offerAcceptance, accepted, prompts, 'prompts', 'no prompts yet');
	const signature = JSON.stringify(rows);
	if (page.botRows.dataset.shown !== signature) {
		page.botRows.dataset.shown = signature;
		page.botRows.replaceChildren(...rows.map(([bot, messages, contained, made, acceptance]) => {
			const tr = element('tr');
			tr.append(element('th', { scope: 'row' }, bot), element('td', {}, messages), element('td', {}, contained),
				element('td', {}, made), element('td', {}, acceptance));
			return tr;
		}));
	}
}

/** "88% (7 of 8 messages)", the share in large print; {@code data-rate} carries the fraction itself. */
function showRate(target, part, whole, things, none) {
	const signature = `${part}/${whole}`;
	if (target.dataset.shown === signature) {
		return;
	}
	target.dataset.shown = signature;
	target.setAttribute('data-rate', whole === 0 ? '' : String(part / whole));
	if (whole === 0) {
		target.replaceChildren(element('span', { class: 'detail' }, none));
		return;
	}
	target.replaceChildren(percent.format(part / whole), ' ',
		element('span', { class: 'detail' }, `(${part} of ${whole} ${things})`));
}

function rate(part, whole) {
	return whole ? `${part ?? 0} (${percent.format((part ?? 0) / whole)})` : `${part ?? 0}`;
}

// ---- reasons (interaction-manager's decisions, callback-service's refusals) ----------------

/** Both services' records as rows of one table, newest first. */
function reasonEntries() {
	const decisions = state.decisions.map(decision => ({
		at: decision.decidedAt,
		queue: decision.queue ?? '',
		source: 'interaction-manager',
		kind: decision.kind,
		what: DECISION_KINDS[decision.kind] ?? stateLabel(String(decision.kind)),
		agent: decision.agentId ?? '',
		callbackId: decision.callbackId ?? '',
		reason: decision.reason ?? '',
	}));
	const refusals = state.refusals.map(refusal => ({
		at: refusal.at,
		queue: refusal.queue ?? '',
		source: 'callback-service',
		kind: refusal.applied ? 'REJECTED' : 'REFUSED',
		what: refusal.applied
			? 'Request rejected'
			: `Refused: ${stateLabel(String(refusal.from))} → ${stateLabel(String(refusal.to))}`,
		agent: '',
		callbackId: refusal.callbackId ?? '',
		reason: refusal.reason ?? '',
	}));
	return [...decisions, ...refusals].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

function renderReasons() {
	const text = page.reasonFilter.value.trim().toLowerCase();
	const queue = page.reasonQueue.value;
	const entries = reasonEntries();
	const shown = entries.filter(entry => (!queue || entry.queue === queue)
		&& (!text || [entry.what, entry.kind, entry.queue, entry.agent, entry.callbackId, entry.reason, entry.source]
			.some(value => value.toLowerCase().includes(text))));
	const signature = JSON.stringify([shown, entries.length]);
	if (state.reasonsShown === signature) {
		return;
	}
	state.reasonsShown = signature;
	page.reasonRows.replaceChildren(...shown.map(reasonRow));
	if (entries.length === 0) {
		page.reasonCount.textContent = 'Nothing decided or refused yet.';
	}
	else if (shown.length === 0) {
		page.reasonCount.textContent = `None of the ${entries.length} recent records matches.`;
	}
	else {
		page.reasonCount.textContent = `Showing ${shown.length} of ${entries.length} recent records, newest first.`;
	}
}

function reasonRow(entry) {
	const tr = element('tr', { 'data-test': 'reason-row', 'data-queue': entry.queue, 'data-source': entry.source,
		'data-kind': entry.kind });
	const what = element('td', { class: 'what' });
	what.append(element('time', { datetime: entry.at, class: 'block' }, clock.format(new Date(entry.at))),
		element('span', { class: 'block strong' }, entry.what),
		element('span', { class: 'muted block' }, entry.queue ? `${entry.queue} · ${entry.source}` : entry.source));
	const reason = element('td', { class: 'reason' });
	reason.append(element('span', {}, entry.reason));
	if (entry.callbackId) {
		reason.append(element('span', { class: 'muted block' }, `callback ${entry.callbackId}`));
	}
	tr.append(what, reason);
	return tr;
}

// ---- capacity (interaction-manager's /api/v1/queues/{queue}/availability) ------------------

async function refreshCapacity(session) {
	const queue = page.capacityQueue.value;
	const days = page.capacityDays.value;
	if (!queue) {
		return;
	}
	try {
		const slots = await authorised(`/api/v1/queues/${encodeURIComponent(queue)}/availability?days=${days}`);
		state.problems.delete('capacity');
		if (session === state.session && queue === page.capacityQueue.value && days === page.capacityDays.value) {
			renderCapacity(queue, Number(days), slots);
		}
	}
	catch (error) {
		state.problems.set('capacity', describeFailure(`${SOURCES.capacity} of ${queue}`, error));
	}
}

function renderCapacity(queue, days, slots) {
	const signature = JSON.stringify([queue, days, slots]);
	if (state.capacityShown === signature) {
		return;
	}
	state.capacityShown = signature;
	state.capacitySlots = slots;
	const places = slots.reduce((sum, slot) => sum + slot.capacity, 0);
	const booked = slots.reduce((sum, slot) => sum + slot.booked, 0);
	const fullest = slots.reduce((best, slot) => (best === null || slot.booked > best.booked ? slot : best), null);
	const summary = slots.length === 0
		? `${queue}: no bookable slots in the next ${dayWord(days)}.`
		: `${queue}, next ${dayWord(days)}: ${slots.length} slots, ${booked} of ${places} places booked`
			+ (fullest && fullest.booked > 0
				? `; the busiest slot is ${slotLabel(fullest)} with ${fullest.booked} of ${fullest.capacity}.`
				: '.');
	page.capacitySummary.textContent = summary;
	page.capacityChart.setAttribute('aria-label', `Chart of callback capacity against bookings per slot. ${summary}`
		+ ' The table below lists every slot.');
	page.capacityRows.replaceChildren(...slots.map(slot => {
		const tr = element('tr');
		tr.append(element('th', { scope: 'row' }, slotLabel(slot)), element('td', {}, slot.capacity),
			element('td', {}, slot.booked));
		return tr;
	}));
	drawChart(slots);
}

function dayWord(days) {
	return days === 1 ? 'day' : `${days} days`;
}

function slotLabel(slot) {
	return `${slotDay.format(new Date(slot.start))} ${slotTime.format(new Date(slot.start))}–${slotTime.format(new Date(slot.end))}`;
}

function drawChart(slots) {
	if (!window.Chart) {
		state.problems.set('chart', 'The chart library did not load; the slots are listed in the table.');
		return;
	}
	state.problems.delete('chart');
	const labels = slots.map(slot => slotStart.format(new Date(slot.start)));
	const capacity = slots.map(slot => slot.capacity);
	const booked = slots.map(slot => slot.booked);
	if (state.chart) {
		state.chart.data.labels = labels;
		state.chart.data.datasets[0].data = capacity;
		state.chart.data.datasets[1].data = booked;
		state.chart.update('none');
		return;
	}
	state.chart = new window.Chart(page.capacityChart, {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{ type: 'line', label: 'Capacity', data: capacity, stepped: 'middle', borderColor: '#0b3d91',
					backgroundColor: '#0b3d91', borderWidth: 2, pointRadius: 0, order: 1 },
				{ type: 'bar', label: 'Booked', data: booked, backgroundColor: '#c2410c', order: 2 },
			],
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: { ticks: { autoSkip: true, maxRotation: 0, color: '#333333' }, grid: { display: false } },
				y: { beginAtZero: true, grace: 1, ticks: { precision: 0, color: '#333333' },
					title: { display: true, text: 'Places', color: '#333333' } },
			},
			plugins: {
				legend: { labels: { color: '#1b1b1b' } },
				tooltip: {
					callbacks: {
						title: items => (items.length ? slotLabel(state.capacitySlots[items[0].dataIndex]) : ''),
					},
				},
			},
		},
	});
}

function showCapacityNow() {
	state.capacityShown = null;
	if (state.signedIn && state.queues.length > 0) {
		const session = state.session;
		refreshCapacity(session)
			.then(() => {
				if (session === state.session) {
					showHealth();
				}
			})
			.catch(error => setStatus(`The capacity chart could not be drawn (${error.message}).`));
	}
}

// ---- wiring --------------------------------------------------------------------------------

page.signIn.addEventListener('click', () => signIn());
page.signOut.addEventListener('click', () => signOut());
page.reasonFilter.addEventListener('input', renderReasons);
page.reasonFilter.addEventListener('change', renderReasons);
page.reasonQueue.addEventListener('change', renderReasons);
page.capacityQueue.addEventListener('change', showCapacityNow);
page.capacityDays.addEventListener('change', showCapacityNow);

async function openDashboard() {
	await loadConfig();
	await resume();
}

openDashboard().catch(error => setStatus(`The dashboard could not start (${error.message}); reload the page.`));
