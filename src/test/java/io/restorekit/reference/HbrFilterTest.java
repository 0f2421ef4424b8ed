package io.restorekit.reference;

import static io.restorekit.reference.DatasetFile.restoreIds;
import static io.restorekit.reference.DatasetFile.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DescribeRestoreJobs2 Filters over real HTTP: every documented key with every operator, compared with expectations
 * computed here from the dataset file. Key → job attribute (the documented choice): RegionId → hidden.regionId,
 * PlanId → hidden.planId, JobId → RestoreId, VaultId → VaultId, InstanceId → TargetInstanceId, Bucket →
 * TargetBucket, FileSystemId → TargetFileSystemId, Status → Status, CompleteTime → CompleteTime (numeric).
 */
class HbrFilterTest {
    private static final Map<String, Function<JsonNode, Optional<String>>> KEYS = Map.of(
            "RegionId", r -> text(r.path("hidden").get("regionId")),
            "PlanId", r -> text(r.path("hidden").get("planId")),
            "JobId", r -> text(r.path("item").get("RestoreId")),
            "VaultId", r -> text(r.path("item").get("VaultId")),
            "InstanceId", r -> text(r.path("item").get("TargetInstanceId")),
            "Bucket", r -> text(r.path("item").get("TargetBucket")),
            "FileSystemId", r -> text(r.path("item").get("TargetFileSystemId")),
            "Status", r -> text(r.path("item").get("Status")),
            "CompleteTime", r -> text(r.path("item").get("CompleteTime")));
    private static final List<String> OPERATORS = List.of("EQUAL", "NOT_EQUAL", "GREATER_THAN",
            "GREATER_THAN_OR_EQUAL", "LESS_THAN", "LESS_THAN_OR_EQUAL", "BETWEEN", "IN");

    private final ReferenceServer server = Stubs.shared();

