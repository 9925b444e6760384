package uk.gov.justice.marketplace.demo;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.eoi.Coverage;
import uk.gov.justice.marketplace.eoi.EoiForms;
import uk.gov.justice.marketplace.eoi.EoiReview;
import uk.gov.justice.marketplace.eoi.EoiStatus;
import uk.gov.justice.marketplace.eoi.Evidence;
import uk.gov.justice.marketplace.eoi.ExclusionDeclarations;
import uk.gov.justice.marketplace.eoi.ExpressionOfInterest;
import uk.gov.justice.marketplace.eoi.OrganisationFacts;
import uk.gov.justice.marketplace.eoi.SelectionInformation;
import uk.gov.justice.marketplace.eoi.ServicesOffered;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Puts the demo providers that have an "eoi" entry on the register the way real ones get there: their Expression
 * of Interest is filled in, sent, and approved by the demo steward. Skipped for a provider that already has one.
 */
@Singleton
class DemoRegister {

    private final EoiForms forms;
    private final EoiReview review;

    DemoRegister(EoiForms forms, EoiReview review) {
        this.forms = forms;
        this.review = review;
    }

    @SuppressWarnings("unchecked")
    void approve(Viewer provider, Viewer steward, Map<String, Object> eoi) {
        if (forms.mine(provider).isPresent()) {
            return;
        }
        forms.save(
                provider,
                new OrganisationFacts(
                        provider.organisationName(),
                        OrganisationFacts.LegalForm.valueOf(text(eoi, "legalForm")),
                        text(eoi, "registrationNumber"),
                        text(eoi, "address"),
                        provider.fullName(),
                        provider.email(),
                        "0300 123 4567",
                        OrganisationFacts.IncomeBand.valueOf(text(eoi, "income")),
                        OrganisationFacts.StaffBand.valueOf(text(eoi, "staff")),
                        true));
        forms.save(provider, new ExclusionDeclarations(false, false, null));
        forms.save(
                provider,
                new SelectionInformation(
                        text(eoi, "experience"),
                        "Audited accounts filed on time; three months' reserves.",
                        Money.pounds("5000000"),
                        Money.pounds("10000000"),
                        true,
                        true,
                        true,
                        true));
        forms.save(
                provider,
                new ServicesOffered(
                        (List<String>) eoi.get("specialities"),
                        (List<String>) eoi.get("cohorts"),
                        (Boolean) eoi.get("welsh"),
                        null));
        Map<String, Integer> areas = (Map<String, Integer>) eoi.get("areas");
        forms.save(
                provider,
                new Coverage(List.copyOf(areas.keySet()), areas, Coverage.RiskAppetite.valueOf(text(eoi, "risk"))));
        forms.save(provider, new Evidence(text(eoi, "caseStudies"), (String) eoi.get("outcomes"), justiceDataLab((Map<
                        String, Object>)
                eoi.get("jdl"))));
        ExpressionOfInterest sent = forms.submit(provider);
        review.decide(
                steward,
                sent.id(),
                new EoiReview.Decide(
                        sent.current().number(),
                        EoiStatus.APPROVED,
                        "Demo market: approved as an example provider",
                        Map.of()));
    }

    private static List<Evidence.JusticeDataLabResult> justiceDataLab(Map<String, Object> jdl) {
        if (jdl == null) {
            return List.of();
        }
        return List.of(new Evidence.JusticeDataLabResult(
                (Integer) jdl.get("cohort"),
                decimal(jdl.get("rate")),
                decimal(jdl.get("control")),
                Boolean.TRUE.equals(jdl.get("significant"))));
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    private static String text(Map<String, Object> eoi, String key) {
        return (String) eoi.get(key);
    }
}
