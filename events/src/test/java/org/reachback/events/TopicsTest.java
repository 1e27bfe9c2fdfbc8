package org.reachback.events;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.queue.InteractionQueued;
import org.reachback.events.session.SessionFailed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicsTest {

	static Stream<Class<? extends DomainEvent>> eventTypes() {
		return EventTypes.all().values().stream();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void everyRegisteredTypeTravelsOnADeclaredTopic(Class<? extends DomainEvent> type) {
		assertThat(Topics.ALL).contains(Topics.of(type));
	}

	@Test
	void everyTopicCarriesSomeRegisteredType() {
		Set<String> used = eventTypes().map(Topics::of).collect(Collectors.toSet());

		assertThat(used).containsExactlyInAnyOrderElementsOf(Topics.ALL);
	}

	@Test
	void eachAggregateHasItsOwnTopic() {
		assertThat(Map.of(
				ChatStarted.class, Topics.CHAT,
				CallbackOffered.class, Topics.BOT,
				CallbackDue.class, Topics.CALLBACK,
				AgentStateChanged.class, Topics.AGENT,
				InteractionQueued.class, Topics.QUEUE,
				AgentAssigned.class, Topics.ASSIGNMENT,
				SessionFailed.class, Topics.SESSION))
			.allSatisfy((type, topic) -> assertThat(Topics.of(type)).as(type.getSimpleName()).isEqualTo(topic));
	}

	@Test
	void aTypeOfNoAggregateHasNoTopic() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.of(Stray.class))
			.withMessageContaining("Stray");
	}

	@Test
	void deadLettersAreNamedAfterTopicAndConsumerGroup() {
		assertThat(Topics.deadLetter(Topics.BOT, "callback-service")).isEqualTo("reachback.bot.callback-service-dlt");
	}

	record Stray(UUID eventId, Instant occurredAt, String aggregateId) implements DomainEvent {
	}

}
