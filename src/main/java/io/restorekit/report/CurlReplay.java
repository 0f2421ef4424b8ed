package io.restorekit.report;

import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.PercentEncoder;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recorded request as a {@code curl} command a user can paste into a POSIX shell to send it again: the exact URL
 * (already percent-encoded, as the kit sent it) and the headers the kit set. Built from {@link HttpExchange}, which is
 * redacted on the way in, so it never holds a secret: a signed request shows {@code Authorization: ***},
 * {@code x-acs-security-token: ***} or {@code Signature=***}, and then ends with a shell comment saying how to sign it
 * afresh (a signature expires with its date and nonce anyway). An unsigned request replays as it was.
 *
 * @param requestLine the exchange's {@link HttpExchange#requestLine()}, which failure messages quote
 * @param command     one line, every word single-quoted where the shell would otherwise read it
 */
public record CurlReplay(String requestLine, String command) {
    /** Most commands one scenario shows: a scenario comparing listings sends several, the failure names one or two. */
    static final int MAX_PER_SCENARIO = 3;
    private static final Set<String> SIGNING_QUERY = Set.of("Signature", "SignatureMethod", "SignatureVersion",
            "SignatureNonce", "SecurityToken", "AccessKeyId", "Timestamp", "Action", "Version", "Format");
    private static final String SIGN_NOTE = "  # *** stands for the signature and credentials: sign it afresh,"
            + " e.g. with the aliyun CLI: ";

    /** The command for one exchange; {@code product} is the aliyun CLI's product code for a signed one ({@code hbr}). */
    public static CurlReplay of(HttpExchange exchange, String product) {
        StringBuilder out = new StringBuilder("curl -sS -g -X ").append(quote(exchange.method())).append(' ')
                .append(quote(exchange.uri().toString()));
        exchange.requestHeaders().forEach((name, values) -> values.forEach(value ->
                out.append(" -H ").append(quote(name + ": " + value))));
        if (signed(exchange)) {
            out.append(SIGN_NOTE).append(aliyunCli(exchange, product));
        }
        return new CurlReplay(exchange.requestLine(), out.toString());
    }

    /** Whether the kit signed it: the redacted signature is still there, as {@code ***}. */
    static boolean signed(HttpExchange exchange) {
        String query = exchange.uri().getRawQuery();
        return exchange.requestHeader("Authorization") != null
                || (query != null && (query.startsWith("Signature=") || query.contains("&Signature=")));
    }

    /**
     * The same call through the aliyun CLI, which signs with the user's own profile: {@code aliyun <product> <Action>
     * --endpoint <host> --<Param> <value> …} with every parameter of the request but the signing ones.
     */
    static String aliyunCli(HttpExchange exchange, String product) {
        URI uri = exchange.uri();
        Map<String, String> query = uri.getRawQuery() == null ? Map.of() : PercentEncoder.decodeQuery(uri.getRawQuery());
        String action = firstNonNull(exchange.requestHeader("x-acs-action"), query.get("Action"), "<Action>");
        String version = firstNonNull(exchange.requestHeader("x-acs-version"), query.get("Version"), null);
        String host = uri.getHost() == null ? "" : uri.getHost();
        StringBuilder cli = new StringBuilder("aliyun ").append(quote(product == null ? "<product>" : product)).append(' ').append(quote(action))
                .append(" --endpoint ").append(quote(host + (uri.getPort() > 0 ? ":" + uri.getPort() : "")));
        if (version != null) {
            cli.append(" --version ").append(quote(version));
        }
        query.forEach((name, value) -> {
            if (!SIGNING_QUERY.contains(name)) {
                cli.append(" --").append(quote(name)).append(' ').append(quote(value));
            }
        });
        // A comment ends at the line's end: a value with a newline would end it early (and the CLI line is a hint).
        return cli.toString().replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * The commands worth showing for a scenario that failed or warned with {@code message}: the requests the message
     * quotes ("request: POST …"), else the last request it sent; the last attempt of each, at most
     * {@value #MAX_PER_SCENARIO}.
     */
    public static List<String> select(List<CurlReplay> sent, String message) {
        if (sent == null || sent.isEmpty()) {
            return List.of();
        }
        Map<String, String> byLine = new LinkedHashMap<>();
        String text = message == null ? "" : message;
        for (CurlReplay replay : sent) {
            if (text.contains(replay.requestLine())) {
                byLine.remove(replay.requestLine()); // a retry replaces the earlier attempt, and moves to its place
                byLine.put(replay.requestLine(), replay.command());
            }
        }
        List<String> commands = new ArrayList<>(byLine.values());
        if (commands.isEmpty()) {
            commands.add(sent.get(sent.size() - 1).command());
        }
        return List.copyOf(commands.subList(Math.max(0, commands.size() - MAX_PER_SCENARIO), commands.size()));
    }

    /**
     * One word for a POSIX shell, whatever it holds: as it is when every character is safe, else in single quotes, each
     * {@code '} written {@code '\''}. Nothing is special inside single quotes — not {@code $}, {@code *}, {@code \},
     * {@code "}, a newline or a non-ASCII character — so the shell passes the exact text.
     */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(CurlReplay::safe)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_./:,@%+".indexOf(c) >= 0;
    }

    private static String firstNonNull(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }
}
