/*
 * The page behind a callback's signed link. The page's own address is the link, and the API too:
 * this script asks it for JSON (GET), moves (PATCH) and cancels (DELETE) through it, and reads the
 * free slots at <link>/slots. The link is the only credential; it never leaves this origin.
 * Everything shown is set as text.
 */
const link = location.pathname.replace(/\/+$/, '');
const SLOTS_AT_ONCE = 8;
const MAX_DAYS = 14;
const OVER = ['COMPLETED', 'CANCELLED', 'REJECTED', 'FAILED', 'EXPIRED'];

const part = name => document.querySelector('[data-part="' + name + '"]');
const hook = name => document.querySelector('[data-test="' + name + '"]');
const view = {
	message: hook('manage-message'),
	details: part('details'),
	move: part('move'),
	cancel: part('cancel'),
	status: hook('manage-status'),
	when: hook('manage-when'),
	medium: hook('manage-medium'),
	phone: hook('manage-phone'),
	phoneLabel: part('phone-label'),
	zone: part('zone'),
	slots: part('slots'),
	slotsNote: part('slots-note'),
	more: hook('manage-more-times'),
	moveButton: hook('manage-move'),
	cancelButton: hook('manage-cancel'),
};

const state = {
	callback: null,
	selected: null,
	asked: null, // {move: slot} or {cancel: true} while callback-service has not answered
	shown: new Set(),
	pool: [],
	loadedDays: 0,
	slotsStarted: false,
	timer: null,
};

// ------------------------------------------------------------------ API

async function call(method, path, body) {
	const headers = { Accept: 'application/json, application/problem+json' };
	if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}
	const response = await fetch(path, {
		method, headers, body: body === undefined ? undefined : JSON.stringify(body),
		credentials: 'omit', cache: 'no-store',
	});
	let data = {};
	try {
		data = (await response.json()) || {};
	}
	catch (ignored) {
		data = {};
	}
	return { status: response.status, ok: response.ok, data };
}

// ------------------------------------------------------------------ words

function zone() {
	const given = state.callback && state.callback.timeZone;
	try {
		return given ? new Intl.DateTimeFormat('en', { timeZone: given }).resolvedOptions().timeZone : browserZone();
	}
	catch (ignored) {
		return browserZone();
	}
}

function browserZone() {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function format(instant, options) {
	return new Intl.DateTimeFormat(navigator.language || 'en', { ...options, timeZone: zone() }).format(new Date(instant));
}

const when = instant => format(instant, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit',
	minute: '2-digit' });
const day = instant => format(instant, { weekday: 'long', day: 'numeric', month: 'long' });
const time = instant => format(instant, { hour: '2-digit', minute: '2-digit' });

function statusText(callback) {
	const voice = callback.media !== 'chat';
	switch (callback.status) {
		case 'REQUESTED': return 'Being booked';
		case 'SCHEDULED': return 'Booked';
		case 'DUE': return 'Due now: an agent will be with you shortly';
		case 'AGENT_RESERVED': return (callback.agentName || 'An agent') + ' will be with you shortly';
		case 'IN_PROGRESS': return voice ? 'We are calling you now' : 'An agent is with you in the chat';
		case 'COMPLETED': return 'Completed';
		case 'CANCELLED': return 'Cancelled';
		default: return 'There is a problem' + (callback.problem ? ': ' + callback.problem : '');
	}
}

function whenText(callback) {
	if (callback.asSoonAsPossible) {
		const later = callback.dueAt && Date.parse(callback.dueAt) > Date.now() + 60000;
		return 'As soon as an agent is free' + (later ? ', from ' + when(callback.dueAt) : '') + ' (' + zone() + ')';
	}
	return callback.dueAt ? when(callback.dueAt) + ' (' + zone() + ')' : 'Not booked yet';
}

function say(text, error = false) {
	view.message.textContent = text || '';
	view.message.classList.toggle('is-error', Boolean(error));
}

// ------------------------------------------------------------------ the callback

async function load() {
	clearTimeout(state.timer);
	let reply;
	try {
		reply = await call('GET', link);
	}
	catch (error) {
		say('We could not reach the service. Trying again…', true);
		poll(5000);
		return;
	}
	if (reply.status === 404) {
		state.callback = null;
		[view.details, view.move, view.cancel].forEach(section => {
			section.hidden = true;
		});
		say('This link is not valid, or it has expired. Ask for a new one in the chat.', true);
		return;
	}
	if (!reply.ok) {
		say('Something went wrong. Trying again…', true);
		poll(5000);
		return;
	}
	const before = state.callback;
	state.callback = reply.data;
	render(before);
	if (!OVER.includes(state.callback.status)) {
		poll(state.asked ? 2000 : 10000);
	}
}

function poll(millis) {
	clearTimeout(state.timer);
	state.timer = setTimeout(() => {
		load().catch(() => poll(10000));
	}, millis);
}

