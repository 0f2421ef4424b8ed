package io.restorekit.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.engine.DatasetRecord;
import io.restorekit.reference.engine.ListingHook;
import io.restorekit.reference.engine.RpcRequest;

/** A test hook (registered in src/test/resources/META-INF/services): keeps only the record a call names in KitFirst. */
public final class FirstJobOnlyHook implements ListingHook {
    @Override
    public String getName() {
        return "kit-first-only";
    }

    @Override
    public boolean keeps(DatasetRecord record, RpcRequest request) {
        return request.param("KitFirst").map(id -> record.itemText("RestoreId").map(id::equals).orElse(false)).orElse(true);
    }

    @Override
    public ObjectNode finish(ObjectNode body, RpcRequest request) {
        return request.param("KitFirst").isPresent() ? body.put("KitHook", getName()) : body;
    }
}
