package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which reading of a self-contradicting page the schemas enforce.
 *
 * <p>Where a page contradicts itself (see {@code docs/doc-defects.md}, kit choice "configurable"), a schema node states the
 * kit's tolerant reading in its keywords and the page's literal wording in an {@code x-literal} overlay, e.g.
 * {@code "enum": ["RDS", "rds", ...], "x-literal": {"enum": ["RDS", ...]}}.
 */
public enum SchemaProfile {
    /** The kit's default: keywords as written, {@code x-literal} overlays ignored. */
    TOLERANT,
    /** The page's literal wording: each {@code x-literal} overlay replaces (or, with {@code null}, removes) keywords. */
    LITERAL;

    JsonNode apply(JsonNode schemaDocument) {
        return this == LITERAL ? SchemaOverlay.apply(schemaDocument, SchemaOverlay.LITERAL) : schemaDocument;
    }
}
