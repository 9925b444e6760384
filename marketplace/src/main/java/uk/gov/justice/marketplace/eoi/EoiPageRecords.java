package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;

import java.util.List;
import java.util.UUID;

/** The models of the Expression of Interest pages: words already in the reader's language. */
final class EoiPageRecords {

    private EoiPageRecords() {
    }

    /** One part on the task list; status is NOT_STARTED, IN_PROGRESS or COMPLETED (a message key suffix). */
    record Task(String title, String href, PartProgress status, @Nullable String stewardComment) {
    }

    record TaskListPage(String status, int version, @Nullable Integer publishedVersion, boolean editable,
                        boolean withdrawable, List<Task> tasks, @Nullable String decisionReason,
                        int evidenceFiles, @Nullable String banner) {
    }

    record PartPage(String title, String action, List<Question> questions, FormErrors errors) {
    }

    record AnswerRow(String question, String answer, String changeHref) {
    }

    record AnswerSection(String title, List<AnswerRow> rows) {
    }

    record CheckAnswersPage(List<AnswerSection> sections, boolean editable, FormErrors errors) {
    }

    record EvidenceFilesPage(@Nullable UUID eoiId, List<EvidenceFile> files, boolean editable,
                             FormErrors errors, @Nullable String banner) {

        EvidenceFilesPage withBanner(@Nullable String text) {
            return new EvidenceFilesPage(eoiId, files, editable, errors, text);
        }
    }

    record QueueRow(String organisation, int version, String submitted, int workingDaysWaiting, String href) {
    }

    record ReviewQueuePage(List<QueueRow> rows, @Nullable String banner) {
    }

    /** A question's answer in the last approved version beside this one. */
    record ComparedRow(String question, @Nullable String approved, String submitted, boolean changed) {
    }

    record ComparedSection(String field, String title, List<ComparedRow> rows, boolean changed,
                           @Nullable String comment) {
    }

    record ReviewPage(String id, String organisation, int version, String submitted, @Nullable Integer approvedVersion,
                      List<ComparedSection> sections, List<EvidenceFile> files, List<Option> outcomes,
                      @Nullable String outcome, @Nullable String reason, FormErrors errors) {
    }
}
