package org.reachback.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.reachback.events.agent.AgentState;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A command with a required text and a value from a fixed set, as the services' APIs take. */
@RestController
class ProblemsTestController {

	@PostMapping("/test/commands")
	Command accept(@Valid @RequestBody Command command) {
		return command;
	}

	@PostMapping("/test/outage")
	void outage() {
		throw new CannotGetJdbcConnectionException("the database is restarting (simulated)");
	}

	record Command(@NotBlank String text, @NotNull AgentState state) {
	}

}
