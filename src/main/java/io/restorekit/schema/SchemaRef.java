package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.util.Map;

/** Where a {@code $ref} read in the document {@code base} points: the document's {@code $id} and a JSON Pointer in it. */
record SchemaRef(URI document, String pointer) {
    static SchemaRef of(URI base, String ref) {
        URI target = base.resolve(ref);
        String text = target.toString();
        int hash = text.indexOf('#');
        return new SchemaRef(URI.create(hash < 0 ? text : text.substring(0, hash)),
                target.getRawFragment() == null ? "" : target.getRawFragment());
    }

    /** The node it names among {@code documents} (missing when the document or the pointer names none). */
    JsonNode in(Map<URI, JsonNode> documents) {
        JsonNode document = documents.get(this.document);
        return document == null ? MissingNode.getInstance() : document.at(pointer);
    }
}
