package io.accord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Checks written for Node.js with tools from npm, in {@code src/test/browser} (installed by {@code .ci/run}). */
public final class NodeChecks {

    public static final Path FOLDER = Path.of("src/test/browser");

    private NodeChecks() {}

    /**
     * Skips the test where {@code npm ci --prefix src/test/browser} has not installed {@code module} (and, for the
     * browser, Chromium); under CI, which installs them, fails instead.
     */
    public static void requireInstalled(String module, boolean andMore, String missing) {
        boolean ready =
                andMore && Files.isDirectory(FOLDER.resolve("node_modules").resolve(module));
        assertTrue(ready || System.getenv("CI") == null, missing);
        Assumptions.assumeTrue(ready, missing);
    }

    /** Runs {@code node script args…} in the folder; fails the test on a non-zero exit. Returns what it printed. */
    public static String run(int minutes, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command)
                .directory(FOLDER.toFile())
                .redirectErrorStream(true)
                .start();
        String output;
        try {
            if (!node.waitFor(minutes, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                throw new AssertionError(script + " did not finish in " + minutes + " minutes");
            }
        } finally {
            output = new String(node.getInputStream().readAllBytes());
        }
        assertEquals(0, node.exitValue(), script + " said:\n" + output);
        return output;
    }
}
