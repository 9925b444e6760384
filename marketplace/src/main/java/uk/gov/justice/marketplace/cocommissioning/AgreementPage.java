package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import uk.gov.justice.marketplace.common.web.Option;

/**
 * One agreement: the version in force and any awaiting signatures (or, on the history page, every version newest
 * first), with each funder's contribution and signature and, where the reader may sign, the sign-off button.
 */
record AgreementPage(
        String id,
        String name,
        @Nullable String inForce,
        List<VersionView> versions,
        boolean canVary,
        boolean history) {

    record VersionView(
            int number,
            String status,
            boolean inForce,
            List<Option> facts,
            List<FunderRow> funders,
            List<String> priorities,
            @Nullable String reason,
            String proposed,
            @Nullable String signAction) {}

    record FunderRow(String name, String contribution, String share, String plan, String signed) {}
}