    static Stream<Arguments> everyKeyWithEveryOperator() {
        return KEYS.keySet().stream().sorted().flatMap(key -> OPERATORS.stream()
                .filter(op -> !(key.equals("CompleteTime") && op.equals("IN")))
                .map(op -> Arguments.of(key, op)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKeyWithEveryOperator")
    void everyKeyAndOperatorSelectsTheDocumentedJobs(String key, String operator) {
        List<String> pivots = pivots(key);
        String[] values = switch (operator) {
            case "BETWEEN" -> new String[] {pivots.get(pivots.size() / 4), pivots.get(pivots.size() * 3 / 4)};
            case "IN" -> new String[] {pivots.get(0), pivots.get(pivots.size() / 2), "no-such-value"};
            default -> new String[] {pivots.get(pivots.size() / 2)};
        };
        boolean numeric = key.equals("CompleteTime");
        List<JsonNode> expected = standard(r -> expect(operator, KEYS.get(key).apply(r), List.of(values), numeric));

        List<String> seen = walk(() -> RpcCall.hbr().filter(key, operator, values));

        assertThat(seen).isEqualTo(restoreIds(expected));
        if (!operator.equals("NOT_EQUAL")) {
            assertThat(expected).as("the pivot selects something").isNotEmpty();
        }
    }

    @Test
    void strictAndInclusiveBoundsDifferOnASharedCompleteTime() {
        long shared = sharedCompleteTime();
        String t = Long.toString(shared);
        Predicate<JsonNode> at = r -> r.path("item").path("CompleteTime").asLong() == shared;
        assertThat(standard(at)).hasSizeGreaterThanOrEqualTo(2);

        List<String> gt = walk(() -> RpcCall.hbr().filter("CompleteTime", "GREATER_THAN", t));
        List<String> gte = walk(() -> RpcCall.hbr().filter("CompleteTime", "GREATER_THAN_OR_EQUAL", t));
        List<String> lt = walk(() -> RpcCall.hbr().filter("CompleteTime", "LESS_THAN", t));
        List<String> lte = walk(() -> RpcCall.hbr().filter("CompleteTime", "LESS_THAN_OR_EQUAL", t));

        assertThat(gt).isEqualTo(restoreIds(standard(r -> r.path("item").path("CompleteTime").asLong() > shared)));
        assertThat(gte).isEqualTo(restoreIds(standard(r -> r.path("item").path("CompleteTime").asLong() >= shared)));
        assertThat(lt).isEqualTo(restoreIds(standard(r -> r.path("item").path("CompleteTime").asLong() < shared)));
        assertThat(lte).isEqualTo(restoreIds(standard(r -> r.path("item").path("CompleteTime").asLong() <= shared)));
        assertThat(gte).containsAll(restoreIds(standard(at))).hasSize(gt.size() + standard(at).size());
        assertThat(gt).doesNotContainAnyElementsOf(restoreIds(standard(at)));
        assertThat(lt).doesNotContainAnyElementsOf(restoreIds(standard(at)));
    }

    @Test
    void betweenIncludesBothLimits() {
        List<Long> times = standard(r -> true).stream().map(i -> i.path("CompleteTime").asLong())
                .distinct().sorted().toList();
        long lower = times.get(10);
        long upper = times.get(20);

        List<String> seen = walk(() -> RpcCall.hbr()
                .filter("CompleteTime", "BETWEEN", Long.toString(lower), Long.toString(upper)));

        List<JsonNode> expected = standard(r -> {
            long c = r.path("item").path("CompleteTime").asLong();
            return c >= lower && c <= upper;
        });
        assertThat(seen).isEqualTo(restoreIds(expected));
        assertThat(expected).anyMatch(i -> i.path("CompleteTime").asLong() == lower)
                .anyMatch(i -> i.path("CompleteTime").asLong() == upper);
    }

    @Test
    void betweenWithSwappedLimitsSelectsNothing() {
        RpcCall.Reply reply = RpcCall.hbr().filter("CompleteTime", "BETWEEN", "1800000000", "1700000000").post(server);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("TotalCount").asInt()).isZero();
    }

    @Test
    void completeTimeComparesAsANumberNotAsText() {
        // As text "999999999" sorts after every 10-digit time; as a number it is before all of them.
        RpcCall.Reply less = RpcCall.hbr().filter("CompleteTime", "LESS_THAN", "999999999").post(server);
        RpcCall.Reply greater = RpcCall.hbr().filter("CompleteTime", "GREATER_THAN", "999999999").post(server);

        assertThat(less.body().path("TotalCount").asInt()).isZero();
        assertThat(greater.body().path("TotalCount").asInt()).isEqualTo(standard(r -> true).size());
    }

    @Test
    void otherKeysCompareAsText() {
        // "v-0009..." > "v-0001..." as text; numbers inside ids are not interpreted.
        String pivot = pivots("VaultId").get(3);
        List<String> seen = walk(() -> RpcCall.hbr().filter("VaultId", "GREATER_THAN", pivot));

        assertThat(seen).isEqualTo(restoreIds(standard(
                r -> r.path("item").path("VaultId").asText().compareTo(pivot) > 0)));
    }

    @Test
    void operatorDefaultsToIn() {
        List<String> vaults = pivots("VaultId");
        String[] values = {vaults.get(0), vaults.get(5)};

        List<String> implicit = walk(() -> RpcCall.hbr().filter("VaultId", null, values));
        List<String> explicit = walk(() -> RpcCall.hbr().filter("VaultId", "IN", values));

        assertThat(implicit).isEqualTo(explicit).isEqualTo(restoreIds(standard(
                r -> Arrays.asList(values).contains(r.path("item").path("VaultId").asText()))));
    }

    @Test
    void severalFiltersAreAnded() {
        String vault = pivots("VaultId").get(2);
        String region = pivots("RegionId").get(1);
        long after = sharedCompleteTime();

        List<String> seen = walk(() -> RpcCall.hbr()
                .filter("Status", "IN", "COMPLETE", "PARTIAL_COMPLETE")
                .filter("RegionId", "EQUAL", region)
                .filter("CompleteTime", "GREATER_THAN_OR_EQUAL", Long.toString(after))
                .filter("VaultId", "NOT_EQUAL", vault));

        List<JsonNode> expected = standard(r -> !r.path("item").path("Status").asText().equals("FAILED")
                && r.path("hidden").path("regionId").asText().equals(region)
                && r.path("item").path("CompleteTime").asLong() >= after
                && !r.path("item").path("VaultId").asText().equals(vault));
        assertThat(expected).isNotEmpty();
        assertThat(seen).isEqualTo(restoreIds(expected));
    }

    @Test
    void filtersCombineWithRestoreTypeAndEdition() {
        String bucket = pivots("Bucket").get(0);
        List<String> seen = walk(() -> RpcCall.hbr().param("Edition", "BASIC").param("RestoreType", "OSS")
                .filter("Bucket", "EQUAL", bucket));

        assertThat(seen).isEqualTo(restoreIds(DatasetFile.hbrItems("BASIC",
                r -> bucket.equals(r.path("item").path("TargetBucket").asText(null)))));
    }

    @Test
    void jobsWithoutTheAttributeOnlyMatchNotEqual() {
        String bucket = pivots("Bucket").get(0);
        List<String> notEqual = walk(() -> RpcCall.hbr().filter("Bucket", "NOT_EQUAL", bucket));
        List<String> equal = walk(() -> RpcCall.hbr().filter("Bucket", "EQUAL", bucket));

        assertThat(notEqual.size() + equal.size()).isEqualTo(standard(r -> true).size());
        assertThat(notEqual).containsAll(restoreIds(standard(r -> !r.path("item").has("TargetBucket"))));
    }

    @Test
    void valuesAreUrlDecodedAsTheSdkEncodesThem() {
        String vault = pivots("VaultId").get(1);
        List<String> seen = walk(() -> RpcCall.hbr().filter("VaultId", "IN", "v-1 a*b~", vault));

        assertThat(seen).isEqualTo(restoreIds(standard(r -> r.path("item").path("VaultId").asText().equals(vault))));
    }

    @Test
    void filterNumbersMayHaveGaps() {
        String status = "FAILED";
        String region = pivots("RegionId").get(0);
        RpcCall call = RpcCall.hbr().param("PageSize", 99)
                .param("Filters.1.Key", "Status").param("Filters.1.Values.1", status)
                .param("Filters.3.Key", "RegionId").param("Filters.3.Operator", "EQUAL")
                .param("Filters.3.Values.1", region);

        RpcCall.Reply reply = call.post(server);

        List<JsonNode> expected = standard(r -> r.path("item").path("Status").asText().equals(status)
                && r.path("hidden").path("regionId").asText().equals(region));
        assertThat(reply.body().path("TotalCount").asInt()).isEqualTo(expected.size());
        assertThat(reply.ids()).isEqualTo(restoreIds(expected));
    }

    // ---- oracle restated from the docs -----------------------------------------------------------------------

    private static boolean expect(String op, Optional<String> actual, List<String> values, boolean numeric) {
        if (actual.isEmpty()) {
            return op.equals("NOT_EQUAL");
        }
        Comparator<String> cmp = numeric ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder();
        String a = actual.get();
        return switch (op) {
            case "EQUAL" -> cmp.compare(a, values.get(0)) == 0;
            case "NOT_EQUAL" -> cmp.compare(a, values.get(0)) != 0;
            case "GREATER_THAN" -> cmp.compare(a, values.get(0)) > 0;
            case "GREATER_THAN_OR_EQUAL" -> cmp.compare(a, values.get(0)) >= 0;
            case "LESS_THAN" -> cmp.compare(a, values.get(0)) < 0;
            case "LESS_THAN_OR_EQUAL" -> cmp.compare(a, values.get(0)) <= 0;
            case "BETWEEN" -> cmp.compare(a, values.get(0)) >= 0 && cmp.compare(a, values.get(1)) <= 0;
            case "IN" -> values.stream().anyMatch(v -> cmp.compare(a, v) == 0);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** The distinct values the STANDARD jobs have for a key, sorted the way the key compares. */
    private static List<String> pivots(String key) {
        Comparator<String> cmp = key.equals("CompleteTime") ? Comparator.comparingLong(Long::parseLong)
                : Comparator.naturalOrder();
        return DatasetFile.HBR.stream()
                .filter(r -> r.path("hidden").path("edition").asText().equals("STANDARD"))
                .map(KEYS.get(key)).flatMap(Optional::stream)
                .distinct().sorted(cmp).collect(Collectors.toList());
    }

    private static long sharedCompleteTime() {
        Map<Long, Long> counts = standard(r -> true).stream()
                .collect(Collectors.groupingBy(i -> i.path("CompleteTime").asLong(), Collectors.counting()));
        List<Long> shared = counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .sorted().toList();
        return shared.get(shared.size() / 2);
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private List<String> walk(Supplier<RpcCall> call) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            RpcCall.Reply reply = call.get().param("PageNumber", page).param("PageSize", 99).post(server);
            assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(200);
            ids.addAll(reply.ids());
            if (reply.items().isEmpty() || ids.size() >= reply.body().path("TotalCount").asInt()) {
                return ids;
            }
        }
    }
}
