package io.restorekit.reference;

import static io.restorekit.reference.DatasetFile.restoreIds;
import static io.restorekit.reference.DatasetFile.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request shapes official clients produce reach the same answers: the Terraform provider's data source
 * ({@code alicloud_hbr_restore_jobs}) POSTs a form body, always sends RestoreType, pages by 50 and sends lower camel
 * case filter keys the page does not list, read as the fields they name (../shared/reference/README.md).
 */
class OfficialClientShapesTest {
    private static RpcCall.Reply terraform(String key, String value) {
        RpcCall call = RpcCall.hbr().param("RestoreType", "ECS_FILE").param("PageSize", 50).param("PageNumber", 1)
                .filter(key, null, value);
        return RpcCall.send(HttpRequest.newBuilder(URI.create(Stubs.shared().baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(call.query())));
    }

    @Test
    void terraformsLowerCamelKeysInAFormBodyAreReadAsTheFieldsTheyName() {
        JsonNode job = standard(r -> r.path("item").path("RestoreType").asText().equals("ECS_FILE")).get(0);
        for (String[] key : new String[][] {{"vaultId", "VaultId"}, {"restoreId", "RestoreId"}, {"sourceType", "SourceType"},
                {"targetInstanceId", "TargetInstanceId"}}) {
            String value = job.path(key[1]).asText();
            List<String> expected = restoreIds(standard(r -> r.path("item").path("RestoreType").asText().equals("ECS_FILE")
                    && r.path("item").path(key[1]).asText().equals(value)));
            RpcCall.Reply reply = terraform(key[0], value);
            assertThat(reply.status()).as(key[0]).isEqualTo(200);
            assertThat(reply.body().path("TotalCount").asInt()).as(key[0]).isEqualTo(expected.size());
            assertThat(reply.body().path("RestoreJobs").path("RestoreJob").findValuesAsText("RestoreId")).as(key[0])
                    .containsExactlyElementsOf(expected.subList(0, Math.min(50, expected.size())));
        }
    }

    @Test
    void aKeyNeitherThePageNorTheClientsKnowIsStillRefused() {
        assertThat(terraform("vaultid", "v-1").status()).isEqualTo(400);
    }
}
