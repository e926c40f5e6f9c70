package se.webbgranskning.app.config;

/** Where a configuration value came from, as the effective configuration shows it. */
public enum ConfigSource {
    OPTION("kommandoraden"),
    ENVIRONMENT("miljövariabel"),
    FILE("konfigurationsfilen"),
    DEFAULT("standard");

    private final String label;

    ConfigSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