function render(before) {
	const callback = state.callback;
	view.details.hidden = false;
	view.status.textContent = statusText(callback);
	view.status.dataset.status = callback.status;
	view.when.textContent = whenText(callback);
	view.medium.textContent = callback.media === 'chat' ? 'An agent joins you in the chat' : 'We call your phone';
	view.phone.textContent = callback.phone || '';
	view.phone.hidden = !callback.phone;
	view.phoneLabel.hidden = !callback.phone;
	const changeable = !OVER.includes(callback.status) && callback.status !== 'IN_PROGRESS'
		&& !callback.cancellationRequested;
	view.move.hidden = !changeable;
	view.cancel.hidden = !changeable;
	view.zone.textContent = 'Times in ' + zone() + '.';
	if (changeable && !state.slotsStarted) {
		state.slotsStarted = true;
		moreSlots(false);
	}
	say(news(callback, before));
}

/** What changed since the customer asked, or what they should know now. */
function news(callback, before) {
	const asked = state.asked;
	if (callback.cancellationRequested && callback.status !== 'CANCELLED') {
		return 'We have asked to cancel your callback. This page updates when it is done.';
	}
	if (callback.status === 'CANCELLED') {
		state.asked = null;
		return 'Your callback is cancelled.';
	}
	if (callback.requestedSlot) {
		return 'We have asked to move your callback to ' + when(callback.requestedSlot) + ' (' + zone() + '). '
			+ 'Until that is confirmed, it stays as it is.';
	}
	if (asked && asked.move && before) {
		state.asked = null;
		return Date.parse(callback.dueAt) === Date.parse(asked.move)
			? 'Your callback is now at ' + when(callback.dueAt) + ' (' + zone() + ').'
			: 'That time could not be booked, so your callback stays as it was. Please choose another time.';
	}
	return '';
}

// ------------------------------------------------------------------ slots

async function moreSlots(focus) {
	view.more.disabled = true;
	try {
		while (state.pool.length === 0 && state.loadedDays < MAX_DAYS) {
			view.slotsNote.textContent = 'Loading times…';
			const days = state.loadedDays === 0 ? 7 : MAX_DAYS;
			const reply = await call('GET', link + '/slots?days=' + days);
			if (!reply.ok || !Array.isArray(reply.data.slots)) {
				throw new Error('slots ' + reply.status);
			}
			state.loadedDays = days;
			state.pool = reply.data.slots.map(slot => Date.parse(slot.start))
				.filter(start => Number.isFinite(start) && start > Date.now() && !state.shown.has(start));
		}
		view.slotsNote.textContent = '';
		const next = state.pool.sort((a, b) => a - b).splice(0, SLOTS_AT_ONCE);
		const buttons = next.map(addSlot);
		if (focus && buttons.length) {
			buttons[0].focus();
		}
		if (state.pool.length === 0 && state.loadedDays >= MAX_DAYS) {
			view.more.hidden = true;
			view.slotsNote.textContent = state.shown.size ? 'No more free times in the next two weeks.'
				: 'There are no free times in the next two weeks.';
		}
	}
	catch (error) {
		view.slotsNote.textContent = 'We could not load the times. Please try again.';
	}
	finally {
		view.more.disabled = false;
	}
}

function addSlot(start) {
	state.shown.add(start);
	const key = day(start);
	const days = Array.from(view.slots.children);
	let item = days.find(child => child.dataset.day === key);
	if (!item) {
		item = document.createElement('li');
		item.dataset.day = key;
		item.dataset.first = String(start);
		const heading = document.createElement('p');
		heading.className = 'day';
		heading.textContent = key;
		const times = document.createElement('div');
		times.className = 'times';
		item.append(heading, times);
		view.slots.insertBefore(item, days.find(child => Number(child.dataset.first) > start) || null);
	}
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'slot';
	button.dataset.test = 'manage-slot';
	button.dataset.start = new Date(start).toISOString();
	button.setAttribute('aria-pressed', 'false');
	button.setAttribute('aria-label', when(start));
	button.textContent = time(start);
	button.addEventListener('click', () => {
		state.selected = button.dataset.start;
		view.slots.querySelectorAll('.slot').forEach(other => other.setAttribute('aria-pressed', String(other === button)));
		view.moveButton.disabled = false;
	});
	const times = item.querySelector('.times');
	times.insertBefore(button, Array.from(times.children).find(other => Date.parse(other.dataset.start) > start) || null);
	return button;
}

// ------------------------------------------------------------------ changes

async function move() {
	if (!state.selected) {
		return;
	}
	view.moveButton.disabled = true;
	const reply = await call('PATCH', link, { slot: state.selected });
	if (reply.status === 202) {
		state.asked = { move: reply.data.requestedSlot || state.selected };
		state.selected = null;
		view.slots.querySelectorAll('.slot').forEach(button => button.setAttribute('aria-pressed', 'false'));
		await load();
		view.message.focus();
		return;
	}
	view.moveButton.disabled = false;
	say(reply.data.detail || 'Your callback could not be moved.', true);
}

async function cancel() {
	view.cancelButton.disabled = true;
	const reply = await call('DELETE', link);
	view.cancelButton.disabled = false;
	if (reply.status === 202) {
		state.asked = { cancel: true };
		await load();
		view.message.focus();
		return;
	}
	say(reply.data.detail || 'Your callback could not be cancelled.', true);
}

function guarded(action) {
	return () => action().catch(() => say('We could not reach the service. Please try again.', true));
}

view.message.tabIndex = -1;
view.more.addEventListener('click', () => moreSlots(true));
view.moveButton.addEventListener('click', guarded(move));
view.cancelButton.addEventListener('click', guarded(cancel));
load().catch(() => say('Something went wrong. Please reload the page.', true));
