package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.stereotype.Component;

/**
 * Lets an intent's answer be written as plain text in configuration: the text becomes a single
 * answer step. Without it the binder would split the text at every comma into several steps.
 */
@Component
@ConfigurationPropertiesBinding
class TextAnswerConverter implements ConditionalGenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, List.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		TypeDescriptor element = targetType.getElementTypeDescriptor();
		return element != null && Step.class.equals(element.getType());
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		return source == null ? null : List.of(Step.answer(source.toString()));
	}

}
