package io.restorekit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.restorekit.api.ApiCatalog;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.runner.KitRuntime;
import io.restorekit.runner.SuiteLauncher;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.schema.SchemaKind;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The kit's speed against the embedded reference stubs, in one run: the floor (one raw request plus one
 * schema validation), whole-suite scenarios per second and their cost against the floor, validations of a
 * full 99-item HBR page, and the time from JVM start to the first request. Prints a Markdown table and
 * writes it to target/bench/results.md. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.restorekit.bench.KitBenchmark}
 */
public final class KitBenchmark {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** networknt as a user would run it on the kit's schemas as written: plain 2020-12, files from disk. */
    private static com.networknt.schema.Schema bareNetworknt(Path schemasDir, String relative) throws java.io.IOException {
        Map<String, String> texts = new java.util.HashMap<>();
        try (var files = Files.walk(schemasDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                texts.put("https://restorekit.invalid/schemas/" + schemasDir.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file));
            }
        }
        com.networknt.schema.SchemaRegistry registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(texts::get));
        com.networknt.schema.Schema schema = registry.getSchema(com.networknt.schema.SchemaLocation.of(
                "https://restorekit.invalid/schemas/" + relative));
        schema.initializeValidators();
        return schema;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("kit.root", "")).toAbsolutePath();
        List<String> lines = new ArrayList<>();
        try (ReferenceServer server = ReferenceServer.start(root.resolve("stubs"), 0)) {
            KitSettings settings = settings(root);
            ApiCatalog apis = ApiCatalog.load(settings.schemasDir());
            SchemaCatalog schemas = SchemaCatalog.load(settings.schemasDir());
            RpcClient client = new RpcClient(Duration.ofSeconds(10), Duration.ofSeconds(10), null, null);
            URI base = URI.create(server.baseUrl());
            RpcRequest hbrDefault = RpcRequest.to(apis.get("hbr"));

            // Bare networknt: the contract's files as written, compiled in plain 2020-12 (no kit keyword, no marking).
            com.networknt.schema.Schema bare = bareNetworknt(settings.schemasDir(), "hbr/response.schema.json");
            com.networknt.schema.Schema kitDialect = schemas.networkntSchema("hbr", SchemaKind.RESPONSE);

            // 1. The canned floor: a static WireMock stub serving the reference's own 10-item page, a raw POST, a
            //    Jackson parse and a bare networknt validation: what the machine can do for one request.
            String canned = client.call(base, hbrDefault).json().toString();
            double cannedPerSecond;
            com.github.tomakehurst.wiremock.WireMockServer plain = new com.github.tomakehurst.wiremock.WireMockServer(
                    com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
            plain.start();
            try {
                plain.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/"))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(canned)));
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + plain.port() + "/?Action=DescribeRestoreJobs2&Version=2017-09-08"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
                com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                cannedPerSecond = rate(3_000, () -> {
                    try {
                        bare.validate(mapper.readTree(http.send(post, java.net.http.HttpResponse.BodyHandlers.ofString()).body()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                plain.stop();
            }

            // 2. The kit's path for the same request: its client, the reference computing the answer, its validation.
            double floorPerSecond = rate(3_000, () -> {
                RpcResponse r = client.call(base, hbrDefault);
                schemas.validate("hbr", SchemaKind.RESPONSE, r.json(), false);
            });

            // 3. A full 99-item HBR page: bare networknt against the kit's validation (networknt plus the kit's checks).
            JsonNode fullPage = client.call(base, hbrDefault.with("PageSize", 99)).json();
            // Interleaved rounds, best of each: neither side profits from running after the other warmed the JIT.
            double barePageValidationsPerSecond = 0;
            double pageValidationsPerSecond = 0;
            double kitDialectPerSecond = 0;
            for (int round = 0; round < 5; round++) {
                barePageValidationsPerSecond = Math.max(barePageValidationsPerSecond, rate(1_000, () -> bare.validate(fullPage)));
                pageValidationsPerSecond = Math.max(pageValidationsPerSecond,
                        rate(1_000, () -> schemas.validate("hbr", SchemaKind.RESPONSE, fullPage, false)));
                kitDialectPerSecond = Math.max(kitDialectPerSecond, rate(1_000, () -> kitDialect.validate(fullPage)));
            }

            // 3. The whole suite, in parallel as by default; requests counted at the client.
            AtomicLong requests = new AtomicLong();
            RpcClient.RequestDecorator counting = (method, endpoint, query, request) -> {
                requests.incrementAndGet();
                return Map.of();
            };
            suite(settings, base, counting); // warm-up
            requests.set(0);
            int runs = 3;
            long started = System.nanoTime();
            int scenarios = 0;
            for (int i = 0; i < runs; i++) {
                scenarios += suite(settings, base, counting);
            }
            double suiteSeconds = (System.nanoTime() - started) / 1e9;
            double scenariosPerSecond = scenarios / suiteSeconds;
            double requestsPerScenario = (double) requests.get() / scenarios;
            double scenarioCostInFloors = (1 / scenariosPerSecond) * floorPerSecond;

            // 4. JVM start to first request, for the standalone runner in a fresh JVM.
            Duration startToFirstRequest = startToFirstRequest(root);

            lines.add("| measure | value |");
            lines.add("| --- | --- |");
            lines.add(String.format("| canned floor: static WireMock stub, raw POST, parse, bare networknt | %.0f /s (%.2f ms each) |",
                    cannedPerSecond, 1000 / cannedPerSecond));
            lines.add(String.format("| kit path: kit client, reference computing the answer, kit validation | %.0f /s (%.2f ms each) |",
                    floorPerSecond, 1000 / floorPerSecond));
            lines.add(String.format("| kit path / canned floor | **%.2f** (%.2f ms / %.2f ms; goal ≤ 2) |", cannedPerSecond / floorPerSecond,
                    1000 / floorPerSecond, 1000 / cannedPerSecond));
            lines.add(String.format("| whole suite | %.1f scenarios/s (%d scenarios in %d runs, %.1f s) |", scenariosPerSecond, scenarios, runs, suiteSeconds));
            lines.add(String.format("| requests per scenario | %.1f |", requestsPerScenario));
            lines.add(String.format("| per-scenario cost / kit path | %.1f (%.1f per request sent) |", scenarioCostInFloors,
                    scenarioCostInFloors / requestsPerScenario));
            lines.add(String.format("| bare networknt, full 99-item HBR page | %.0f /s (%.2f ms each) |", barePageValidationsPerSecond,
                    1000 / barePageValidationsPerSecond));
            lines.add(String.format("| kit validation, same page (the kit's dialect graded: undocumented fields, JSON in strings, client values, in networknt's one pass) | %.0f /s (%.2f ms each) |",
                    pageValidationsPerSecond, 1000 / pageValidationsPerSecond));
            lines.add(String.format("| networknt alone on the kit's dialect (its keywords, each object's documented members written in), same page | %.0f /s (%.2f ms each) |",
                    kitDialectPerSecond, 1000 / kitDialectPerSecond));
            lines.add(String.format("| kit validation / bare networknt (throughput) | **%.0f %%** (%.0f /s / %.0f /s; goal ≥ 90 %%); the kit's keywords and grading ≈ %.2f ms a page |",
                    100 * pageValidationsPerSecond / barePageValidationsPerSecond, pageValidationsPerSecond, barePageValidationsPerSecond,
                    1000 / pageValidationsPerSecond - 1000 / barePageValidationsPerSecond));
            lines.add(String.format("| JVM start to first request (standalone runner) | %d ms |", startToFirstRequest.toMillis()));
            Path results = settings.reportDir().resolve(io.restorekit.report.ResultsFile.NAME);
            if (Files.exists(results)) {
                JsonNode sent = new com.fasterxml.jackson.databind.ObjectMapper().readTree(results.toFile()).path("run").path("requests");
                lines.add(String.format("| requests one run sends (the last of the runs above) | %d, of which %d repeat an earlier request of the run; per API %s; per kind %s |",
                        sent.path("sent").asInt(), sent.path("repeated").asInt(), sent.path("byApi"), sent.path("byKind")));
            }
        }
        String machine = String.format("%d cores, %s, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        lines.add("");
        lines.add("Machine: " + machine + ", " + Instant.now());
        String table = String.join("\n", lines);
        System.out.println(table);
        Path out = root.resolve("target/bench/results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private static KitSettings settings(Path root) {
        Properties props = new Properties();
        props.setProperty("kit.root", root.toString());
        props.setProperty("conformance.report.dir", root.resolve("target/bench/report").toString());
        return KitSettings.from(props, Map.of());
    }

    private static int suite(KitSettings settings, URI base, RpcClient.RequestDecorator decorator) {
        try (KitRuntime runtime = new KitRuntime(settings, Targets.fixed(base, "reference"), decorator, QUIET)) {
            List<ScenarioOutcome> outcomes = SuiteLauncher.run(runtime, null, true);
            if (outcomes.stream().anyMatch(o -> o.verdict() != ScenarioOutcome.Verdict.PASSED)) {
                throw new IllegalStateException("the suite does not pass against the reference: benchmark void");
            }
            return outcomes.size();
        }
    }

    /** Operations per second over {@code n} timed runs, after {@code n / 3} warm-up runs. */
    private static double rate(int n, Runnable operation) {
        for (int i = 0; i < n / 3; i++) {
            operation.run();
        }
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            operation.run();
        }
        return n / ((System.nanoTime() - started) / 1e9);
    }

    /** This program's classpath (under exec:java it is the class loader's, not java.class.path). */
    private static String classpath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** Starts the standalone runner in a new JVM against a loopback server that notes when the first request lands. */
    private static Duration startToFirstRequest(Path root) throws Exception {
        AtomicReference<Instant> first = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            first.compareAndSet(null, Instant.now());
            byte[] body = "{\"RequestId\":\"bench\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Process process = new ProcessBuilder("java", "-cp", classpath(),
                    "io.restorekit.cli.ConformanceCli", "--kit-root", root.toString(),
                    "--target", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "--tags", "@DBS.PageSize.Default", "--report-dir", root.resolve("target/bench/startup").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Instant start = process.info().startInstant().orElseThrow();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            if (first.get() == null) {
                throw new IllegalStateException("the standalone runner sent no request");
            }
            return Duration.between(start, first.get());
        } finally {
            server.stop(0);
        }
    }
}
