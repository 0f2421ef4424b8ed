package io.restorekit.report.docpage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium for the rendering check: found on the PATH, or installed with apt-get when absent and
 * this process may (root, and {@code docpage.browser.install} not {@code false}). {@link #unavailable} says why not.
 */
final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 120;

    /** What one headless run printed. */
    record Run(int exit, String stdout, String stderr) {
    }

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    private static String why = null;
    private static Chromium found = null;

    /** The browser, installing it first if it must and may; empty with {@link #unavailable()} saying why. */
    static synchronized Optional<Chromium> find() {
        if (found == null && why == null) {
            Optional<Path> onPath = onPath();
            if (onPath.isEmpty()) {
                why = install();
                onPath = onPath();
            }
            if (onPath.isPresent()) {
                found = new Chromium(onPath.get());
                why = null;
            } else if (why == null) {
                why = "apt-get installed no chromium binary on the PATH";
            }
        }
        return Optional.ofNullable(found);
    }

    static String unavailable() {
        return why;
    }

    private static Optional<Path> onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Null when installed; else why it was not. */
    private static String install() {
        if ("false".equals(System.getProperty("docpage.browser.install"))) {
            return "no chromium on the PATH, and docpage.browser.install=false forbids installing it";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "no chromium on the PATH, and installing it (apt-get install -y chromium) needs root";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return "no chromium on the PATH and no apt-get to install it (not a Debian machine)";
        }
        try {
            for (List<String> cmd : List.of(List.of("apt-get", "update", "-q"), List.of("apt-get", "install", "-y", "-q", "chromium"))) {
                Run run = exec(cmd, 900);
                if (run.exit() != 0) {
                    return String.join(" ", cmd) + " failed (exit " + run.exit() + "): " + last(run.stderr());
                }
            }
            return null;
        } catch (IOException e) {
            return "cannot run apt-get: " + e.getMessage();
        }
    }

    /** Loads {@code url} headless with {@code flags} (e.g. a screenshot or --dump-dom), logging the console to stderr. */
    Run headless(String url, String... flags) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                // Everything the pages need is in the file: a page that reached for the network would fail to show.
                "--host-resolver-rules=MAP * ~NOTFOUND"));
        cmd.addAll(List.of(flags));
        cmd.add(url);
        return exec(cmd, TIMEOUT_SECONDS);
    }

    private static Run exec(List<String> cmd, long seconds) throws IOException {
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd.subList(0, 2)) + " did not finish within " + seconds + " s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String last(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
