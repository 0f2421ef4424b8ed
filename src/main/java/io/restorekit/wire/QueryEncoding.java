package io.restorekit.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** RFC 3986 percent-encoding as Alibaba Cloud's SDKs apply it: unreserved characters kept, the rest %XX. */
public final class QueryEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryEncoding() {
    }

    public static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** {@code k1=v1&k2=v2} in the map's own order, every key and value percent-encoded. */
    public static String queryString(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((k, v) -> joined.add(percentEncode(k) + "=" + percentEncode(v)));
        return joined.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
