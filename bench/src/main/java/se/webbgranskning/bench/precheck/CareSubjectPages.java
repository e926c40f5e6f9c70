package se.webbgranskning.bench.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The other pages of a synthetic municipality's elderly-care section: the optional subjects the checklist asks
 * about (alarm, meals, support for relatives, complaints, quality, care plan, easy-to-read Swedish, English, sign
 * language, help without a needs assessment), each present only if the municipality covers it, and ordinary
 * elderly-care pages (nursing homes, day care, home adaptation …) that mention home care the way real ones do.
 */
final class CareSubjectPages {

    private static final List<String> OTHER_CARE = List.of("Särskilt boende", "Korttidsvistelse", "Dagverksamhet",
            "Hemsjukvård", "Bostadsanpassning", "Färdtjänst", "Demens", "Träffpunkter för äldre", "Fixartjänst",
            "Hälsofrämjande hembesök", "Rehabilitering i hemmet", "Kost och nutrition", "Syn och hörsel",
            "Hjälpmedel", "Växelvård", "Boendestöd", "Personlig assistans", "Äldreombudsman", "Seniorkort",
            "Vård i livets slut", "Avgifter för särskilt boende", "Frivilligverksamhet", "Trygg hemgång",
            "Anhörigvård och ersättning", "Aktiviteter för seniorer", "Förebyggande arbete", "Nattpatrull");
    private static final List<String> CARE_SENTENCES = List.of(
            "Biståndshandläggaren gör en bedömning utifrån dina behov.",
            "Insatsen är en del av äldreomsorgen och kan kombineras med hemtjänst.",
            "Du ansöker hos en biståndshandläggare på socialförvaltningen.",
            "Personalen har tystnadsplikt och arbetar enligt socialtjänstlagen.",
            "Många som har hemtjänst får också hjälp av arbetsterapeut eller sjuksköterska.",
            "Äldreomsorgen i kommunen arbetar för att du ska kunna känna dig trygg.",
            "Insatsen kan beviljas tillfälligt, till exempel efter en sjukhusvistelse.",
            "Kommunens äldreomsorg samarbetar med regionens vårdcentraler.",
            "Kontakta kommunens kontaktcenter om du har frågor.");

    private final Municipality m;
    private final Random random;
    private final HomeCarePages core;
    private final SwedishProse prose;

    CareSubjectPages(Municipality m, Random random, HomeCarePages core) {
        this.m = m;
        this.random = random;
        this.core = core;
        this.prose = new SwedishProse(random);
    }

