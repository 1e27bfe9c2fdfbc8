package org.reachback.intent.callback;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Signs callback links as the service under test would, for links a test cannot get from it (expired ones). */
public final class TestLinks {

	private TestLinks() {
	}

	/** The token of a link signed with {@code settings}' secret that expired a minute ago. */
	public static String expiredToken(LinkSettings settings, UUID callbackId, UUID chatId) {
		Instant issued = Instant.now().minus(settings.validFor()).minusSeconds(60);
		URI url = new CallbackLinks(settings, Clock.fixed(issued, ZoneOffset.UTC)).issue(callbackId, chatId);
		String path = url.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
