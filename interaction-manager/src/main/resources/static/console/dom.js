// Building the page from data. Whatever customers, bots or agents wrote becomes text nodes: nothing
// here parses markup, so a message such as <img src=x onerror=alert(1)> stays a string.

/** The element a data-test or data-part attribute names. */
export function part(name, root = document) {
	return root.querySelector(`[data-test="${name}"], [data-part="${name}"]`);
}

/** A new element with attributes and children (strings become text nodes). */
export function element(tag, attributes = {}, ...children) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== null && value !== undefined) {
			node.setAttribute(name, String(value));
		}
	}
	// append() turns strings into text nodes, never markup
	node.append(...children.filter((child) => child !== null && child !== undefined)
		.map((child) => (child instanceof Node ? child : String(child))));
	return node;
}

export function setText(node, text) {
	node.textContent = text === null || text === undefined || text === '' ? '—' : String(text);
}

const SPEAKERS = { CUSTOMER: 'Customer', BOT: 'Bot', AGENT: 'Agent', SYSTEM: 'System' };

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One transcript line as a list item: who, when, what. */
export function transcriptLine(line, testName) {
	const speaker = typeof line.speaker === 'string' ? line.speaker : 'SYSTEM';
	const who = line.name || SPEAKERS[speaker] || speaker;
	const item = element('li', { 'data-test': testName, 'data-speaker': speaker, class: `line ${speaker.toLowerCase()}` });
	const meta = element('p', { class: 'meta' }, element('span', { class: 'speaker' }, who));
	const at = Date.parse(line.at);
	if (!Number.isNaN(at)) {
		meta.append(' ', element('time', { datetime: new Date(at).toISOString() }, TIME.format(at)));
	}
	item.append(meta, element('p', { class: 'text' }, line.text ?? ''));
	return item;
}

/** "4 min 05 s", "1 h 02 min", "12 s". */
export function duration(millis) {
	const seconds = Math.max(0, Math.floor(millis / 1000));
	if (seconds < 60) {
		return `${seconds} s`;
	}
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) {
		return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
	}
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function dateTime(instant) {
	const at = Date.parse(instant);
	return Number.isNaN(at) ? '' : DATE_TIME.format(at);
}

/** BILLING_DISPUTE, HUMAN_REQUESTED → "billing dispute", "human requested". */
export function words(code) {
	return typeof code === 'string' ? code.toLowerCase().replaceAll('_', ' ') : '';
}
