package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.api.ApiCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit against a second source: Alibaba Cloud's API metadata ({@code schemas/<api>/metadata/}). {@link MetadataDiff}
 * lists every difference between the metadata and the kit's request and response schemas; each must be accounted for
 * by exactly one drift entry of the register ({@code "kind": "drift"}, its {@code accounts}). A difference the schemas
 * could take (the page silent, the metadata speaking) is taken into the schema instead, and then is no difference.
 */
class MetadataDriftTest {
    private static final List<String> APIS = List.of("hbr", "dbs");

    /** The outcome of matching differences against the register's drift entries. */
    record Accounting(List<MetadataDiff.Difference> unaccounted, List<String> twice, List<String> stale) {
        boolean clean() {
            return unaccounted.isEmpty() && twice.isEmpty() && stale.isEmpty();
        }

        /** What the test prints when it fails: every unaccounted difference, then double and stale accounts. */
        String report() {
            StringBuilder out = new StringBuilder();
            if (!unaccounted.isEmpty()) {
                out.append(unaccounted.size()).append(" difference(s) between the API metadata and the kit's schemas accounted for")
                        .append(" nowhere: take each into the schema (the page is silent) or into a drift entry's \"accounts\"")
                        .append(" in schemas/defects.json and docs/doc-defects.md:\n");
                unaccounted.forEach(d -> out.append("  ").append(d.describe()).append('\n'));
            }
            if (!twice.isEmpty()) {
                out.append("accounted for by more than one drift entry:\n");
                twice.forEach(t -> out.append("  ").append(t).append('\n'));
            }
            if (!stale.isEmpty()) {
                out.append("drift accounts that match no difference any more (the metadata or the kit changed):\n");
                stale.forEach(s -> out.append("  ").append(s).append('\n'));
            }
            return out.toString();
        }
    }

    static List<MetadataDiff.Difference> differences(List<ApiMetadata> metadata) {
        List<MetadataDiff.Difference> all = new ArrayList<>();
        metadata.forEach(m -> all.addAll(MetadataDiff.of(m, KitFiles.catalog())));
        return all;
    }

