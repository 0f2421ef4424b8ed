package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcRequestTest {

    @Test
    void startsWithActionVersionAndFormatOfItsApi() {
        assertThat(RpcRequest.to(TestApis.hbr()).query()).containsExactly(
                Map.entry("Action", "DescribeRestoreJobs2"), Map.entry("Version", "2017-09-08"), Map.entry("Format", "JSON"));
        assertThat(RpcRequest.to(TestApis.dbs()).query()).containsEntry("Action", "DescribeRestoreTaskList")
                .containsEntry("Version", "2019-03-06");
    }

    @Test
    void flattensListsOfObjectsFromIndexOne() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("Key", "VaultId");
        filter.put("Operator", "IN");
        filter.put("Values", List.of("v-1", "v-2"));
        Map<String, Object> between = new LinkedHashMap<>();
        between.put("Key", "CompleteTime");
        between.put("Operator", "BETWEEN");
        between.put("Values", List.of(1554347313L, 1554347999L));

        RpcRequest request = RpcRequest.to(TestApis.hbr()).with("Filters", List.of(filter, between));

        assertThat(request.parameters()).containsExactly(
                Map.entry("Filters.1.Key", "VaultId"),
                Map.entry("Filters.1.Operator", "IN"),
                Map.entry("Filters.1.Values.1", "v-1"),
                Map.entry("Filters.1.Values.2", "v-2"),
                Map.entry("Filters.2.Key", "CompleteTime"),
                Map.entry("Filters.2.Operator", "BETWEEN"),
                Map.entry("Filters.2.Values.1", "1554347313"),
                Map.entry("Filters.2.Values.2", "1554347999"));
        assertThat(request.toString()).isEqualTo("POST /?Action=DescribeRestoreJobs2&Version=2017-09-08&Format=JSON"
                + "&Filters.1.Key=VaultId&Filters.1.Operator=IN&Filters.1.Values.1=v-1&Filters.1.Values.2=v-2"
                + "&Filters.2.Key=CompleteTime&Filters.2.Operator=BETWEEN&Filters.2.Values.1=1554347313"
                + "&Filters.2.Values.2=1554347999");
    }

    @Test
    void withoutRemovesAFlattenedParameterWholeAndCopiesAreIndependent() {
        RpcRequest base = RpcRequest.to(TestApis.hbr()).with("PageSize", 10).with("Filters", List.of(Map.of("Key", "Status")));
        RpcRequest smaller = base.without("Filters");
        assertThat(smaller.parameters()).containsOnlyKeys("PageSize");
        assertThat(base.parameters()).containsKey("Filters.1.Key");
        assertThat(base.withAction("Nope").query()).containsEntry("Action", "Nope");
        assertThat(base.query()).containsEntry("Action", "DescribeRestoreJobs2");
    }

    @Test
    void replacingAListDropsTheOldEntries() {
        RpcRequest request = RpcRequest.to(TestApis.hbr()).with("Ids", List.of("a", "b", "c")).with("Ids", List.of("z"));
        assertThat(request.parameters()).containsExactly(Map.entry("Ids.1", "z"));
    }
}
