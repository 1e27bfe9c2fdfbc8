package org.reachback.intent.prompt;

import java.util.Arrays;

import org.reachback.events.CallbackOption;

/** The answers to a callback prompt, under the names the widget sends and shows. */
public enum PromptOption {

	CALLBACK_ASAP("callback-asap", CallbackOption.CALLBACK_ASAP),
	CALLBACK_SCHEDULED("callback-scheduled", CallbackOption.CALLBACK_SCHEDULED),
	KEEP_CHATTING("keep-chatting", CallbackOption.KEEP_CHATTING);

	public static final String PATTERN = "callback-asap|callback-scheduled|keep-chatting";

	private final String apiName;

	private final CallbackOption option;

	PromptOption(String apiName, CallbackOption option) {
		this.apiName = apiName;
		this.option = option;
	}

	public String apiName() {
		return apiName;
	}

	CallbackOption option() {
		return option;
	}

	public static PromptOption of(CallbackOption option) {
		return Arrays.stream(values()).filter(o -> o.option == option).findFirst().orElseThrow();
	}

	public static PromptOption named(String apiName) {
		return Arrays.stream(values())
			.filter(o -> o.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown option " + apiName));
	}

}
