package org.reachback.platform.messaging;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.reachback.events.EventTypes;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.ReflectionUtils;

/**
 * Which event types this service's listeners handle, per topic, read from their
 * {@code @KafkaHandler} methods once every bean exists (before the listener containers start). A
 * topic carries events for several services, and a record of a type its listener has no handler
 * for would go to the listener's default handler to be ignored: {@link EventMessageConverter} asks
 * here first and does not decode it, which spares reading the subject's key and unsealing
 * personal data only to throw it away (the profile showed callback-service spending about a third
 * of its time so on the chat and bot topics). A topic whose listener has no default handler is
 * decoded whole, as before, so that what it cannot read still goes to its dead-letter topic.
 */
public class ListenedTypes implements SmartInitializingSingleton {

	private final ApplicationContext context;

	/** By topic; absent while the context starts, and for topics whose listener must see everything. */
	private volatile Map<String, Set<Class<?>>> handledByTopic = Map.of();

	public ListenedTypes(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Set<Class<?>>> handled = new HashMap<>();
		Set<String> everything = new HashSet<>();
		for (Object listener : context.getBeansWithAnnotation(KafkaListener.class).values()) {
			Class<?> type = AopUtils.getTargetClass(listener);
			KafkaListener annotation = AnnotatedElementUtils.findMergedAnnotation(type, KafkaListener.class);
			if (annotation == null) {
				continue;
			}
			Set<Class<?>> handles = new HashSet<>();
			boolean hasDefault = false;
			for (Method method : ReflectionUtils.getAllDeclaredMethods(type)) {
				KafkaHandler handler = method.getAnnotation(KafkaHandler.class);
				if (handler != null && method.getParameterCount() > 0) {
					hasDefault |= handler.isDefault();
					if (!handler.isDefault()) {
						handles.add(method.getParameterTypes()[0]);
					}
				}
			}
			for (String topic : annotation.topics()) {
				if (hasDefault) {
					handled.computeIfAbsent(topic, t -> new HashSet<>()).addAll(handles);
				}
				else {
					everything.add(topic);
				}
			}
		}
		everything.forEach(handled::remove);
		handledByTopic = Map.copyOf(handled);
	}

	/** Whether a record of {@code type} on {@code topic} is for one of this service's handlers (or may be). */
	public boolean wants(String topic, String type) {
		Set<Class<?>> handled = handledByTopic.get(topic);
		if (handled == null || type == null) {
			return true;
		}
		return EventTypes.typeNamed(type)
			.map(event -> handled.stream().anyMatch(parameter -> parameter.isAssignableFrom(event)))
			.orElse(true);
	}

}
