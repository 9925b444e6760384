package uk.gov.justice.marketplace.search;

import java.util.List;

/**
 * Rate-card services as a kind of document (issue 13): the second kind, beside the providers in an index of its
 * own. The service asks in these field names; both engines build the index from this declaration alone.
 */
public final class RateCardKind {

    public static final String TITLE_EN = "title_en";
    public static final String TITLE_CY = "title_cy";
    public static final String PROVIDER = "provider";
    public static final String TITLE_SORT = "title_sort";
    public static final String PRICE = "price";
    public static final String VAT = "vat";
    public static final String LEAD_TIME = "lead_time_days";
    public static final String MINIMUM_ORDER = "minimum_order";
    public static final String UPDATED_AT = "updated_at";
    public static final String SPECIALITY = "speciality";
    public static final String COHORT = "cohort";
    public static final String UNIT = "unit";
    public static final String AREA = "area";
    public static final String WELSH = "welsh";
    public static final String EVIDENCE = "evidence";
    public static final String JDL = "jdl";
    public static final String ABOVE_GUIDE = "above_guide";
    public static final String CAPACITY_PERIOD = "capacity_period";
    public static final String LEFT_THIS_PERIOD = "left_this_period";
    public static final String LEFT_NEXT_PERIOD = "left_next_period";

    public static final DocumentKind<RateCardDocument> KIND = DocumentKind.<RateCardDocument>builder(
                    "rate-card", "v1", RateCardDocument::id)
            .display(TITLE_EN, RateCardDocument::titleEn)
            .display(TITLE_CY, RateCardDocument::titleCy)
            .display(PROVIDER, RateCardDocument::provider)
            .sortText(TITLE_SORT, RateCardDocument::titleEn)
            .number(PRICE, RateCardDocument::pricePence)
            .number(LEAD_TIME, RateCardDocument::leadTimeDays)
            .number(MINIMUM_ORDER, RateCardDocument::minimumOrder)
            .moment(UPDATED_AT, s -> s.updatedAt().toEpochMilli())
            .facet(SPECIALITY, s -> List.of(s.speciality()))
            .facet(COHORT, RateCardDocument::cohorts)
            .facet(UNIT, s -> List.of(s.unit()))
            .areas(AREA, RateCardDocument::areas)
            .facet(WELSH, s -> List.of(String.valueOf(s.welshDelivery())))
            .facet(EVIDENCE, s -> List.of(String.valueOf(s.outcomeEvidence())))
            .facet(JDL, s -> List.of(String.valueOf(s.justiceDataLabResult())))
            .keyword(VAT, s -> List.of(s.vat()))
            .keyword(ABOVE_GUIDE, s -> List.of(String.valueOf(s.aboveGuidePrice())))
            .keyword(CAPACITY_PERIOD, s -> List.of(s.capacityPeriod()))
            .perArea(LEFT_THIS_PERIOD, RateCardDocument::capacityLeftThisPeriod)
            .perArea(LEFT_NEXT_PERIOD, RateCardDocument::capacityLeftNextPeriod)
            .text("t_title", "title", 3.0f, s -> s.titleEn() + "\n" + s.titleCy())
            .text("t_provider", "provider_text", 2.0f, RateCardDocument::provider)
            .text("t_description", "description", 1.5f, s -> s.descriptionEn() + "\n" + s.descriptionCy())
            .text("t_labels", "labels", 1.0f, RateCardDocument::labels)
            .snippetsFrom("description", "title")
            .browsedBy(TITLE_SORT)
            .build();

    private RateCardKind() {}
}
