package se.webbgranskning.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The checklist editions shipped inside the jar, listed in {@code checklists/editions.txt}. */
public final class BundledChecklists {

    private static final String DIRECTORY = "/checklists/";

    private BundledChecklists() {
    }

    /** Ids of the bundled editions, oldest first. Read once: the jar's resources never change while it runs. */
    public static List<String> ids() {
        return Ids.LIST;
    }

    /** Holder so that the list is read on first use, not when the class loads. */
    private static final class Ids {
        private static final List<String> LIST = readIds();
    }

    private static List<String> readIds() {
        try (InputStream in = resource("editions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte läsa listan över inbyggda checklistor", e);
        }
    }

    /** The bundled edition with this id, or empty if there is none. */
    public static Optional<Checklist> load(String id) {
        if (!ids().contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = resource(id + ".yaml")) {
            return Optional.of(ChecklistLoader.load(in, id + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte läsa den inbyggda checklistan " + id, e);
        } catch (ChecklistException e) {
            // A bundled edition is tested at build time; reaching this means a broken build.
            throw new IllegalStateException("Den inbyggda checklistan " + id + " är ogiltig:\n" + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledChecklists.class.getResourceAsStream(DIRECTORY + name);
        if (in == null) {
            throw new IOException("resursen " + DIRECTORY + name + " saknas");
        }
        return in;
    }
}
