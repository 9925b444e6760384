package uk.gov.justice.marketplace.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;

/** The audit trail for the market steward: filtered entries, and a check that the chain is intact. */
@ProblemAnswers.NeedsToken
@Controller("/api/audit")
@Secured(AuditLog.STEWARD_ROLE)
@Tag(name = "Audit")
class AuditApi {

    private static final int CHECKPOINTS_LISTED = 100;

    private final AuditLog log;
    private final AuditCheckpoints checkpoints;

    AuditApi(AuditLog log, AuditCheckpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    @Serdeable
    record Entry(
            long sequence,
            Instant recordedAt,
            @Nullable UUID actorUserId,
            String actorEmail,
            @Nullable UUID actorOrganisationId,
            String actorOrganisationName,
            String action,
            String subjectType,
            String subjectId,
            @Nullable String reason,
            @Nullable String before,
            @Nullable String after,
            String previousHash,
            String entryHash) {
        static Entry of(AuditEntry e) {
            return new Entry(
                    e.sequence(),
                    e.recordedAt(),
                    e.actor().userId(),
                    e.actor().email(),
                    e.actor().organisationId(),
                    e.actor().organisationName(),
                    e.event().action(),
                    e.event().subjectType(),
                    e.event().subjectId(),
                    e.event().reason(),
                    e.event().before(),
                    e.event().after(),
                    e.previousHash(),
                    e.entryHash());
        }
    }

    @Serdeable
    record EntriesPage(List<Entry> entries, int page, boolean hasMore) {}

    @ProblemAnswers.RefusesInput
    @Get
    @Operation(summary = "Audit entries, newest first, filtered by actor, action, subject and dates (YYYY-MM-DD)")
    EntriesPage entries(@RequestBean AuditFilter filter) {
        AuditQuery query = filter.toQuery();
        List<AuditEntry> found = log.find(query);
        return new EntriesPage(
                found.stream().limit(query.pageSize()).map(Entry::of).toList(),
                query.page(),
                found.size() > query.pageSize());
    }

    @Get("/verification")
    @Operation(
            summary = "Recompute every hash in the chain, hold it to every signed checkpoint and report the first "
                    + "broken link, if any")
    ChainVerification verify() {
        return log.verify();
    }

    @Get("/checkpoints")
    @Operation(
            summary = "The newest signed checkpoints of the chain (length, head hash, time), for the steward to "
                    + "keep outside the service")
    List<AuditCheckpoint> checkpoints() {
        return checkpoints.newestFirst(CHECKPOINTS_LISTED);
    }

    @Post("/checkpoints")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Sign and publish the chain's head now")
    AuditCheckpoint publishCheckpoint() {
        return checkpoints.publish();
    }
}
