package dev.groundwork.api.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reports the build's version, which Maven writes from the pom into {@code groundwork-version.properties}
 * (a filtered resource, so it is there in the jar and on a test class path alike).
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    static final String RESOURCE = "/groundwork-version.properties";

    /** The pom's version, such as {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path; rebuild with ./mvnw package");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"groundwork " + version(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"};
    }
}
