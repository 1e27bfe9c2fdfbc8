// Signing in to the pages with OpenID Connect: the authorization code flow with PKCE (RFC 7636),
// written out with WebCrypto because no client library is served to the pages. A page is a public
// client with no secret to keep, so the code_verifier it keeps in this tab is what makes the code
// it exchanges its own. Everything is kept in sessionStorage, never localStorage or a cookie: the
// sign-in ends with the tab, and the token travels only where a page sends it.

const SCOPE = 'openid profile';

/** A call is not sent with a token about to expire on the way. */
const EXPIRY_MARGIN_MS = 10000;

/** setTimeout() fires at once for a longer delay. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** A sign-in that did not work, in words for the person signing in. */
export class SignInError extends Error {
	constructor(message) {
		super(message);
		this.name = 'SignInError';
	}
}

/** The sign-in of one page at the identity provider named in /pages/config.json. */
export class Identity {

	/**
	 * @param {{issuer: string, clientId: string}} provider the config's identity
	 * @param {string} page what this page's keys in sessionStorage are called after ('console', 'admin')
	 */
	constructor({ issuer, clientId }, page) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.tokenKey = `reachback.${page}.sign-in`;
		this.pendingKey = `reachback.${page}.sign-in-pending`;
		this.metadata = null;
		this.kept = readKept(this.tokenKey);
	}

	/** Sends the browser to the provider's sign-in page; it comes back to this page with a code. */
	async signIn() {
		const { authorization_endpoint: endpoint } = await this.discover();
		if (!globalThis.crypto?.subtle) {
			throw new SignInError('Signing in needs the page at an https address (or localhost).');
		}
		const verifier = randomText(32);
		const state = randomText(16);
		if (!write(this.pendingKey, { verifier, state })) {
			throw new SignInError('Signing in needs this browser to let the page keep data for the tab (session storage).');
		}
		const url = new URL(endpoint);
		const query = { response_type: 'code', client_id: this.clientId, redirect_uri: redirectUri(), scope: SCOPE,
			state, code_challenge: await challenge(verifier), code_challenge_method: 'S256' };
		for (const [name, value] of Object.entries(query)) {
			url.searchParams.set(name, value);
		}
		location.assign(url.href);
	}

	/**
	 * Exchanges the code the provider sent this page back with, if it did; answers whether it did.
	 * @throws SignInError when the provider refused, the answer is not this tab's, or the exchange failed
	 */
	async completeSignIn() {
		const answer = new URLSearchParams(location.search);
		if (!answer.has('code') && !answer.has('error')) {
			return false;
		}
		// a code works once: a reload must not send it again, nor a bookmark keep it
		history.replaceState(null, '', redirectUri());
		const pending = read(this.pendingKey);
		remove(this.pendingKey);
		if (answer.has('error')) {
			throw new SignInError(`The sign-in was not completed (${answer.get('error_description') || answer.get('error')}).`);
		}
		if (!pending || pending.state !== answer.get('state')) {
			throw new SignInError('This sign-in was not started from this tab; please sign in again.');
		}
		const { token_endpoint: endpoint } = await this.discover();
		const tokens = await exchange(endpoint, new URLSearchParams({ grant_type: 'authorization_code',
			code: answer.get('code'), redirect_uri: redirectUri(), client_id: this.clientId, code_verifier: pending.verifier }));
		this.keep(tokens);
		return true;
	}

	/** Whether a token is kept and still good. */
	signedIn() {
		return this.kept !== null && this.expiresIn() > 0;
	}

	/** Whether the kept token ran out: the page asks to sign in again rather than for a first sign-in. */
	expired() {
		return this.kept !== null && !this.signedIn();
	}

	/** Milliseconds until the kept token should no longer be sent, for the page's timer. */
	expiresIn() {
		return this.kept === null ? 0 : Math.min(this.kept.expiresAt - EXPIRY_MARGIN_MS - Date.now(), LONGEST_TIMER_MS);
	}

	/**
	 * The user name, the token's preferred_username, read for display and the agent's own URLs: the
	 * services check the token's signature and find the user in it themselves.
	 */
	get user() {
		return this.kept?.claims.preferred_username ?? null;
	}

	get roles() {
		const roles = this.kept?.claims.roles;
		return Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : [];
	}

	hasRole(...wanted) {
		return this.roles.some((role) => wanted.includes(role));
	}

	/** The Authorization header for the services' APIs. */
	authorization() {
		return this.kept === null ? null : `Bearer ${this.kept.accessToken}`;
	}

	/** Drops the token: it expired, a service refused it, or it is not for this page. */
	forget() {
		this.kept = null;
		remove(this.tokenKey);
	}

	/**
	 * Drops the token and ends the sign-in at the provider too when it says how, so that the next
	 * person at this browser signs in as themselves; the provider then sends the browser back here.
	 */
	async signOut() {
		const idToken = this.kept?.idToken;
		this.forget();
		const endpoint = idToken ? await this.discover().then((metadata) => metadata.end_session_endpoint, () => null) : null;
		if (!endpoint) {
			return;
		}
		const url = new URL(endpoint);
		url.searchParams.set('id_token_hint', idToken);
		url.searchParams.set('client_id', this.clientId);
		url.searchParams.set('post_logout_redirect_uri', redirectUri());
		location.assign(url.href);
	}

	/** Keeps the token endpoint's answer for this tab, its expiry counted on this browser's clock. */
	keep(tokens) {
		const claims = typeof tokens?.access_token === 'string' ? payload(tokens.access_token) : null;
		if (typeof claims?.preferred_username !== 'string') {
			throw new SignInError('The identity provider answered with a token that names no user.');
		}
		// expires_in counts from now, so a browser whose clock is off still stops in time; exp would not
		const lifetime = Number.isFinite(tokens.expires_in) ? tokens.expires_in * 1000 : claims.exp * 1000 - Date.now();
		if (!Number.isFinite(lifetime)) {
			throw new SignInError('The identity provider answered with a token that does not say when it expires.');
		}
		const kept = { accessToken: tokens.access_token, idToken: tokens.id_token ?? null, expiresAt: Date.now() + lifetime };
		write(this.tokenKey, kept);
		this.kept = { ...kept, claims };
	}

	/** The provider's endpoints, from its discovery document: asked for once, and again after a failure. */
	discover() {
		this.metadata ??= discovery(this.issuer).catch((error) => {
			this.metadata = null;
			throw error;
		});
		return this.metadata;
	}

}

