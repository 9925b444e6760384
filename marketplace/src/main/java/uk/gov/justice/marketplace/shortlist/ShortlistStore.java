package uk.gov.justice.marketplace.shortlist;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.identity.OrganisationDirectory;

/** Shortlists in PostgreSQL; provider names come from identity's directory, which owns the organisations. */
@Singleton
class ShortlistStore {

    /** An organisation's shortlists have different names (V8). */
    static final String NAME_UNIQUE = "shortlist_organisation_id_name_key";

    private final JdbcOperations jdbc;
    private final OrganisationDirectory directory;

    ShortlistStore(JdbcOperations jdbc, OrganisationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    boolean nameTaken(UUID organisationId, String name) {
        return jdbc.prepareStatement(
                "select count(*) from shortlist where organisation_id = ? and lower(name) = " + "lower(?)",
                statement -> {
                    statement.setObject(1, organisationId, Types.OTHER);
                    statement.setString(2, name);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getLong(1) > 0;
                    }
                });
    }

    void create(UUID id, UUID organisationId, String name, String by, Instant at) {
        jdbc.prepareStatement(
                "insert into shortlist (id, organisation_id, name, created_by, created_at) " + "values (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, id, Types.OTHER);
                    statement.setObject(2, organisationId, Types.OTHER);
                    statement.setString(3, name);
                    statement.setString(4, by);
                    statement.setTimestamp(5, Timestamp.from(at));
                    return statement.executeUpdate();
                });
    }

    /** Adds the provider unless it is on the list already; true if it was added. */
    boolean add(UUID shortlistId, UUID providerId, String by, Instant at) {
        return jdbc.prepareStatement(
                "insert into shortlist_entry (shortlist_id, provider_id, added_by, added_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing",
                statement -> {
                    statement.setObject(1, shortlistId, Types.OTHER);
                    statement.setObject(2, providerId, Types.OTHER);
                    statement.setString(3, by);
                    statement.setTimestamp(4, Timestamp.from(at));
                    return statement.executeUpdate() == 1;
                });
    }

    boolean remove(UUID shortlistId, UUID providerId) {
        return jdbc.prepareStatement(
                "delete from shortlist_entry where shortlist_id = ? and provider_id = ?", statement -> {
                    statement.setObject(1, shortlistId, Types.OTHER);
                    statement.setObject(2, providerId, Types.OTHER);
                    return statement.executeUpdate() == 1;
                });
    }

    /** The organisation that owns the shortlist, if it exists. */
    Optional<UUID> owner(UUID shortlistId) {
        return jdbc.prepareStatement("select organisation_id from shortlist where id = ?", statement -> {
            statement.setObject(1, shortlistId, Types.OTHER);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.<UUID>empty();
            }
        });
    }

    List<Shortlist> ofOrganisation(UUID organisationId) {
        List<Shortlist> lists = jdbc.prepareStatement(
                "select id, name, created_by, created_at from shortlist "
                        + "where organisation_id = ? order by created_at, name",
                statement -> {
                    statement.setObject(1, organisationId, Types.OTHER);
                    List<Shortlist> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(new Shortlist(
                                    rows.getObject(1, UUID.class),
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getTimestamp(4).toInstant(),
                                    List.of()));
                        }
                    }
                    return found;
                });
        return lists.stream()
                .map(l -> new Shortlist(l.id(), l.name(), l.createdBy(), l.createdAt(), entries(l.id())))
                .toList();
    }

    private List<Shortlist.Entry> entries(UUID shortlistId) {
        List<Added> added = jdbc.prepareStatement(
                "select provider_id, added_by, added_at "
                        + "from shortlist_entry where shortlist_id = ? order by added_at",
                statement -> {
                    statement.setObject(1, shortlistId, Types.OTHER);
                    List<Added> rows = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            rows.add(new Added(
                                    row.getObject(1, UUID.class),
                                    row.getString(2),
                                    row.getTimestamp(3).toInstant()));
                        }
                    }
                    return rows;
                });
        Map<UUID, String> names =
                directory.namesOf(added.stream().map(Added::providerId).toList());
        return added.stream()
                .map(a -> new Shortlist.Entry(a.providerId(), names.get(a.providerId()), a.by(), a.at()))
                .toList();
    }

    /** An entry as shortlist's own table holds it: the provider's name is identity's to give. */
    private record Added(UUID providerId, String by, Instant at) {}
}
