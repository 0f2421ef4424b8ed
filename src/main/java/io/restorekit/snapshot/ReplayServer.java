package io.restorekit.snapshot;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.nio.file.Path;

/**
 * A recording served again: an embedded WireMock on a free loopback port, loaded from the folder's {@code mappings/}
 * and {@code __files/} exactly as {@code wiremock-standalone --root-dir DIR} would, plus {@link V3ToQuery} so that
 * V3-signed requests (Action in a header) match too. A request the recording lacks gets {@link ReplayMiss}'s answer at
 * once.
 */
public final class ReplayServer implements AutoCloseable {
    private final WireMockServer server;
    private final Path dir;

    private ReplayServer(WireMockServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    public static ReplayServer start(Path dir) {
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderDirectory(dir.toString())
                .notifier(new Slf4jNotifier(false))
                .extensions(new V3ToQuery())
                .notMatchedRendererFactory(extensions -> new ReplayMiss(dir)));
        server.start();
        return new ReplayServer(server, dir);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public Path dir() {
        return dir;
    }

    /** How many recorded requests it serves. */
    public int mappings() {
        return server.getStubMappings().size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
