package uk.gov.justice.marketplace.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What durability costs: committed single-row writes per second on the embedded PostgreSQL, durable as the service
 * runs it, with each of its three settings turned off alone, and with all three off as the tests run it; from 1 and
 * from 8 connections, each committing every row. Run it with:
 * mvn -B -q -Pdurability-benchmark -DskipTests -pl marketplace -am verify (see docs/operations.md).
 */
public final class DurabilityBenchmark {

    private static final long SECONDS = Long.getLong("benchmark.seconds", 10);
    private static final String ROW = "x".repeat(200);

    private DurabilityBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        runs.put("durable (the service)", EmbeddedDatabase.DURABLE);
        for (String setting :
                EmbeddedDatabase.DURABLE.keySet().stream().sorted().toList()) {
            Map<String, String> oneOff = new HashMap<>(EmbeddedDatabase.DURABLE);
            oneOff.put(setting, "off");
            runs.put(setting + " off", oneOff);
        }
        runs.put("all off (the tests)", EmbeddedDatabase.DISPOSABLE);
        System.out.printf("%-24s %16s %16s%n", "settings", "1 connection/s", "8 connections/s");
        for (Map.Entry<String, Map<String, String>> run : runs.entrySet()) {
            System.out.printf(
                    "%-24s %16.0f %16.0f%n",
                    run.getKey(), writesPerSecond(run.getValue(), 1), writesPerSecond(run.getValue(), 8));
        }
    }

    private static double writesPerSecond(Map<String, String> settings, int connections) throws Exception {
        Path directory = Files.createTempDirectory("durability-benchmark");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(directory);
        settings.forEach(builder::setServerConfig);
        try (EmbeddedPostgres postgres = builder.start()) {
            execute(postgres, "create table written (id bigserial primary key, body text not null)");
            ExecutorService writers = Executors.newFixedThreadPool(connections);
            long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
            List<Callable<Long>> work = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                work.add(() -> writeUntil(postgres, deadline));
            }
            long written = 0;
            for (Future<Long> writer : writers.invokeAll(work)) {
                written += writer.get();
            }
            writers.shutdown();
            return written / (double) SECONDS;
        }
    }

    private static long writeUntil(EmbeddedPostgres postgres, long deadline) throws SQLException {
        long written = 0;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into written (body) values (?)")) {
            insert.setString(1, ROW);
            while (System.nanoTime() < deadline) {
                insert.executeUpdate();
                written++;
            }
        }
        return written;
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
