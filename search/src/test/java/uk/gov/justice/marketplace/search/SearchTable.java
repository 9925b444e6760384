package uk.gov.justice.marketplace.search;

import static uk.gov.justice.marketplace.search.SearchFixtures.CYMRU;
import static uk.gov.justice.marketplace.search.SearchFixtures.GWENT;
import static uk.gov.justice.marketplace.search.SearchFixtures.HUMBER;
import static uk.gov.justice.marketplace.search.SearchFixtures.LEEDS;
import static uk.gov.justice.marketplace.search.SearchFixtures.NORTH_WALES;
import static uk.gov.justice.marketplace.search.SearchFixtures.SWANSEA;
import static uk.gov.justice.marketplace.search.SearchFixtures.TYNESIDE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The contract's table: a query someone might make of the fixture register, and the providers it must find. */
final class SearchTable {

    private SearchTable() {}

    static Stream<Arguments> queries() {
        return Stream.of(
                row(
                        "everyone, by name",
                        q().build(),
                        List.of(GWENT, HUMBER, LEEDS, NORTH_WALES, SWANSEA, CYMRU, TYNESIDE)),
                row(
                        "Gwent finds Gwent and all-Wales providers",
                        q().area("gwent").build(),
                        List.of(GWENT, CYMRU)),
                row(
                        "Wales finds every Welsh provider",
                        q().area("region-wales").build(),
                        List.of(GWENT, NORTH_WALES, SWANSEA, CYMRU)),
                row(
                        "the contract package area of Wales is the same",
                        q().area("cpa-wales").build(),
                        List.of(GWENT, NORTH_WALES, SWANSEA, CYMRU)),
                row(
                        "South Wales finds South Wales and all-Wales",
                        q().area("south-wales").build(),
                        List.of(SWANSEA, CYMRU)),
                row(
                        "Yorkshire does not find an area that only overlaps it",
                        q().area("region-yorkshire").build(),
                        List.of(LEEDS)),
                row(
                        "Humberside finds the area containing it",
                        q().area("humberside").build(),
                        List.of(HUMBER)),
                row(
                        "all of two specialities",
                        q().specialitiesAllOf("womens-services", "accommodation")
                                .build(),
                        List.of(GWENT)),
                row(
                        "any of two specialities",
                        q().specialitiesAnyOf("womens-services", "drugs-alcohol")
                                .build(),
                        List.of(GWENT, NORTH_WALES, SWANSEA)),
                row("all of two cohorts", q().cohortsAllOf("women", "veterans").build(), List.of(TYNESIDE)),
                row(
                        "any of two cohorts",
                        q().cohortsAnyOf("veterans", "short-sentences").build(),
                        List.of(HUMBER, TYNESIDE)),
                row("charities", q().legalForms("CHARITY").build(), List.of(LEEDS, NORTH_WALES, CYMRU)),
                row("small organisations", q().sizeBands("UNDER_100K").build(), List.of(GWENT, NORTH_WALES, SWANSEA)),
                row("services in Welsh", q().welshLanguageService(true).build(), List.of(GWENT, NORTH_WALES, CYMRU)),
                row(
                        "with a Justice Data Lab result",
                        q().justiceDataLabResult(true).build(),
                        List.of(GWENT, LEEDS)),
                row("without outcome evidence", q().outcomeEvidence(false).build(), List.of(NORTH_WALES, SWANSEA)),
                row(
                        "fee for service only",
                        q().riskAppetites("NONE").build(),
                        List.of(HUMBER, LEEDS, NORTH_WALES, CYMRU)),
                row(
                        "room for 50 a year in Gwent",
                        q().area("gwent").minCapacity(50).build(),
                        List.of(GWENT, CYMRU)),
                row(
                        "room for 100 a year in Gwent",
                        q().area("gwent").minCapacity(100).build(),
                        List.of(CYMRU)),
                row("room for 100 a year anywhere", q().minCapacity(100).build(), List.of(LEEDS, CYMRU)),
                row(
                        "women",
                        q().text("women").sort(ProviderQuery.Sort.NAME).build(),
                        List.of(GWENT, NORTH_WALES, CYMRU, TYNESIDE)),
                row(
                        "women and accommodation",
                        q().text("women accommodation")
                                .sort(ProviderQuery.Sort.NAME)
                                .build(),
                        List.of(GWENT, CYMRU, TYNESIDE)),
                row(
                        "journey 2: women and accommodation in South Wales with outcomes",
                        q().text("women accommodation")
                                .area("south-wales")
                                .outcomeEvidence(true)
                                .build(),
                        List.of(CYMRU)),
                row(
                        "stemming: housed finds housing",
                        q().text("housed").sort(ProviderQuery.Sort.NAME).build(),
                        List.of(GWENT, CYMRU, TYNESIDE)),
                row(
                        "text in evidence PDFs",
                        q().text("reoffending").sort(ProviderQuery.Sort.NAME).build(),
                        List.of(GWENT, LEEDS)),
                row(
                        "query syntax is just words",
                        q().text("women\" OR (accommodation* AND -)")
                                .sort(ProviderQuery.Sort.NAME)
                                .build(),
                        List.of(GWENT, CYMRU, TYNESIDE)),
                row("nothing matches", q().text("xyzzy").build(), List.of()),
                row(
                        "most recently updated first",
                        q().area("region-wales")
                                .sort(ProviderQuery.Sort.RECENTLY_UPDATED)
                                .build(),
                        List.of(NORTH_WALES, GWENT, CYMRU, SWANSEA)),
                row("second page of two", q().pageSize(2).page(1).build(), List.of(LEEDS, NORTH_WALES)));
    }

    private static ProviderQuery.Builder q() {
        return ProviderQuery.builder();
    }

    private static Arguments row(String name, ProviderQuery query, List<String> expected) {
        return Arguments.of(name, query, expected);
    }
}
