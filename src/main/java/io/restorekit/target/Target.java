package io.restorekit.target;

import io.restorekit.api.ApiDescriptor;
import java.net.URI;
import java.util.Optional;

/** Where the requests of one run go, per API. Closing it stops whatever it started. */
public interface Target extends AutoCloseable {
    URI endpoint(ApiDescriptor api);

    /** One line for reports: "embedded reference stubs at http://127.0.0.1:5123". */
    String description();

    /** The region to send as RegionId, when the target has one. */
    default Optional<String> region() {
        return Optional.empty();
    }

    default boolean live() {
        return false;
    }

    @Override
    default void close() {
    }
}
