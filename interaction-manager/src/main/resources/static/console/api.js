// HTTP for the console: every call sends the agent's access token explicitly as a Bearer
// Authorization header, never cookies, so that no other site's page can make a call with it; and
// X-Requested-With, so that a refused call is a plain 401 rather than a sign-in the browser offers.

/** An HTTP answer other than 2xx, or no answer at all (status 0). */
export class HttpError extends Error {
	constructor(status, problem, url) {
		super(describe(status, problem, url));
		this.name = 'HttpError';
		this.status = status;
		this.problem = problem;
	}
}

export function headers(authorization, extra = {}) {
	const all = { 'X-Requested-With': 'XMLHttpRequest', ...extra };
	if (authorization) {
		all.Authorization = authorization;
	}
	return all;
}

/**
 * Calls a JSON API and answers the parsed body (null when there is none).
 * @throws HttpError for an error status or when the service cannot be reached
 */
export async function call(url, { method = 'GET', authorization, body, signal, onResponse } = {}) {
	const extra = { Accept: 'application/json, application/problem+json' };
	if (body !== undefined) {
		extra['Content-Type'] = 'application/json';
	}
	let response;
	try {
		response = await fetch(url, {
			method,
			headers: headers(authorization, extra),
			body: body === undefined ? undefined : JSON.stringify(body),
			credentials: 'omit',
			cache: 'no-store',
			signal,
		});
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new HttpError(0, null, url);
	}
	onResponse?.(response);
	const text = await response.text().catch(() => '');
	const parsed = parse(text);
	if (!response.ok) {
		throw new HttpError(response.status, parsed, url);
	}
	return parsed;
}

function parse(text) {
	if (!text) {
		return null;
	}
	try {
		return JSON.parse(text);
	}
	catch {
		return null;
	}
}

function describe(status, problem, url) {
	const where = new URL(url, location.href).host;
	if (status === 0) {
		return `${where} cannot be reached`;
	}
	const detail = problem && typeof problem.detail === 'string' ? problem.detail : `HTTP ${status}`;
	return `${where} answered ${status}: ${detail}`;
}