    static Accounting account(List<MetadataDiff.Difference> differences, List<JsonNode> drift) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (JsonNode entry : drift) {
            String api = entry.get("api").asText();
            entry.path("accounts").forEach(a -> byKey.computeIfAbsent(api + " " + a.asText(), k -> new ArrayList<>()).add(entry.get("id").asText()));
        }
        List<MetadataDiff.Difference> unaccounted = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (MetadataDiff.Difference d : differences) {
            String key = d.api() + " " + d.key();
            List<String> ids = byKey.getOrDefault(key, List.of());
            if (ids.isEmpty()) {
                unaccounted.add(d);
            } else if (ids.size() > 1) {
                twice.add(key + " (" + String.join(", ", ids) + ")");
            }
            matched.add(key);
        }
        List<String> stale = new ArrayList<>();
        byKey.forEach((key, ids) -> {
            if (!matched.contains(key)) {
                stale.add(String.join(", ", ids) + ": " + key);
            }
        });
        return new Accounting(unaccounted, twice, stale);
    }

    private static List<ApiMetadata> metadata() {
        return APIS.stream().map(ApiMetadata::of).toList();
    }

    @Test
    void everyDifferenceFromTheMetadataIsAccountedForByExactlyOneDriftEntry() {
        List<MetadataDiff.Difference> found = differences(metadata());
        Accounting accounting = account(found, DefectRegister.drift());
        assertThat(accounting.clean()).as(accounting.report()).isTrue();
        assertThat(found).as("the diff finds the known drift (a differ that finds nothing proves nothing)").isNotEmpty();
    }

    @Test
    void aChangedMaximumAndANewParameterComeOutUnaccounted() {
        ApiMetadata hbr = ApiMetadata.of("hbr");
        ObjectNode changed = (ObjectNode) hbr.document();
        ArrayNode parameters = (ArrayNode) changed.at("/api/parameters");
        for (JsonNode p : parameters) {
            if (p.path("name").asText().equals("PageSize")) {
                ((ObjectNode) p.get("schema")).put("maximum", "120");
            }
            if (p.path("name").asText().equals("PageNumber")) {
                ((ObjectNode) p.get("schema")).put("maximum", "1000");
            }
        }
        parameters.addObject().put("name", "VaultId").put("in", "query").putObject("schema")
                .put("description", "The ID of the backup vault.").put("type", "string").put("required", false);
        ObjectNode job = (ObjectNode) changed.at("/api/responses/200/schema/properties/RestoreJobs/properties/RestoreJob/items/properties");
        job.putObject("SnapshotSize").put("type", "integer").put("format", "int64");
        ((ObjectNode) changed.at("/api/responses/200/schema/properties/TotalCount")).put("format", "int64");

        List<ApiMetadata> modified = List.of(hbr.with(changed), ApiMetadata.of("dbs"));
        Accounting accounting = account(differences(modified), DefectRegister.drift());

        assertThat(accounting.clean()).isFalse();
        assertThat(accounting.unaccounted()).extracting(MetadataDiff.Difference::describe).containsExactlyInAnyOrder(
                "hbr request:/PageNumber/maximum: metadata 1000, kit absent",
                "hbr request:/PageSize/maximum: metadata 120, kit 99   [\"maximum\": \"120\", while its description says 99]",
                "hbr request:/VaultId/presence: metadata present, kit absent",
                "hbr response:/TotalCount/format: metadata int64, kit int32",
                "hbr response:/RestoreJobs/RestoreJob/[]/SnapshotSize/presence: metadata present, kit absent");
        assertThat(accounting.stale()).containsExactly("HBR-D25: hbr request:/PageSize/maximum: metadata 100, kit 99");
        assertThat(accounting.twice()).isEmpty();
        assertThat(accounting.report()).contains("5 difference(s)", "request:/VaultId/presence: metadata present, kit absent",
                "request:/PageSize/maximum: metadata 120, kit 99", "HBR-D25: hbr request:/PageSize/maximum: metadata 100, kit 99");
    }

    @Test
    void aDifferenceAccountedForTwiceIsNamed() {
        List<MetadataDiff.Difference> found = differences(metadata());
        List<JsonNode> drift = new ArrayList<>(DefectRegister.drift());
        drift.add(KitFiles.json("{\"id\": \"HBR-D99\", \"api\": \"hbr\", \"accounts\": [\"request:/PageSize/maximum: metadata 100, kit 99\"]}"));
        Accounting accounting = account(found, drift);
        assertThat(accounting.twice()).containsExactly("hbr request:/PageSize/maximum: metadata 100, kit 99 (HBR-D25, HBR-D99)");
        assertThat(accounting.unaccounted()).isEmpty();
    }

    @Test
    void theDiffReadsKeywordsDescriptionsAndOverlays() {
        List<String> keys = differences(metadata()).stream().map(d -> d.api() + " " + d.key()).toList();
        assertThat(keys).contains(
                "hbr request:/PageSize/maximum: metadata 100, kit 99",
                "dbs request:/PageSize/maximum: metadata 100, kit absent",
                "dbs request:/PageNum/x-literal/minimum: metadata 0, kit 1",
                "dbs request:/RestoreTaskId/exclusiveWith: metadata BackupPlanId, kit absent",
                "dbs response:/Items/x-literal/type: metadata object, kit array");
        assertThat(keys).as("what the schemas took from the metadata is no difference")
                .noneMatch(k -> k.contains("/maxItems")).noneMatch(k -> k.contains("/format"));
    }

    @Test
    void everyKeywordTakenFromTheMetadataNamesItsCopy() throws Exception {
        Pattern cited = Pattern.compile("from the API metadata \\((schemas/([a-z]+)/metadata/[^ :)]+)");
        int found = 0;
        try (Stream<Path> files = Files.walk(KitFiles.schemas())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                Matcher m = cited.matcher(KitFiles.text(file));
                while (m.find()) {
                    found++;
                    assertThat(KitFiles.root().resolve(m.group(1))).as(file + " cites " + m.group(1)).isRegularFile();
                    assertThat(KitFiles.schemas().relativize(file).getName(0).toString()).as(file + " cites its own API's metadata")
                            .isEqualTo(m.group(2));
                }
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCopiesAreTheRecordedBytesAndNoLoaderReadsThem() throws Exception {
        for (ApiMetadata m : metadata()) {
            Path dir = m.file().getParent();
            String readme = KitFiles.text(dir.resolve("README.md"));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(m.file())));
            assertThat(readme).as(m.relativeName() + ": the SHA-256 its README records").contains("`" + sha + "`")
                    .contains("dew-serverless/acs-metadata").contains("b3c749c").contains("en_us");
            assertThat(m.document().path("action").asText()).as(m.relativeName()).isEqualTo(m.file().getFileName().toString().replace(".api-docs.json", ""));
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.endsWith(".schema.json") || n.equals("descriptor.json"));
            }
        }
        assertThat(KitFiles.catalog().apis()).containsExactlyInAnyOrder("hbr", "dbs");
        assertThat(ApiCatalog.load(KitFiles.schemas()).all()).hasSize(2);
    }
}
