package se.webbgranskning.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

/**
 * Hostile checklist uploads: each is refused with a Swedish message (naming the line where there is one), and
 * neither the stored editions, the audit log nor the files of the data directory change.
 */
class HostileUploadTest {

    @TempDir
    Path data;

    private TestApp app;
    private WebClient admin;

    @BeforeEach
    void start() throws IOException {
        app = TestApp.start(data);
        app.account("chef", Role.ADMIN);
        admin = app.loggedIn("chef");
        admin.get("/admin/checklistor");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private record Stored(List<Map<String, Object>> editions, List<Map<String, Object>> audit, List<Path> files) {
    }

    private Stored stored() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return app.services().jdbi().withHandle(handle -> new Stored(
                    handle.createQuery("SELECT * FROM checklist_edition ORDER BY checklist_id").mapToMap().list(),
                    handle.createQuery("SELECT * FROM audit_log ORDER BY audit_id").mapToMap().list(),
                    files.filter(p -> !p.getFileName().toString().startsWith("webbgranskning.")).sorted().toList()));
        }
    }

    private String refusal(String fileName, byte[] content) {
        HttpResponse<String> response = admin.postFile("/admin/checklistor", "fil", fileName, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return Jsoup.parse(response.body()).select(".error-message").text();
    }

    @Test
    void hostileFilesAreRefusedAndNothingStoredChanges() throws IOException {
        Stored before = stored();
        byte[] garbage = new byte[200_000];
        new Random(11).nextBytes(garbage);
        String bomb = "id: bomb-2026\na: &a [\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n";

        assertThat(refusal("skrap.yaml", garbage)).contains("skrap.yaml är ogiltig", "sparades inte");
        assertThat(refusal("bomb.yaml", bomb.getBytes(StandardCharsets.UTF_8)))
                .contains("rad 2: YAML-ankare och alias");
        assertThat(refusal("djup.yaml", ("id: x\ntitle: " + "[".repeat(2_000)).getBytes(StandardCharsets.UTF_8)))
                .contains("rad 2: mer än 16 nivåer");
        assertThat(refusal("ansi.yaml", "id: x-2026\ntitle: Hemtjänst\n".getBytes(Charset.forName("windows-1252"))))
                .contains("rad 2: tecken som inte är UTF-8");
        assertThat(refusal("stor.yaml", new byte[1_000_001])).contains("Filen är för stor");
        assertThat(refusal("../../../../tmp/wg-traversal.yaml", "id: [".getBytes(StandardCharsets.UTF_8)))
                .contains("../../../../tmp/wg-traversal.yaml är ogiltig");

        assertThat(stored()).isEqualTo(before);
        assertThat(Path.of("/tmp/wg-traversal.yaml")).doesNotExist();
    }
}
