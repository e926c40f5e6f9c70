package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of providers: recognised by company forms or the municipality's own home care, with contact counted. */
class PrecheckProviderListsTest {

    private static final ProviderLists LISTS = ProviderLists.bundled();

    @Test
    void aListWithContactForEveryProviderIsComplete() {
        String text = "Utförare\n• Kommunens hemtjänst, tel 0470-410 00\n• Omsorg Nord AB, info@omsorgnord.se\n"
                + "• Vård & Hem HB, www.vardhem.se\n\nMer text.";
        List<ProviderLists.ProviderList> lists = LISTS.find(text);
        assertThat(lists).singleElement().satisfies(list -> {
            assertThat(list.providers()).isEqualTo(3);
            assertThat(list.withContact()).isEqualTo(3);
            assertThat(list.complete()).isTrue();
        });
    }

    @Test
    void aProviderWithoutContactMakesTheListIncomplete() {
        String text = "• Kommunens hemtjänst, tel 0470-410 00\n• Omsorg Nord AB\n";
        assertThat(LISTS.find(text)).singleElement().satisfies(list -> assertThat(list.complete()).isFalse());
    }

    @Test
    void aSubMenuOfHomeCarePagesIsNoProviderList() {
        String text = "• Ansök om hemtjänst\n• Avgifter för hemtjänst\n• Välj utförare av hemtjänst\n";
        assertThat(LISTS.find(text)).isEmpty();
    }

    @Test
    void tableRowsCountAsEntries() {
        String text = "Utförare | Område | Telefon\nAttendo AB | Norr | 010-123 45 67\nKommunens hemtjänst | Alla | 0470-410 00";
        assertThat(LISTS.find(text)).singleElement().satisfies(list -> assertThat(list.complete()).isTrue());
    }
}
