package org.reachback.intent.analysis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Origins as a browser writes them in its {@code Origin} header: {@code scheme://host[:port]}, in
 * lower case, without the scheme's default port. Configured origins are brought to that form, so
 * that {@code HTTPS://Shop.Example:443} matches what the browser sends.
 */
final class WebOrigin {

	private WebOrigin() {
	}

	/**
	 * @throws IllegalArgumentException for anything but an http(s) origin: {@code *}, a path, a
	 *     query, no scheme
	 */
	static String configured(String value) {
		return parse(value).orElseThrow(() -> new IllegalArgumentException("allowed-origins: '" + value
				+ "' is not an origin; list each one as scheme://host[:port], e.g. https://shop.example"));
	}

	/** The origin in canonical form; empty for {@code null}, {@code "null"} or anything but an origin. */
	static Optional<String> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(value.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		boolean bare = uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawPath().isEmpty()
				&& uri.getRawQuery() == null && uri.getRawFragment() == null;
		if (!bare || !(scheme.equals("http") || scheme.equals("https"))) {
			return Optional.empty();
		}
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
	}

}
