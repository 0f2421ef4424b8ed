package io.restorekit.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.wire.RpcResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A success answer seen through its API's descriptor: the items, their ids, the total and the echoes. */
public final class Listing {
    private final ApiDescriptor api;
    private final RpcResponse response;
    private final List<JsonNode> items;

    public Listing(ApiDescriptor api, RpcResponse response) {
        this.api = api;
        this.response = response;
        JsonNode array = response.json() == null ? null : response.json().at(api.list().itemsPointer());
        List<JsonNode> found = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(found::add);
        }
        this.items = List.copyOf(found);
    }

    public RpcResponse response() {
        return response;
    }

    public List<JsonNode> items() {
        return items;
    }

    /** Whether the documented wrapper holds an array at all (an absent wrapper is not "no items"). */
    public boolean hasItemArray() {
        return response.json() != null && response.json().at(api.list().itemsPointer()).isArray();
    }

    public List<String> ids() {
        return items.stream().map(this::id).toList();
    }

    public String id(JsonNode item) {
        JsonNode id = item.get(api.list().idField());
        return id == null || id.isNull() ? "<no " + api.list().idField() + ">" : id.asText();
    }

    public OptionalLong total() {
        return integer(api.paging().totalField());
    }

    public OptionalLong totalPages() {
        return api.paging().totalPagesField() == null ? OptionalLong.empty() : integer(api.paging().totalPagesField());
    }

    public OptionalLong echoedPage() {
        return integer(api.paging().echoPageField());
    }

    public OptionalLong echoedSize() {
        return integer(api.paging().echoSizeField());
    }

    private OptionalLong integer(String field) {
        JsonNode node = response.json() == null ? null : response.json().get(field);
        return node != null && node.isIntegralNumber() ? OptionalLong.of(node.asLong()) : OptionalLong.empty();
    }
}
