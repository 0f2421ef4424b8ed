package io.restorekit.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMediaTypeTest {
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=utf-8", "Application/JSON; charset=UTF-8",
            "text/json", "application/problem+json"})
    void jsonTypesPass(String contentType) {
        assertThat(ApiSession.isJsonMediaType(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html;charset=utf-8", "text/plain", "application/xml", "application/jsonp", "json", ""})
    void otherTypesFail(String contentType) {
        assertThat(ApiSession.isJsonMediaType(contentType)).isFalse();
    }
}
