package io.restorekit.junit;

import io.restorekit.reference.ReferenceServer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The running reference stubs, as a test sees them.
 *
 * @param server the reference server: WireMock's admin API ({@code server().wireMock()}), its dataset, its behaviour
 * @param stubs  the stubs folder it serves
 */
public record ReferenceStubsInfo(ReferenceServer server, Path stubs) {

    /** {@code http://127.0.0.1:<port>}: for any HTTP client, and the kit's own {@code conformance.target}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** {@code 127.0.0.1:<port>}: what {@code com.aliyun.teaopenapi.models.Config.setEndpoint} takes (with protocol HTTP). */
    public String endpoint() {
        return "127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** Turns on one more fault, by name of {@code <stubs>/faults} or as a mapping file, until the next reset. */
    public void addFault(String nameOrFile) {
        server.addMappings(ReferenceStubsExtension.faultFile(stubs, nameOrFile));
    }

    /** The faults this stubs folder ships, by name. */
    public Map<String, Path> faults() {
        return ReferenceServer.faults(stubs);
    }
}
