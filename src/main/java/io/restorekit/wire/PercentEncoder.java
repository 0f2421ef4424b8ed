package io.restorekit.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 3986 percent-encoding as Alibaba Cloud signs it: the unreserved characters {@code A-Z a-z 0-9 - _ . ~} are kept,
 * every other UTF-8 byte becomes {@code %XX} with upper-case hex (so a space is {@code %20}, {@code *} is {@code %2A},
 * {@code +} is {@code %2B}). Both signers canonicalise with it, and it is safe for building query strings on the wire.
 */
public final class PercentEncoder {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoder() {
    }

    /** {@code k1=v1&k2=v2} in the map's own order, every key and value percent-encoded. */
    public static String queryString(Map<String, String> parameters) {
        java.util.StringJoiner joined = new java.util.StringJoiner("&");
        parameters.forEach((k, v) -> joined.add(encode(k) + "=" + encode(v)));
        return joined.toString();
    }

    /** Encodes one query key or value (UTF-8, RFC 3986). */
    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes one query component as a server receives it: {@code %XX} escapes (UTF-8) and, as in
     * {@code application/x-www-form-urlencoded}, {@code +} as a space — the official SDK puts spaces on the wire as
     * {@code +} while it signs them as {@code %20}.
     *
     * @throws IllegalArgumentException on a truncated or non-hex escape
     */
    public static String decode(String component) {
        if (component.indexOf('%') < 0 && component.indexOf('+') < 0) {
            return component;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= component.length()) {
                    throw new IllegalArgumentException("truncated percent-escape at index " + i);
                }
                int hi = Character.digit(component.charAt(i + 1), 16);
                int lo = Character.digit(component.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("invalid percent-escape at index " + i);
                }
                bytes.write((hi << 4) | lo);
                i += 2;
            } else {
                int codePoint = component.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Splits a raw query string ({@code a=1&b=x%20y}, without the leading {@code ?}) into decoded parameters, in wire
     * order. A parameter without {@code =} has the empty value; a repeated key keeps its last value.
     */
    public static Map<String, String> decodeQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(key), decode(value));
        }
        return params;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
