package io.restorekit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid DescribeRestoreJobs2 input gets HTTP 400 in Alibaba Cloud's error shape, naming the parameter. */
class HbrValidationTest {
    private final ReferenceServer server = Stubs.shared();

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                bad("PageNumber 0", "PageNumber", c -> c.param("PageNumber", 0)),
                bad("PageNumber -1", "PageNumber", c -> c.param("PageNumber", -1)),
                bad("PageNumber not an integer", "PageNumber", c -> c.param("PageNumber", "one")),
                bad("PageNumber decimal", "PageNumber", c -> c.param("PageNumber", "1.5")),
                bad("PageNumber beyond int", "PageNumber", c -> c.param("PageNumber", "99999999999")),
                bad("PageNumber empty", "PageNumber", c -> c.param("PageNumber", "")),
                bad("PageSize 0", "PageSize", c -> c.param("PageSize", 0)),
                bad("PageSize 100", "PageSize", c -> c.param("PageSize", 100)),
                bad("PageSize -5", "PageSize", c -> c.param("PageSize", -5)),
                bad("PageSize not an integer", "PageSize", c -> c.param("PageSize", "ten")),
                bad("RestoreType lower case", "RestoreType", c -> c.param("RestoreType", "ecs_file")),
                bad("RestoreType is a SourceType value", "RestoreType", c -> c.param("RestoreType", "UDM_ECS")),
                bad("Edition unknown", "Edition", c -> c.param("Edition", "PREMIUM")),
                bad("Operator unknown", "Filters.1.Operator", c -> c.filter("Status", "LIKE", "COMPLETE")),
                bad("Operator lower case", "Filters.1.Operator", c -> c.filter("Status", "equal", "COMPLETE")),
                bad("Key unknown", "Filters.1.Key", c -> c.filter("SourceType", "EQUAL", "OSS")),
                bad("Key missing", "Filters.1.Key", c -> c.param("Filters.1.Values.1", "COMPLETE")),
                bad("IN with CompleteTime", "Filters.1.Operator",
                        c -> c.filter("CompleteTime", "IN", "1735690800")),
                bad("IN by default with CompleteTime", "Filters.1.Operator",
                        c -> c.filter("CompleteTime", null, "1735690800")),
                bad("BETWEEN with one value", "Filters.1.Values",
                        c -> c.filter("CompleteTime", "BETWEEN", "1735690800")),
                bad("BETWEEN with three values", "Filters.1.Values",
                        c -> c.filter("CompleteTime", "BETWEEN", "1", "2", "3")),
                bad("BETWEEN with no value", "Filters.1.Values", c -> c.filter("Status", "BETWEEN")),
                bad("EQUAL with two values", "Filters.1.Values",
                        c -> c.filter("Status", "EQUAL", "COMPLETE", "FAILED")),
                bad("IN with no value", "Filters.1.Values", c -> c.filter("Status", "IN")),
                bad("non-numeric CompleteTime", "Filters.1.Values",
                        c -> c.filter("CompleteTime", "GREATER_THAN", "yesterday")),
                bad("non-numeric CompleteTime in BETWEEN", "Filters.1.Values",
                        c -> c.filter("CompleteTime", "BETWEEN", "1735690800", "2025-02-01")),
                bad("second filter invalid", "Filters.2.Key",
                        c -> c.filter("Status", "EQUAL", "COMPLETE").filter("Nope", "EQUAL", "x")),
                bad("index 0", "Filters.0.Key", c -> c.param("Filters.0.Key", "Status")),
                bad("malformed filter parameter", "Filters.1.Value.1", c -> c.param("Filters.1.Value.1", "x")));
    }

    private static Arguments bad(String name, String parameter, UnaryOperator<RpcCall> call) {
        return Arguments.of(name, parameter, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidInputIsRefusedWithInvalidParameter(String name, String parameter, UnaryOperator<RpcCall> call) {
        RpcCall.Reply reply = call.apply(RpcCall.hbr()).post(server);

        ErrorShape.assertHbr(reply, "InvalidParameter", parameter);
    }

    @Test
    void everyErrorHasAFreshRequestId() {
        RpcCall.Reply first = RpcCall.hbr().param("PageSize", 100).post(server);
        RpcCall.Reply second = RpcCall.hbr().param("PageSize", 100).post(server);

        assertThat(first.body().path("RequestId").asText()).isNotEqualTo(second.body().path("RequestId").asText());
        assertThat(first.body().path("Recommend").asText()).contains("product=hbr");
    }

    @Test
    void boundaryValuesAreAccepted() {
        assertThat(RpcCall.hbr().param("PageSize", 1).post(server).status()).isEqualTo(200);
        assertThat(RpcCall.hbr().param("PageSize", 99).post(server).status()).isEqualTo(200);
        assertThat(RpcCall.hbr().param("PageNumber", Integer.MAX_VALUE).post(server).status()).isEqualTo(200);
        assertThat(RpcCall.hbr().filter("CompleteTime", "EQUAL", "0").post(server).status()).isEqualTo(200);
    }
}
