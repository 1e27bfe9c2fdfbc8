package org.reachback.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How a service's pages and API meet the browser, under {@code reachback.web}.
 *
 * @param corsAllowedOrigins the origins (e.g. {@code http://localhost:8083}, the agent console's)
 * whose pages may call this service's {@code /api/**} and {@code /actuator/**} from the browser;
 * none: no cross-origin calls. Never a wildcard: the calls carry an agent's or administrator's
 * credentials.
 * @param connectSources the other services and the identity provider this service's own pages call,
 * added to their Content-Security-Policy's {@code connect-src} beside {@code 'self'} as origins: a
 * page calls paths below a base URL such as {@code http://localhost:8180/realms/reachback}, which
 * that URL as a source would block (a path without a trailing slash matches only itself)
 * @param maxBodySize the largest request body accepted (default 16 KB); a larger one gets 413
 */
@ConfigurationProperties("reachback.web")
public record PageSettings(List<String> corsAllowedOrigins, List<String> connectSources, DataSize maxBodySize) {

	public PageSettings {
		maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(16) : maxBodySize;
		corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
		connectSources = connectSources == null ? List.of() : List.copyOf(connectSources);
		if (corsAllowedOrigins.stream().anyMatch(origin -> origin.contains("*"))) {
			throw new IllegalArgumentException(
					"reachback.web.cors-allowed-origins must name each origin; a wildcard would let any site use an agent's credentials");
		}
	}

	/** The policy every page of the service is served with: nothing inline, nothing from elsewhere but the calls it makes. */
	public String contentSecurityPolicy() {
		String connect = connectSources.stream().map(PageSettings::origin).reduce("'self'", (all, source) -> all + " " + source);
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src " + connect
				+ "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
	}

	/** {@code scheme://host:port} of a URL; any other source expression as it is. */
	private static String origin(String source) {
		return source.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]+)[/?#].*$", "$1");
	}

}
