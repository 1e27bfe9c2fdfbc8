package org.reachback.platform.web;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.reachback.events.agent.AgentState;
import org.reachback.events.privacy.SubjectKeys;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	@PostMapping("/test/counts")
	Count count(@Valid @RequestBody Count count) {
		return count;
	}

	@GetMapping("/test/things/{thing}")
	String thing(@PathVariable String thing) {
		return thing;
	}

	@PostMapping("/test/moments")
	Moment moment(@RequestBody Moment moment) {
		return moment;
	}

	@GetMapping("/test/blank")
	ResponseEntity<Void> blank() {
		return ResponseEntity.notFound().build();
	}

	@PostMapping("/test/outage")
	void outage() {
		throw new CannotGetJdbcConnectionException("the database is restarting (simulated)");
	}

	@PostMapping("/test/key-outage")
	void keyringOutage() {
		throw new SubjectKeys.KeysUnavailableException("the keyring's database is restarting (simulated)",
				new SQLException("Connection refused", "08001"));
	}

	record Command(@NotBlank String text, @NotNull AgentState state) {
	}

	record Count(int n, List<String> tags) {
	}

	record Moment(Instant at) {
	}

}
