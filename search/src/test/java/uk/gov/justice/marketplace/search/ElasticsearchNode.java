package uk.gov.justice.marketplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real single-node Elasticsearch for the tests: the integration-test distribution from Maven Central, unpacked by
 * the build, run on the JDK running the tests with a 512 MB heap and security off. Elasticsearch refuses to run as
 * root, so when the build is root the node runs as the unprivileged user "nobody" in a directory it owns.
 * One node per test JVM, stopped when the JVM exits; it can be stopped and started again to test an outage.
 */
public final class ElasticsearchNode {

    private static ElasticsearchNode shared;

    private final Path home;
    private final Path work;
    private final int port;
    private Process process;

    private ElasticsearchNode(Path home, Path work, int port) {
        this.home = home;
        this.work = work;
        this.port = port;
    }

    /** The node all tests in this JVM share, started on first use. */
    public static synchronized ElasticsearchNode shared() {
        if (shared == null) {
            String home = System.getProperty("elasticsearch.home");
            if (home == null) {
                throw new IllegalStateException("elasticsearch.home is not set: run the tests through Maven");
            }
            try {
                shared = new ElasticsearchNode(Path.of(home), Files.createTempDirectory("es-node"), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() {
        try {
            prepareDirectories();
            process = new ProcessBuilder(command())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("console.log").toFile())
                    .start();
            awaitGreen(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.addAll(List.of(
                "env",
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_PATH_CONF=" + work.resolve("config"),
                "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                "ES_TMPDIR=" + work.resolve("tmp"),
                home.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Expack.security.enabled=false",
                "-Ehttp.port=" + port,
                "-Etransport.port=0",
                "-Enetwork.host=127.0.0.1",
                "-Ecluster.name=marketplace-test",
                "-Epath.data=" + work.resolve("data"),
                "-Epath.logs=" + work.resolve("logs"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        return command;
    }

    private void prepareDirectories() throws IOException {
        Path config = work.resolve("config");
        if (!Files.exists(config)) {
            copy(home.resolve("config"), config);
        }
        for (String dir : List.of("data", "logs", "tmp")) {
            Files.createDirectories(work.resolve(dir));
        }
        if (isRoot()) {
            run("chown", "-R", "nobody", work.toString());
        }
    }

    private void awaitGreen(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Elasticsearch stopped while starting: see " + work.resolve("console.log"));
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Elasticsearch did not start within " + limit);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void run(String... command) throws IOException {
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
