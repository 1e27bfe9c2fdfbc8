package org.reachback.intent.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI description's header, the chat token scheme the chat routes refer to, and the
 * identity provider's access tokens the administrators' routes take.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Reachback chat API", version = "v1",
		description = "For chat widgets: open a chat, send messages, follow replies and prompts as server-sent "
				+ "events, browse free slots, answer callback prompts, and follow, move or cancel the callback, "
				+ "with the chat token or the callback's signed link. For administrators: erase a customer's "
				+ "personal data from every service."))
@SecurityScheme(name = "chatToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "The token returned when the chat was opened")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
		description = "An administrator's access token from the identity provider")
class OpenApiConfiguration {

}
