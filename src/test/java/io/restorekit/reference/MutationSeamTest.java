package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.engine.ListingBehaviour;
import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.FilterOperator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A faulty variant swapped into the running server breaks exactly its one rule; reset restores the documented one. */
class MutationSeamTest {
    private static ReferenceServer server;
    private static int port;

    @BeforeAll
    static void start() {
        server = ReferenceServer.start(Stubs.dir(), 0);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void reset() {
        server.resetBehaviour();
        assertThat(server.port()).as("same running server").isEqualTo(port);
    }

    @Test
    void overridingOneHbrRuleChangesOnlyThatRule() {
        server.useBehaviour(server.behaviour().withRules("hbr", rules -> rules.with("/paging/size/default", 20)));

        RpcCall.Reply mutated = RpcCall.hbr().post(server);
        RpcCall.Reply dbs = RpcCall.dbs().post(server);

        assertThat(mutated.body().path("PageSize").asInt()).isEqualTo(20);
        assertThat(mutated.ids()).isEqualTo(DatasetFile.restoreIds(DatasetFile.standard(r -> true).subList(0, 20)));
        assertThat(dbs.body().path("PageSize").asInt()).as("DBS untouched").isEqualTo(30);

        server.resetBehaviour();
        assertThat(RpcCall.hbr().post(server).body().path("PageSize").asInt()).isEqualTo(10);
    }

    @Test
    void aFilterOperatorCanBeBrokenAlone() {
        server.useBehaviour(server.behaviour().withEngine("hbr", b -> new ListingBehaviour(b.rules(), b.records(), b.hooks()) {
            @Override
            protected boolean test(FilterOperator op, ApiRules.FilterKeyRule key, Optional<String> actual, List<String> values) {
                // GREATER_THAN made inclusive
                return super.test(op == FilterOperator.GREATER_THAN ? FilterOperator.GREATER_THAN_OR_EQUAL : op,
                        key, actual, values);
            }
        }));
        String t = Long.toString(DatasetFile.standard(r -> true).get(0).path("CompleteTime").asLong());

        int gt = RpcCall.hbr().filter("CompleteTime", "GREATER_THAN", t).post(server).body().path("TotalCount").asInt();
        int gte = RpcCall.hbr().filter("CompleteTime", "GREATER_THAN_OR_EQUAL", t).post(server).body()
                .path("TotalCount").asInt();

        assertThat(gt).isEqualTo(gte).isPositive();
    }

    @Test
    void dbsPagingCanBeMadeOneBased() {
        server.useBehaviour(server.behaviour().withRules("dbs", rules -> rules.with("/paging/page/min", 1)));

        RpcCall.Reply reply = RpcCall.dbs().param("PageNum", 0).post(server);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("ErrCode").asText()).isEqualTo("InvalidParameter");
    }

    @Test
    void aRulesEditOfOneApiLeavesTheOthersAndTheStartingRulesAlone() {
        server.useBehaviour(server.behaviour().withRules("dbs", rules -> rules.with("/envelope/HttpStatusCode", 0)));

        assertThat(RpcCall.dbs().post(server).body().path("HttpStatusCode").asInt()).isZero();
        assertThat(RpcCall.hbr().post(server).body().path("Code").asText()).isEqualTo("200");
        assertThat(server.documentedBehaviour().api("dbs").rules().envelope().path("HttpStatusCode").asInt()).isEqualTo(200);
    }

    @Test
    void thePostProcessorRewritesEveryBody() {
        server.useBehaviour(server.behaviour().withPostProcessor(body -> {
            ObjectNode o = (ObjectNode) body;
            if (o.has("PageSize")) {
                o.put("PageSize", o.path("PageSize").asText()); // integer turned into a string
            }
            return o;
        }));

        JsonNode hbr = RpcCall.hbr().post(server).body();
        JsonNode error = RpcCall.hbr().param("PageSize", 0).post(server).body();

        assertThat(hbr.path("PageSize").isTextual()).isTrue();
        assertThat(hbr.path("PageSize").asText()).isEqualTo("10");
        assertThat(error.path("Code").asText()).isEqualTo("InvalidParameter");
    }

    @Test
    void aPostProcessorCannotCorruptTheDataset() {
        server.useBehaviour(server.behaviour().withPostProcessor(body -> {
            body.path("RestoreJobs").path("RestoreJob").forEach(j -> ((ObjectNode) j).put("Status", "BROKEN"));
            return body;
        }));
        RpcCall.hbr().post(server);
        server.resetBehaviour();

        assertThat(RpcCall.hbr().post(server).items()).noneMatch(j -> j.path("Status").asText().equals("BROKEN"));
    }

    @Test
    void resetRestoresTheDocumentedBehaviour() {
        server.useBehaviour(server.behaviour().withPostProcessor(body -> RpcCall.MAPPER.createObjectNode()));
        assertThat(RpcCall.dbs().post(server).body().size()).isZero();

        server.resetBehaviour();

        assertThat(server.behaviour()).isSameAs(server.documentedBehaviour());
        assertThat(RpcCall.dbs().post(server).body().path("Success").asBoolean()).isTrue();
    }
}
