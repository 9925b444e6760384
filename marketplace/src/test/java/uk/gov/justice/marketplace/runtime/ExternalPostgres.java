package uk.gov.justice.marketplace.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster run with Debian's own binaries, as an operator's external database would be: its own
 * data directory and port, a login role owning one database, and a server the test can stop and start. PostgreSQL
 * refuses to run as root, so as root every binary runs as the {@code postgres} user, on a directory it owns.
 */
public final class ExternalPostgres implements AutoCloseable {

    private static final String DATABASE = "marketplace";
    private static final String ROLE = "marketplace";
    private static final String PASSWORD = "a-private-test-cluster-password";
    private static final String SUPERUSER = "postgres";
    private static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql");

    private final Path binaries;
    private final Path home;
    private final int port;

    private ExternalPostgres(Path binaries, Path home, int port) {
        this.binaries = binaries;
        this.home = home;
        this.port = port;
    }

    /** A new cluster on a free port, started, with the service's role and database in it. */
    public static ExternalPostgres start() {
        Path binaries = debianBinaries();
        try {
            Path home = Files.createTempDirectory("marketplace-external-postgres");
            ExternalPostgres cluster = new ExternalPostgres(binaries, home, freePort());
            Files.writeString(home.resolve("superuser-password"), PASSWORD);
            cluster.handToPostgres();
            cluster.run(
                    "initdb",
                    "-D",
                    cluster.data().toString(),
                    "-U",
                    SUPERUSER,
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "--pwfile=" + home.resolve("superuser-password"),
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8");
            cluster.startServer();
            cluster.asSuperuserIn(
                    "postgres",
                    "create role " + ROLE + " login password '" + PASSWORD + "'",
                    "create database " + DATABASE + " owner " + ROLE);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As an operator names it to the service. */
    public String databaseUrl() {
        return "postgres://" + ROLE + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + DATABASE;
    }

    public void startServer() {
        run(
                "pg_ctl",
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                data().toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1");
    }

    /** Every server process ends at once, with no shutdown checkpoint: the nearest to pulling the plug. */
    public void stopServerAtOnce() {
        run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", data().toString());
    }

    private void asSuperuserIn(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            stopServerAtOnce();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private static Path debianBinaries() {
        try (Stream<Path> versions = Files.list(DEBIAN_BINARIES)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(ExternalPostgres::notInstalled);
        } catch (IOException e) {
            throw notInstalled();
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("No PostgreSQL binaries in " + DEBIAN_BINARIES + "/<version>/bin: install "
                + "Debian's postgresql package (apt-get install postgresql; .ci/run does) to run the external "
                + "database tests");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void handToPostgres() {
        if (root()) {
            command(List.of("chown", "-R", SUPERUSER + ":", home.toString()));
        }
    }

    private void run(String binary, String... arguments) {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        command.add(binaries.resolve(binary).toString());
        command.addAll(List.of(arguments));
        command(command);
    }

    private void command(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            // pg_ctl start hands its output to the server's log; what is left is short.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
