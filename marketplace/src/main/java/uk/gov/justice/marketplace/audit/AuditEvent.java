package uk.gov.justice.marketplace.audit;

/**
 * What was decided, about what, why, and the subject before and after (short summaries a steward can read).
 * The action is a dotted past-tense name, e.g. {@code organisation.registered}.
 */
public record AuditEvent(
        String action, String subjectType, String subjectId, String reason, String before, String after) {

    public AuditEvent {
        require(action, "action");
        require(subjectType, "subjectType");
        require(subjectId, "subjectId");
    }

    public static AuditEvent of(String action, String subjectType, Object subjectId, String after) {
        return new AuditEvent(action, subjectType, String.valueOf(subjectId), null, null, after);
    }

    public AuditEvent because(String why) {
        return new AuditEvent(action, subjectType, subjectId, why, before, after);
    }

    public AuditEvent was(String summaryBefore) {
        return new AuditEvent(action, subjectType, subjectId, reason, summaryBefore, after);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit event needs its " + name);
        }
    }
}
