package io.restorekit.reference;

import static io.restorekit.reference.DatasetFile.dbsItems;
import static io.restorekit.reference.DatasetFile.taskIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DBS DescribeRestoreTaskList over real HTTP, against expectations computed from the dataset file. */
class DbsRestoreTaskListTest {
    private final ReferenceServer server = Stubs.shared();

    @Test
    void defaultsAreTheFirstPage0Of30() {
        List<JsonNode> all = dbsItems(r -> true);
        RpcCall.Reply reply = RpcCall.dbs().post(server);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.path("Success").asBoolean()).isTrue();
        assertThat(body.path("HttpStatusCode").isInt()).isTrue();
        assertThat(body.path("HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(body.path("PageNum").asInt()).isZero();
        assertThat(body.path("PageSize").asInt()).isEqualTo(30);
        assertThat(body.path("TotalElements").asInt()).isEqualTo(all.size());
        assertThat(body.path("TotalPages").asInt()).isEqualTo(ceil(all.size(), 30));
        assertThat(body.has("ErrCode")).isFalse();
        assertThat(body.has("ErrMessage")).isFalse();
        assertThat(reply.ids()).isEqualTo(taskIds(all.subList(0, 30)));
    }

    @Test
    void pageNum0IsTheFirstPageAndPageNum1TheSecond() {
        List<JsonNode> all = dbsItems(r -> true);

        assertThat(RpcCall.dbs().param("PageNum", 0).post(server).ids()).isEqualTo(taskIds(all.subList(0, 30)));
        assertThat(RpcCall.dbs().param("PageNum", 1).post(server).ids()).isEqualTo(taskIds(all.subList(30, 60)));
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 50, 100})
    void walkingEveryPageGivesEveryTaskOnceInOrder(int size) {
        List<JsonNode> all = dbsItems(r -> true);
        assertThat(all.size()).isGreaterThan(100);

        List<String> seen = new ArrayList<>();
        int pages = ceil(all.size(), size);
        for (int page = 0; page < pages; page++) {
            RpcCall.Reply reply = RpcCall.dbs().param("PageNum", page).param("PageSize", size).post(server);
            assertThat(reply.body().path("PageNum").asInt()).isEqualTo(page);
            assertThat(reply.body().path("PageSize").asInt()).isEqualTo(size);
            assertThat(reply.body().path("TotalPages").asInt()).isEqualTo(pages);
            assertThat(reply.items()).hasSize(Math.min(size, all.size() - page * size));
            seen.addAll(reply.ids());
        }
        assertThat(seen).isEqualTo(taskIds(all));
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTrueTotals() {
        int total = dbsItems(r -> true).size();
        RpcCall.Reply reply = RpcCall.dbs().param("PageNum", 2).param("PageSize", 100).post(server);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("TotalElements").asInt()).isEqualTo(total);
        assertThat(reply.body().path("TotalPages").asInt()).isEqualTo(2);
        assertThat(reply.body().path("Items").path("RestoreTaskDetail").isArray()).isTrue();
        assertThat(reply.items()).isEmpty();
    }

    @Test
    void backupPlanIdRestrictsToThatPlan() {
        String plan = plans().get(3);
        List<JsonNode> expected = dbsItems(r -> r.path("item").path("BackupPlanId").asText().equals(plan));
        assertThat(expected).hasSizeGreaterThan(1);

        RpcCall.Reply reply = RpcCall.dbs().param("BackupPlanId", plan).post(server);

        assertThat(reply.ids()).isEqualTo(taskIds(expected));
        assertThat(reply.body().path("TotalElements").asInt()).isEqualTo(expected.size());
        assertThat(reply.body().path("TotalPages").asInt()).isEqualTo(1);
    }

