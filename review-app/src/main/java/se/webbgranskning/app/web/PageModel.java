package se.webbgranskning.app.web;

import java.util.List;
import java.util.Optional;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.Sessions.Session;

/** What the layout of every page needs: the title, who is signed in, their CSRF token and their menu. */
public record PageModel(String title, Session session, List<NavLink> nav) {

    /** A menu entry; {@code current} marks the page being shown (aria-current). */
    public record NavLink(String href, String label, boolean current) {
    }

    public Optional<Session> signedIn() {
        return Optional.ofNullable(session);
    }

    public String csrfToken() {
        return session == null ? "" : session.csrfToken();
    }

    /** The page model for a request: the menu follows the signed-in account's role. */
    public static PageModel of(String title, Session session, String currentPath) {
        return new PageModel(title, session, session == null ? List.of() : menu(session.user().role(), currentPath));
    }

    private static List<NavLink> menu(Role role, String currentPath) {
        List<String[]> entries = switch (role) {
            case ADMIN -> List.of(new String[] {"/admin", "Översikt"},
                    new String[] {"/admin/genomsokningar", "Genomsökningar"},
                    new String[] {"/admin/checklistor", "Checklistor"},
                    new String[] {"/admin/konton", "Konton"});
            case REVIEWER -> List.<String[]>of(new String[] {"/mina-kommuner", "Mina kommuner"});
            case MUNICIPALITY -> List.of(new String[] {"/kommun", "Vår kommun"},
                    new String[] {"/kommun/forhandsgranska", "Förhandsgranska"});
        };
        return entries.stream()
                .map(entry -> new NavLink(entry[0], entry[1], entry[0].equals(currentPath)))
                .toList();
    }
}
