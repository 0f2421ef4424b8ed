package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.FilterOperator;
import io.restorekit.reference.rules.Reading;
import io.restorekit.reference.rules.RulesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules files: readings as merge patches, a wrong rule refused at start, and the named hooks. */
class RulesFileTest {
    private Path stubs;

    @BeforeEach
    void copyStubs() throws IOException {
        stubs = Files.createTempDirectory("rules-stubs");
        io.restorekit.TestFiles.copyTree(Stubs.dir(), stubs);
    }

    @AfterEach
    void deleteStubs() throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(stubs)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aReadingIsAMergePatchNullRemovingObjectsMergingArraysReplacing() {
        RulesFile dbs = RulesFile.read(stubs.resolve("rules/dbs.json"));
        RulesFile hbr = RulesFile.read(stubs.resolve("rules/hbr.json"));

        ApiRules liberalDbs = dbs.rules(Reading.LIBERAL);
        ApiRules liberalHbr = hbr.rules(Reading.LIBERAL);

        assertThat(dbs.rules(Reading.DOCUMENTED).error().has("ErrCode")).isTrue();
        assertThat(liberalDbs.error().has("ErrCode")).as("null removes").isFalse();
        assertThat(liberalDbs.error().has("Recommend")).as("the rest of the object is kept").isTrue();
        assertThat(liberalDbs.selections().get("RestoreTaskId").separator()).as("objects merge").isEqualTo(",");
        assertThat(liberalHbr.filters().orElseThrow().missingFieldMatches()).as("arrays replace").isEmpty();
        assertThat(hbr.rules(Reading.DOCUMENTED).filters().orElseThrow().missingFieldMatches()).containsExactly(FilterOperator.NOT_EQUAL);
        assertThatThrownBy(() -> hbr.rules(new Reading("strict"))).hasMessageContaining("no reading 'strict'");
    }

    @Test
    void aRuleStatedWronglyStopsTheServerAtStartNamingTheFileAndTheRule() throws IOException {
        edit("rules/hbr.json", rules -> {
            ((ObjectNode) rules.get("paging")).put("outOfRange", "clamp");
            return rules;
        });

        assertThatThrownBy(() -> ReferenceServer.start(stubs, 0))
                .hasMessageContaining("rules/hbr.json").hasMessageContaining("outOfRange").hasMessageContaining("clamp");
    }

    @Test
    void aRulesFileNamingAHookNotOnTheClasspathStopsTheServer() throws IOException {
        edit("rules/dbs.json", rules -> rules.set("hooks", RpcCall.MAPPER.createArrayNode().add("no-such-hook")));

        assertThatThrownBy(() -> ReferenceServer.start(stubs, 0))
                .hasMessageContaining("rules/dbs.json").hasMessageContaining("no-such-hook").hasMessageContaining("kit-first-only");
    }

    @Test
    void aNamedHookRestrictsAndFinishesTheAnswersOfItsApiOnly() throws IOException {
        edit("rules/hbr.json", rules -> rules.set("hooks", RpcCall.MAPPER.createArrayNode().add("kit-first-only")));
        String id = DatasetFile.restoreIds(DatasetFile.standard(r -> true)).get(5);

        try (ReferenceServer server = ReferenceServer.start(stubs, 0)) {
            JsonNode hooked = RpcCall.hbr().param("KitFirst", id).post(server).body();
            JsonNode plain = RpcCall.hbr().post(server).body();

            assertThat(hooked.path("TotalCount").asInt()).isEqualTo(1);
            assertThat(hooked.path("KitHook").asText()).isEqualTo("kit-first-only");
            assertThat(plain.path("TotalCount").asInt()).isEqualTo(DatasetFile.standard(r -> true).size());
            assertThat(RpcCall.dbs().param("KitFirst", id).post(server).body().has("KitHook")).as("DBS names no hook").isFalse();
        }
    }

    @Test
    void anApiIsAddedByAMappingARulesFileAndADataset() throws IOException {
        // A second copy of DBS under another Action: no Java names it.
        String mapping = Files.readString(stubs.resolve("mappings/dbs-describe-restore-task-list.json"))
                .replace("\"DescribeRestoreTaskList\"", "\"DescribeKitCopyTaskList\"").replace("rules/dbs.json", "rules/kitcopy.json");
        Files.writeString(stubs.resolve("mappings/kitcopy.json"), mapping);
        Files.writeString(stubs.resolve("rules/kitcopy.json"), Files.readString(stubs.resolve("rules/dbs.json"))
                .replace("\"DescribeRestoreTaskList\"", "\"DescribeKitCopyTaskList\""));

        try (ReferenceServer server = ReferenceServer.start(stubs, 0)) {
            JsonNode copy = RpcCall.none().param("Action", "DescribeKitCopyTaskList").param("Version", "2019-03-06")
                    .post(server).body();

            assertThat(copy.path("TotalElements").asInt()).isEqualTo(DatasetFile.DBS.size());
            assertThat(RpcCall.dbs().post(server).body().path("TotalElements").asInt()).isEqualTo(DatasetFile.DBS.size());
        }
    }

    private void edit(String file, UnaryOperator<ObjectNode> change) throws IOException {
        Path path = stubs.resolve(file);
        ObjectNode rules = (ObjectNode) RpcCall.MAPPER.readTree(Files.readString(path));
        Files.writeString(path, RpcCall.MAPPER.writeValueAsString(change.apply(rules)));
    }
}
