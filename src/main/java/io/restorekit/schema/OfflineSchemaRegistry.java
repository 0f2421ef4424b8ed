package io.restorekit.schema;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;

/**
 * A networknt registry that reads our schemas from {@link SchemaDocuments} and never fetches a remote resource.
 *
 * <p>The dialect is 2020-12 with the kit's {@code x-*} annotations ({@code x-doc}, {@code x-timestamp-unit},
 * {@code x-literal}, ...) accepted as annotations, and any other unknown keyword rejected, so a typo such as
 * {@code "maximun"} fails loading instead of silently constraining nothing. Three keywords are the kit's own, so the
 * checks beside the schema run in networknt's one pass: {@link DocumentedMembersKeyword},
 * {@link EmbeddedJsonKeyword} and {@link ClientValuesKeyword}.
 */
final class OfflineSchemaRegistry {
    private OfflineSchemaRegistry() {
    }

    static SchemaRegistry create(SchemaDocuments documents) {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .unknownKeywordFactory((keyword, context) -> keyword.startsWith("x-")
                        ? new AnnotationKeyword(keyword)
                        : DisallowUnknownKeywordFactory.getInstance().getKeyword(keyword, context))
                .keyword(new DocumentedMembersKeyword())
                .keyword(new EmbeddedJsonKeyword())
                .keyword(new ClientValuesKeyword())
                .build();
        return SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemas(documents::text)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }
}
