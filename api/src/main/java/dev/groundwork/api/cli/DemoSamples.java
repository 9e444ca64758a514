package dev.groundwork.api.cli;

import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.schema.ClasspathDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The demo's sample data, shipped in the jar under {@code demo/} (see {@code demo/README.md} there
 * for sources and licences): a few hundred Hadoop tickets, the World Cups 2010-2022 and a slice of
 * CN-100K. The ingestors read files, so {@link #extract} copies the samples into the data directory;
 * {@link #hash} tells whether the samples changed since a demo directory was made. Stateless and
 * thread-safe.
 */
final class DemoSamples {
    /** The sample sets: the folder under {@code demo/} and the file suffixes it holds. */
    enum Set {
        TICKETS("tickets", "300 Apache Hadoop tickets with their duplicate links, embedding every section"),
        WORLDCUP("worldcup", "the men's and women's World Cups 2010-2022"),
        COMMONSENSE("commonsense", "10,389 CN-100K triples around everyday concepts");

        final String folder;
        final String description;

        Set(String folder, String description) {
            this.folder = folder;
            this.description = description;
        }

        List<ClasspathDirectory.Entry> files() {
            List<ClasspathDirectory.Entry> files = new ArrayList<>();
            for (String suffix : List.of(".csv", ".txt", ".md")) {
                files.addAll(ClasspathDirectory.list("demo/" + folder, suffix));
            }
            if (files.isEmpty()) {
                throw new UnavailableException("the demo samples demo/" + folder + " are not on the classpath;"
                        + " rebuild the jar with ./mvnw -pl api -am package");
            }
            return files;
        }
    }

    private DemoSamples() {}

    /** SHA-256 over every sample file's set, name and bytes: equal hashes mean the same samples. */
    static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Set set : Set.values()) {
                for (ClasspathDirectory.Entry e : set.files()) {
                    digest.update((set.folder + "/" + e.name() + "\n").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = e.url().openStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UnavailableException("cannot read the demo samples: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Copies the set's files into {@code directory/<folder>} and returns that folder. */
    static Path extract(Set set, Path directory) {
        Path target = directory.resolve(set.folder);
        try {
            Files.createDirectories(target);
            for (ClasspathDirectory.Entry e : set.files()) {
                try (InputStream in = e.url().openStream()) {
                    Files.copy(in, target.resolve(e.name()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UnavailableException("cannot copy the demo samples to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }
}
