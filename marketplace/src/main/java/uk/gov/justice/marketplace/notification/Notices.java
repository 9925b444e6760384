package uk.gov.justice.marketplace.notification;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** In-portal notices: written in the deciding transaction, read on the dashboard, dismissed by the organisation. */
@Singleton
public class Notices {

    private final JdbcOperations jdbc;
    private final Clock clock;

    Notices(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = MANDATORY)
    public void tell(UUID organisationId, String messageKey, String detail, String link) {
        jdbc.prepareStatement(
                "insert into notice (id, organisation_id, message_key, detail, link, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, UUID.randomUUID(), Types.OTHER);
                    statement.setObject(2, organisationId, Types.OTHER);
                    statement.setString(3, messageKey);
                    statement.setString(4, detail);
                    statement.setString(5, link);
                    statement.setTimestamp(6, Timestamp.from(clock.instant()));
                    return statement.executeUpdate();
                });
    }

    @ReadOnly
    public List<Notice> unread(UUID organisationId) {
        return jdbc.prepareStatement(
                "select id, organisation_id, message_key, detail, link, created_at from notice "
                        + "where organisation_id = ? and read_at is null order by created_at desc limit 20",
                statement -> {
                    statement.setObject(1, organisationId, Types.OTHER);
                    List<Notice> notices = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            notices.add(new Notice(
                                    rows.getObject(1, UUID.class),
                                    rows.getObject(2, UUID.class),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5),
                                    rows.getTimestamp(6).toInstant()));
                        }
                    }
                    return notices;
                });
    }

    /** Only the organisation's own notices can be dismissed by it. */
    @Transactional
    public void dismiss(UUID organisationId, UUID noticeId) {
        jdbc.prepareStatement(
                "update notice set read_at = ? where id = ? and organisation_id = ? and read_at is null", statement -> {
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    statement.setObject(2, noticeId, Types.OTHER);
                    statement.setObject(3, organisationId, Types.OTHER);
                    return statement.executeUpdate();
                });
    }
}
