package se.webbgranskning.bench.precheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs of a synthetic municipality, written with PDFBox so that the benchmark reads their text back with the
 * crawler's own PDF extraction: a fee list (amounts vary per municipality), home-care guidelines and council
 * minutes.
 */
final class SyntheticPdfs {

    private static final int LINES_PER_PAGE = 48;

    private SyntheticPdfs() {
    }

    static byte[] fees(Municipality m) throws IOException {
        int year = m.feeYear();
        List<String> lines = new ArrayList<>(List.of("Avgifter inom äldreomsorgen " + year, "", "Hemtjänst",
                "Avgiften för hemtjänst är " + m.hourlyFee() + " kronor per timme.",
                "Maxtaxa: du betalar högst " + HomeCarePages.thousands(m.maxFee()) + " kronor per månad år " + year + ".",
                "", "Trygghetslarm", "Trygghetslarm kostar " + m.alarmFee() + " kronor per månad.", "",
                "Matdistribution", "En portion kostar " + m.mealFee() + " kronor. Maten ingår inte i maxtaxan.", "",
                "Förbehållsbelopp", "Förbehållsbeloppet för ensamstående är " + HomeCarePages.thousands(m.reserveAmount())
                        + " kronor per månad.", "Lämna uppgifter om din inkomst varje år på blanketten Inkomstuppgift."));
        return pdf("Avgifter inom äldreomsorgen " + year, lines);
    }

    static byte[] guidelines(Municipality m, Random random) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Riktlinjer för hemtjänst i " + m.name(), ""));
        String[] sentences = {"Biståndshandläggaren utreder behovet enligt socialtjänstlagen.",
                "Insatserna ska ges med respekt för den enskildes självbestämmande.",
                "Service omfattar städning, tvätt och inköp.", "Personlig omvårdnad omfattar hygien och måltider.",
                "Den enskilde ska vara delaktig i utformningen av insatserna.",
                "Genomförandeplanen upprättas tillsammans med den enskilde.",
                "Beslut om hemtjänst följs upp minst en gång per år.", "Ledsagning beviljas högst fyra timmar per månad."};
        for (int i = 0; i < LINES_PER_PAGE * 3; i++) {
            lines.add((i % 12 == 0 ? (i / 12 + 1) + ". " : "") + sentences[random.nextInt(sentences.length)]);
        }
        return pdf("Riktlinjer för hemtjänst", lines);
    }

    static byte[] minutes(Municipality m, SwedishProse prose) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Protokoll, kommunfullmäktige i " + m.name(), ""));
        for (int i = 0; i < LINES_PER_PAGE * 2; i++) {
            lines.add(i % 10 == 0 ? "§ " + (i / 10 + 1) : prose.sentence(4));
        }
        return pdf("Protokoll kommunfullmäktige", lines);
    }

    private static byte[] pdf(String title, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 750);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLineAtOffset(0, -15);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
