package io.restorekit.reference;

import java.nio.file.Path;

/** Where the committed stubs are, and one shared reference server for the read-only tests. */
final class Stubs {
    private static ReferenceServer shared;

    private Stubs() {
    }

    static Path dir() {
        return Path.of(System.getProperty("kit.root", ".")).resolve("stubs");
    }

    /** Started once per test JVM, stopped when it exits. Tests that swap behaviour start their own server. */
    static synchronized ReferenceServer shared() {
        if (shared == null) {
            shared = ReferenceServer.start(dir(), 0);
            ReferenceServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return shared;
    }
}
