package io.restorekit.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A setting that names a recording ({@code conformance.target=snapshot:<folder>}, {@code conformance.parity}): the folder
 * must exist and hold WireMock's {@code mappings/}, else the setting is refused at once, in one line.
 */
public final class RecordingFolder {
    /** The folder of a recording's stub mappings, in WireMock's layout. */
    public static final String MAPPINGS = "mappings";

    private RecordingFolder() {
    }

    /** The folder {@code value} names, absolute; {@code setting} is how the message names where it came from. */
    public static Path checkReadable(String setting, String value) {
        Path dir = Path.of(value.trim()).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException(setting + "='" + value + "': " + dir + " does not exist; name a folder that"
                    + " conformance.record wrote (it holds mappings/ and __files/)");
        }
        if (!Files.isDirectory(dir.resolve(MAPPINGS))) {
            throw new ConfigurationException(setting + "='" + value + "': " + dir + " has no mappings/ folder, so it is not"
                    + " a recording; name a folder that conformance.record wrote");
        }
        return dir;
    }
}
