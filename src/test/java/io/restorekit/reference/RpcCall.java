package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain java.net.http RPC call, shaped like the SDK's: POST / with every parameter in the query string. */
final class RpcCall {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, String> params = new LinkedHashMap<>();
    private int filters;

    static RpcCall hbr() {
        return new RpcCall().param("Action", "DescribeRestoreJobs2").param("Version", "2017-09-08");
    }

    static RpcCall dbs() {
        return new RpcCall().param("Action", "DescribeRestoreTaskList").param("Version", "2019-03-06");
    }

    static RpcCall none() {
        return new RpcCall();
    }

    RpcCall param(String name, Object value) {
        params.put(name, String.valueOf(value));
        return this;
    }

    /** Adds Filters.N (N from 1); a null operator is left out. */
    RpcCall filter(String key, String operator, String... values) {
        int n = ++filters;
        params.put("Filters." + n + ".Key", key);
        if (operator != null) {
            params.put("Filters." + n + ".Operator", operator);
        }
        for (int m = 0; m < values.length; m++) {
            params.put("Filters." + n + ".Values." + (m + 1), values[m]);
        }
        return this;
    }

    String query() {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    Reply post(ReferenceServer server) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?" + query()))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    MAPPER.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Reply(int status, String contentType, JsonNode body) {
        /** The listed items (HBR RestoreJobs.RestoreJob or DBS Items.RestoreTaskDetail). */
        List<JsonNode> items() {
            JsonNode list = body.has("RestoreJobs") ? body.path("RestoreJobs").path("RestoreJob")
                    : body.path("Items").path("RestoreTaskDetail");
            List<JsonNode> out = new ArrayList<>();
            list.forEach(out::add);
            return out;
        }

        List<String> ids() {
            String field = body.has("RestoreJobs") ? "RestoreId" : "RestoreTaskId";
            return items().stream().map(i -> i.path(field).asText()).toList();
        }
    }
}
