package org.reachback.intent.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description's header and the chat token scheme the chat routes refer to. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Reachback chat API", version = "v1",
		description = "For chat widgets: open a chat, send messages, follow replies and prompts as server-sent "
				+ "events, browse free slots, answer callback prompts, and follow, move or cancel the callback, "
				+ "with the chat token or the callback's signed link."))
@SecurityScheme(name = "chatToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "The token returned when the chat was opened")
class OpenApiConfiguration {

}
