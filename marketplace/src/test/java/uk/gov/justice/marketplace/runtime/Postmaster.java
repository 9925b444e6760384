package uk.gov.justice.marketplace.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The embedded PostgreSQL's processes, for the fault tests. */
final class Postmaster {

    private Postmaster() {}

    /**
     * Kills the postmaster and every server process at once with SIGKILL, as a crash or the kernel's OOM killer
     * would. The first line of postmaster.pid is the postmaster's process id; its children are the server processes.
     */
    static void kill(Path dataDirectory) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .trim());
            ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
            List<ProcessHandle> serverProcesses = handle.descendants().toList();
            handle.destroyForcibly();
            serverProcesses.forEach(ProcessHandle::destroyForcibly);
            handle.onExit().join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