async function discovery(issuer) {
	let metadata = null;
	try {
		const response = await fetch(`${issuer}/.well-known/openid-configuration`,
			{ headers: { Accept: 'application/json' }, credentials: 'omit' });
		metadata = response.ok ? await response.json() : null;
	}
	catch {
		// unreachable, or no CORS for this origin: said below
	}
	if (typeof metadata?.authorization_endpoint !== 'string' || typeof metadata.token_endpoint !== 'string') {
		throw new SignInError(`The identity provider at ${issuer} cannot be reached, or names no sign-in endpoints. Try again.`);
	}
	return metadata;
}

/**
 * Posts the code to the token endpoint as a form: a CORS request without a preflight, which the
 * provider allows from the pages' origin.
 */
async function exchange(endpoint, form) {
	let response;
	try {
		response = await fetch(endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body: form,
			credentials: 'omit', cache: 'no-store' });
	}
	catch {
		throw new SignInError('The identity provider cannot be reached to finish the sign-in. Try again.');
	}
	const answer = await response.json().catch(() => null);
	if (!response.ok) {
		const reason = answer?.error_description || answer?.error || `HTTP ${response.status}`;
		throw new SignInError(`The identity provider did not finish the sign-in (${reason}). Try again.`);
	}
	return answer;
}

/** The page's own address, without the provider's answer: where the provider sends the browser back to. */
function redirectUri() {
	return location.origin + location.pathname;
}

/** base64url of {@code bytes} random bytes: 32 give the 43 characters a code_verifier needs. */
function randomText(bytes) {
	return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challenge(verifier) {
	return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function base64url(bytes) {
	let binary = '';
	for (const byte of bytes) {
		binary += String.fromCharCode(byte);
	}
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The claims of a JWT, read without checking its signature: the services check it, the page only shows them. */
function payload(jwt) {
	try {
		const binary = atob(jwt.split('.')[1].replaceAll('-', '+').replaceAll('_', '/'));
		const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
		return claims !== null && typeof claims === 'object' ? claims : null;
	}
	catch {
		return null;
	}
}

function readKept(key) {
	const kept = read(key);
	const claims = typeof kept?.accessToken === 'string' && Number.isFinite(kept.expiresAt) ? payload(kept.accessToken) : null;
	return typeof claims?.preferred_username === 'string' ? { ...kept, claims } : null;
}

function read(key) {
	try {
		return JSON.parse(sessionStorage.getItem(key) ?? 'null');
	}
	catch {
		return null;
	}
}

function write(key, value) {
	try {
		sessionStorage.setItem(key, JSON.stringify(value));
		return true;
	}
	catch {
		return false;
	}
}

function remove(key) {
	try {
		sessionStorage.removeItem(key);
	}
	catch {
		// nothing was kept
	}
}
