package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.TestApis;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The walker against a fake paged target, HBR's paging (pages from 1) and DBS's (pages from 0). */
class PageWalkerTest {
    private final List<String> requests = new ArrayList<>();

    /** A target listing {@code total} items r0…, answering page p of size s by {@code page.apply(p, s)}. */
    private PageWalker walker(ApiDescriptor api, int total, BiFunction<Integer, Integer, List<String>> page) {
        return new PageWalker(api, request -> {
            int p = Integer.parseInt(request.parameters().get(api.paging().pageParam()));
            int s = Integer.parseInt(request.parameters().get(api.paging().sizeParam()));
            requests.add(p + "/" + s);
            ObjectNode body = Items.MAPPER.createObjectNode().put(api.paging().totalField(), total);
            ArrayNode items = body.withArray(api.list().itemsPointer());
            page.apply(p, s).forEach(id -> items.addObject().put(api.list().idField(), id));
            HttpExchange exchange = new HttpExchange("POST", URI.create("http://t/"), Map.of(), 200, Map.of(),
                    body.toString(), Duration.ZERO, null, 1);
            return new Listing(api, new RpcResponse(request, exchange));
        });
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add("r" + i);
        }
        return ids;
    }

    /** Correct paging with the first page numbered {@code first}. */
    private static BiFunction<Integer, Integer, List<String>> correct(int total, int first) {
        return (p, s) -> ids(Math.min(total, (p - first) * s), Math.min(total, (p - first + 1) * s));
    }

    @Test
    void correctPagingYieldsEveryItemOnceAndAsksOnePagePastTheEnd() {
        PageWalk walk = walker(TestApis.hbr(), 25, correct(25, 1)).walk(RpcRequest.to(TestApis.hbr()), 10);
        assertThat(walk.problems()).isEmpty();
        assertThat(walk.ids()).isEqualTo(ids(0, 25));
        assertThat(requests).containsExactly("1/10", "2/10", "3/10", "4/10");
    }

    @Test
    void dbsPagesStartAtZero() {
        PageWalk walk = walker(TestApis.dbs(), 130, correct(130, 0)).walk(RpcRequest.to(TestApis.dbs()), 100);
        assertThat(walk.consistent()).isTrue();
        assertThat(walk.ids()).hasSize(130);
        assertThat(requests).containsExactly("0/100", "1/100", "2/100");
    }

    @Test
    void anEmptyListingIsOnePageAndConsistent() {
        PageWalk walk = walker(TestApis.hbr(), 0, (p, s) -> List.of()).walk(RpcRequest.to(TestApis.hbr()), 10);
        assertThat(walk.consistent()).isTrue();
        assertThat(requests).containsExactly("1/10");
    }

    @Test
    void aTargetThatIgnoresThePageNumberIsCaughtAndTheWalkStaysBounded() {
        PageWalk walk = walker(TestApis.hbr(), 25, (p, s) -> ids(0, s)).walk(RpcRequest.to(TestApis.hbr()), 10);
        assertThat(walk.problems()).anyMatch(p -> p.kind() == PageWalk.Kind.REPEATED_ID && p.text().contains("appears again"))
                .anyMatch(p -> p.kind() == PageWalk.Kind.PAST_THE_LAST_NOT_EMPTY && p.text().contains("past the last page"));
        assertThat(requests).hasSize(4);
    }

    @Test
    void oversizedPagesAndWrongCountsAreNamed() {
        PageWalk walk = walker(TestApis.hbr(), 25, (p, s) -> p == 1 ? ids(0, 12) : p == 2 ? ids(12, 20) : List.of())
                .walk(RpcRequest.to(TestApis.hbr()), 10);
        assertThat(walk.problems())
                .anyMatch(p -> p.kind() == PageWalk.Kind.PAGE_OVERFULL && p.text().contains("holds 12 items, more than PageSize 10"))
                .anyMatch(p -> p.kind() == PageWalk.Kind.EMPTY_BEFORE_THE_LAST
                        && p.text().contains("page 3 is empty although TotalCount 25 calls for 3 pages"))
                .anyMatch(p -> p.kind() == PageWalk.Kind.COUNT_MISSES_TOTAL && p.text().contains("gave 20 items, but TotalCount is 25"));
    }

    @Test
    void aTotalThatMovesBetweenPagesIsNamed() {
        int[] call = {0};
        PageWalker moving = new PageWalker(TestApis.hbr(), request -> {
            int total = call[0]++ == 0 ? 15 : 16;
            ObjectNode body = Items.MAPPER.createObjectNode().put("TotalCount", total);
            int p = Integer.parseInt(request.parameters().get("PageNumber"));
            ArrayNode items = body.withArray("/RestoreJobs/RestoreJob");
            ids((p - 1) * 10, Math.min(total, p * 10)).forEach(id -> items.addObject().put("RestoreId", id));
            return new Listing(TestApis.hbr(), new RpcResponse(request, new HttpExchange("POST", URI.create("http://t/"),
                    Map.of(), 200, Map.of(), body.toString(), Duration.ZERO, null, 1)));
        });
        assertThat(moving.walk(RpcRequest.to(TestApis.hbr()), 10).problems())
                .anyMatch(p -> p.kind() == PageWalk.Kind.TOTAL_MOVED && p.text().equals("TotalCount moved from 15 to 16 on page 2"));
    }
}
