/*
 * Reachback chat widget. Embed with one tag:
 *
 *   <script src="https://chat.example.com/widget.js" data-brand="acme"></script>
 *
 * Optional: data-locale (BCP 47, e.g. es-ES), data-time-zone (IANA, e.g. Europe/Madrid),
 * data-customer-name, data-brand-name (shown in the panel's title). The widget renders a launcher
 * and a chat panel inside an open shadow root on <div id="reachback-chat">, loads its stylesheet
 * from beside this script, and talks only to the public chat API of the server it was loaded from
 * (docs/intent-service.md). It is a classic script, not a module, so that document.currentScript
 * tells it where it came from, and one file, so that a host page on another origin needs no CORS
 * for it. Nothing a customer, bot or agent wrote is ever parsed as HTML: text goes in as text.
 */
(() => {
	'use strict';

	const script = document.currentScript || document.querySelector('script[src*="widget.js"][data-brand]');
	if (!script || document.getElementById('reachback-chat')) {
		return; // not found, or embedded twice: the first one serves
	}

	// ---------------------------------------------------------------- messages

	/** The widget's own words; what bots, agents and the service write arrives as it was written. */
	const MESSAGES = {
		en: {
			launcherOpen: 'Chat with us',
			launcherClose: 'Close the chat',
			launcherUnread: 'Chat with us ({count} new)',
			title: 'Chat with {brand}',
			close: 'Close',
			newChat: 'New chat',
			welcome: 'Hi! How can we help you today?',
			messageLabel: 'Your message',
			messagePlaceholder: 'Type a message…',
			send: 'Send',
			you: 'You',
			assistant: 'Assistant',
			agent: 'Agent',
			update: 'Update',
			connecting: 'Connecting…',
			reconnecting: 'Connection lost. Reconnecting…',
			unreachable: 'We could not reach the chat. Check your connection and try again.',
			notSent: 'Your message was not sent. Please try again.',
			unavailable: 'The chat is not available right now.',
			chatEnded: 'Your previous chat has ended. Send a message to start a new one.',
			stylesMissing: 'The chat could not load its styles.',
			somethingWrong: 'Something went wrong. Please try again.',
			promptGroup: 'Callback options',
			callNow: 'Call me now',
			callNowWait: 'Call me now (about {wait} wait)',
			lessThanAMinute: 'less than a minute',
			pickTime: 'Pick a time',
			keepChatting: 'Keep chatting',
			mediaLegend: 'How should we get back to you?',
			mediaVoice: 'Call me',
			mediaChat: 'Chat with me here',
			slotsLegend: 'Choose a time (times in {zone})',
			moreTimes: 'More times',
			noMoreTimes: 'No more free times in the next two weeks.',
			noTimes: 'There are no free times in the next two weeks.',
			loadingTimes: 'Loading times…',
			timesFailed: 'We could not load the times. Please try again.',
			phone: 'Phone number',
			phoneOptional: 'Phone number (optional)',
			book: 'Book my callback',
			booking: 'Booking…',
			chooseTime: 'Choose a time first.',
			yourCallback: 'Your callback',
			REQUESTED: 'Booking your callback…',
			SCHEDULED: 'Booked for {time}',
			scheduledAsapVoice: 'Booked: an agent will call you as soon as one is free',
			scheduledAsapChat: 'Booked: an agent will join you here as soon as one is free',
			DUE: 'Due now: an agent will be with you shortly',
			AGENT_RESERVED: '{agent} will be with you shortly',
			agentReserved: 'An agent will be with you shortly',
			inProgressVoice: 'Calling you now',
			inProgressChat: 'An agent is with you in this chat',
			COMPLETED: 'Your callback is complete',
			CANCELLED: 'Your callback is cancelled',
			problem: 'There is a problem with your callback',
			moving: 'Moving it to {time}…',
			cancelling: 'Cancelling…',
			cancelCallback: 'Cancel callback',
			moveCallback: 'Move callback',
			moveLegend: 'Move your callback to (times in {zone})',
			keepTime: 'Keep this time',
		},
		es: {
			launcherOpen: 'Chatea con nosotros',
			launcherClose: 'Cerrar el chat',
			launcherUnread: 'Chatea con nosotros ({count} nuevos)',
			title: 'Chat con {brand}',
			close: 'Cerrar',
			newChat: 'Nuevo chat',
			welcome: '¡Hola! ¿En qué podemos ayudarte hoy?',
			messageLabel: 'Tu mensaje',
			messagePlaceholder: 'Escribe un mensaje…',
			send: 'Enviar',
			you: 'Tú',
			assistant: 'Asistente',
			agent: 'Agente',
			update: 'Aviso',
			connecting: 'Conectando…',
			reconnecting: 'Se perdió la conexión. Reconectando…',
			unreachable: 'No pudimos conectar con el chat. Revisa tu conexión e inténtalo de nuevo.',
			notSent: 'Tu mensaje no se envió. Inténtalo de nuevo.',
			unavailable: 'El chat no está disponible en este momento.',
			chatEnded: 'Tu chat anterior ha terminado. Envía un mensaje para empezar otro.',
			stylesMissing: 'El chat no pudo cargar sus estilos.',
			somethingWrong: 'Algo salió mal. Inténtalo de nuevo.',
			promptGroup: 'Opciones de llamada',
			callNow: 'Llámame ahora',
			callNowWait: 'Llámame ahora (espera de unos {wait})',
			lessThanAMinute: 'menos de un minuto',
			pickTime: 'Elegir una hora',
			keepChatting: 'Seguir chateando',
			mediaLegend: '¿Cómo quieres que te atendamos?',
			mediaVoice: 'Llámame',
			mediaChat: 'Atiéndeme aquí en el chat',
			slotsLegend: 'Elige una hora (horas en {zone})',
			moreTimes: 'Más horas',
			noMoreTimes: 'No hay más horas libres en las próximas dos semanas.',
			noTimes: 'No hay horas libres en las próximas dos semanas.',
			loadingTimes: 'Cargando horas…',
			timesFailed: 'No pudimos cargar las horas. Inténtalo de nuevo.',
			phone: 'Número de teléfono',
			phoneOptional: 'Número de teléfono (opcional)',
			book: 'Reservar la llamada',
			booking: 'Reservando…',
			chooseTime: 'Elige primero una hora.',
			yourCallback: 'Tu llamada',
			REQUESTED: 'Reservando tu llamada…',
			SCHEDULED: 'Reservada para {time}',
			scheduledAsapVoice: 'Reservada: un agente te llamará en cuanto esté libre',
			scheduledAsapChat: 'Reservada: un agente se unirá a este chat en cuanto esté libre',
			DUE: 'Es la hora: un agente te atenderá enseguida',
			AGENT_RESERVED: '{agent} te atenderá enseguida',
			agentReserved: 'Un agente te atenderá enseguida',
			inProgressVoice: 'Te estamos llamando',
			inProgressChat: 'Un agente está contigo en este chat',
			COMPLETED: 'Tu llamada ha terminado',
			CANCELLED: 'Tu llamada está cancelada',
			problem: 'Hay un problema con tu llamada',
			moving: 'Cambiándola a {time}…',
			cancelling: 'Cancelando…',
			cancelCallback: 'Cancelar la llamada',
			moveCallback: 'Cambiar la hora',
			moveLegend: 'Cambia tu llamada a (horas en {zone})',
			keepTime: 'Mantener esta hora',
		},
		fr: {
			launcherOpen: 'Discuter avec nous',
			launcherClose: 'Fermer la discussion',
			launcherUnread: 'Discuter avec nous ({count} nouveaux)',
			title: 'Discussion avec {brand}',
			close: 'Fermer',
			newChat: 'Nouvelle discussion',
			welcome: 'Bonjour ! Comment pouvons-nous vous aider ?',
			messageLabel: 'Votre message',
			messagePlaceholder: 'Écrivez un message…',
			send: 'Envoyer',
			you: 'Vous',
			assistant: 'Assistant',
			agent: 'Conseiller',
			update: 'Information',
			connecting: 'Connexion…',
			reconnecting: 'Connexion perdue. Reconnexion…',
			unreachable: 'Impossible de joindre la discussion. Vérifiez votre connexion et réessayez.',
			notSent: "Votre message n'a pas été envoyé. Veuillez réessayer.",
			unavailable: "La discussion n'est pas disponible pour le moment.",
			chatEnded: 'Votre discussion précédente est terminée. Envoyez un message pour en commencer une autre.',
			stylesMissing: "La discussion n'a pas pu charger ses styles.",
			somethingWrong: 'Un problème est survenu. Veuillez réessayer.',
			promptGroup: 'Options de rappel',
			callNow: 'Appelez-moi maintenant',
			callNowWait: 'Appelez-moi maintenant (environ {wait} d’attente)',
			lessThanAMinute: 'moins d’une minute',
			pickTime: 'Choisir un horaire',
			keepChatting: 'Continuer la discussion',
			mediaLegend: 'Comment souhaitez-vous être recontacté ?',
			mediaVoice: 'Appelez-moi',
			mediaChat: 'Répondez-moi ici',
			slotsLegend: 'Choisissez un horaire (heures de {zone})',
			moreTimes: "Plus d'horaires",
			noMoreTimes: "Plus d'horaire libre dans les deux prochaines semaines.",
			noTimes: "Aucun horaire libre dans les deux prochaines semaines.",
			loadingTimes: 'Chargement des horaires…',
			timesFailed: 'Impossible de charger les horaires. Veuillez réessayer.',
			phone: 'Numéro de téléphone',
			phoneOptional: 'Numéro de téléphone (facultatif)',
			book: 'Réserver mon rappel',
			booking: 'Réservation…',
			chooseTime: "Choisissez d'abord un horaire.",
			yourCallback: 'Votre rappel',
			REQUESTED: 'Réservation de votre rappel…',
			SCHEDULED: 'Réservé pour {time}',
			scheduledAsapVoice: 'Réservé : un conseiller vous appellera dès qu’il sera libre',
			scheduledAsapChat: 'Réservé : un conseiller vous rejoindra ici dès qu’il sera libre',
			DUE: "C'est l'heure : un conseiller va s'occuper de vous",
			AGENT_RESERVED: '{agent} va s’occuper de vous',
			agentReserved: 'Un conseiller va s’occuper de vous',
			inProgressVoice: 'Nous vous appelons',
			inProgressChat: 'Un conseiller est avec vous dans cette discussion',
			COMPLETED: 'Votre rappel est terminé',
			CANCELLED: 'Votre rappel est annulé',
			problem: 'Votre rappel a rencontré un problème',
			moving: 'Déplacement à {time}…',
			cancelling: 'Annulation…',
			cancelCallback: 'Annuler le rappel',
			moveCallback: 'Déplacer le rappel',
			moveLegend: 'Déplacez votre rappel à (heures de {zone})',
			keepTime: 'Garder cet horaire',
		},
	};

	// ---------------------------------------------------------------- configuration

	const base = new URL('.', script.src);
	const brand = (script.dataset.brand || '').trim();
	const locale = validLocale(script.dataset.locale) || validLocale(navigator.language) || 'en';
	const language = MESSAGES[locale.split('-')[0].toLowerCase()] ? locale.split('-')[0].toLowerCase() : 'en';
	const timeZone = validZone(script.dataset.timeZone) || validZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
	const customerName = (script.dataset.customerName || '').trim();
	const brandName = (script.dataset.brandName || '').trim() || brand.charAt(0).toUpperCase() + brand.slice(1);
	const storageKey = 'reachback.chat.' + brand;
	const SLOTS_AT_ONCE = 8;
	const MAX_DAYS = 14;

	function validLocale(tag) {
		try {
			return tag ? Intl.getCanonicalLocales(tag.trim())[0] : null;
		}
		catch (ignored) {
			return null;
		}
	}

	function validZone(zone) {
		try {
			return zone ? new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone : null;
		}
		catch (ignored) {
			return null;
		}
	}

	function t(key, values = {}) {
		const text = MESSAGES[language][key] ?? MESSAGES.en[key] ?? key;
		return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
	}

	const dayFormat = formatter({ weekday: 'short', day: 'numeric', month: 'short' });
	const timeFormat = formatter({ hour: '2-digit', minute: '2-digit' });
	const whenFormat = formatter({ weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

	function formatter(options) {
		try {
			return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone || undefined });
		}
		catch (ignored) {
			return new Intl.DateTimeFormat('en', options);
		}
	}

	function when(instant) {
		return whenFormat.format(new Date(instant));
	}

	function waitText(seconds) {
		if (seconds < 60) {
			return t('lessThanAMinute');
		}
		const minutes = Math.round(seconds / 60);
		try {
			return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
		}
		catch (ignored) {
			return minutes + ' min';
		}
	}

	// ---------------------------------------------------------------- storage

	/** Browsers may refuse storage (private modes, policies): the chat then lasts as long as the page. */
	const storage = {
		read(area, key) {
			try {
				return JSON.parse(area.getItem(key));
			}
			catch (ignored) {
				return null;
			}
		},
		write(area, key, value) {
			try {
				if (value === null) {
					area.removeItem(key);
				}
				else {
					area.setItem(key, JSON.stringify(value));
				}
			}
			catch (ignored) {
				// the chat still works; it will not survive a reload
			}
		},
	};

	function local() {
		try {
			return window.localStorage;
		}
		catch (ignored) {
			return null;
		}
	}

	function savedChat() {
		const area = local();
		const saved = area && storage.read(area, storageKey);
		return saved && typeof saved.chatId === 'string' && typeof saved.token === 'string' ? saved : null;
	}

	function saveChat(chat) {
		const area = local();
		if (area) {
			storage.write(area, storageKey, chat);
		}
	}

	// ---------------------------------------------------------------- API

	class NetworkError extends Error {
	}

	/** One call of the chat API: never throws for an HTTP status, only for no answer at all. */
	async function api(method, path, { token, body, signal } = {}) {
		const headers = { Accept: 'application/json, application/problem+json' };
		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
		}
		if (token) {
			headers.Authorization = 'Bearer ' + token;
		}
		let response;
		try {
			response = await fetch(new URL(path, base), {
				method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
				credentials: 'omit', cache: 'no-store', mode: 'cors',
			});
		}
		catch (error) {
			throw new NetworkError(error && error.message);
		}
		let data = null;
		try {
			const text = await response.text();
			data = text ? JSON.parse(text) : null;
		}
		catch (ignored) {
			data = null;
		}
		return { status: response.status, ok: response.ok, data: data || {}, headers: response.headers };
	}

	/** The field a problem names ({errors: [{field, message}]}), if any. */
	function problemField(problem) {
		const first = Array.isArray(problem.errors) ? problem.errors[0] : null;
		return first && typeof first.field === 'string' ? first.field : null;
	}

	/**
	 * A chat's server-sent events, read with fetch so that the chat token travels in the
	 * Authorization header (EventSource cannot send it). After a drop it reconnects with back-off,
	 * sending Last-Event-ID; a stream that stays silent longer than three heartbeats counts as dropped.
	 */
	class EventStream {

		constructor(chat, lastSeen, handlers) {
			this.chat = chat;
			this.lastSeen = lastSeen;
			this.handlers = handlers;
			this.stopped = false;
			this.delay = 1000;
			this.controller = null;
			this.watchdog = null;
			this.wake = null;
			this.online = () => this.wakeUp();
			window.addEventListener('online', this.online);
		}

		start() {
			this.run().catch(() => this.handlers.onState('reconnecting'));
		}

		stop() {
			this.stopped = true;
			window.removeEventListener('online', this.online);
			clearTimeout(this.watchdog);
			this.wakeUp();
			if (this.controller) {
				this.controller.abort();
			}
		}

		wakeUp() {
			if (this.wake) {
				this.wake();
			}
		}

		async run() {
			while (!this.stopped) {
				let ended = 'dropped';
				try {
					ended = await this.connect();
				}
				catch (ignored) {
					ended = 'dropped';
				}
				if (this.stopped || ended === 'gone') {
					return;
				}
				this.handlers.onState('reconnecting');
				await this.pause(this.delay * (0.75 + Math.random() / 2));
				this.delay = Math.min(this.delay * 2, 30000);
			}
		}

		pause(millis) {
			return new Promise(resolve => {
				const timer = setTimeout(resolve, millis);
				this.wake = () => {
					clearTimeout(timer);
					resolve();
				};
			});
		}

		/** @return 'gone' when the chat no longer opens with this token, else 'dropped' */
		async connect() {
			this.controller = new AbortController();
			const headers = { Accept: 'text/event-stream', Authorization: 'Bearer ' + this.chat.token };
			if (this.lastSeen > 0) {
				headers['Last-Event-ID'] = String(this.lastSeen);
			}
			this.alive();
			let response;
			try {
				response = await fetch(new URL('api/v1/chats/' + encodeURIComponent(this.chat.chatId) + '/events', base), {
					headers, signal: this.controller.signal, credentials: 'omit', cache: 'no-store', mode: 'cors',
				});
			}
			finally {
				this.alive();
			}
			if (response.status === 401 || response.status === 404) {
				clearTimeout(this.watchdog);
				this.handlers.onGone();
				return 'gone';
			}
			if (!response.ok || !response.body) {
				return 'dropped';
			}
			this.delay = 1000;
			this.handlers.onState('connected');
			try {
				await this.read(response.body.getReader());
			}
			finally {
				clearTimeout(this.watchdog);
			}
			return 'dropped';
		}

		alive() {
			clearTimeout(this.watchdog);
			if (!this.stopped) {
				this.watchdog = setTimeout(() => this.controller && this.controller.abort(), 45000);
			}
		}

		async read(reader) {
			const decoder = new TextDecoder();
			let buffer = '';
			let event = { id: null, data: [] };
			for (;;) {
				const { value, done } = await reader.read();
				if (done) {
					return;
				}
				this.alive();
				buffer += decoder.decode(value, { stream: true });
				let end;
				while ((end = buffer.indexOf('\n')) >= 0) {
					const line = buffer.slice(0, end).replace(/\r$/, '');
					buffer = buffer.slice(end + 1);
					if (line === '') {
						this.dispatch(event);
						event = { id: null, data: [] };
					}
					else if (!line.startsWith(':')) {
						const colon = line.indexOf(':');
						const field = colon < 0 ? line : line.slice(0, colon);
						const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
						if (field === 'data') {
							event.data.push(text);
						}
						else if (field === 'id') {
							event.id = text;
						}
					}
				}
			}
		}

		dispatch(event) {
			if (event.data.length === 0) {
				return;
			}
			let entry;
			try {
				entry = JSON.parse(event.data.join('\n'));
			}
			catch (ignored) {
				return;
			}
			const seq = Number(event.id || entry.seq);
			if (seq > this.lastSeen) {
				this.lastSeen = seq;
			}
			this.handlers.onEntry(entry);
		}

	}

	// ---------------------------------------------------------------- DOM

	let ids = 0;

	function uid(prefix) {
		ids += 1;
		return 'rb-' + prefix + '-' + ids;
	}

	/** An element with attributes and children; strings become text nodes, never markup. */
	function el(tag, attributes = {}, ...children) {
		const element = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes)) {
			if (value === false || value === null || value === undefined) {
				continue;
			}
			if (name === 'text') {
				element.textContent = value;
			}
			else if (name.startsWith('on')) {
				element.addEventListener(name.slice(2), value);
			}
			else {
				element.setAttribute(name, value === true ? '' : String(value));
			}
		}
		for (const child of children.flat()) {
			if (child !== null && child !== undefined && child !== false) {
				element.append(child instanceof Node ? child : document.createTextNode(String(child)));
			}
		}
		return element;
	}

	function icon(path) {
		const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		svg.setAttribute('viewBox', '0 0 24 24');
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('focusable', 'false');
		const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
		shape.setAttribute('d', path);
		svg.append(shape);
		return svg;
	}

	const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';
	const CLOSE_ICON = 'M6 6l12 12M18 6L6 18';

	// ---------------------------------------------------------------- slot picker

	/**
	 * Free slots to choose from, a few at a time: first those given (a prompt's), then the chat's
	 * slots endpoint for a week, then for two, each shown once. Each slot is a button (data-test
	 * "slot"); choose(slot) is told of a click.
	 */
	class SlotPicker {

		constructor({ legend, initial, load, choose, selectable }) {
			this.load = load;
			this.choose = choose;
			this.selectable = selectable;
			this.shown = new Set();
			this.pool = (initial || []).map(start => Date.parse(start)).filter(start => start > Date.now());
			this.loadedDays = 0;
			this.id = uid('slots');
			this.list = el('ul', { class: 'slot-days' });
			this.note = el('p', { class: 'note', hidden: true });
			this.more = el('button', { type: 'button', class: 'link', 'data-test': 'more-times', text: t('moreTimes'),
				onclick: () => this.showMore(true) });
			this.element = el('fieldset', { class: 'slots' }, el('legend', { text: legend }), this.list, this.note, this.more);
		}

		async showMore(focus) {
			this.more.disabled = true;
			try {
				while (this.pool.length === 0 && this.loadedDays < MAX_DAYS) {
					this.say(t('loadingTimes'));
					const days = this.loadedDays === 0 ? 7 : MAX_DAYS;
					const starts = await this.load(days);
					this.loadedDays = days;
					this.pool = starts.filter(start => !this.shown.has(start) && start > Date.now());
				}
				this.say(null);
				const next = this.pool.sort((a, b) => a - b).splice(0, SLOTS_AT_ONCE);
				const buttons = next.map(start => this.add(start));
				if (focus && buttons.length) {
					buttons[0].focus();
				}
				if (this.pool.length === 0 && this.loadedDays >= MAX_DAYS) {
					this.more.hidden = true;
					this.say(this.shown.size ? t('noMoreTimes') : t('noTimes'));
				}
			}
			catch (error) {
				this.say(t('timesFailed'));
			}
			finally {
				this.more.disabled = false;
			}
		}

		/** Adds a slot's button in time order: under its day, which comes in order of days. */
		add(start) {
			this.shown.add(start);
			const key = dayFormat.format(new Date(start));
			const days = Array.from(this.list.children);
			let day = days.find(item => item.dataset.day === key);
			if (!day) {
				day = el('li', { 'data-day': key, 'data-first': start }, el('p', { class: 'day', text: key }),
					el('div', { class: 'times' }));
				this.list.insertBefore(day, days.find(item => Number(item.dataset.first) > start) || null);
			}
			const button = el('button', {
				type: 'button', class: 'slot', 'data-test': 'slot', 'data-start': new Date(start).toISOString(),
				'aria-label': when(start), 'aria-pressed': this.selectable ? 'false' : null,
				text: timeFormat.format(new Date(start)),
				onclick: () => this.picked(button, start),
			});
			const times = day.querySelector('.times');
			times.insertBefore(button, Array.from(times.children).find(other => Date.parse(other.dataset.start) > start)
				|| null);
			return button;
		}

		picked(button, start) {
			if (this.selectable) {
				this.element.querySelectorAll('[data-test="slot"]').forEach(other => other.setAttribute('aria-pressed',
					String(other === button)));
			}
			this.choose(new Date(start).toISOString());
		}

		say(text) {
			this.note.hidden = !text;
			this.note.textContent = text || '';
		}

	}

	// ---------------------------------------------------------------- the widget

	class ChatWidget {

		constructor() {
			this.chat = null;
			this.stream = null;
			this.lastSeq = 0;
			this.answered = new Set();
			this.prompts = new Map();
			this.callback = null;
			this.callbackSeq = 0;
			this.refreshes = 0;
			this.unread = 0;
			this.opening = false;
		}

		mount() {
			this.host = el('div', { id: 'reachback-chat', 'data-state': 'loading' });
			this.host.hidden = true;
			const root = this.host.attachShadow({ mode: 'open' });
			this.root = root;
			const styles = el('link', { rel: 'stylesheet', href: new URL('widget/widget.css', base).href });
			styles.addEventListener('load', () => this.ready(true), { once: true });
			styles.addEventListener('error', () => this.ready(false), { once: true });
			root.append(styles, this.build());
			this.host.addEventListener('reachback:open', () => this.open(true));
			document.body.append(this.host);
			if (!brand) {
				this.status(t('unavailable'));
				this.disable();
				return;
			}
			const saved = savedChat();
			if (saved) {
				this.answered = new Set(Array.isArray(saved.answered) ? saved.answered : []);
				this.resume({ chatId: saved.chatId, token: saved.token }).catch(() => this.status(t('somethingWrong')));
			}
			else {
				this.showWelcome();
			}
		}

		ready(styled) {
			this.host.hidden = false;
			this.host.dataset.state = 'ready';
			if (!styled) {
				this.status(t('stylesMissing'));
			}
		}

		build() {
			const titleId = uid('title');
			const panelId = uid('panel');
			const inputId = uid('message');
			this.launcherLabel = el('span', { class: 'visually-hidden', text: t('launcherOpen') });
			this.badge = el('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
			this.launcher = el('button', {
				type: 'button', class: 'launcher', 'data-test': 'launcher', 'aria-expanded': 'false',
				'aria-controls': panelId, onclick: () => (this.isOpen() ? this.close() : this.open(true)),
			}, icon(CHAT_ICON), this.launcherLabel, this.badge);

			this.entries = el('ol', { class: 'entries' });
			this.log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-labelledby': titleId,
				tabindex: '0' }, this.entries);
			this.statusLine = el('p', { class: 'status-line', role: 'status', 'data-test': 'status' });
			this.callbackCard = el('section', { class: 'callback', 'data-test': 'callback-status', 'aria-live': 'polite',
				hidden: true });
			this.input = el('input', {
				id: inputId, type: 'text', class: 'message', 'data-test': 'message-input', maxlength: '2000',
				autocomplete: 'off', placeholder: t('messagePlaceholder'),
			});
			this.sendButton = el('button', { type: 'submit', class: 'send', 'data-test': 'send', text: t('send') });
			this.composer = el('form', { class: 'composer', novalidate: true, onsubmit: event => this.submit(event) },
				el('label', { for: inputId, class: 'visually-hidden', text: t('messageLabel') }), this.input,
				this.sendButton);

			this.panel = el('div', {
				id: panelId, class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId,
				'data-test': 'panel', hidden: true,
				onkeydown: event => {
					if (event.key === 'Escape') {
						event.stopPropagation();
						this.close();
					}
				},
			},
			el('header', { class: 'header' },
				el('h2', { id: titleId, class: 'title', text: t('title', { brand: brandName }) }),
				el('button', { type: 'button', class: 'text-button', 'data-test': 'new-chat', text: t('newChat'),
					onclick: () => this.newChat() }),
				el('button', { type: 'button', class: 'icon-button', 'data-test': 'close', 'aria-label': t('close'),
					onclick: () => this.close() }, icon(CLOSE_ICON))),
			this.log, this.callbackCard, this.statusLine, this.composer);

			return el('div', { class: 'widget', lang: language }, this.panel, this.launcher);
		}

		// ------------------------------------------------------------ opening and closing

		isOpen() {
			return !this.panel.hidden;
		}

		/** Opens the panel; a page load starts with it closed, the chat resuming behind the launcher. */
		open(focus) {
			this.panel.hidden = false;
			this.launcher.setAttribute('aria-expanded', 'true');
			this.launcher.classList.add('is-open');
			this.unread = 0;
			this.updateLauncher();
			this.scrollDown();
			if (focus) {
				this.input.focus();
			}
		}

		close() {
			this.panel.hidden = true;
			this.launcher.setAttribute('aria-expanded', 'false');
			this.launcher.classList.remove('is-open');
			this.updateLauncher();
			this.launcher.focus();
		}

		updateLauncher() {
			const label = this.isOpen() ? t('launcherClose')
				: this.unread ? t('launcherUnread', { count: this.unread }) : t('launcherOpen');
			this.launcherLabel.textContent = label;
			this.badge.hidden = this.isOpen() || this.unread === 0;
			this.badge.textContent = String(this.unread);
		}

		status(text) {
			this.statusLine.textContent = text || '';
			this.statusLine.classList.toggle('is-empty', !text);
			this.connectionNote = false;
		}

		/** Says that the stream reconnects, and clears only that once it is back. */
		connection(state) {
			if (state === 'reconnecting') {
				this.status(t('reconnecting'));
				this.connectionNote = true;
			}
			else if (this.connectionNote) {
				this.status(null);
			}
		}

		disable() {
			this.input.disabled = true;
			this.sendButton.disabled = true;
		}

		scrollDown() {
			this.log.scrollTop = this.log.scrollHeight;
		}

		showWelcome() {
			this.entries.replaceChildren(el('li', { class: 'welcome', 'data-test': 'welcome' },
				el('p', { class: 'bubble', text: t('welcome') })));
		}

		// ------------------------------------------------------------ the chat

		async submit(event) {
			event.preventDefault();
			const text = this.input.value.trim();
			if (!text || this.opening) {
				return;
			}
			this.sendButton.disabled = true;
			try {
				const sent = this.chat ? await this.post(text) : await this.start(text);
				if (sent) {
					this.input.value = '';
					this.status(null);
				}
			}
			catch (error) {
				this.status(error instanceof NetworkError ? t('unreachable') : t('notSent'));
			}
			finally {
				this.sendButton.disabled = false;
				this.input.focus();
			}
		}

		async start(message) {
			this.opening = true;
			try {
				const customer = { locale, timeZone: timeZone || undefined, name: customerName || undefined };
				let reply = await api('POST', 'api/v1/chats', { body: { brand, message, customer } });
				if (reply.status === 400 && /customer\./.test(JSON.stringify(reply.data.errors || ''))) {
					// the server knows another list of zones or tags; the chat matters more than those
					reply = await api('POST', 'api/v1/chats',
						{ body: { brand, message, customer: customerName ? { name: customerName } : undefined } });
				}
				if (reply.status === 422) {
					this.status(t('unavailable'));
					return false;
				}
				if (reply.status !== 201) {
					this.status(reply.data.detail || t('notSent'));
					return false;
				}
				this.chat = { chatId: reply.data.chatId, token: reply.data.token };
				this.answered = new Set();
				this.persist();
				this.lastSeq = 0;
				this.entries.replaceChildren();
				this.follow();
				return true;
			}
			finally {
				this.opening = false;
			}
		}

		async post(text) {
			const reply = await api('POST', this.chatPath('messages'), { token: this.chat.token, body: { text } });
			if (reply.status === 401 || reply.status === 404) {
				this.gone();
				return false;
			}
			if (reply.status !== 202) {
				this.status(reply.data.detail || t('notSent'));
				return false;
			}
			return true;
		}

		async resume(chat) {
			this.chat = chat;
			this.status(t('connecting'));
			this.connectionNote = true;
			try {
				const reply = await api('GET', this.chatPath('transcript'), { token: chat.token });
				if (reply.status === 401 || reply.status === 404) {
					this.gone();
					return;
				}
				if (reply.ok && Array.isArray(reply.data)) {
					this.log.setAttribute('aria-busy', 'true');
					reply.data.forEach(entry => this.show(entry, true));
					this.log.removeAttribute('aria-busy');
					this.refreshCallback();
				}
			}
			catch (error) {
				// the stream replays whatever the transcript could not give
			}
			this.connection('connected');
			this.follow();
		}

		follow() {
			if (this.stream) {
				this.stream.stop();
			}
			this.stream = new EventStream(this.chat, this.lastSeq, {
				onEntry: entry => this.show(entry, false),
				onGone: () => this.gone(),
				onState: state => this.connection(state),
			});
			this.stream.start();
		}

		/** The token no longer opens the chat: forget it, and start afresh with the next message. */
		gone() {
			this.forget();
			this.showWelcome();
			this.status(t('chatEnded'));
		}

		/**
		 * Whether a reply says the chat's token expired (401): then the chat is gone, as after a 404 of
		 * the chat itself. Calls whose 404 names something in the chat (a prompt, the slots' queue, a
		 * callback) rather than the chat ask this first, and keep their own meaning for a 404.
		 */
		expired(reply) {
			if (reply.status !== 401) {
				return false;
			}
			this.gone();
			return true;
		}

		newChat() {
			this.forget();
			this.showWelcome();
			this.status(null);
			this.input.focus();
		}

		forget() {
			if (this.stream) {
				this.stream.stop();
				this.stream = null;
			}
			this.chat = null;
			this.lastSeq = 0;
			this.prompts.clear();
			this.answered = new Set();
			this.callback = null;
			this.callbackSeq = 0;
			this.renderCallback();
			saveChat(null);
		}

		persist() {
			saveChat({ chatId: this.chat.chatId, token: this.chat.token, answered: Array.from(this.answered) });
		}

		chatPath(rest) {
			return 'api/v1/chats/' + encodeURIComponent(this.chat.chatId) + '/' + rest;
		}

		// ------------------------------------------------------------ entries

		/** Shows an entry once: entries arrive in order of seq, from the transcript and the stream alike. */
		show(entry, replayed) {
			if (!entry || typeof entry.seq !== 'number' || entry.seq <= this.lastSeq) {
				return;
			}
			this.lastSeq = entry.seq;
			const item = el('li', {
				class: 'entry', 'data-test': 'entry', 'data-speaker': entry.speaker, 'data-kind': entry.kind,
				'data-seq': entry.seq,
			},
			el('p', { class: 'who' }, this.speakerName(entry), Number.isFinite(Date.parse(entry.at))
				? el('time', { datetime: entry.at, text: timeFormat.format(new Date(entry.at)) }) : null),
			el('p', { class: 'bubble', text: entry.text || '' }));
			if (entry.kind === 'prompt' && entry.prompt) {
				this.prompts.forEach(shown => this.closePrompt(shown));
				this.showPrompt(item, entry);
			}
			if (entry.kind === 'callback' && entry.callback) {
				if (entry.callback.status === 'REQUESTED') {
					this.prompts.forEach(shown => this.closePrompt(shown)); // the answer to the open prompt
				}
				this.callbackSeq = entry.seq;
				this.callback = { ...(this.callback && this.callback.callbackId === entry.callback.callbackId
					? this.callback : {}), ...entry.callback, requestedSlot: null };
				this.renderCallback();
				if (!replayed) {
					this.refreshCallback();
				}
			}
			this.entries.append(item);
			this.scrollDown();
			if (!replayed && !this.isOpen() && entry.speaker !== 'CUSTOMER') {
				this.unread += 1;
				this.updateLauncher();
			}
		}

		speakerName(entry) {
			switch (entry.speaker) {
				case 'CUSTOMER': return t('you');
				case 'BOT': return t('assistant');
				case 'AGENT': return entry.name || t('agent');
				default: return t('update');
			}
		}

		// ------------------------------------------------------------ prompts

		/**
		 * A prompt: how to be called back (the media it offers; both for a prompt of an older bot),
		 * then its options. A callback option opens a form for the time (scheduled only) and the number.
		 */
		showPrompt(item, entry) {
			const prompt = entry.prompt;
			const offered = prompt.media && prompt.media.length ? prompt.media : ['voice', 'chat'];
			const shown = { prompt, item, buttons: [], form: null, closed: false, option: null,
				media: offered.includes('voice') ? 'voice' : offered[0] };
			const wait = Number.isFinite(prompt.estimatedWaitSeconds) ? prompt.estimatedWaitSeconds : null;
			const labels = {
				'callback-asap': wait === null ? t('callNow') : t('callNowWait', { wait: waitText(wait) }),
				'callback-scheduled': t('pickTime'),
				'keep-chatting': t('keepChatting'),
			};
			const options = (prompt.options || []).filter(option => labels[option]);
			const media = options.some(option => option !== 'keep-chatting')
				? el('fieldset', { class: 'media' }, el('legend', { text: t('mediaLegend') })) : null;
			for (const medium of media ? offered : []) {
				const button = el('button', {
					type: 'button', class: 'choice', 'data-test': 'media-' + medium,
					'aria-pressed': String(medium === shown.media), text: medium === 'chat' ? t('mediaChat') : t('mediaVoice'),
					onclick: () => this.chooseMedium(shown, medium),
				});
				shown.buttons.push(button);
				media.append(button);
			}
			const choices = el('div', { class: 'options' });
			for (const option of options) {
				const button = el('button', {
					type: 'button', class: 'option', 'data-test': 'option-' + option, 'aria-pressed': 'false',
					'data-option': option, text: labels[option], onclick: () => this.choose(shown, option),
				});
				shown.buttons.push(button);
				choices.append(button);
			}
			shown.answer = el('p', { class: 'note', role: 'status' });
			item.append(el('div', { class: 'prompt', role: 'group', 'aria-label': t('promptGroup'), 'data-test': 'prompt' },
				media, choices), shown.answer);
			this.prompts.set(prompt.promptId, shown);
			if (this.answered.has(prompt.promptId)) {
				this.closePrompt(shown);
			}
		}

		closePrompt(shown) {
			shown.closed = true;
			shown.buttons.forEach(button => {
				button.disabled = true;
			});
			if (shown.form) {
				shown.form.element.remove();
				shown.form = null;
			}
		}

		chooseMedium(shown, medium) {
			if (shown.closed) {
				return;
			}
			shown.media = medium;
			shown.buttons.filter(button => button.dataset.test.startsWith('media-'))
				.forEach(button => button.setAttribute('aria-pressed', String(button.dataset.test === 'media-' + medium)));
			if (shown.form) {
				shown.form.labelPhone();
			}
		}

		choose(shown, option) {
			if (shown.closed) {
				return;
			}
			shown.option = option;
			shown.buttons.filter(button => button.dataset.option)
				.forEach(button => button.setAttribute('aria-pressed', String(button.dataset.option === option)));
			if (option === 'keep-chatting') {
				this.answer(shown, { option }).catch(() => this.say(shown, t('somethingWrong')));
				return;
			}
			const phone = shown.form ? shown.form.phoneInput.value : '';
			if (shown.form) {
				shown.form.element.remove();
			}
			shown.form = this.callbackForm(shown, option, phone);
			shown.item.append(shown.form.element);
			const first = shown.form.element.querySelector('button, input');
			if (first) {
				first.focus();
			}
		}

		/** When (scheduled only) and on which number (optional for a callback in the chat). */
		callbackForm(shown, option, phone) {
			const prompt = shown.prompt;
			const phoneId = uid('phone');
			const form = {
				option, slot: null,
				phoneLabel: el('label', { for: phoneId }),
				phoneInput: el('input', { id: phoneId, type: 'tel', autocomplete: 'tel', inputmode: 'tel',
					'data-test': 'phone', maxlength: '40', value: phone || null }),
				phoneError: el('p', { id: uid('phone-error'), class: 'field-error', 'data-test': 'phone-error', hidden: true }),
				formError: el('p', { class: 'field-error', role: 'alert', 'data-test': 'form-error', hidden: true }),
				book: el('button', { type: 'submit', class: 'primary', 'data-test': 'book', text: t('book') }),
				picker: null,
				labelPhone: () => {
					form.phoneLabel.textContent = shown.media === 'voice' ? t('phone') : t('phoneOptional');
				},
			};
			form.labelPhone();
			if (option === 'callback-scheduled') {
				form.picker = new SlotPicker({
					legend: t('slotsLegend', { zone: timeZone || 'UTC' }), initial: prompt.slots, selectable: true,
					load: days => this.slots(days, prompt.preferredAgent),
					choose: slot => {
						form.slot = slot;
						form.formError.hidden = true;
					},
				});
			}
			form.element = el('form', { class: 'callback-form', novalidate: true },
				form.picker ? form.picker.element : null,
				el('div', { class: 'field' }, form.phoneLabel, form.phoneInput, form.phoneError),
				form.formError, form.book);
			form.element.addEventListener('submit', event => {
				event.preventDefault();
				this.book(shown, form).catch(() => this.fieldError(form.formError, null, t('somethingWrong')));
			});
			if (form.picker) {
				form.picker.showMore(false);
			}
			return form;
		}

		async book(shown, form) {
			if (form.option === 'callback-scheduled' && !form.slot) {
				this.fieldError(form.formError, null, t('chooseTime'));
				return;
			}
			this.fieldError(form.phoneError, form.phoneInput, null);
			this.fieldError(form.formError, null, null);
			const phone = form.phoneInput.value.trim();
			const answer = { option: form.option, media: shown.media };
			if (phone) {
				answer.phone = phone;
			}
			if (form.slot) {
				answer.slot = form.slot;
			}
			if (shown.prompt.preferredAgent) {
				answer.preferredAgent = shown.prompt.preferredAgent;
			}
			form.book.disabled = true;
			form.book.textContent = t('booking');
			try {
				const reply = await this.answer(shown, answer);
				if (reply.status === 202) {
					this.input.focus();
				}
				else if (reply.status === 422 || reply.status === 400) {
					const field = problemField(reply.data);
					const detail = reply.data.detail || t('somethingWrong');
					if (field === 'phone') {
						this.fieldError(form.phoneError, form.phoneInput, detail);
						form.phoneInput.focus();
					}
					else {
						this.fieldError(form.formError, null, detail);
					}
				}
				else if (reply.status === 429 || reply.status === 200) {
					this.fieldError(form.formError, null, reply.data.detail || reply.data.message || t('somethingWrong'));
				}
			}
			catch (error) {
				this.fieldError(form.formError, null, error instanceof NetworkError ? t('unreachable') : t('somethingWrong'));
			}
			finally {
				form.book.disabled = false;
				form.book.textContent = t('book');
			}
		}

		fieldError(error, input, text) {
			error.textContent = text || '';
			error.hidden = !text;
			if (input) {
				if (text) {
					input.setAttribute('aria-invalid', 'true');
					input.setAttribute('aria-describedby', error.id);
				}
				else {
					input.removeAttribute('aria-invalid');
					input.removeAttribute('aria-describedby');
				}
			}
		}

		/**
		 * Sends the answer. Taken (202), answered before (409) and not possible in this chat (404)
		 * close the prompt; what the customer must correct leaves it open for the caller to show.
		 */
		async answer(shown, body) {
			const reply = await api('POST', this.chatPath('prompts/' + encodeURIComponent(shown.prompt.promptId)),
				{ token: this.chat.token, body });
			if (this.expired(reply)) {
				return reply;
			}
			if (reply.status === 202 || reply.status === 409 || reply.status === 404) {
				this.answered.add(shown.prompt.promptId);
				this.persist();
				this.closePrompt(shown);
				if (reply.status !== 202) {
					this.say(shown, reply.data.detail || t('somethingWrong'));
				}
			}
			else if (body.option === 'keep-chatting' && !reply.ok) {
				this.say(shown, reply.data.detail || t('somethingWrong'));
			}
			return reply;
		}

		say(shown, text) {
			shown.answer.textContent = text;
		}

		/** The chat's free slots for `days`, as instants (ms). */
		async slots(days, agent) {
			const query = '?days=' + days + (agent ? '&agent=' + encodeURIComponent(agent) : '');
			const reply = await api('GET', this.chatPath('slots' + query), { token: this.chat.token });
			this.expired(reply);
			if (!reply.ok || !Array.isArray(reply.data.slots)) {
				throw new Error('slots ' + reply.status);
			}
			return reply.data.slots.map(slot => Date.parse(slot.start)).filter(Number.isFinite);
		}

		// ------------------------------------------------------------ the callback

		/** Reads the callback for what its chat entries do not say (a move waiting, as soon as possible). */
		refreshCallback() {
			if (!this.chat || !this.callback) {
				return;
			}
			const asked = ++this.refreshes;
			const chat = this.chat;
			const callbackId = this.callback.callbackId;
			api('GET', 'api/v1/callbacks/' + encodeURIComponent(callbackId), { token: chat.token })
				.then(reply => {
					if (this.chat === chat && this.expired(reply)) {
						return;
					}
					if (reply.ok && asked === this.refreshes && this.chat === chat && this.callback
						&& this.callback.callbackId === callbackId) {
						const view = reply.data;
						this.callback = { ...this.callback, status: view.status, dueAt: view.dueAt, media: view.media,
							agentName: view.agentName, problem: view.problem, asSoonAsPossible: view.asSoonAsPossible,
							requestedSlot: view.requestedSlot, cancellationRequested: view.cancellationRequested };
						this.renderCallback();
					}
				})
				.catch(() => {
					// the chat's entries keep the card up to date meanwhile
				});
		}

		callbackText(callback) {
			const voice = callback.media !== 'chat';
			switch (callback.status) {
				case 'SCHEDULED':
					if (callback.asSoonAsPossible) {
						return voice ? t('scheduledAsapVoice') : t('scheduledAsapChat');
					}
					return callback.dueAt ? t('SCHEDULED', { time: when(callback.dueAt) }) : t('REQUESTED');
				case 'AGENT_RESERVED':
					return callback.agentName ? t('AGENT_RESERVED', { agent: callback.agentName }) : t('agentReserved');
				case 'IN_PROGRESS':
					return voice ? t('inProgressVoice') : t('inProgressChat');
				case 'REJECTED':
				case 'FAILED':
				case 'EXPIRED':
					return t('problem');
				default:
					return MESSAGES.en[callback.status] ? t(callback.status) : callback.status;
			}
		}

		renderCallback() {
			const callback = this.callback;
			const card = this.callbackCard;
			if (!callback) {
				card.hidden = true;
				card.replaceChildren();
				this.cardSignature = null;
				return;
			}
			const signature = JSON.stringify([callback, Boolean(this.movePicker), this.movePicker && this.movePicker.id]);
			if (signature === this.cardSignature && !card.hidden) {
				return;
			}
			this.cardSignature = signature;
			const focused = card.contains(this.root.activeElement) && this.root.activeElement.dataset.test;
			const movable = !['IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'REJECTED', 'FAILED', 'EXPIRED']
				.includes(callback.status) && !callback.cancellationRequested;
			card.hidden = false;
			card.dataset.status = callback.status;
			const lines = [el('p', { class: 'card-title', text: t('yourCallback') }),
				el('p', { class: 'card-status', 'data-test': 'callback-text', text: this.callbackText(callback) })];
			if (callback.problem && ['REJECTED', 'FAILED', 'EXPIRED'].includes(callback.status)) {
				lines.push(el('p', { class: 'note', text: callback.problem }));
			}
			if (callback.cancellationRequested && callback.status !== 'CANCELLED') {
				lines.push(el('p', { class: 'note', text: t('cancelling') }));
			}
			else if (callback.requestedSlot) {
				lines.push(el('p', { class: 'note', text: t('moving', { time: when(callback.requestedSlot) }) }));
			}
			const actions = movable ? el('div', { class: 'actions' },
				el('button', { type: 'button', class: 'secondary', 'data-test': 'move-callback', text: t('moveCallback'),
					'aria-expanded': String(Boolean(this.movePicker)), onclick: () => this.toggleMove() }),
				el('button', { type: 'button', class: 'secondary', 'data-test': 'cancel-callback', text: t('cancelCallback'),
					onclick: () => this.cancelCallback().catch(() => this.status(t('somethingWrong'))) })) : null;
			if (!movable) {
				this.movePicker = null;
			}
			card.replaceChildren(...lines, actions || '', this.movePicker ? this.movePicker.element : '');
			const refocus = focused && card.querySelector('[data-test="' + focused + '"]');
			if (refocus) {
				refocus.focus();
			}
		}

		toggleMove() {
			if (this.movePicker) {
				this.movePicker = null;
				this.renderCallback();
				this.callbackCard.querySelector('[data-test="move-callback"]').focus();
				return;
			}
			this.movePicker = new SlotPicker({
				legend: t('moveLegend', { zone: timeZone || 'UTC' }), initial: [], selectable: false,
				load: days => this.slots(days, null),
				choose: slot => this.moveCallback(slot).catch(() => this.status(t('somethingWrong'))),
			});
			this.movePicker.element.append(el('button', { type: 'button', class: 'link', text: t('keepTime'),
				onclick: () => this.toggleMove() }));
			this.renderCallback();
			this.movePicker.showMore(true);
		}

		async moveCallback(slot) {
			const reply = await api('PATCH', 'api/v1/callbacks/' + encodeURIComponent(this.callback.callbackId),
				{ token: this.chat.token, body: { slot } });
			if (this.expired(reply)) {
				return;
			}
			if (reply.status === 202) {
				this.movePicker = null;
				this.callback = { ...this.callback, requestedSlot: reply.data.requestedSlot || slot };
				this.renderCallback();
				this.status(null);
			}
			else {
				this.status(reply.data.detail || t('somethingWrong'));
				this.refreshCallback();
			}
		}

		async cancelCallback() {
			const reply = await api('DELETE', 'api/v1/callbacks/' + encodeURIComponent(this.callback.callbackId),
				{ token: this.chat.token });
			if (this.expired(reply)) {
				return;
			}
			if (reply.status === 202) {
				this.movePicker = null;
				this.callback = { ...this.callback, cancellationRequested: true };
				this.renderCallback();
				this.status(null);
				this.input.focus();
			}
			else {
				this.status(reply.data.detail || t('somethingWrong'));
				this.refreshCallback();
			}
		}

	}

	function mount() {
		try {
			new ChatWidget().mount();
		}
		catch (error) {
			// a host page that cannot take the widget keeps working without it
			console.warn('Reachback chat widget could not start', error);
		}
	}

	if (document.body) {
		mount();
	}
	else {
		document.addEventListener('DOMContentLoaded', mount, { once: true });
	}
})();
