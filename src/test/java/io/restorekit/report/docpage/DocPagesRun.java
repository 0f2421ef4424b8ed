package io.restorekit.report.docpage;

import io.restorekit.TestApis;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.rules.Reading;
import io.restorekit.runner.SuiteRuns;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real run for the page tests, made once per JVM: the whole suite against the reference serving its liberal
 * reading, so the pages carry passes and warnings (SHOULD clauses that reading breaks). The pages are the ones the run
 * itself wrote, through the report hook every runner uses.
 */
final class DocPagesRun {
    static final Path REPORT_DIR = TestApis.ROOT.resolve("target/doc-pages-check");
    private static boolean done;

    private DocPagesRun() {
    }

    static synchronized Path reportDir() {
        if (!done) {
            try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0, null, Reading.LIBERAL)) {
                SuiteRuns.run(server.baseUrl(), "reference, liberal reading", null, REPORT_DIR, Map.of());
            }
            done = true;
        }
        return REPORT_DIR;
    }

    static Path page(String api) {
        return reportDir().resolve(DocPages.FOLDER).resolve(api + ".html");
    }
}
