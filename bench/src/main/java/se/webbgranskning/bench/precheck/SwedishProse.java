package se.webbgranskning.bench.precheck;

import java.util.List;
import java.util.Random;

/**
 * Swedish-looking prose for the pages of a synthetic municipality that are not about home care: news, schools,
 * building permits, culture, politics. Sentences are put together from a vocabulary per section, with numbers,
 * dates and times in them, so that the pre-check's tokeniser, term matcher and patterns do the work they do on a
 * real municipal page. The words are everyday municipal Swedish and avoid the checklist's home-care terms, except
 * where a news item mentions elderly care in passing (as start pages do).
 */
final class SwedishProse {

    private static final List<String> SUBJECTS = List.of("Kommunen", "Förvaltningen", "Nämnden", "Vi", "Kommunstyrelsen",
            "Föreningarna", "Biblioteket", "Projektgruppen", "Invånarna", "Arbetsgruppen", "Kommunfullmäktige",
            "Samhällsbyggnadskontoret", "Näringslivsenheten", "Räddningstjänsten", "Kultur- och fritidsförvaltningen");
    private static final List<String> VERBS = List.of("arbetar med", "planerar", "utvecklar", "ansvarar för",
            "informerar om", "följer upp", "satsar på", "utreder", "bjuder in till samråd om", "ser över",
            "genomför", "beslutade om", "budgeterar för", "upphandlar", "redovisar");

    /** Objects per section, so that a school page reads like one and a building page like another. */
    static final List<List<String>> SECTION_OBJECTS = List.of(
            List.of("nya cykelvägar", "vägbelysningen längs kustvägen", "snöröjningen i tätorten", "parkeringsplatser i centrum",
                    "kollektivtrafiken till industriområdet", "gång- och cykelbron över ån", "hastighetsgränserna i bostadsområden"),
            List.of("förskolans lokaler", "skolskjutsarna", "fritidshemmets öppettider", "gymnasievalet", "modersmålsundervisningen",
                    "skolmåltiderna", "läxhjälpen på biblioteket", "elevhälsans arbete"),
            List.of("detaljplanen för norra hamnen", "bygglov för tillbyggnader", "vatten och avlopp", "sophämtningen",
                    "radonmätningar i villor", "strandskyddet", "markanvisningar för nya bostäder", "energirådgivningen"),
            List.of("sommarens konserter", "badplatsernas provtagning", "idrottshallens bokningar", "föreningsbidragen",
                    "kulturskolans kurser", "vandringslederna", "konsthallens utställningar", "ungdomsgårdens kvällar"),
            List.of("budgeten för nästa år", "revisionens rapport", "medborgardialogen", "valnämndens arbete",
                    "protokollen från sammanträdet", "den nya översiktsplanen", "krisberedskapen", "upphandlingspolicyn"),
            List.of("nyföretagarträffarna", "besöksnäringen", "ungdomars sommarjobb", "lokaler för företag",
                    "bredbandsutbyggnaden", "torghandeln", "etableringen i industriområdet", "arbetsmarknadsinsatserna"));
    private static final List<String> TAILS = List.of("under året.", "i hela kommunen.", "tillsammans med regionen.",
            "enligt den antagna planen.", "från och med hösten.", "efter synpunkter från invånarna.",
            "inom ramen för budgeten.", "i samarbete med grannkommunerna.", "fram till årsskiftet.", "i tätorterna.",
            "på landsbygden.", "för att fler ska kunna delta.");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private final Random random;

    SwedishProse(Random random) {
        this.random = random;
    }

    String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** One sentence about the section's subjects, now and then with a figure, a date or a time. */
    String sentence(int section) {
        List<String> objects = SECTION_OBJECTS.get(section % SECTION_OBJECTS.size());
        String sentence = pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(objects) + " " + pick(TAILS);
        return switch (random.nextInt(7)) {
            case 0 -> sentence + " Kostnaden beräknas till " + (1 + random.nextInt(40)) + "," + random.nextInt(10)
                    + " miljoner kronor.";
            case 1 -> sentence + " Beslutet fattades den " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " 2026.";
            case 2 -> sentence + " Informationsmötet hålls klockan " + (17 + random.nextInt(3)) + ".00 i kommunhuset.";
            case 3 -> sentence + " Omkring " + (20 + random.nextInt(900)) + " hushåll berörs.";
            default -> sentence;
        };
    }

    String paragraph(int section) {
        StringBuilder p = new StringBuilder("<p>");
        int sentences = 3 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence(section));
        }
        return p.append("</p>").toString();
    }

    /** The body of an ordinary page: a lead, a few sections with paragraphs and sometimes a list; about 2–4 KB. */
    String article(String heading, int section) {
        StringBuilder body = new StringBuilder("<h1>").append(heading).append("</h1>");
        body.append("<p class=\"lead\">").append(sentence(section)).append("</p>");
        int parts = 2 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            body.append("<h2>").append(capitalize(pick(SECTION_OBJECTS.get(section % SECTION_OBJECTS.size()))))
                    .append("</h2>");
            int paragraphs = 1 + random.nextInt(2);
            for (int k = 0; k < paragraphs; k++) {
                body.append(paragraph(section));
            }
            if (random.nextInt(3) == 0) {
                body.append("<ul>");
                for (int k = 0; k < 3 + random.nextInt(3); k++) {
                    body.append("<li>").append(capitalize(pick(SECTION_OBJECTS.get(section % SECTION_OBJECTS.size()))))
                            .append(" ").append(pick(TAILS)).append("</li>");
                }
                body.append("</ul>");
            }
        }
        return body.toString();
    }

    String date(int year) {
        return (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year;
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
