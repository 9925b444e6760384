package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.UntrustedText;

/** Supply chains in PostgreSQL, the aggregate as JSON; loading for a change takes the row lock. */
@Singleton
class SupplyChainStore {

    private static final String SELECT = "select document from supply_chain ";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    SupplyChainStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void create(SupplyChain chain, Instant at) {
        jdbc.prepareStatement("insert into supply_chain (id, lead_id, area, name, document, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?::jsonb, ?, ?)", statement -> {
            statement.setObject(1, chain.id(), Types.OTHER);
            statement.setObject(2, chain.leadId(), Types.OTHER);
            statement.setString(3, chain.area());
            statement.setString(4, chain.name());
            statement.setString(5, write(chain));
            statement.setTimestamp(6, Timestamp.from(at));
            statement.setTimestamp(7, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    void save(SupplyChain chain, Instant at) {
        jdbc.prepareStatement("update supply_chain set document = ?::jsonb, updated_at = ? where id = ?", statement -> {
            statement.setString(1, write(chain));
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setObject(3, chain.id(), Types.OTHER);
            return statement.executeUpdate();
        });
    }

    Optional<SupplyChain> lock(UUID id) {
        return list(SELECT + "where id = ? for update", s -> s.setObject(1, id, Types.OTHER)).stream().findFirst();
    }

    Optional<SupplyChain> read(UUID id) {
        return list(SELECT + "where id = ?", s -> s.setObject(1, id, Types.OTHER)).stream().findFirst();
    }

    List<SupplyChain> ofLead(UUID leadId) {
        return list(SELECT + "where lead_id = ? order by created_at", s -> s.setObject(1, leadId, Types.OTHER));
    }

    /** Chains the organisation has ever been invited to. */
    List<SupplyChain> withPartner(UUID partnerId) {
        return list(SELECT + "where document -> 'links' @> ?::jsonb order by created_at",
                s -> s.setString(1, "[{\"partnerId\": \"" + partnerId + "\"}]"));
    }

    List<SupplyChain> all() {
        return list(SELECT + "order by area, name", s -> { });
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<SupplyChain> list(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<SupplyChain> chains = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chains.add(read(rows.getString(1)));
                }
            }
            return chains;
        });
    }

    private String write(SupplyChain chain) {
        try {
            return json.writeValueAsString(chain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SupplyChain read(String document) {
        try {
            return UntrustedText.fromOwnStore(() -> json.readValue(document, Argument.of(SupplyChain.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
