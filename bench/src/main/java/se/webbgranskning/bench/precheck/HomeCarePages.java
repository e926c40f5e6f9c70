package se.webbgranskning.bench.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The core home-care pages of a synthetic municipality: the main page, how to apply, what happens after, fees and
 * providers. Wording, amounts, phone numbers and which parts are there vary per municipality (see
 * {@link Municipality.Covers}), so that the checklist's rules find everything on some sites and little on others.
 */
final class HomeCarePages {

    private final Municipality m;
    private final Random random;
    private final SwedishProse prose;

    HomeCarePages(Municipality m, Random random) {
        this.m = m;
        this.random = random;
        this.prose = new SwedishProse(random);
    }

    /** The pages, the main page first; sub-pages lie one click below it. */
    List<SitePage> pages() {
        int depth = m.homeCareDepth();
        List<SitePage> pages = new ArrayList<>();
        pages.add(new SitePage(m.homeCarePath(), m.homeCareName(), depth, main(), 0));
        pages.add(new SitePage(sub("ansok-om-hemtjanst"), "Ansök om hemtjänst", depth + 1, apply(), 1));
        pages.add(new SitePage(sub("vad-hander-efter-ansokan"), "Vad händer efter ansökan?", depth + 1, afterApplying(), 2));
        pages.add(new SitePage(sub("avgifter"), "Avgifter för hemtjänst", depth + 1, fees(), 3));
        pages.add(new SitePage(sub(m.choiceSystem() ? "valj-utforare" : "utforare"),
                m.choiceSystem() ? "Välj utförare" : "Vem utför hemtjänsten?", depth + 1, providers(), 4));
        return pages;
    }

    /** A path under the main page: Sitevision-style main pages ("/hemtjanst.4.1a2b.html") keep children beside them. */
    String sub(String name) {
        String main = m.homeCarePath();
        return main.endsWith("/") ? main + name : main.substring(0, main.indexOf('.')) + "/" + name;
    }

    private String main() {
        StringBuilder b = new StringBuilder("<h1>").append(m.homeCareName()).append("</h1>");
        b.append("<p class=\"lead\">").append(pickOne("Hemtjänst är stöd och hjälp i ditt hem för att du ska kunna bo kvar"
                        + " hemma och leva ett så självständigt liv som möjligt.",
                "Med hjälp i hemmet kan du som är äldre fortsätta att bo hemma även när vardagen blir svårare.",
                "Kommunen ger stöd i hemmet till dig som har svårt att klara din vardag på egen hand."))
                .append("</p>");
        b.append("<h2>Vad kan du få hjälp med?</h2><p>Hjälpen delas in i serviceinsatser och personlig omvårdnad.</p><ul>");
        b.append("<li>Service: ").append(pickOne("städning, tvätt och inköp", "städning, att handla och ärenden till apoteket",
                "tvätt, matlagning och ledsagning")).append(".</li>");
        if (random.nextInt(5) > 0) {
            b.append("<li>Personlig omvårdnad: ").append(pickOne("hjälp med dusch, påklädning och att äta",
                    "hygien, toalettbesök och förflyttning", "morgonhjälp, kvällshjälp och måltider")).append(".</li>");
        }
        b.append("</ul>");
        b.append("<h2>Vem kan få hemtjänst?</h2><p>").append(pickOne(
                "Du som inte själv kan klara din vardag kan ansöka. En biståndshandläggare utreder ditt behov enligt"
                        + " socialtjänstlagen och beslutet grundar sig på en individuell bedömning.",
                "Alla som bor i kommunen och har behov av hjälp kan ansöka. Behovet prövas av en biståndshandläggare.",
                "Hemtjänst beviljas utifrån dina behov. Kontakta en biståndshandläggare om du vill veta mer."))
                .append("</p>");
        b.append("<p>").append(prose.sentence(4)).append("</p>");
        b.append("<h2>Läs mer</h2><ul>");
        for (String[] link : new String[][]{{"ansok-om-hemtjanst", "Ansök om hemtjänst"},
                {"vad-hander-efter-ansokan", "Vad händer efter ansökan?"}, {"avgifter", "Avgifter för hemtjänst"},
                {m.choiceSystem() ? "valj-utforare" : "utforare", m.choiceSystem() ? "Välj utförare" : "Utförare"}}) {
            b.append("<li><a href=\"").append(sub(link[0])).append("\">").append(link[1]).append("</a></li>");
        }
        b.append("</ul>");
        if (m.covers().eService()) {
            b.append("<p><a class=\"button\" href=\"https://etjanst.").append(m.host().substring(4))
                    .append("/ansokan/hemtjanst\">Ansök om hemtjänst via e-tjänst</a></p>");
        }
        return b.toString();
    }

