package se.webbgranskning.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the Maven project version), or "utvecklingsversion" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"webbgranskning " + (version == null ? "utvecklingsversion" : version)};
    }
}
