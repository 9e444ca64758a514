package dev.groundwork.query.predictedlinks;

import dev.groundwork.graph.NotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Which model file a written edge came from: its absolute path and the SHA-256 of its bytes (its version). */
record ModelIdentity(Path file, String sha256) {

    static ModelIdentity of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(absolute), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return new ModelIdentity(absolute, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new NotFoundException("cannot read model file " + absolute + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
