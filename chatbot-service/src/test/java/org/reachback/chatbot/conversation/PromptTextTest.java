package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reachback.chatbot.queue.Agent;
import org.reachback.chatbot.queue.QueueOutlook;
import org.reachback.chatbot.request.RequestedTime;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;

import static org.assertj.core.api.Assertions.assertThat;

class PromptTextTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Wednesday 15 July 2026, 08:30 in London (British Summer Time). */
	private static final ZonedDateTime NOW = LocalDateTime.parse("2026-07-15T08:30").atZone(LONDON);

	private static final Agent MARIA = new Agent("maria", "Maria");

	private static final RequestedTime TOMORROW_AT_10 = RequestedTime.at(local("2026-07-16T10:00"));

	@Test
	void theWaitIsGivenInWholeMinutes() {
		assertThat(PromptText.of(HandoverReason.INTENT_NOT_HANDLED, new QueueOutlook(420, List.of())))
			.isEqualTo("I can't help with that here, but an agent can call you or join you here in this chat. About 7 "
					+ "minutes' wait right now.");
		assertThat(PromptText.waiting(75)).isEqualTo("About 1 minute's wait right now.");
		assertThat(PromptText.waiting(20)).isEqualTo("Less than a minute's wait right now.");
	}

	@Test
	void anUnknownWaitSaysNoAgentIsFree() {
		assertThat(PromptText.of(HandoverReason.LOW_CONFIDENCE, QueueOutlook.unknown()))
			.contains("No agent is free right now");
	}

	@Test
	void slotsAreMentionedOnlyWhenThereAreSome() {
		QueueOutlook withSlots = new QueueOutlook(600, List.of(Instant.parse("2030-01-07T10:00:00Z")));

		assertThat(PromptText.of(HandoverReason.HUMAN_REQUESTED, withSlots))
			.isEqualTo("Of course, an agent can call you or join you here in this chat. About 10 minutes' wait right now. "
					+ "Or pick a time that suits you.");
		assertThat(PromptText.of(HandoverReason.HUMAN_REQUESTED, new QueueOutlook(600, List.of())))
			.doesNotContain("pick a time");
	}


	@Test
	void everyPromptOffersACallOrAChatHere() {
		SlotOffer offer = new SlotOffer("billing", TOMORROW_AT_10, MARIA, slots("2026-07-16T10:00"), true);

		assertThat(HandoverReason.values()).allSatisfy(reason -> assertThat(PromptText.of(reason, QueueOutlook.unknown()))
			.contains("call you or join you here in this chat"));
		assertThat(PromptText.of(HandoverReason.BOT_FLOW_ESCALATION, QueueOutlook.unknown()))
			.startsWith("This needs one of our agents, who can call you or join you here in this chat. ");
		assertThat(PromptText.of(offer, 420, NOW)).endsWith(" It can be a call or a chat here, as you prefer.");
		assertThat(PromptText.afterSlotFull(slot("2026-07-16T09:00"), offer, null, NOW))
			.endsWith(" It can be a call or a chat here, as you prefer.");
		assertThat(PromptOffers.MEDIA).containsExactly(Media.VOICE, Media.CHAT);
	}

	@Test
	void aFreeRequestedTimeIsConfirmedWithTheAgentsName() {
		SlotOffer offer = new SlotOffer("billing", TOMORROW_AT_10, MARIA,
				slots("2026-07-16T10:00", "2026-07-16T09:30", "2026-07-16T10:30"), true);

		assertThat(offer.matches()).isTrue();
		assertThat(offer.suggested()).isEqualTo(slot("2026-07-16T10:00"));
		assertThat(offer.slots()).containsExactlyElementsOf(slots("2026-07-16T09:30", "2026-07-16T10:00", "2026-07-16T10:30"));
		assertThat(offer.preferredAgent()).isEqualTo("maria");
		assertThat(PromptText.of(offer, 420, NOW)).isEqualTo("Maria can call you tomorrow at 10:00. Or we can call you "
				+ "as soon as possible: about 7 minutes' wait right now. It can be a call or a chat here, as you prefer.");
	}

	@Test
	void aTakenRequestedTimeIsAnsweredWithTheThreeNearest() {
		SlotOffer offer = new SlotOffer("billing", TOMORROW_AT_10, MARIA,
				slots("2026-07-16T09:30", "2026-07-16T10:30", "2026-07-16T09:00", "2026-07-16T11:00"), true);

		assertThat(offer.matches()).isFalse();
		assertThat(PromptText.of(offer, null, NOW)).isEqualTo("Maria is not free then; the nearest times are tomorrow at "
				+ "09:00, 09:30 or 10:30. Or we can call you as soon as an agent is free. " + PromptText.EITHER_MEDIUM);
	}

	@Test
	void withoutAnAgentTheTeamIsOffered() {
		RequestedTime afternoon = new RequestedTime(local("2026-07-16T12:00"), local("2026-07-16T16:59:59"));
		SlotOffer inSpan = new SlotOffer("faq", afternoon, null, slots("2026-07-16T12:00"), false);
		SlotOffer later = new SlotOffer("faq", TOMORROW_AT_10, null, slots("2026-07-17T09:00", "2026-07-22T09:00"),
				false);

		assertThat(inSpan.preferredAgent()).isNull();
		assertThat(PromptText.of(inSpan, 30, NOW)).startsWith("An agent can call you tomorrow at 12:00. ")
			.endsWith("less than a minute's wait right now. " + PromptText.EITHER_MEDIUM);
		assertThat(PromptText.of(later, 30, NOW))
			.startsWith("No agent is free then; the nearest times are on Friday at 09:00 or on Wednesday 22 July at 09:00.");
	}

	@Test
	void anAgentWithoutFreeTimeIsSaidSoAndTheTeamOffered() {
		SlotOffer offer = new SlotOffer("faq", TOMORROW_AT_10, MARIA, slots("2026-07-16T10:00"), false);

		assertThat(offer.preferredAgent()).isNull();
		assertThat(PromptText.of(offer, 60, NOW))
			.startsWith("Maria has no free time in the coming days. An agent can call you tomorrow at 10:00.");
	}

	@Test
	void anAgentAskedForWithoutATimeGetsTheirNextFreeTime() {
		SlotOffer offer = new SlotOffer("billing", null, MARIA, slots("2026-07-15T14:00", "2026-07-15T14:30"), true);

		assertThat(offer.matches()).isFalse();
		assertThat(PromptText.of(offer, 60, NOW)).startsWith("Maria's next free time is today at 14:00.");
	}

	@Test
	void nothingFreeIsSaidPlainly() {
		SlotOffer offer = new SlotOffer("billing", TOMORROW_AT_10, null, List.of(), false);

		assertThat(offer.suggested()).isNull();
		assertThat(PromptText.of(offer, null, NOW))
			.isEqualTo("There is no free time to book right now. Or we can call you as soon as an agent is free. "
					+ PromptText.EITHER_MEDIUM);
	}

	@Test
	void aSlotThatFilledIsFollowedByTheNearestOthers() {
		Instant refused = slot("2026-07-16T10:00");
		SlotOffer hers = new SlotOffer("billing", RequestedTime.at(refused.atZone(LONDON)), MARIA,
				slots("2026-07-16T10:30", "2026-07-16T09:30"), true);
		SlotOffer team = new SlotOffer("billing", RequestedTime.at(refused.atZone(LONDON)), MARIA,
				slots("2026-07-16T10:30"), false);
		SlotOffer none = new SlotOffer("billing", RequestedTime.at(refused.atZone(LONDON)), null, List.of(), false);

		assertThat(PromptText.afterSlotFull(refused, hers, null, NOW)).isEqualTo("Sorry, someone booked tomorrow at 10:00 "
				+ "just before you. Maria's nearest free times are tomorrow at 09:30 or 10:30. Or we can call you as soon "
				+ "as an agent is free. " + PromptText.EITHER_MEDIUM);
		assertThat(PromptText.afterSlotFull(refused, team, null, NOW)).contains(
				"Maria has no other free time in the coming days. The nearest free times are tomorrow at 10:30.");
		assertThat(PromptText.afterSlotFull(refused, none, 120, NOW)).isEqualTo("Sorry, someone booked tomorrow at 10:00 "
				+ "just before you. There is no other free time right now. Or we can call you as soon as possible: "
				+ "about 2 minutes' wait right now. " + PromptText.EITHER_MEDIUM);
	}

	@Test
	void slotTimesAreTheCustomersLocalTimesNamedRelativeToToday() {
		assertThat(SlotWords.when(slot("2026-07-15T17:30"), NOW)).isEqualTo("today at 17:30");
		assertThat(SlotWords.when(slot("2026-07-21T09:00"), NOW)).isEqualTo("on Tuesday at 09:00");
		assertThat(SlotWords.when(slot("2026-07-22T09:00"), NOW)).isEqualTo("on Wednesday 22 July at 09:00");
		assertThat(SlotWords.when(Instant.parse("2026-07-15T16:30:00Z"), NOW.withZoneSameInstant(ZoneId.of("America/New_York"))))
			.isEqualTo("today at 12:30");
		assertThat(SlotWords.either(slots("2026-07-16T09:00", "2026-07-15T17:30", "2026-07-16T09:30"), NOW))
			.isEqualTo("today at 17:30, tomorrow at 09:00 or 09:30");
	}

	private static ZonedDateTime local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(LONDON);
	}

	private static Instant slot(String localDateTime) {
		return local(localDateTime).toInstant();
	}

	private static List<Instant> slots(String... localDateTimes) {
		return List.of(localDateTimes).stream().map(PromptTextTest::slot).toList();
	}

}
