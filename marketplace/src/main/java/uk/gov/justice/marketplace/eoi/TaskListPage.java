package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The provider's task list: a line per part with its progress, and what can be done with the EoI. */
record TaskListPage(
        String status,
        int version,
        @Nullable Integer publishedVersion,
        boolean editable,
        boolean withdrawable,
        List<Task> tasks,
        @Nullable String decisionReason,
        int evidenceFiles,
        @Nullable String banner) {

    /** One part on the task list; status is NOT_STARTED, IN_PROGRESS or COMPLETED (a message key suffix). */
    record Task(String title, String href, PartProgress status, @Nullable String stewardComment) {}
}
