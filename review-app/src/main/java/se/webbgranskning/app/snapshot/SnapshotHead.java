package se.webbgranskning.app.snapshot;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Gives the snapshot the head elements we rely on, replacing the page's own versions of them. */
final class SnapshotHead {

    /** Greyed out with a dotted underline; #767676 still has 4.5:1 contrast on white. */
    private static final String NOT_ARCHIVED_STYLE = "a." + ArchiveLinks.NOT_ARCHIVED_CLASS + ", area."
            + ArchiveLinks.NOT_ARCHIVED_CLASS + " { color: #767676 !important; text-decoration: underline dotted"
            + " !important; cursor: not-allowed !important; }";

    private SnapshotHead() {
    }

    static void complete(Document doc) {
        // The page's own charset declaration named the bytes we no longer serve, and its referrer policy could
        // be laxer than ours; both are replaced
        doc.select("meta[charset], meta[name=referrer]").remove();
        Element head = doc.head();
        head.prependElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        // First in head, as browsers expect a charset declaration within the first bytes
        head.prependElement("meta").attr("charset", "utf-8");
        // Last, so that it wins over the page's own rules of equal weight
        head.appendElement("style").appendChild(new DataNode(NOT_ARCHIVED_STYLE));
    }
}
