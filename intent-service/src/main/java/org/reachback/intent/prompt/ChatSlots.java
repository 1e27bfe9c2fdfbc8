package org.reachback.intent.prompt;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Customer;
import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatNotFoundException;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.availability.Availability;
import org.reachback.intent.availability.AvailableSlot;
import org.reachback.intent.callback.CallbackView;
import org.reachback.intent.callback.CustomerCallbacks;
import org.reachback.intent.chat.Chat;
import org.reachback.intent.chat.ChatRepository;
import org.reachback.platform.phone.CallingWindow;
import org.reachback.platform.phone.CallingWindowRules;
import org.reachback.platform.phone.PhoneNumbers;
import org.reachback.platform.phone.PhoneNumbers.InvalidPhoneNumberException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * The free slots a customer may browse beyond the few their prompt shows: those of the queue of the
 * chat's latest callback prompt (or of one agent in it) that start inside the customer's calling
 * window, in the customer's time zone. Any of them may be chosen in the prompt's answer.
 * <p>
 * The window is the one of the number the chat was opened with (in the customer's zone if they gave
 * one, else in every zone of the number's country), or of the customer's zone alone when they gave
 * no number; without either, slots are not filtered, and booking checks the number given then.
 * <p>
 * The same slots are offered to move a booked callback to, through its signed link: those of the
 * callback's queue, in the window of the chat it was asked in.
 */
@Service
public class ChatSlots {

	/** How far ahead a customer may browse, in days. */
	public static final int MAX_DAYS = 14;

	private static final ZoneId UNKNOWN_ZONE = ZoneId.of("UTC");

	private final ChatAccess access;

	private final ChatRepository chats;

	private final PromptRepository prompts;

	private final CustomerCallbacks callbacks;

	private final Availability availability;

	private final CallingWindowRules windows;

	private final Clock clock;

	ChatSlots(ChatAccess access, ChatRepository chats, PromptRepository prompts, CustomerCallbacks callbacks,
			Availability availability, CallingWindowRules windows, Clock clock) {
		this.access = access;
		this.chats = chats;
		this.prompts = prompts;
		this.callbacks = callbacks;
		this.availability = availability;
		this.windows = windows;
		this.clock = clock;
	}

	/**
	 * @param days how far ahead, 1 to {@link #MAX_DAYS}
	 * @param agent an agent id for that agent's own slots, or {@code null}
	 * @throws ErrorResponseException 409 while no callback was offered in the chat
	 */
	public Slots of(UUID chatId, ChatToken token, int days, String agent) {
		access.require(chatId, token);
		return free(chatId, prompts.latestQueue(chatId).orElseThrow(ChatSlots::noPrompt), days, agent);
	}

	/**
	 * The free slots the callback a signed link opens may be moved to: of the callback's queue (of the
	 * chat's latest prompt while callback-service has not named it yet).
	 *
	 * @throws org.springframework.web.ErrorResponseException 404 for a link that opens nothing
	 */
	public Slots ofLink(String linkToken, int days, String agent) {
		CallbackView callback = callbacks.read(linkToken);
		String queue = callback.queue() != null ? callback.queue()
				: prompts.latestQueue(callback.chatId()).orElseThrow(ChatSlots::noPrompt);
		return free(callback.chatId(), queue, days, agent);
	}

	private Slots free(UUID chatId, String queue, int days, String agent) {
		Chat chat = chats.find(chatId).orElseThrow(() -> new ChatNotFoundException(chatId));
		Optional<CallingWindow> window = callingWindow(chat);
		List<AvailableSlot> free = availability.slots(queue, agent, clock.instant().plus(Duration.ofDays(days)))
			.stream()
			.filter(slot -> window.map(callable -> callable.allows(slot.start())).orElse(true))
			.toList();
		return new Slots(zone(chat), queue, window.orElse(null), free);
	}

	private Optional<CallingWindow> callingWindow(Chat chat) {
		Customer customer = chat.customer();
		try {
			if (customer.phone() != null && !customer.phone().isBlank()) {
				return Optional.of(windows.windowFor(PhoneNumbers.toE164(customer.phone(), customer.locale()),
						customer.timeZone()));
			}
		}
		catch (InvalidPhoneNumberException ex) {
			// a number that cannot be called tells nothing about when; the zone still may
		}
		if (customer.timeZone() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(CallingWindow.of(windows.defaultHours(), ZoneId.of(customer.timeZone())));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static ZoneId zone(Chat chat) {
		try {
			String timeZone = chat.customer().timeZone();
			return timeZone == null ? UNKNOWN_ZONE : ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			return UNKNOWN_ZONE;
		}
	}

	private static ErrorResponseException noPrompt() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"No callback was offered in this chat yet, so there are no slots to choose from");
		problem.setTitle("No callback offered");
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	/**
	 * @param timeZone the customer's, UTC when they gave none
	 * @param window the calling window the slots were chosen by, {@code null} when unknown
	 */
	public record Slots(ZoneId timeZone, String queue, CallingWindow window, List<AvailableSlot> slots) {
	}

}
