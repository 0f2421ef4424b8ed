package io.restorekit.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentEncoderTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "abcXYZ019     | abcXYZ019",
            "-_.~          | -_.~",
            "\"a b\"       | a%20b",
            "*             | %2A",
            "+             | %2B",
            "/             | %2F",
            "=             | %3D",
            "&             | %26",
            "%             | %25",
            "é             | %C3%A9",
            "中            | %E4%B8%AD",
            "2026-11-24T04:08:02Z | 2026-11-24T04%3A08%3A02Z",
            "\"\"          | \"\"",
    })
    void encodesLikeRfc3986(String raw, String encoded) {
        assertThat(PercentEncoder.encode(raw)).isEqualTo(encoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b*c~d", "+/=&%?#[]@!$'(),;:", "é中😀", "\t\n", "Filters.1.Values.1"})
    void agreesWithTheOfficialSdkEncoder(String raw) throws Exception {
        assertThat(PercentEncoder.encode(raw)).isEqualTo(com.aliyun.openapiutil.Client.percentEncode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b*c~d", "+/=&%?#[]@!$'(),;:", "é中😀"})
    void decodeInvertsEncode(String raw) {
        assertThat(PercentEncoder.decode(PercentEncoder.encode(raw))).isEqualTo(raw);
    }

    @Test
    void decodeReadsPlusAsSpaceAndKeepsLiteralCharacters() {
        assertThat(PercentEncoder.decode("v-1+a*b%7E")).isEqualTo("v-1 a*b~");
        assertThat(PercentEncoder.decode("é中😀%20x")).isEqualTo("é中😀 x");
    }

    @Test
    void decodeRejectsBrokenEscapes() {
        assertThatThrownBy(() -> PercentEncoder.decode("a%2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PercentEncoder.decode("a%zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodeQueryKeepsWireOrderAndEmptyValues() {
        assertThat(PercentEncoder.decodeQuery("b=2&a=&c&Timestamp=2026-11-24T04%3A08%3A02Z"))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("b", "2"),
                        org.assertj.core.api.Assertions.entry("a", ""),
                        org.assertj.core.api.Assertions.entry("c", ""),
                        org.assertj.core.api.Assertions.entry("Timestamp", "2026-11-24T04:08:02Z"));
        assertThat(PercentEncoder.decodeQuery("")).isEmpty();
        assertThat(PercentEncoder.decodeQuery(null)).isEmpty();
    }
}
