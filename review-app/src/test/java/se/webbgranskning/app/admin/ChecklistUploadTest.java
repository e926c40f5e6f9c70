package se.webbgranskning.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

@Tag("database")
class ChecklistUploadTest {

    @TempDir
    static Path data;

    private static TestApp app;
    private static String bundled;

    @BeforeAll
    static void start() throws IOException {
        app = TestApp.start(data);
        app.account("chef", Role.ADMIN);
        try (InputStream in = ChecklistUploadTest.class.getResourceAsStream("/checklists/delindex1-2026.yaml")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aValidEditionIsStoredAndOfferedForNewRounds() {
        WebClient admin = app.loggedIn("chef");
        String edition = bundled.replace("id: delindex1-2026", "id: delindex1-2027");

        HttpResponse<String> response = admin.postFile("/admin/checklistor", "fil", "delindex1-2027.yaml",
                edition.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Checklistan delindex1-2027 (31 punkter) är uppladdad");
        Document list = Jsoup.parse(admin.get("/admin/checklistor").body());
        assertThat(list.select("tbody tr")).extracting(row -> row.child(0).text() + " " + row.child(3).text())
                .contains("delindex1-2026 Inbyggd", "delindex1-2027 Uppladdad");
        assertThat(app.services().audit().forSubject("checklista delindex1-2027")).hasSize(1);
    }

    @Test
    void anInvalidEditionIsRefusedWithEveryProblemByItem() {
        WebClient admin = app.loggedIn("chef");
        String broken = bundled.replace("id: delindex1-2026", "id: trasig-2027")
                .replaceFirst("(?m)^ *question: \"Beskriver webbplatsen[^\\n]*\\n", "")
                .replaceFirst("weight: 15", "weight: -3");

        HttpResponse<String> response = admin.postFile("/admin/checklistor", "fil", "trasig.yaml",
                broken.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst(".error-message p").text()).contains("trasig.yaml är ogiltig", "sparades inte");
        assertThat(page.select(".error-message li")).extracting(li -> li.text())
                .anySatisfy(line -> assertThat(line).startsWith("punkt A1").contains("question"))
                .anySatisfy(line -> assertThat(line).startsWith("område A").contains("weight"));
        assertThat(page.select("tbody tr")).extracting(row -> row.child(0).text()).doesNotContain("trasig-2027");
    }

    @Test
    void anEditionIdIsNeverReused() {
        HttpResponse<String> response = app.loggedIn("chef").postFile("/admin/checklistor", "fil", "igen.yaml",
                bundled.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Det finns redan en checklista med id delindex1-2026");
    }

    @Test
    void anUploadNeedsASessionOfAnAdmin() {
        app.account("granskare", Role.REVIEWER);

        assertThat(app.anonymous().postFile("/admin/checklistor", "fil", "x.yaml", new byte[] {1}).statusCode())
                .isEqualTo(401);
        assertThat(app.loggedIn("granskare").postFile("/admin/checklistor", "fil", "x.yaml", new byte[] {1})
                .statusCode()).isEqualTo(403);
    }
}
