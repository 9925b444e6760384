package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Policies;
import uk.gov.justice.marketplace.common.Policy;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;

/**
 * What a provider says about a service, in English and Welsh: what it is, who for, where and how much of it each
 * period, and the outcome evidence of its approved EoI it points to. Anything may be missing as typed; the
 * {@link #RULES} say what must be there before it is stored.
 */
public record ServiceDetails(
        @Nullable String speciality,
        @Nullable Unit unit,
        @Nullable String titleEn,
        @Nullable String titleCy,
        @Nullable String descriptionEn,
        @Nullable String descriptionCy,
        List<String> cohorts,
        List<ServedArea> areas,
        @Nullable Integer minimumOrder,
        @Nullable CapacityPeriod capacityPeriod,
        @Nullable Integer leadTimeDays,
        boolean welshDelivery,
        List<UUID> evidence,
        @Nullable String aboveGuideReasonEn,
        @Nullable String aboveGuideReasonCy) {

    static final int LONGEST_TITLE = 200;
    static final int LONGEST_TEXT = 5000;

    public ServiceDetails {
        // A null in a list as sent is kept as an answer the rules refuse (or, for evidence, as no file at all).
        cohorts = cohorts == null
                ? List.of()
                : cohorts.stream().map(c -> c == null ? "" : c).toList();
        areas = areas == null
                ? List.of()
                : areas.stream()
                        .map(a -> a == null ? new ServedArea(null, null) : a)
                        .toList();
        evidence = evidence == null
                ? List.of()
                : evidence.stream().filter(Objects::nonNull).toList();
        titleEn = trimmed(titleEn);
        titleCy = trimmed(titleCy);
        descriptionEn = trimmed(descriptionEn);
        descriptionCy = trimmed(descriptionCy);
        aboveGuideReasonEn = trimmed(aboveGuideReasonEn);
        aboveGuideReasonCy = trimmed(aboveGuideReasonCy);
    }

    /** The details beside what they are checked against: the reference data and the provider's approved evidence. */
    record Checked(
            ServiceDetails details,
            Areas areas,
            Specialities specialities,
            Cohorts cohorts,
            Set<UUID> evidenceOnOffer) {}

    static final Policy<Checked> KNOWN_SPECIALITY =
            Policy.onField("speciality", "ratecard.error.speciality", c -> c.specialities()
                    .find(c.details().speciality())
                    .isPresent());

    static final Policy<Checked> UNIT_CHOSEN =
            Policy.onField("unit", "ratecard.error.unit", c -> c.details().unit() != null);

    static final Policy<Checked> TITLE_IN_ENGLISH = Policy.onField(
            "titleEn", "ratecard.error.title", c -> fits(c.details().titleEn(), LONGEST_TITLE));

    static final Policy<Checked> TITLE_IN_WELSH = Policy.onField(
            "titleCy", "ratecard.error.title", c -> fits(c.details().titleCy(), LONGEST_TITLE));

    static final Policy<Checked> DESCRIPTION_IN_ENGLISH = Policy.onField(
            "descriptionEn", "ratecard.error.description", c -> fits(c.details().descriptionEn(), LONGEST_TEXT));

    static final Policy<Checked> DESCRIPTION_IN_WELSH = Policy.onField(
            "descriptionCy", "ratecard.error.description", c -> fits(c.details().descriptionCy(), LONGEST_TEXT));

    static final Policy<Checked> KNOWN_COHORTS = Policy.onField(
            "cohorts",
            "ratecard.error.cohorts",
            c -> !c.details().cohorts().isEmpty()
                    && c.details().cohorts().stream()
                            .allMatch(code -> c.cohorts().find(code).isPresent()));

    static final Policy<Checked> KNOWN_AREAS_WITH_CAPACITY = Policy.onField(
            "areas", "ratecard.error.areas", c -> areasHold(c.details().areas(), c.areas()));

    static final Policy<Checked> MINIMUM_ORDER = Policy.onField(
            "minimumOrder",
            "ratecard.error.minimumOrder",
            c -> c.details().minimumOrder() != null && c.details().minimumOrder() >= 1);

    static final Policy<Checked> CAPACITY_PERIOD_CHOSEN = Policy.onField(
            "capacityPeriod", "ratecard.error.capacityPeriod", c -> c.details().capacityPeriod() != null);

    static final Policy<Checked> LEAD_TIME = Policy.onField(
            "leadTimeDays",
            "ratecard.error.leadTime",
            c -> c.details().leadTimeDays() != null && c.details().leadTimeDays() >= 0);

    static final Policy<Checked> EVIDENCE_FROM_THE_APPROVED_EOI =
            Policy.onField("evidence", "ratecard.error.evidence", c -> c.evidenceOnOffer()
                    .containsAll(c.details().evidence()));

    static final Policy<Checked> REASONS_FIT = Policy.onField(
            "aboveGuideReasonEn",
            "ratecard.error.reasonTooLong",
            c -> optionalFits(c.details().aboveGuideReasonEn())
                    && optionalFits(c.details().aboveGuideReasonCy()));

    /** The rules a service's details meet before they are kept, in the order they are reported. */
    static final Policies<Checked> RULES = Policies.of(
            KNOWN_SPECIALITY,
            UNIT_CHOSEN,
            TITLE_IN_ENGLISH,
            TITLE_IN_WELSH,
            DESCRIPTION_IN_ENGLISH,
            DESCRIPTION_IN_WELSH,
            KNOWN_COHORTS,
            KNOWN_AREAS_WITH_CAPACITY,
            MINIMUM_ORDER,
            CAPACITY_PERIOD_CHOSEN,
            LEAD_TIME,
            EVIDENCE_FROM_THE_APPROVED_EOI,
            REASONS_FIT);

    public int capacityIn(String areaCode) {
        return areas.stream()
                .filter(a -> a.areaCode().equals(areaCode))
                .map(ServedArea::capacity)
                .findFirst()
                .orElse(0);
    }

    private static boolean areasHold(List<ServedArea> served, Areas areas) {
        Set<String> seen = new HashSet<>();
        return !served.isEmpty()
                && served.stream()
                        .allMatch(a -> areas.find(a.areaCode()).isPresent()
                                && seen.add(a.areaCode())
                                && a.capacity() != null
                                && a.capacity() >= 0);
    }

    private static boolean fits(String text, int longest) {
        return text != null && !text.isEmpty() && text.length() <= longest;
    }

    private static boolean optionalFits(String text) {
        return text == null || text.length() <= LONGEST_TEXT;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
