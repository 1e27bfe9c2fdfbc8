package org.reachback.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Whole request bodies a broken or hostile client sends, and Content-Types that do not say JSON. */
final class HostileBodies {

	/** Content-Types for a JSON body; null means no Content-Type header at all. */
	static final List<String> CONTENT_TYPES = Arrays.asList("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=UTF-16",
			"application/json;charset=ISO-8859-1", "application/vnd.unknown+json", "application/problem+json", "*/*",
			"application", "text/html; charset=\"\"", "application/json; charset=nonsense", null);

	private static final List<String> MALFORMED = List.of("", "{", "}", "{\"", "{\"a\":}", "{\"a\" 1}", "[1,2,",
			"{,}", "nul", "NaN", "{'a':1}", "{\"a\":1}}", "\"just text\"", "null", "42", "[]", "/* comment */ {}",
			"{\"a\":\"\\x\"}", "{\"a\":\"\u0001\"}", "{\"a\":\"\\ud800\"}", "[".repeat(5000), "{\"a\":".repeat(3000),
			" ".repeat(Hostile.LONG) + "{}", "{\"a\":\"" + "x".repeat(Hostile.LONG) + "\"}");

	private HostileBodies() {
	}

	/** A malformed document, or {@code valid} broken: truncated, wrapped, padded, with a BOM or invalid UTF-8 in it. */
	static byte[] document(String valid, Draw draw) {
		return switch (draw.between(0, 9)) {
			case 0 -> valid.substring(0, draw.between(0, Math.max(0, valid.length() - 1))).getBytes(StandardCharsets.UTF_8);
			case 1 -> ("[" + valid + "]").getBytes(StandardCharsets.UTF_8);
			case 2 -> (valid + draw.pick(List.of("}", "garbage", ",", "{}", "\u0000"))).getBytes(StandardCharsets.UTF_8);
			case 3 -> ("\ufeff" + valid).getBytes(StandardCharsets.UTF_8);
			case 4 -> withInvalidUtf8(valid, draw);
			case 5 -> (valid + " ".repeat(Hostile.LONG * 2)).getBytes(StandardCharsets.UTF_8);
			default -> draw.pick(MALFORMED).getBytes(StandardCharsets.UTF_8);
		};
	}

	/** {@code valid} with bytes that are no UTF-8 (a lone continuation, an overlong slash, 0xFF) after its first quote. */
	private static byte[] withInvalidUtf8(String valid, Draw draw) {
		byte[] text = valid.getBytes(StandardCharsets.UTF_8);
		int at = Math.max(0, valid.indexOf('"') + 1);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(text, 0, at);
		body.writeBytes(draw.pick(List.of(new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF },
				new byte[] { (byte) 0xFF, (byte) 0xFE }, new byte[] { (byte) 0xC3, (byte) 0x28 },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })));
		body.write(text, at, text.length - at);
		return body.toByteArray();
	}

}