    @Test
    void unknownPlanGivesAnEmptyListWithZeroPages() {
        RpcCall.Reply reply = RpcCall.dbs().param("BackupPlanId", "dbs1nosuchplan").post(server);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("TotalElements").asInt()).isZero();
        assertThat(reply.body().path("TotalPages").asInt()).isZero();
        assertThat(reply.items()).isEmpty();
    }

    @Test
    void restoreTaskIdSelectsOneTask() {
        JsonNode task = dbsItems(r -> true).get(42);
        String id = task.path("RestoreTaskId").asText();

        RpcCall.Reply reply = RpcCall.dbs().param("RestoreTaskId", id).post(server);

        assertThat(reply.items()).containsExactly(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ", ", " , ", ",,"})
    void restoreTaskIdTakesACommaSeparatedListWithItemsTrimmed(String separator) {
        List<JsonNode> all = dbsItems(r -> true);
        List<String> ids = List.of(all.get(100).path("RestoreTaskId").asText(),
                all.get(3).path("RestoreTaskId").asText(), all.get(57).path("RestoreTaskId").asText());

        RpcCall.Reply reply = RpcCall.dbs().param("RestoreTaskId", String.join(separator, ids) + " ").post(server);

        assertThat(reply.ids()).isEqualTo(taskIds(dbsItems(r -> ids.contains(r.path("item").path("RestoreTaskId").asText()))));
        assertThat(reply.ids()).hasSize(3);
    }

    @Test
    void planAndTaskIdsCombine() {
        String plan = plans().get(0);
        List<JsonNode> inPlan = dbsItems(r -> r.path("item").path("BackupPlanId").asText().equals(plan));
        JsonNode other = dbsItems(r -> !r.path("item").path("BackupPlanId").asText().equals(plan)).get(0);
        String ids = inPlan.get(0).path("RestoreTaskId").asText() + "," + other.path("RestoreTaskId").asText();

        RpcCall.Reply reply = RpcCall.dbs().param("BackupPlanId", plan).param("RestoreTaskId", ids).post(server);

        assertThat(reply.items()).containsExactly(inPlan.get(0));
    }

    @Test
    void sameClientTokenGivesTheSameAnswer() {
        RpcCall.Reply first = RpcCall.dbs().param("ClientToken", "ETnLKlblzczshOTUbOCzxxxxxxx")
                .param("PageSize", 50).param("PageNum", 1).post(server);
        RpcCall.Reply again = RpcCall.dbs().param("ClientToken", "ETnLKlblzczshOTUbOCzxxxxxxx")
                .param("PageSize", 50).param("PageNum", 1).post(server);
        RpcCall.Reply without = RpcCall.dbs().param("PageSize", 50).param("PageNum", 1).post(server);

        assertThat(first.status()).isEqualTo(200);
        assertThat(withoutRequestId(again.body())).isEqualTo(withoutRequestId(first.body()))
                .isEqualTo(withoutRequestId(without.body()));
        assertThat(again.body().path("RequestId")).isNotEqualTo(first.body().path("RequestId"));
    }

    @Test
    void regionIdIsAccepted() {
        RpcCall.Reply reply = RpcCall.dbs().param("RegionId", "cn-hangzhou").post(server);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.ids()).isEqualTo(taskIds(dbsItems(r -> true).subList(0, 30)));
    }

    @Test
    void orderIsCreateTimeDescendingThenTaskIdEvenOnTies() {
        List<JsonNode> all = dbsItems(r -> true);
        Map<Long, Long> perTime = all.stream().collect(Collectors.groupingBy(
                i -> i.path("RestoreTaskCreateTime").asLong(), Collectors.counting()));
        assertThat(perTime.values()).as("the dataset has create-time ties").anyMatch(n -> n > 1);

        List<String> seen = new ArrayList<>();
        seen.addAll(RpcCall.dbs().param("PageSize", 100).post(server).ids());
        seen.addAll(RpcCall.dbs().param("PageSize", 100).param("PageNum", 1).post(server).ids());
        assertThat(seen).isEqualTo(taskIds(all));
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                bad("PageSize 20", "PageSize", c -> c.param("PageSize", 20)),
                bad("PageSize 10 (HBR's default)", "PageSize", c -> c.param("PageSize", 10)),
                bad("PageSize 0", "PageSize", c -> c.param("PageSize", 0)),
                bad("PageSize 101", "PageSize", c -> c.param("PageSize", 101)),
                bad("PageSize not an integer", "PageSize", c -> c.param("PageSize", "thirty")),
                bad("PageNum -1", "PageNum", c -> c.param("PageNum", -1)),
                bad("PageNum not an integer", "PageNum", c -> c.param("PageNum", "first")),
                bad("PageNum decimal", "PageNum", c -> c.param("PageNum", "0.5")));
    }

    private static Arguments bad(String name, String parameter, UnaryOperator<RpcCall> call) {
        return Arguments.of(name, parameter, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidInputIsRefusedInTheDbsErrorShape(String name, String parameter, UnaryOperator<RpcCall> call) {
        RpcCall.Reply reply = call.apply(RpcCall.dbs()).post(server);

        ErrorShape.assertDbs(reply, "InvalidParameter", parameter);
        assertThat(reply.body().path("Recommend").asText()).contains("product=dbs");
    }

    private static List<String> plans() {
        Set<String> plans = DatasetFile.DBS.stream().map(r -> r.path("item").path("BackupPlanId").asText())
                .collect(Collectors.toSet());
        return plans.stream().sorted().toList();
    }

    private static JsonNode withoutRequestId(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("RequestId");
        return copy;
    }

    private static int ceil(int total, int size) {
        return (total + size - 1) / size;
    }
}
