package io.restorekit.reference.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A rule a rules file cannot say in data, in Java, behind a name: a rules file lists the hooks its API needs
 * ({@code "hooks": ["name"]}) and the server finds them on the classpath ({@link java.util.ServiceLoader}, file
 * {@code META-INF/services/io.restorekit.reference.engine.ListingHook}), as WireMock finds its extensions by
 * {@code getName()}. A rules file naming a hook that is not there fails at start. Both methods default to no change.
 */
public interface ListingHook {
    /** The name rules files use. */
    String getName();

    /** An extra restriction: whether {@code record} stays in the listing of {@code request}. */
    default boolean keeps(DatasetRecord record, RpcRequest request) {
        return true;
    }

    /** The success body, after the rules built it: returned as is, changed, or replaced. */
    default ObjectNode finish(ObjectNode body, RpcRequest request) {
        return body;
    }
}