    private String apply() {
        StringBuilder b = new StringBuilder("<h1>Ansök om hemtjänst</h1>");
        b.append("<p>Du ansöker om hemtjänst hos en biståndshandläggare. ").append(pickOne(
                "En anhörig eller god man kan hjälpa dig med ansökan om du ger ditt samtycke.",
                "Du kan ansöka själv eller be någon annan att ansöka åt dig med en fullmakt.",
                "Du kan ansöka själv.")).append("</p>");
        if (m.covers().applicationSteps()) {
            b.append("<h2>").append(pickOne("Så går det till", "Så ansöker du", "Steg för steg")).append("</h2><ol>");
            b.append("<li>Ring biståndshandläggarna på <strong>").append(m.phone()).append("</strong>, ")
                    .append(m.openingHours()).append(".</li>");
            b.append("<li>Handläggaren kontaktar dig och bokar ett hembesök där ni går igenom dina behov.</li>");
            b.append("<li>Du får ett skriftligt beslut, oftast inom ").append(m.decisionWeeks()).append(" veckor.</li></ol>");
        } else {
            b.append("<p>Kontakta kommunens kontaktcenter så kopplas du vidare.</p>");
        }
        if (m.covers().eService()) {
            b.append("<p>Du kan också <a href=\"https://etjanst.").append(m.host().substring(4))
                    .append("/ansokan/hemtjanst\">ansöka via e-tjänsten</a> med BankID.</p>");
        }
        if (m.covers().form()) {
            b.append("<p><a href=\"/blanketter/ansokan-om-bistand-aldreomsorg.pdf\">Ansökningsblankett för bistånd inom"
                    + " äldreomsorgen (pdf, 120 kB)</a></p>");
        }
        if (random.nextInt(3) > 0) {
            b.append("<h2>Om du inte är nöjd med beslutet</h2><p>Du kan överklaga beslutet till förvaltningsrätten."
                    + " Överklagandet ska ha kommit in inom tre veckor från den dag du fick del av beslutet.</p>");
        }
        return b.toString();
    }

    private String afterApplying() {
        StringBuilder b = new StringBuilder("<h1>Vad händer efter ansökan?</h1>");
        b.append("<p>När vi har fått din ansökan kontaktar handläggaren dig för ").append(pickOne("ett hembesök",
                "ett samtal", "ett möte")).append(". ").append(pickOne("Vi går igenom vad du klarar själv och vad du"
                        + " behöver hjälp med.", "Handläggaren utreder dina behov.", "Vi gör en bedömning av din situation."))
                .append("</p>");
        if (random.nextBoolean()) {
            b.append("<p>Dina önskemål är viktiga och du får gärna ha med dig en anhörig vid besöket.</p>");
        }
        b.append("<p>").append(prose.sentence(4)).append(" ").append(prose.sentence(4)).append("</p>");
        return b.toString();
    }