    /** The subject pages the municipality covers, then {@code ordinary} ordinary elderly-care pages. */
    List<SitePage> pages(int ordinary) {
        int depth = m.homeCareDepth() + 1;
        Municipality.Covers c = m.covers();
        List<SitePage> pages = new ArrayList<>();
        add(pages, c.alarm(), "trygghetslarm", "Trygghetslarm", depth, "<p>Med ett trygghetslarm kan du larma dygnet"
                + " runt om du behöver hjälp, till exempel om du har ramlat. Du ansöker om trygghetslarm hos"
                + " biståndshandläggaren. Larmet kostar " + m.alarmFee() + " kronor per månad.</p>");
        add(pages, c.meals(), "matdistribution", "Matdistribution", depth, "<p>Om du inte kan laga mat själv kan du få"
                + " färdiglagad mat levererad hem. Du beställer matlådor via hemtjänsten efter beslut av"
                + " biståndshandläggaren. En portion kostar " + m.mealFee() + " kronor.</p>");
        add(pages, c.relatives(), "anhorigstod", "Stöd till anhöriga", depth, "<p>Vårdar du en närstående? Kommunens"
                + " anhörigkonsulent erbjuder samtal, anhöriggrupper och avlösning i hemmet. Ring "
                + m.phone() + " eller mejla anhorigstod@" + m.host().substring(4) + ".</p>");
        add(pages, c.complaints(), "synpunkter-och-klagomal", "Synpunkter och klagomål", depth, "<p>Är du missnöjd med"
                + " hemtjänsten? Lämna dina synpunkter via e-tjänsten eller ring oss. Vi svarar inom "
                + m.switchWeeks() * 5 + " arbetsdagar. Du kan också vända dig till IVO.</p>");
        add(pages, c.quality(), "kvalitet", "Kvalitet i hemtjänsten", depth, "<p>I Socialstyrelsens brukarundersökning"
                + " Vad tycker de äldre om äldreomsorgen? svarade " + m.satisfiedPercent() + " procent att de är nöjda"
                + " med hemtjänsten. " + (random.nextBoolean() ? "Våra värdighetsgarantier beskriver vad du kan"
                + " förvänta dig." : "") + "</p>");
        add(pages, c.carePlan(), "genomforandeplan", "Genomförandeplan och fast omsorgskontakt", depth, "<p>Tillsammans"
                + " med dig gör personalen en genomförandeplan som beskriver hur och när du får hjälp. Du får en fast"
                + " omsorgskontakt som du kan vända dig till.</p>");
        add(pages, c.easyToRead(), "lattlast-om-hemtjanst", "Lättläst om hemtjänst", depth, "<p>Hemtjänst är hjälp som"
                + " du kan få hemma.</p><p>Personal kommer hem till dig och hjälper dig att städa, handla och duscha.</p>"
                + "<p>Du ringer till kommunen för att ansöka. Numret är " + m.phone() + ".</p><p>Du betalar för"
                + " hemtjänst. Du betalar inte mer än " + HomeCarePages.thousands(m.maxFee()) + " kronor varje månad.</p>");
        add(pages, c.english(), "home-care-in-english", "Home care – in English", depth, "<p>Home care is help in your"
                + " own home for people who find it hard to manage everyday life. Contact a needs assessor on "
                + m.phone() + " to apply.</p>");
        add(pages, c.signLanguage(), "teckensprak", "Hemtjänst på teckenspråk", depth, "<p>Här finns en film på"
                + " svenskt teckenspråk om hemtjänst, hur du ansöker och vad det kostar.</p>");
        add(pages, c.withoutAssessment(), "hemtjanst-utan-behovsprovning", "Hemtjänst utan behovsprövning", depth,
                "<p>Du som har fyllt " + m.seniorAge() + " år kan få hjälp med städning, fönsterputs och inköp utan"
                        + " behovsprövning, högst fyra timmar per månad. Ring " + m.phone() + " för att beställa.</p>");
        for (int i = 0; i < ordinary; i++) {
            String title = OTHER_CARE.get(i % OTHER_CARE.size()) + (i < OTHER_CARE.size() ? "" : " " + (i / OTHER_CARE.size() + 1));
            pages.add(new SitePage(m.homeCarePath().startsWith("/omsorg") || m.homeCarePath().startsWith("/stod")
                    ? "/omsorg-och-stod/aldreomsorg/" + slug(title) : "/aldreomsorg/" + slug(title), title,
                    Math.max(2, m.homeCareDepth()), ordinaryCarePage(title), 5 + i % 30));
        }
        return pages;
    }

    /** A subject page, if the municipality covers the subject. */
    private void add(List<SitePage> pages, boolean covered, String name, String title, int depth, String text) {
        if (covered) {
            String body = "<h1>" + title + "</h1>" + text + "<p>" + CARE_SENTENCES.get(random.nextInt(CARE_SENTENCES.size()))
                    + " " + prose.sentence(4) + "</p>";
            pages.add(new SitePage(core.sub(name), title, depth, body, 5 + pages.size()));
        }
    }

    private String ordinaryCarePage(String title) {
        StringBuilder b = new StringBuilder("<h1>").append(title).append("</h1><p class=\"lead\">")
                .append(CARE_SENTENCES.get(random.nextInt(CARE_SENTENCES.size()))).append("</p>");
        int parts = 2 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            b.append("<h2>").append(SwedishProse.capitalize(prose.pick(SwedishProse.SECTION_OBJECTS.get(4))))
                    .append("</h2><p>");
            for (int k = 0; k < 4 + random.nextInt(4); k++) {
                b.append(k % 2 == 0 ? CARE_SENTENCES.get(random.nextInt(CARE_SENTENCES.size())) : prose.sentence(4))
                        .append(' ');
            }
            b.append("</p>");
        }
        return b.toString();
    }

    static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
