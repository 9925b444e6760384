package uk.gov.justice.marketplace.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.gov.justice.marketplace.common.web.Pages;

/** The market steward reads and filters the audit trail. */
@Hidden
@Controller("/audit")
@Produces(MediaType.TEXT_HTML)
@Secured(AuditLog.STEWARD_ROLE)
class AuditPages {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/London"));

    private final AuditLog log;
    private final Pages pages;

    AuditPages(AuditLog log, Pages pages) {
        this.pages = pages;
        this.log = log;
    }

    @Get
    HttpResponse<?> trail(@RequestBean AuditFilter filter, HttpRequest<?> request) {
        AuditQuery query = filter.toQuery();
        List<AuditEntry> found = log.find(query);
        boolean more = found.size() > query.pageSize();
        List<AuditTrailPage.Row> rows =
                found.stream().limit(query.pageSize()).map(AuditPages::row).toList();
        ChainVerification chain = log.verify();
        AuditCheckpoint anchor = chain.lastCheckpoint();
        return pages.page(
                request,
                "audit/trail",
                new AuditTrailPage(
                        filter.actor(),
                        filter.action(),
                        filter.subject(),
                        filter.from(),
                        filter.to(),
                        rows,
                        chain.intact(),
                        chain.entriesChecked(),
                        chain.firstBrokenSequence(),
                        anchor == null ? null : anchor.entryCount(),
                        anchor == null ? null : WHEN.format(anchor.madeAt()),
                        query.page() > 1 ? href(filter, query.page() - 1) : null,
                        more ? href(filter, query.page() + 1) : null));
    }

    private static AuditTrailPage.Row row(AuditEntry e) {
        String change = (e.event().before() == null ? "" : e.event().before() + " → ")
                + (e.event().after() == null ? "" : e.event().after());
        return new AuditTrailPage.Row(
                String.valueOf(e.sequence()),
                WHEN.format(e.recordedAt()),
                e.actor().email(),
                e.actor().organisationName(),
                e.event().action(),
                e.event().subjectType() + " " + e.event().subjectId(),
                e.event().reason(),
                change);
    }

    private static String href(AuditFilter filter, int page) {
        UriBuilder uri = UriBuilder.of("/audit");
        addIfPresent(uri, "actor", filter.actor());
        addIfPresent(uri, "action", filter.action());
        addIfPresent(uri, "subject", filter.subject());
        addIfPresent(uri, "from", filter.from());
        addIfPresent(uri, "to", filter.to());
        return uri.queryParam("page", page).toString();
    }

    private static void addIfPresent(UriBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
