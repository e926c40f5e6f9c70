package se.webbgranskning.crawl.text;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as readable plain text: one block (paragraph, heading, list item, table row) per line,
 * list items prefixed "• ", table cells separated by " | ", {@code <br>} as a line break. jsoup's own
 * {@code text()} puts everything on one line, which makes quotes for evidence hard to read and lets words from
 * neighbouring blocks run together in searches.
 */
final class PlainTextRenderer {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "tfoot", "thead", "tr", "ul");

    /** Blocks that read as separate paragraphs get a blank line after them, the rest only a line break. */
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure");

    private PlainTextRenderer() {
    }

    static String render(Element root) {
        Visitor visitor = new Visitor();
        NodeTraversor.traverse(visitor, root);
        return TextNormalizer.normalize(visitor.out.toString());
    }

    private static final class Visitor implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int preDepth;
        /** Inside a table cell blocks only get a space, so that a row stays on one line. */
        private int cellDepth;
        /** Inside a list item paragraphs get no blank line, so that the items of a list stay together. */
        private int itemDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    out.append('\n');
                } else if (name.equals("td") || name.equals("th")) {
                    if (element.elementSiblingIndex() > 0) {
                        out.append(" | ");
                    }
                    cellDepth++;
                } else if (cellDepth > 0 && BLOCKS.contains(name)) {
                    out.append(' ');
                } else if (BLOCKS.contains(name)) {
                    newLine();
                    if (name.equals("li")) {
                        out.append("• ");
                        itemDepth++;
                    }
                }
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("pre")) {
                    preDepth--;
                }
                if (name.equals("td") || name.equals("th")) {
                    cellDepth--;
                } else if (cellDepth > 0 && BLOCKS.contains(name)) {
                    out.append(' ');
                } else if (BLOCKS.contains(name)) {
                    newLine();
                    if (name.equals("li")) {
                        itemDepth--;
                    }
                    if (PARAGRAPHS.contains(name) && itemDepth == 0) {
                        out.append('\n');
                    }
                }
            }
        }

        private void appendText(TextNode text) {
            String value = text.getWholeText();
            if (preDepth > 0) {
                out.append(value);
                return;
            }
            // Collapse HTML white space as browsers do (the normaliser later strips spaces at line starts and ends),
            // without a space after a space or a line break already written.
            boolean space = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    space = true;
                } else {
                    if (space) {
                        appendSpace();
                    }
                    space = false;
                    out.append(c);
                }
            }
            if (space) {
                appendSpace();
            }
        }

        private void appendSpace() {
            if (out.length() > 0 && !isSpaceOrBreak(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
        }

        /** Ends the current line unless it is empty or holds only a bullet ("<li><p>…" stays on one line). */
        private void newLine() {
            int lineStart = out.lastIndexOf("\n") + 1;
            String line = out.substring(lineStart).strip();
            if (!line.isEmpty() && !line.equals("•")) {
                out.append('\n');
            }
        }

        private static boolean isSpaceOrBreak(char c) {
            return c == ' ' || c == '\n';
        }
    }
}
