package org.reachback.intent.privacy.web;

import java.net.URI;
import java.util.UUID;

import org.reachback.intent.privacy.Erasure;
import org.reachback.intent.privacy.ErasureCoordinator;
import org.reachback.intent.privacy.PrivacySettings;
import org.reachback.intent.privacy.web.ErasureBodies.EraseRequest;
import org.reachback.intent.privacy.web.ErasureBodies.ErasureStarted;
import org.reachback.intent.privacy.web.ErasureBodies.ErasureStatus;
import org.reachback.platform.phone.PhoneNumbers;
import org.reachback.platform.phone.PhoneNumbers.InvalidPhoneNumberException;
import org.reachback.platform.phone.PhoneNumbers.NumberNotCallableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Administrators erase one customer's personal data from every service, and follow the erasure. */
@RestController
@RequestMapping(ErasureController.PATH)
@Tag(name = "ErasureCoordinator (admin)", description = "Erasing a customer's personal data, by phone number or by chat")
@SecurityRequirement(name = "bearer")
class ErasureController {

	static final String PATH = "/api/admin/v1/erasures";

	private final ErasureCoordinator erasures;

	private final PrivacySettings settings;

	ErasureController(ErasureCoordinator erasures, PrivacySettings settings) {
		this.erasures = erasures;
		this.settings = settings;
	}

	@PostMapping
	@Operation(summary = "Erase a customer's personal data from every service",
			description = "By phone: every chat opened with the number or with a callback to it, across brands, and "
					+ "their callbacks. By chat: the chat and its callbacks. This service's rows are gone when it "
					+ "answers; the other services confirm theirs (GET the Location). Finding nothing is an erasure "
					+ "too: nothing is kept here, and the other services are asked all the same.")
	@ApiResponse(responseCode = "202", description = "Erased here; the other services follow",
			headers = @Header(name = "Location", description = "The erasure, to follow its confirmations"))
	@ApiResponse(responseCode = "400",
			description = "Neither or both of phone and chatId, a chatId that is not a UUID, or a phone that is not a valid number")
	@ApiResponse(responseCode = "401", description = "No access token, or it is invalid or expired")
	@ApiResponse(responseCode = "403", description = "The token is not an administrator's")
	@ApiResponse(responseCode = "404", description = "Nothing is kept about this chatId")
	ResponseEntity<ErasureStarted> erase(@Valid @RequestBody EraseRequest request) {
		if ((request.phone() == null) == (request.chatId() == null)) {
			throw InvalidErasureException.notOneTarget();
		}
		Erasure erasure = request.chatId() != null ? erasures.eraseChat(request.chatId())
				: erasures.eraseNumber(e164(request.phone()));
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create(PATH + "/" + erasure.erasureId()))
			.body(new ErasureStarted(erasure.erasureId(), erasure.chats(), erasure.callbacks()));
	}

	@GetMapping("/{erasureId}")
	@Operation(summary = "An erasure and the services that have confirmed it",
			description = "Complete once intent-service, chatbot-service, callback-service, interaction-manager and "
					+ "session-service have each confirmed that they deleted their rows.")
	@ApiResponse(responseCode = "200", description = "The erasure")
	@ApiResponse(responseCode = "401", description = "No access token, or it is invalid or expired")
	@ApiResponse(responseCode = "403", description = "The token is not an administrator's")
	@ApiResponse(responseCode = "404", description = "No erasure has this id")
	ErasureStatus erasure(@PathVariable UUID erasureId) {
		return ErasureStatus.of(erasures.find(erasureId).orElseThrow(() -> new ErasureNotFoundException(erasureId)));
	}

	/** The number as callbacks keep it, read as the platform reads a customer's (a customer's locale standing for the region here). */
	private String e164(String phone) {
		try {
			return PhoneNumbers.toE164(phone, settings.phoneLocale());
		}
		catch (NumberNotCallableException ex) {
			throw InvalidErasureException.neverCalled();
		}
		catch (InvalidPhoneNumberException ex) {
			throw InvalidErasureException.notANumber(settings.phoneRegion());
		}
	}

}
