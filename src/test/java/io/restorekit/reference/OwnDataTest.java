package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.rules.Reading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --data DIR}: the stubs serve your own datasets; a bad file stops the start naming the file, the record and the field. */
class OwnDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** The stubs' own datasets, cut to their first {@code keep} records, with {@code edit} applied to the HBR ones. */
    private void writeData(int keep, java.util.function.Consumer<ArrayNode> edit) throws IOException {
        for (String name : new String[] {"hbr-restore-jobs.json", "dbs-restore-tasks.json"}) {
            ObjectNode root = (ObjectNode) JSON.readTree(Stubs.dir().resolve("data").resolve(name).toFile());
            ArrayNode records = (ArrayNode) root.get("records");
            while (records.size() > keep) {
                records.remove(records.size() - 1);
            }
            if (name.startsWith("hbr")) {
                edit.accept(records);
            }
            Files.writeString(data.resolve(name), root.toString());
        }
    }

    @Test
    void theStubsServeTheDatasetsOfTheFolderGiven() throws Exception {
        writeData(3, records -> ((ObjectNode) records.get(0).get("item")).put("RestoreId", "r-my-own-job"));
        try (ReferenceServer server = ReferenceServer.start(Stubs.dir(), 0, null, Reading.DOCUMENTED,
                io.restorekit.config.Contract.SEED, data)) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/?Action=DescribeRestoreJobs2&Version=2017-09-08&PageSize=99")).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(answer.body());
            assertThat(body.path("TotalCount").asInt()).isEqualTo(3);
            assertThat(body.path("RestoreJobs").path("RestoreJob").findValuesAsText("RestoreId")).contains("r-my-own-job");
        }
    }

    @Test
    void aFieldTheRulesCompareAsAnIntegerThatIsNotOneStopsTheStartNamingFileRecordAndField() throws Exception {
        writeData(5, records -> ((ObjectNode) records.get(2).get("item")).put("CreatedTime", "yesterday"));
        StringWriter err = new StringWriter();
        int exit = ReferenceServerMain.commandLine(new ReferenceServerMain()).setErr(new PrintWriter(err))
                .execute("--port", "0", "--stubs", Stubs.dir().toString(), "--data", data.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("hbr-restore-jobs.json").contains("record 3")
                .contains("/item/CreatedTime").contains("\"yesterday\"").contains("not an integer");
    }

    @Test
    void aMissingFileOrARecordWithoutItemIsOneLine() throws Exception {
        writeData(2, records -> ((ObjectNode) records.get(1)).remove("item"));
        StringWriter err = new StringWriter();
        int exit = ReferenceServerMain.commandLine(new ReferenceServerMain()).setErr(new PrintWriter(err))
                .execute("--port", "0", "--stubs", Stubs.dir().toString(), "--data", data.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("record 2 has no \"item\" object");

        Files.delete(data.resolve("dbs-restore-tasks.json"));
        writeData(2, records -> { });
        Files.delete(data.resolve("dbs-restore-tasks.json"));
        StringWriter err2 = new StringWriter();
        int exit2 = ReferenceServerMain.commandLine(new ReferenceServerMain()).setErr(new PrintWriter(err2))
                .execute("--port", "0", "--stubs", Stubs.dir().toString(), "--data", data.toString());
        assertThat(exit2).isEqualTo(2);
        assertThat(err2.toString().strip()).doesNotContain("\n").contains("has no dbs-restore-tasks.json");
    }
}
