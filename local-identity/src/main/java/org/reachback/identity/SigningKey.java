package org.reachback.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The issuer's RSA signing key, kept as a JWK with its private part in a file of the local run's
 * data, so that tokens issued before a restart still verify after it and the {@code kid} stays the
 * same.
 */
final class SigningKey {

	static final String FILE_NAME = "issuer-key.json";

	private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	private SigningKey() {
	}

	/** The key in {@code directory}, or a new RSA 2048 key written there on first start. */
	static RSAKey loadOrCreate(Path directory) {
		Path file = directory.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			Files.createDirectories(directory);
			RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
			write(file, key.toJSONString());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the issuer's signing key in " + directory, ex);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate the issuer's signing key", ex);
		}
	}

	private static RSAKey read(Path file) throws IOException {
		try {
			RSAKey key = RSAKey.parse(Files.readString(file));
			if (!key.isPrivate()) {
				throw new IllegalStateException(file + " holds no private key");
			}
			return key;
		}
		catch (ParseException ex) {
			throw new IllegalStateException(file + " is not an RSA JWK", ex);
		}
	}

	/** Written whole or not at all, readable by its owner only where the file system has owners. */
	private static void write(Path file, String json) throws IOException {
		Path directory = file.getParent();
		boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
		FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] { OWNER_ONLY } : new FileAttribute<?>[0];
		Path temporary = Files.createTempFile(directory, FILE_NAME, ".tmp", ownerOnly);
		try {
			Files.writeString(temporary, json);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
