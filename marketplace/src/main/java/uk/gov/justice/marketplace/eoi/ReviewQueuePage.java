package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The steward's queue of submitted versions, oldest first. */
record ReviewQueuePage(List<QueueRow> rows, @Nullable String banner) {

    record QueueRow(String organisation, int version, String submitted, int workingDaysWaiting, String href) {}
}
