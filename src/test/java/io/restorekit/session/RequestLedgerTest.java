package io.restorekit.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.report.RequestCount;
import io.restorekit.wire.HttpExchange;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request repeats when it asks what the run asked before; signing parameters and retries do not make it new or a repeat. */
class RequestLedgerTest {

    private static HttpExchange sent(String query, int attempt) {
        return new HttpExchange("POST", URI.create("http://127.0.0.1:1/?" + query), Map.of(), 200, Map.of(), "{}",
                Duration.ZERO, null, attempt);
    }

    @Test
    void theSameParametersAskedAgainRepeatWhateverTheSignatureSays() {
        RequestLedger ledger = new RequestLedger();
        assertThat(ledger.record(List.of(sent("Action=A&PageSize=10&Signature=x&SignatureNonce=1&Timestamp=t1", 1))))
                .isEqualTo(new RequestCount(1, 0));
        assertThat(ledger.record(List.of(
                sent("PageSize=10&Action=A&Signature=y&SignatureNonce=2&Timestamp=t2", 1),
                sent("Action=A&PageSize=20", 1),
                sent("Action=A&PageSize=20", 2))))
                .as("the first is asked again (parameters in another order, another signature); a retry is no repeat")
                .isEqualTo(new RequestCount(3, 1));
        assertThat(ledger.record(List.of(sent("Action=B&PageSize=10", 1)))).isEqualTo(new RequestCount(1, 0));
    }
}