    private String fees() {
        int year = m.feeYear();
        StringBuilder b = new StringBuilder("<h1>Avgifter för hemtjänst</h1>");
        b.append("<p>Avgiften beror på hur mycket hjälp du får och på din inkomst. Du betalar aldrig mer än maxtaxan.</p>");
        if (m.covers().feeTable()) {
            b.append("<h2>Avgifter ").append(year).append("</h2><table><tr><th>Insats</th><th>Avgift</th></tr>");
            b.append("<tr><td>Hemtjänst, per timme</td><td>").append(m.hourlyFee()).append(" kronor</td></tr>");
            if (m.covers().alarm()) {
                b.append("<tr><td>Trygghetslarm, per månad</td><td>").append(m.alarmFee()).append(" kr</td></tr>");
            }
            if (m.covers().meals()) {
                b.append("<tr><td>Matdistribution, per portion</td><td>").append(m.mealFee()).append(" kronor</td></tr>");
            }
            b.append("</table><p><strong>Maxtaxan är ").append(thousands(m.maxFee())).append(" kronor per månad ")
                    .append(year).append(".</strong>").append(m.covers().meals()
                            ? " Kostnaden för maten ingår inte i maxtaxan." : "").append("</p>");
        } else {
            b.append("<p>Kontakta avgiftshandläggaren om du vill veta vad hemtjänsten kostar.</p>");
        }
        b.append("<h2>Förbehållsbelopp</h2><p>Du ska alltid ha kvar ett förbehållsbelopp för dina levnadskostnader, ")
                .append(thousands(m.reserveAmount())).append(" kronor per månad för ensamstående. Lämna in en")
                .append(" inkomstförfrågan varje år, annars debiteras du maxtaxan.</p>");
        if (random.nextInt(3) == 0) {
            b.append("<p>Exempel: Karin har hemtjänst åtta timmar i månaden och betalar ")
                    .append(thousands(8 * m.hourlyFee())).append(" kronor, men med maxtaxan blir det högst ")
                    .append(thousands(m.maxFee())).append(" kronor.</p>");
        }
        if (m.covers().feePdf()) {
            b.append("<p><a href=\"/dokument/avgifter-aldreomsorg-").append(year).append(".pdf\">Avgifter inom")
                    .append(" äldreomsorgen ").append(year).append(" (pdf, 80 kB)</a></p>");
        }
        if (m.covers().feeCalculator()) {
            b.append("<p><a href=\"/avgiftskalkylator\">Räkna ut din avgift med vår avgiftskalkylator</a></p>");
        }
        return b.toString();
    }

    private String providers() {
        StringBuilder b = new StringBuilder();
        if (!m.choiceSystem()) {
            b.append("<h1>Vem utför hemtjänsten?</h1><p>I ").append(m.name()).append(" finns inget valfrihetssystem.")
                    .append(" All hemtjänst utförs av kommunens hemtjänstgrupper.</p>");
            return b.append("<p>").append(prose.sentence(4)).append("</p>").toString();
        }
        b.append("<h1>Välj utförare</h1><p>Vi har valfrihet inom hemtjänsten enligt lagen om valfrihetssystem (LOV).")
                .append(" Du väljer själv vem som ska utföra din hemtjänst. Om du inte väljer får du kommunens egen")
                .append(" hemtjänst (ickevalsalternativ).</p><h2>Utförare</h2><ul>");
        for (int i = 0; i < m.providers().size(); i++) {
            b.append("<li><strong>").append(m.providers().get(i)).append("</strong> – ")
                    .append(pickOne("hela kommunen", "centrala delarna", "norra och västra delarna", "landsbygden"));
            if (m.covers().providerContacts() || i == 0) {
                b.append(". Telefon ").append(m.phone().substring(0, m.phone().length() - 2)).append(10 + i);
            }
            b.append(".</li>");
        }
        b.append("</ul><h2>Byta utförare</h2><p>Du kan byta utförare när du vill. Kontakta din biståndshandläggare så sker")
                .append(" bytet inom ").append(m.switchWeeks()).append(m.switchWeeks() == 1 ? " vecka" : " veckor")
                .append(".</p>");
        if (random.nextBoolean()) {
            b.append("<p>Jämför utförarnas inriktning, språkkunskaper och resultat i brukarundersökningen innan du väljer.</p>");
        }
        return b.toString();
    }

    private String pickOne(String... options) {
        return options[random.nextInt(options.length)];
    }

    /** Amounts as Swedish pages write them: "2 575". */
    static String thousands(int amount) {
        return amount < 1000 ? Integer.toString(amount)
                : (amount / 1000) + " " + String.format("%03d", amount % 1000);
    }
}
