package dev.groundwork.api.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = GroundworkCommand.class.getPackage().getImplementationVersion();
        return new String[] {"groundwork " + (v == null ? "development build" : v),
                "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"};
    }
}
