package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;
import uk.gov.justice.marketplace.supplychain.ChainsPage.ChainRow;

/** The steward's view of every chain with its figures and flags, the filters and the limits. */
record StewardshipPage(
        List<ChainRow> chains,
        List<Option> areas,
        @Nullable String area,
        List<Option> leads,
        @Nullable String lead,
        String csvHref,
        List<Question> limits,
        FormErrors errors,
        @Nullable String banner) {}
