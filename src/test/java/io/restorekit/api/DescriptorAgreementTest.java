package io.restorekit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.TestApis;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.schema.SchemaKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The descriptor's paging defaults and timestamp unit say what the schemas say, for every API of every kit (the third
 * API fixture's too): the oracle reads the descriptor, the judging reads the schemas, and they must not drift apart.
 */
class DescriptorAgreementTest {
    static Stream<Arguments> apis() {
        List<Arguments> all = new ArrayList<>();
        for (Path kit : List.of(TestApis.ROOT, TestApis.ROOT.resolve("src/test/resources/third-api"))) {
            Path schemas = kit.resolve("schemas");
            ApiCatalog.load(schemas).all().forEach(api -> all.add(Arguments.of(api.id(), api, SchemaCatalog.load(schemas))));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void pagingDefaultsAreTheRequestSchemasDefaults(String id, ApiDescriptor api, SchemaCatalog schemas) {
        JsonNode properties = schemas.dereferencedSchemaJson(api.id(), SchemaKind.REQUEST).path("properties");
        ApiDescriptor.Paging paging = api.paging();
        assertThat(properties.path(paging.sizeParam()).path("default").asInt(Integer.MIN_VALUE))
                .as(id + " " + paging.sizeParam() + " default").isEqualTo(paging.defaultSize());
        assertThat(properties.path(paging.pageParam()).path("default").asInt(Integer.MIN_VALUE))
                .as(id + " " + paging.pageParam() + " default").isEqualTo(paging.defaultPage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void theTimestampUnitIsTheResponseSchemas(String id, ApiDescriptor api, SchemaCatalog schemas) {
        JsonNode response = schemas.dereferencedSchemaJson(api.id(), SchemaKind.RESPONSE);
        List<String> units = new ArrayList<>();
        response.findValues("x-timestamp-unit").forEach(u -> units.add(u.asText()));
        response.findValues("x-timestamp-unit-reading").forEach(u -> units.add(u.asText()));
        assertThat(units).as(id + ": the response schema's timestamp units").isNotEmpty().containsOnly(api.timestampUnit());
    }
}
