package se.webbgranskning.crawl.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs made with PDFBox in memory, so that the tests need no binary fixtures. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** One page per element, each with the given lines of text (Helvetica, WinAnsi: å ä ö and – work). */
    static byte[] pages(String title, List<List<String>> pages) {
        return build(title, pages, null);
    }

    static byte[] pages(List<List<String>> pages) {
        return build(null, pages, null);
    }

    static byte[] encrypted(List<List<String>> pages, String userPassword, boolean canExtract) {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(canExtract);
        permission.setCanExtractForAccessibility(canExtract);
        return build(null, pages, new StandardProtectionPolicy("ägarlösenord", userPassword, permission));
    }

    private static byte[] build(String title, List<List<String>> pages, StandardProtectionPolicy protection) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            if (protection != null) {
                doc.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
