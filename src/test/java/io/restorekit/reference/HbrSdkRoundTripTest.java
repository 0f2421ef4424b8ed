package io.restorekit.reference;

import static io.restorekit.reference.DatasetFile.restoreIds;
import static io.restorekit.reference.DatasetFile.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.hbr20170908.Client;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Request.DescribeRestoreJobs2RequestFilters;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2Response;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2ResponseBody;
import com.aliyun.hbr20170908.models.DescribeRestoreJobs2ResponseBody.DescribeRestoreJobs2ResponseBodyRestoreJobsRestoreJob;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The official HBR Java SDK sends its own requests to the reference and parses every answer into its models. */
class HbrSdkRoundTripTest {
    private final ReferenceServer server = Stubs.shared();

    private Client client(String signatureAlgorithm) throws Exception {
        Config config = new Config()
                .setAccessKeyId("testid")
                .setAccessKeySecret("testsecret")
                .setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + server.port())
                .setProtocol("HTTP");
        if (signatureAlgorithm != null) {
            config.setSignatureAlgorithm(signatureAlgorithm);
        }
        return new Client(config);
    }

    @ParameterizedTest(name = "signature {0}")
    @ValueSource(strings = {"v3 (default)", "v2"})
    void defaultCallParsesIntoTheModels(String signature) throws Exception {
        Client client = client(signature.equals("v2") ? "v2" : null);

        DescribeRestoreJobs2Response response = client.describeRestoreJobs2(new DescribeRestoreJobs2Request());

        List<JsonNode> expected = standard(r -> true);
        DescribeRestoreJobs2ResponseBody body = response.getBody();
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body.getSuccess()).isTrue();
        assertThat(body.getCode()).isEqualTo("200");
        assertThat(body.getMessage()).isEqualTo("successful");
        assertThat(body.getRequestId()).matches(ErrorShape.REQUEST_ID);
        assertThat(body.getPageNumber()).isEqualTo(1);
        assertThat(body.getPageSize()).isEqualTo(10);
        assertThat(body.getTotalCount()).isEqualTo(expected.size());
        List<DescribeRestoreJobs2ResponseBodyRestoreJobsRestoreJob> jobs = body.getRestoreJobs().getRestoreJob();
        assertThat(jobs).extracting(DescribeRestoreJobs2ResponseBodyRestoreJobsRestoreJob::getRestoreId)
                .containsExactlyElementsOf(restoreIds(expected.subList(0, 10)));
        for (int i = 0; i < jobs.size(); i++) {
            assertThat(asJson(jobs.get(i).toMap())).isEqualTo(expected.get(i));
        }
    }

    @Test
    void sdkFiltersArriveAndSelectTheDocumentedJobs() throws Exception {
        List<Long> times = standard(r -> true).stream().map(i -> i.path("CompleteTime").asLong())
                .distinct().sorted().toList();
        String lower = Long.toString(times.get(5));
        String upper = Long.toString(times.get(60));
        List<String> vaults = standard(r -> true).stream().map(i -> i.path("VaultId").asText()).distinct()
                .sorted().toList();
        DescribeRestoreJobs2Request request = new DescribeRestoreJobs2Request()
                .setPageSize(99)
                .setFilters(List.of(
                        filter("CompleteTime", "BETWEEN", lower, upper),
                        filter("VaultId", "IN", vaults.get(0), vaults.get(3), "v-1 a*b~"),
                        filter("Status", null, "COMPLETE", "PARTIAL_COMPLETE")));

        DescribeRestoreJobs2ResponseBody body = client(null).describeRestoreJobs2(request).getBody();

        List<JsonNode> expected = standard(r -> {
            JsonNode i = r.path("item");
            long c = i.path("CompleteTime").asLong();
            return c >= Long.parseLong(lower) && c <= Long.parseLong(upper)
                    && List.of(vaults.get(0), vaults.get(3)).contains(i.path("VaultId").asText())
                    && !i.path("Status").asText().equals("FAILED");
        });
        assertThat(expected).isNotEmpty();
        assertThat(body.getTotalCount()).isEqualTo(expected.size());
        assertThat(body.getRestoreJobs().getRestoreJob())
                .extracting(DescribeRestoreJobs2ResponseBodyRestoreJobsRestoreJob::getRestoreId)
                .containsExactlyElementsOf(restoreIds(expected));
    }

    @Test
    void sdkPagesEditionAndRestoreTypeAndParsesTypeSpecificModels() throws Exception {
        DescribeRestoreJobs2Request request = new DescribeRestoreJobs2Request()
                .setEdition("BASIC").setRestoreType("OTS_TABLE").setPageNumber(2).setPageSize(3);

        DescribeRestoreJobs2ResponseBody body = client(null).describeRestoreJobs2(request).getBody();

        List<JsonNode> expected = DatasetFile.hbrItems("BASIC",
                r -> r.path("item").path("RestoreType").asText().equals("OTS_TABLE"));
        assertThat(body.getPageNumber()).isEqualTo(2);
        assertThat(body.getPageSize()).isEqualTo(3);
        assertThat(body.getTotalCount()).isEqualTo(expected.size());
        List<DescribeRestoreJobs2ResponseBodyRestoreJobsRestoreJob> jobs = body.getRestoreJobs().getRestoreJob();
        assertThat(jobs).hasSize(3);
        for (int i = 0; i < jobs.size(); i++) {
            JsonNode want = expected.get(3 + i);
            DescribeRestoreJobs2ResponseBodyRestoreJobsRestoreJob job = jobs.get(i);
            assertThat(job.getRestoreId()).isEqualTo(want.path("RestoreId").asText());
            assertThat(job.getTargetTableName()).isEqualTo(want.path("TargetTableName").asText());
            assertThat(job.getTargetTime()).isEqualTo(want.path("TargetTime").asLong());
            assertThat(job.getOtsDetail().getBatchChannelCount())
                    .isEqualTo(want.path("OtsDetail").path("BatchChannelCount").asInt());
            assertThat(job.getOtsDetail().getOverwriteExisting())
                    .isEqualTo(want.path("OtsDetail").path("OverwriteExisting").asBoolean());
            assertThat(job.getCompleteTime()).isEqualTo(want.path("CompleteTime").asLong());
        }
    }

    @Test
    void sdkWalksEveryStandardPageOf99() throws Exception {
        Client client = client(null);
        List<JsonNode> expected = standard(r -> true);
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            DescribeRestoreJobs2ResponseBody body = client.describeRestoreJobs2(
                    new DescribeRestoreJobs2Request().setPageNumber(page).setPageSize(99)).getBody();
            body.getRestoreJobs().getRestoreJob().forEach(j -> seen.add(j.getRestoreId()));
        }
        assertThat(seen).containsExactlyElementsOf(restoreIds(expected));
    }

    @Test
    void sdkSurfacesTheErrorShape() throws Exception {
        Client client = client(null);
        DescribeRestoreJobs2Request request = new DescribeRestoreJobs2Request()
                .setFilters(List.of(filter("CompleteTime", "IN", "1735690800")));

        TeaException e = catchThrowableOfType(TeaException.class, () -> client.describeRestoreJobs2(request));

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getCode()).isEqualTo("InvalidParameter");
        assertThat(e.getMessage()).contains("Filters.1.Operator");
        assertThat(e.getData()).containsKeys("RequestId", "HostId", "Recommend");
    }

    private static DescribeRestoreJobs2RequestFilters filter(String key, String operator, String... values) {
        return new DescribeRestoreJobs2RequestFilters().setKey(key).setOperator(operator).setValues(List.of(values));
    }

    /** The model's map as JSON without the nulls of fields the answer did not carry (key order is irrelevant). */
    private static JsonNode asJson(Object map) throws Exception {
        JsonNode node = RpcCall.MAPPER.readTree(RpcCall.MAPPER.writeValueAsString(map));
        dropNulls(node);
        return node;
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.properties().removeIf(e -> e.getValue().isNull());
            object.forEach(HbrSdkRoundTripTest::dropNulls);
        }
    }
}
