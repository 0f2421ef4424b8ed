package io.restorekit.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where the kit's data (features, schemas, stubs, docs) lives for a run: an explicit {@code kit.root}, the
 * current directory when it is the source tree, or else the copy packaged in the runnable jar under
 * {@code kit/}, unpacked once per JVM into a temporary directory that is deleted when the JVM exits.
 */
public final class KitHome {
    static final String PACKAGED = "kit/";
    private static Path unpacked;

    private KitHome() {
    }

    /** The kit a run uses when none is named: the current folder when it holds one, else the jar's copy, else the current folder. */
    public static Path defaultRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("features")) && Files.isDirectory(cwd.resolve("schemas"))) {
            return cwd;
        }
        Path packaged = packaged();
        return packaged != null ? packaged : cwd;
    }

    /** Removes an unpacked copy when the JVM exits, so runs leave nothing behind in the temporary folder. */
    private static void deleteAtExit(Path home) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<Path> walk = Files.walk(home)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // best effort: the temporary folder is the system's to clean
            }
        }, "kit-home-cleanup"));
    }

    /** The kit's packaged copy, unpacked (once); null when this code does not run from the jar. */
    public static synchronized Path packaged() {
        if (unpacked == null && packagedJar() != null) {
            unpacked = unpack();
        }
        return unpacked;
    }

    private static Path packagedJar() {
        try {
            Path jar = Path.of(KitHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** Called once, by {@link #packaged()}. */
    private static Path unpack() {
        Path jar = packagedJar();
        try (JarFile file = new JarFile(jar.toFile())) {
            Path home = Files.createTempDirectory("restorekit-");
            deleteAtExit(home);
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(PACKAGED) || entry.isDirectory()) {
                    continue;
                }
                Path out = home.resolve(entry.getName().substring(PACKAGED.length())).normalize();
                if (!out.startsWith(home)) {
                    continue; // never write outside the home
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the kit's data from " + jar + ": " + e.getMessage(), e);
        }
    }
}
