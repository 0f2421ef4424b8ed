package io.restorekit.cli;

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
 * {@code kit/}, unpacked once into a temporary directory.
 */
public final class KitHome {
    static final String PACKAGED = "kit/";

    private KitHome() {
    }

    public static Path resolve(String explicitRoot) {
        if (explicitRoot != null && !explicitRoot.isBlank()) {
            return Path.of(explicitRoot).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("features")) && Files.isDirectory(cwd.resolve("schemas"))) {
            return cwd;
        }
        return unpack();
    }

    private static Path unpack() {
        Path jar;
        try {
            jar = Path.of(KitHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the kit's jar: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("run from the kit's directory, or pass --kit-root: no features/ and schemas/ here"
                    + " and no packaged copy in " + jar);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Path home = Files.createTempDirectory("restorekit-");
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
