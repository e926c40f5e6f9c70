package se.webbgranskning.app.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.ChecklistException;
import se.webbgranskning.checklist.ChecklistProblem;

/** The checklist editions, and uploading a new one: validated, with every problem shown by item and field. */
public final class ChecklistRoutes implements RouteGroup {

    /** An edition as listed. */
    public record Edition(String id, String title, int items, boolean bundled) {
    }

    private static final int MAX_BYTES = se.webbgranskning.checklist.ChecklistLoader.MAX_BYTES;

    private final ChecklistEditions editions;
    private final Templates templates;

    public ChecklistRoutes(ChecklistEditions editions, Templates templates) {
        this.editions = editions;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/checklistor", ctx -> show(ctx, "", List.of()), Role.ADMIN);
        routes.post("/admin/checklistor", this::upload, Role.ADMIN);
    }

    private void upload(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("fil");
        if (file == null || file.size() == 0) {
            fail(ctx, "Välj en YAML-fil med checklistan att ladda upp.", List.of());
            return;
        }
        if (file.size() > MAX_BYTES) {
            fail(ctx, "Filen är för stor (" + file.size() / 1024 + " kB); en checklista är högst 1 000 kB.", List.of());
            return;
        }
        byte[] yaml;
        try (InputStream in = file.content()) {
            yaml = in.readAllBytes();
        }
        try {
            Checklist checklist = editions.upload(WebSecurity.requireSession(ctx).user().username(), file.filename(),
                    yaml);
            show(ctx, "Checklistan " + checklist.id() + " (" + checklist.items().size() + " punkter) är uppladdad"
                    + " och kan väljas för nya granskningsomgångar.", List.of());
        } catch (ChecklistException e) {
            fail(ctx, "Checklistan " + file.filename() + " är ogiltig (" + e.problems().size() + " fel) och sparades"
                    + " inte:", e.problems());
        } catch (UserError e) {
            fail(ctx, e.getMessage(), List.of());
        }
    }

    private void fail(Context ctx, String message, List<ChecklistProblem> problems) {
        ctx.status(HttpStatus.BAD_REQUEST);
        show(ctx, message, problems);
    }

    private void show(Context ctx, String message, List<ChecklistProblem> problems) {
        List<Edition> list = editions.ids().stream().map(id -> {
            Checklist checklist = editions.require(id);
            return new Edition(id, checklist.title(), checklist.items().size(), editions.bundled(id));
        }).toList();
        templates.render(ctx, "admin/checklists.jte", Map.of(
                "page", PageModel.of("Checklistor", WebSecurity.requireSession(ctx), "/admin/checklistor"),
                "editions", list,
                "message", message,
                "failed", ctx.status() == HttpStatus.BAD_REQUEST,
                "problems", problems));
    }
}
