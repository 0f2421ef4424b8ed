package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "abcXYZ019       | abcXYZ019",
            "a b             | a%20b",
            "a*b             | a%2Ab",
            "a~b             | a~b",
            "a+b             | a%2Bb",
            "a/b             | a%2Fb",
            "a=b&c           | a%3Db%26c",
            "-_.             | -_.",
            "%               | %25",
            "é               | %C3%A9",
            "中               | %E4%B8%AD",
            "[\"v-1\"]        | %5B%22v-1%22%5D",
            "2026-11-24T04:08:02Z | 2026-11-24T04%3A08%3A02Z",
    })
    void percentEncodesAsRfc3986(String raw, String encoded) {
        assertThat(PercentEncoder.encode(raw.strip())).isEqualTo(encoded.strip());
    }

    @Test
    void keepsParameterOrderAndEncodesKeysAndValues() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Filters.1.Values.1", "v 1");
        params.put("A", "");
        assertThat(PercentEncoder.queryString(params)).isEqualTo("Filters.1.Values.1=v%201&A=");
    }
}
