package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.fuzz.ApiFuzzer;
import org.reachback.testing.fuzz.Credentials;
import org.reachback.testing.fuzz.FuzzReport;
import org.reachback.testing.fuzz.FuzzSettings;
import org.reachback.testing.fuzz.KnownValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * Issue 10: every operation intent-service's specification lists, called with valid, boundary and
 * hostile values ({@code -Dreachback.fuzz.cases}, default 3000, from {@code -Dreachback.fuzz.seed}),
 * answers only what the specification documents, and never a server error. Two real chats, a
 * callback with its signed link and an open prompt give the fuzzer ids that reach past the 404s.
 */
@ServiceIntegrationTest
class ApiFuzzTest extends ChatApiSupport {

	private static final int CASES = 3000;

	/**
	 * The run with an administrator's token: every operation is drawn, so about one case in ten
	 * reaches the erasure API; the others are chat routes refusing a token that is not a chat's.
	 */
	private static final int ADMIN_CASES = 1200;

	/**
	 * Ofcom's drama numbers in Manchester, which no other test uses: a callback the fuzzer happens to
	 * request must not count against another test's number (one open callback per number).
	 */
	private static final String[] PHONES = { "+44 161 496 0701", "+44 161 496 0702", "+441614960703" };

	/** Numbers of the administrator's run, which erases them: no chat of another test has them. */
	private static final String[] ERASED_PHONES = { "+44 161 496 0711", "0161 496 0712" };

	@Test
	void theSpecificationDocumentsEveryErrorAsAProblemAndHidesTheErrorPage() {
		assertThat(ApiFuzzer.against(http).specification().documentationGaps()).isEmpty();
	}

	@Test
	void everyOperationAnswersOnlyWhatItsSpecificationDocuments() {
		OpenChat chat = startChat("acme", "I was charged twice", Map.of("name", "Ada", "phone", PHONES[0], "timeZone",
				"Europe/London", "locale", "en-GB"));
		OpenChat other = startChat("acme", "where is my order", null);
		UUID callbackId = scheduledCallback(chat);
		String linkToken = linkToken(chat, callbackId);
		Instant slot = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(3));
		UUID promptId = UUID.randomUUID();
		publish(Topics.BOT, ChatEventsIntegrationTest.offer(chat.id(), promptId, slot, slot.plus(Duration.ofHours(1))));
		awaitTranscriptWith(chat, "prompt");
		Map<String, String> tokens = new HashMap<>(Map.of(chat.id().toString(), chat.token(), other.id().toString(),
				other.token(), callbackId.toString(), chat.token()));
		FuzzSettings settings = FuzzSettings.fromSystemProperties(CASES);

		FuzzReport report = ApiFuzzer.against(http)
			.credentials(chatTokens(tokens, chat.token()).sometimesWrong())
			.known(KnownValues.none()
				.with("chatId", chat.id().toString(), other.id().toString())
				.with("callbackId", callbackId.toString())
				.with("promptId", promptId.toString())
				.with("linkToken", linkToken)
				.with("brand", "acme")
				.with("timeZone", "Europe/London", "America/New_York", "UTC", "+05:30")
				.with("locale", "en-GB", "fr-FR", "de")
				.with("slot", slot.toString(), slot.plus(Duration.ofHours(1)).toString(), "2030-03-07T10:00:00Z")
				.with("preferredAgent", "maria", "li")
				.with("agent", "maria", "li")
				.only("phone", PHONES))
			.run(settings);

		report.assertNoViolations();
		report.assertSomeSucceeded("answer that reached a chat, a callback or a link");
	}

	/**
	 * The erasure API, as an administrator calls it: it erases a chat of its own and numbers of its
	 * own, and reads an erasure it made, so that no other test's data is erased.
	 */
	@Test
	void theErasureApiAnswersAnAdministratorOnlyWhatItsSpecificationDocuments() {
		String admin = TestHttp.demoUser("admin");
		OpenChat chat = startChat("acme", "please forget me", Map.of("name", "Ada", "phone", ERASED_PHONES[0],
				"timeZone", "Europe/London", "locale", "en-GB"));
		String erasureId = http.post("/api/admin/v1/erasures", admin, Map.of("phone", ERASED_PHONES[1]))
			.expect(202)
			.get("erasureId")
			.asString();

		FuzzReport report = ApiFuzzer.against(http)
			.credentials(Credentials.always(admin).sometimesWrong())
			.known(KnownValues.none()
				.with("chatId", chat.id().toString())
				.with("erasureId", erasureId)
				.with("brand", "acme")
				.with("timeZone", "Europe/London", "UTC")
				.with("locale", "en-GB", "fr-FR")
				.only("phone", ERASED_PHONES))
			.run(FuzzSettings.fromSystemProperties(ADMIN_CASES));

		report.assertNoViolations();
		report.assertSomeSucceeded("erasure or an erasure read");
	}

	/**
	 * The token of the chat a request's path names (by its chat or its callback), another chat's for
	 * ids no chat has, and none for the operations that need none (opening a chat, a signed link).
	 */
	private static Credentials chatTokens(Map<String, String> tokens, String otherwise) {
		return (operation, pathValues, random) -> {
			if (operation.security().isEmpty()) {
				return null;
			}
			Collection<String> ids = pathValues.values();
			return bearer(ids.stream().map(tokens::get).filter(Objects::nonNull).findFirst().orElse(otherwise));
		};
	}

	private UUID scheduledCallback(OpenChat chat) {
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(), "billing",
				PHONES[0].replace(" ", ""), Instant.parse("2030-03-07T10:00:00Z"), false, null));
		return callbackId;
	}

	/** The token of the callback's signed link, as its manage URL names it once the callback is known. */
	private String linkToken(OpenChat chat, UUID callbackId) {
		String manageUrl = await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())), response -> response.status() == 200)
			.body()
			.get("manageUrl")
			.asString();
		return manageUrl.substring(manageUrl.lastIndexOf('/') + 1);
	}

}
