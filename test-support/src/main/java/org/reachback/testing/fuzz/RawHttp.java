package org.reachback.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, byte for byte, for the requests the JDK's client refuses to build: a
 * malformed percent escape in the target, a control character in a header.
 */
final class RawHttp {

	private static final int TIMEOUT_MILLIS = 10_000;

	/** The blank line that ends the headers, as four bytes. */
	private static final int CRLF_CRLF = 0x0D0A0D0A;

	private RawHttp() {
	}

	/** @param headOnly read the status line and headers only, as for an event stream that never ends */
	static Answer send(URI base, FuzzRequest request, boolean headOnly) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2_000);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			StringBuilder head = new StringBuilder().append(request.method()).append(' ').append(request.target())
				.append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
				.append("\r\nConnection: close\r\n");
			request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (request.body() != null) {
				head.append("Content-Length: ").append(request.body().length).append("\r\n");
			}
			head.append("\r\n");
			socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
			if (request.body() != null) {
				socket.getOutputStream().write(request.body());
			}
			socket.getOutputStream().flush();
			return read(socket.getInputStream(), headOnly);
		}
		catch (SocketTimeoutException ex) {
			return Answer.none("no answer within " + TIMEOUT_MILLIS / 1000 + " s");
		}
		catch (IOException ex) {
			return Answer.none(ex.toString());
		}
	}

	private static Answer read(InputStream in, boolean headOnly) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int lastFour = 0;
		for (int b = in.read(); b >= 0; b = in.read()) {
			head.write(b);
			lastFour = lastFour << 8 | b;
			if (lastFour == CRLF_CRLF) {
				break;
			}
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		String[] statusLine = lines[0].split(" ", 3);
		if (statusLine.length < 2 || !statusLine[1].matches("\\d{3}")) {
			return Answer.none("no HTTP answer: " + FuzzRequest.visible(lines[0], 100));
		}
		String contentType = "";
		boolean chunked = false;
		for (String line : lines) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-type:")) {
				contentType = line.substring(line.indexOf(':') + 1).trim();
			}
			chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
		}
		byte[] body = headOnly ? new byte[0] : in.readAllBytes();
		return new Answer(Integer.parseInt(statusLine[1]), contentType,
				new String(chunked ? dechunked(body) : body, StandardCharsets.UTF_8), null);
	}

	private static byte[] dechunked(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOfCrLf(chunked, at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int size = sizeLine.matches("[0-9a-fA-F]{1,7}") ? Integer.parseInt(sizeLine, 16) : 0;
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOfCrLf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
