package se.webbgranskning.bench.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The facts of one synthetic municipality, drawn from a seed so that every run builds the same round: its name,
 * address, phone numbers, fees, providers, how its home-care pages are laid out and which of the checklist's
 * subjects its site covers. The draws differ per municipality, so the pre-check suggests different verdicts for
 * different municipalities, as in a real round.
 *
 * @param homeCarePath  the home-care main page's path, e.g. {@code /omsorg-och-stod/aldreomsorg/hemtjanst/}
 * @param homeCareDepth clicks from the start page to the home-care main page
 * @param covers        which optional subjects the site covers (each drawn with its own probability)
 */
record Municipality(int index, String code, String name, String host, String phone, String careEmail,
                    String openingHours, int hourlyFee, int maxFee, int alarmFee, int mealFee, int reserveAmount,
                    List<String> providers, boolean choiceSystem, int decisionWeeks, int switchWeeks,
                    int satisfiedPercent, int seniorAge, String homeCareName, String homeCarePath,
                    int homeCareDepth, LocalDate snapshotDay, List<LocalDate> updated, Covers covers) {

    /** The optional subjects: present on most sites, missing on some, so that items come out differently. */
    record Covers(boolean applicationSteps, boolean eService, boolean form, boolean feeTable, boolean feePdf,
                  boolean feeCalculator, boolean alarm, boolean meals, boolean relatives, boolean complaints,
                  boolean quality, boolean carePlan, boolean easyToRead, boolean english, boolean signLanguage,
                  boolean readAloud, boolean accessibility, boolean withoutAssessment, boolean providerContacts) {
    }

    private static final List<String> PREFIXES = List.of("Ek", "Björk", "Sjö", "Lind", "Al", "Gran", "Berg", "Ås",
            "Hag", "Löv", "Sten", "Ro", "Mal", "Hässle", "Tall", "Väst", "Öster", "Norr", "Sunn", "Fors");
    private static final List<String> SUFFIXES = List.of("backa", "vik", "holm", "fors", "by", "ström", "sund", "dal",
            "köping", "hamn", "näs", "berga", "torp");
    private static final List<String> CARE_NAMES = List.of("Hemtjänst", "Hemtjänst", "Hemtjänst", "Hjälp i hemmet",
            "Stöd i hemmet");
    private static final List<String> COMPANY_WORDS = List.of("Omsorgshuset", "Trygga Händer", "Vårdkraft", "Hemma Bäst",
            "Livskvalitet", "Nära Omsorg", "Solrosen", "Attendo", "Vardaga", "Kustomsorg", "Hjärtat", "Seniorhjälpen");

    static Municipality of(int index, LocalDate snapshotDay) {
        Random r = new Random(0x5EED_0000L + index);
        String name = PREFIXES.get(index % PREFIXES.size()) + SUFFIXES.get((index / PREFIXES.size()) % SUFFIXES.size());
        String slug = ascii(name.toLowerCase(java.util.Locale.ROOT)) + (index >= PREFIXES.size() * SUFFIXES.size()
                ? "-" + index : "");
        String area = String.valueOf(100 + r.nextInt(900));
        String phone = "0" + area + "-" + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89));
        boolean choice = r.nextInt(3) > 0;
        List<String> providers = new ArrayList<>();
        providers.add(name + " kommuns hemtjänst");
        int companies = choice ? 2 + r.nextInt(6) : 0;
        for (int i = 0; i < companies; i++) {
            providers.add(COMPANY_WORDS.get((index + i * 5) % COMPANY_WORDS.size()) + " " + name + " AB");
        }
        String careName = CARE_NAMES.get(r.nextInt(CARE_NAMES.size()));
        String careSlug = ascii(careName.toLowerCase(java.util.Locale.ROOT)).replace(' ', '-');
        String[] paths = {"/omsorg-och-stod/aldreomsorg/" + careSlug + "/", "/omsorg-och-stod/" + careSlug + "/",
                "/stod-och-omsorg/aldre/stod-i-vardagen/" + careSlug + "/", "/" + careSlug + ".4.1a2b3c4d.html"};
        int layout = r.nextInt(paths.length);
        int[] depths = {3, 2, 4, 1};
        List<LocalDate> updated = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Most pages were updated within the year, some long ago, as real sites go.
            int daysBack = r.nextInt(4) == 0 ? 365 + r.nextInt(900) : r.nextInt(330);
            updated.add(snapshotDay.minusDays(daysBack));
        }
        Covers covers = new Covers(p(r, 80), p(r, 70), p(r, 40), p(r, 85), p(r, 60), p(r, 25), p(r, 80), p(r, 75),
                p(r, 75), p(r, 70), p(r, 45), p(r, 55), p(r, 45), p(r, 50), p(r, 20), p(r, 65), p(r, 90), p(r, 25),
                p(r, 60));
        return new Municipality(index, String.format("%04d", 9000 + index), name + " kommun",
                "www." + slug + ".test", phone, "hemtjanst@" + slug + ".test",
                r.nextBoolean() ? "måndag–fredag 8.00–12.00" : "vardagar kl. 9–11 och 13–15",
                250 + r.nextInt(240), r.nextBoolean() ? 2575 : 2359, 150 + 10 * r.nextInt(26), 55 + r.nextInt(45),
                7000 + 10 * r.nextInt(90), List.copyOf(providers), choice, 2 + r.nextInt(5), 1 + r.nextInt(3),
                70 + r.nextInt(29), 70 + 5 * r.nextInt(4), careName, paths[layout], depths[layout], snapshotDay,
                List.copyOf(updated), covers);
    }

    /** The start page's address. */
    String startUrl() {
        return "https://" + host + "/";
    }

    String url(String path) {
        return "https://" + host + path;
    }

    /** The year the fees apply to: the snapshot's year on most sites, last year's table on some. */
    int feeYear() {
        return snapshotDay.getYear() - (index % 6 == 0 ? 1 : 0);
    }

    private static boolean p(Random r, int percent) {
        return r.nextInt(100) < percent;
    }

    private static String ascii(String text) {
        return text.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }
}
