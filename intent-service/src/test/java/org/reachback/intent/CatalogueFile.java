package org.reachback.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A brand catalogue outside the application, which a test rewrites while the service runs. */
final class CatalogueFile {

	private final Path path;

	private CatalogueFile(Path path) {
		this.path = path;
	}

	/** Writes {@code content} to a new file and has the service read it, checked every 300 ms. */
	static CatalogueFile served(DynamicPropertyRegistry registry, String content) throws IOException {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "brands");
		CatalogueFile file = new CatalogueFile(directory.resolve("brands.yml"));
		file.write(content);
		registry.add("reachback.brands.location", () -> file.path.toUri().toString());
		registry.add("reachback.brands.reload-interval", () -> "300ms");
		return file;
	}

	/** Written beside and moved in place, so that a check never reads half a file. */
	void write(String content) {
		try {
			Path next = Files.createTempFile(path.getParent(), "next", ".yml");
			Files.writeString(next, content);
			Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
