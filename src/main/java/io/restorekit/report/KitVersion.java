package io.restorekit.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version, as the build stamped it. */
public final class KitVersion {
    private KitVersion() {
    }

    public static String get() {
        try (InputStream in = KitVersion.class.getResourceAsStream("/io/restorekit/kit.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
