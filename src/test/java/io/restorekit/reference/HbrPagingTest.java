package io.restorekit.reference;

import static io.restorekit.reference.DatasetFile.hbrItems;
import static io.restorekit.reference.DatasetFile.restoreIds;
import static io.restorekit.reference.DatasetFile.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DescribeRestoreJobs2 paging, defaults, RestoreType and Edition, over real HTTP. */
class HbrPagingTest {
    private final ReferenceServer server = Stubs.shared();

    @Test
    void defaultsArePageOneOfTenStandardJobs() {
        RpcCall.Reply reply = RpcCall.hbr().post(server);

        List<JsonNode> expected = standard(r -> true);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("PageNumber").asInt()).isEqualTo(1);
        assertThat(reply.body().path("PageSize").asInt()).isEqualTo(10);
        assertThat(reply.body().path("TotalCount").asInt()).isEqualTo(expected.size());
        assertThat(reply.ids()).isEqualTo(restoreIds(expected.subList(0, 10)));
    }

    @Test
    void explicitDefaultsGiveTheSameItems() {
        RpcCall.Reply implicit = RpcCall.hbr().post(server);
        RpcCall.Reply explicit = RpcCall.hbr().param("PageNumber", 1).param("PageSize", 10)
                .param("Edition", "STANDARD").post(server);

        assertThat(explicit.items()).isEqualTo(implicit.items());
    }

    @Test
    void walkingAllPagesOf99GivesEveryStandardJobOnceInOrder() {
        List<JsonNode> expected = standard(r -> true);
        assertThat(expected.size()).isGreaterThan(2 * 99);

        List<String> seen = walk(RpcCall::hbr, 99);

        assertThat(seen).isEqualTo(restoreIds(expected));
    }

    @Test
    void thirdPageOf99HoldsTheRemainder() {
        List<JsonNode> expected = standard(r -> true);
        RpcCall.Reply reply = RpcCall.hbr().param("PageNumber", 3).param("PageSize", 99).post(server);

        assertThat(reply.body().path("PageNumber").asInt()).isEqualTo(3);
        assertThat(reply.body().path("PageSize").asInt()).isEqualTo(99);
        assertThat(reply.ids()).isEqualTo(restoreIds(expected.subList(198, expected.size())));
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTrueTotal() {
        int total = standard(r -> true).size();
        RpcCall.Reply reply = RpcCall.hbr().param("PageNumber", 1000).param("PageSize", 99).post(server);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("TotalCount").asInt()).isEqualTo(total);
        assertThat(reply.body().path("RestoreJobs").path("RestoreJob").isArray()).isTrue();
        assertThat(reply.items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 37, 98, 99})
    void everyValidPageSizeIsHonoured(int size) {
        List<JsonNode> expected = standard(r -> true);
        RpcCall.Reply reply = RpcCall.hbr().param("PageNumber", 2).param("PageSize", size).post(server);

        assertThat(reply.body().path("PageSize").asInt()).isEqualTo(size);
        assertThat(reply.ids()).isEqualTo(restoreIds(expected.subList(size, 2 * size)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ECS_FILE", "OSS", "NAS", "COMMON_FILE_SYSTEM", "OTS_TABLE", "UDM_ECS_ROLLBACK"})
    void restoreTypeRestrictsTheType(String type) {
        List<JsonNode> expected = standard(r -> r.path("item").path("RestoreType").asText().equals(type));
        assertThat(expected).isNotEmpty();

        List<String> seen = walk(() -> RpcCall.hbr().param("RestoreType", type), 99);

        assertThat(seen).isEqualTo(restoreIds(expected));
    }

    @Test
    void basicEditionListsOnlyBasicJobs() {
        List<JsonNode> expected = hbrItems("BASIC", r -> true);
        assertThat(expected).isNotEmpty();

        List<String> seen = walk(() -> RpcCall.hbr().param("Edition", "BASIC"), 99);

        assertThat(seen).isEqualTo(restoreIds(expected)).doesNotContainAnyElementsOf(restoreIds(standard(r -> true)));
    }

    @Test
    void editionAndRestoreTypeCombine() {
        List<JsonNode> expected = hbrItems("BASIC", r -> r.path("item").path("RestoreType").asText().equals("OSS"));
        assertThat(expected).isNotEmpty();

        List<String> seen = walk(() -> RpcCall.hbr().param("Edition", "BASIC").param("RestoreType", "OSS"), 99);

        assertThat(seen).isEqualTo(restoreIds(expected));
    }

    @Test
    void orderIsCreatedTimeDescendingThenRestoreIdEvenOnTies() {
        List<JsonNode> expected = standard(r -> true);
        boolean hasTie = false;
        for (int i = 1; i < expected.size(); i++) {
            hasTie |= expected.get(i).path("CreatedTime").asLong() == expected.get(i - 1).path("CreatedTime").asLong();
        }
        assertThat(hasTie).as("the dataset has CreatedTime ties, so the tie-break is exercised").isTrue();

        assertThat(walk(RpcCall::hbr, 50)).isEqualTo(restoreIds(expected));
    }

    /** Every RestoreId over all pages of the given size, page by page until TotalCount is reached. */
    private List<String> walk(Supplier<RpcCall> call, int size) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            RpcCall.Reply reply = call.get().param("PageNumber", page).param("PageSize", size).post(server);
            assertThat(reply.status()).isEqualTo(200);
            ids.addAll(reply.ids());
            if (reply.items().isEmpty() || ids.size() >= reply.body().path("TotalCount").asInt()) {
                return ids;
            }
        }
    }
}
