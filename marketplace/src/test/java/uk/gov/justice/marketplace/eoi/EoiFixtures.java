package uk.gov.justice.marketplace.eoi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.reference.ReferenceFiles;

/** A women's centre in Gwent and its complete answers (DOMAIN.md journey 1). */
final class EoiFixtures {

    static final Vocabularies VOCABULARIES =
            new Vocabularies(ReferenceFiles.areas(), ReferenceFiles.specialities(), ReferenceFiles.cohorts());
    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    static final String STEWARD = "steward@justice.gov.uk";

    private EoiFixtures() {}

    static OrganisationFacts organisation() {
        return new OrganisationFacts(
                "Gwent Women's Centre",
                OrganisationFacts.LegalForm.CIO,
                "1187654",
                "12 Commercial Street, Newport NP20 1LP",
                "Eleri Jones",
                "eleri@gwentwomen.example.org",
                "01633 000000",
                OrganisationFacts.IncomeBand.FROM_100K_TO_1M,
                OrganisationFacts.StaffBand.FROM_10_TO_49,
                true);
    }

    static ExclusionDeclarations noExclusions() {
        return new ExclusionDeclarations(false, false, null);
    }

    static SelectionInformation selection() {
        return new SelectionInformation(
                "Eight years of women's services for people on probation in Newport.",
                "Unrestricted reserves of four months' running costs.",
                Money.pounds("5000000"),
                Money.pounds("10000000"),
                true,
                true,
                true,
                true);
    }

    static ServicesOffered services() {
        return new ServicesOffered(List.of("womens-services", "accommodation"), List.of("women"), true, null);
    }

    static Coverage coverage() {
        return new Coverage(List.of("gwent"), Map.of("gwent", 120), Coverage.RiskAppetite.UP_TO_10_PERCENT);
    }

    static Evidence evidence() {
        return new Evidence(
                "Case study: housing and support for 40 women leaving HMP Eastwood Park.",
                null,
                List.of(new Evidence.JusticeDataLabResult(212, new BigDecimal("21.5"), new BigDecimal("29.0"), true)));
    }

    static ExpressionOfInterest aDraft() {
        return ExpressionOfInterest.start(UUID.randomUUID());
    }

    static ExpressionOfInterest aCompleteDraft() {
        ExpressionOfInterest eoi = aDraft();
        for (PartAnswers part :
                List.of(organisation(), noExclusions(), selection(), services(), coverage(), evidence())) {
            eoi = eoi.answer(part).eoi();
        }
        return eoi;
    }

    static ExpressionOfInterest aSubmittedEoi() {
        return aCompleteDraft().submit(VOCABULARIES, MONDAY).eoi();
    }

    static ExpressionOfInterest anApprovedEoi() {
        return aSubmittedEoi().approve(1, "Meets the criteria", STEWARD, MONDAY).eoi();
    }
}
