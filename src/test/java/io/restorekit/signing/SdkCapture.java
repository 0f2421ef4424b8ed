package io.restorekit.signing;

import io.restorekit.wire.PercentEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests captured from the official HBR Java SDK (AccessKeyId {@code testid}, secret {@code testsecret}), read
 * from {@code sdk-capture.txt}: {@code === METHOD /?query}, then {@code name: value} header lines, then {@code BODY:}.
 */
record SdkCapture(String method, String path, String rawQuery, Map<String, String> headers) {

    static final String ACCESS_KEY_ID = "testid";
    static final String SECRET = "testsecret";
    static final String HOST = "127.0.0.1:18080";

    static List<SdkCapture> load() {
        try (InputStream in = SdkCapture.class.getResourceAsStream("sdk-capture.txt")) {
            if (in == null) {
                throw new IllegalStateException("sdk-capture.txt is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SdkCapture v3() {
        return load().stream().filter(c -> c.header("Authorization") != null).findFirst().orElseThrow();
    }

    static SdkCapture v1() {
        return load().stream().filter(c -> c.query().containsKey("Signature")).findFirst().orElseThrow();
    }

    static List<SdkCapture> parse(String text) {
        List<SdkCapture> captures = new ArrayList<>();
        String method = null;
        String target = null;
        Map<String, String> headers = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("=== ")) {
                String[] parts = line.substring(4).split(" ", 2);
                method = parts[0];
                target = parts[1];
                headers = new LinkedHashMap<>();
            } else if (line.startsWith("BODY:")) {
                int q = target.indexOf('?');
                captures.add(new SdkCapture(method, q < 0 ? target : target.substring(0, q),
                        q < 0 ? "" : target.substring(q + 1), headers));
                method = null;
            } else if (method != null && line.contains(": ")) {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return captures;
    }

    /** The query as a server decodes it ({@code +} is a space). */
    Map<String, String> query() {
        return PercentEncoder.decodeQuery(rawQuery);
    }

    String header(String name) {
        return SigningSupport.header(headers, name).orElse(null);
    }

    /** The request as the stub server would receive it. */
    SignableRequest asReceived() {
        return new SignableRequest(method, header("host"), path, query(), headers, new byte[0]);
    }
}
