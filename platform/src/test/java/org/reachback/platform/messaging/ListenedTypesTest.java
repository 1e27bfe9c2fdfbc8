package org.reachback.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CustomerMessaged;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * What {@link ListenedTypes} reads from a service's listeners: two as services write them, in a
 * context of their own (no broker: the listeners are only read, never started).
 */
class ListenedTypesTest {

	@KafkaListener(topics = Topics.CHAT)
	static class CancellationsOnly {

		@KafkaHandler
		void on(CallbackCancellationRequested event) {
		}

		@KafkaHandler(isDefault = true)
		void ignore(Object other) {
		}

	}

	/** No default handler: whatever comes on its topic must be read, and what cannot be, dead-lettered. */
	@KafkaListener(topics = Topics.BOT)
	static class EverythingOnItsTopic {

		@KafkaHandler
		void on(BotReplied event) {
		}

	}

	@Test
	void onlyTheTypesAListenerWithADefaultHandlerHandlesAreDecoded() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(CancellationsOnly.class);
			context.registerBean(EverythingOnItsTopic.class);
			context.registerBean(ListenedTypes.class);
			context.refresh();
			ListenedTypes listened = context.getBean(ListenedTypes.class);

			assertThat(listened.wants(Topics.CHAT, "CallbackCancellationRequested")).isTrue();
			assertThat(listened.wants(Topics.CHAT, "CustomerMessaged")).as(CustomerMessaged.class.getSimpleName()).isFalse();
			assertThat(listened.wants(Topics.CHAT, "SomethingNewer")).as("a type this version does not know").isTrue();
			assertThat(listened.wants(Topics.BOT, "CustomerMessaged")).as("a topic with no default handler").isTrue();
			assertThat(listened.wants(Topics.SESSION, "CustomerMessaged")).as("a topic nobody listens to").isTrue();
		}
	}

}
