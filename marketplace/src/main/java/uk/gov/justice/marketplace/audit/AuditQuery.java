package uk.gov.justice.marketplace.audit;

import java.time.LocalDate;

/** A steward's filter over the trail; any part may be empty. Pages are 1-based. */
public record AuditQuery(
        String actorEmail, String action, String subject, LocalDate from, LocalDate to, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 500;

    public AuditQuery {
        page = Math.max(page, 1);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
