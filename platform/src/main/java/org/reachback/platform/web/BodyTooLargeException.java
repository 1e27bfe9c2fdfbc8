package org.reachback.platform.web;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** A request body ran past the limit while it was being read (one sent without a Content-Length). */
final class BodyTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	BodyTooLargeException(DataSize limit) {
		super("The request body is larger than " + limit.toKilobytes() + " KB, the most this service accepts");
	}

}
