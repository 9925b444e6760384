package uk.gov.justice.marketplace.register;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.Option;

/**
 * A provider's page: its approved Expression of Interest as the register publishes it. Contact details only for
 * signed-in users; evidence figures and case studies for everyone, as the provider published them.
 */
public record ProviderProfile(
        String id,
        String name,
        String legalForm,
        String registrationNumber,
        String income,
        String services,
        String cohorts,
        List<Option> capacity,
        boolean welsh,
        String riskAppetite,
        String qualityMarks,
        String experience,
        String caseStudies,
        String outcomeFigures,
        List<JdlRow> justiceDataLab,
        int version,
        String approvedOn,
        @Nullable Contact contact,
        List<Option> shortlists) {

    public record JdlRow(int cohortSize, String reoffendingRate, String controlGroupRate, boolean significant) {}

    public record Contact(String name, String email, String phone, String address) {}
}
