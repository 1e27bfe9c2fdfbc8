package org.reachback.interaction.queue.web;

import java.util.List;

import org.reachback.interaction.queue.QueueStatus;
import org.reachback.interaction.queue.QueueStatusRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/queues")
@Tag(name = "Queues", description = "Live status of the contact-centre queues")
class QueueStatusController {

	private final QueueStatusRepository statuses;

	QueueStatusController(QueueStatusRepository statuses) {
		this.statuses = statuses;
	}

	@GetMapping
	@Operation(summary = "Status of every queue: staffing, availability, waiting work and estimated wait",
			description = "Any signed-in user. The same rows as interaction.queue_status_view, plus answered and abandoned counts.")
	List<QueueStatus> all() {
		return statuses.findAll();
	}

}
