package io.restorekit.report.docpage;

import io.restorekit.api.ApiCatalog;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.report.ResultsFile;
import io.restorekit.report.ScenarioOutcome;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.schema.SchemaKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the annotated doc pages of a run: {@code doc-pages/<api>.html} for each API whose descriptor names a seed
 * page, and {@code doc-pages/index.html}. Everything comes from the kit folder (seeds, schemas, features, register)
 * and the run's outcomes — the same outcomes conformance-results.json holds.
 */
public final class DocPages {
    public static final String FOLDER = "doc-pages";

    private final Path kitRoot;

    public DocPages(Path kitRoot) {
        this.kitRoot = kitRoot;
    }

    /** The pages' folder inside {@code reportDir}, written; null when the kit folder holds no schemas to read pages by. */
    public Path write(Path reportDir, ResultsFile.Run run, List<ScenarioOutcome> outcomes) throws IOException {
        if (!Files.isDirectory(kitRoot.resolve("schemas"))) {
            return null;
        }
        Path dir = reportDir.resolve(FOLDER);
        Files.createDirectories(dir);
        RunFacts facts = RunFacts.of(run, outcomes);
        List<AnnotatedPage> pages = pages(outcomes, run.contract());
        List<String> files = new ArrayList<>();
        for (AnnotatedPage page : pages) {
            String file = page.page().api() + ".html";
            Files.writeString(dir.resolve(file), new DocPageHtml(page, facts).render());
            files.add(file);
        }
        Files.writeString(dir.resolve("index.html"), DocIndexHtml.render(pages, files, facts));
        return dir;
    }

    /** {@link #write}, saying in one line on {@code console} why it could not; null then. */
    public Path writeOrSay(Path reportDir, ResultsFile.Run run, List<ScenarioOutcome> outcomes, PrintStream console) {
        try {
            return write(reportDir, run, outcomes);
        } catch (IOException | RuntimeException e) {
            console.println("Could not write the annotated doc pages to " + reportDir.resolve(FOLDER) + ": " + e.getMessage());
            return null;
        }
    }

    /** One annotated page per API with a seed page, in catalog order; {@code contract}: the run's edition. */
    public List<AnnotatedPage> pages(List<ScenarioOutcome> outcomes, String contract) throws IOException {
        Path schemasDir = kitRoot.resolve("schemas");
        ApiCatalog catalog = ApiCatalog.load(schemasDir);
        SchemaCatalog schemas = SchemaCatalog.load(schemasDir);
        Set<String> apiIds = catalog.all().stream().map(ApiDescriptor::id).collect(Collectors.toSet());
        List<Check> checks = KitChecks.of(kitRoot.resolve("features"), apiIds, outcomes, contract);
        List<AnnotatedPage> pages = new ArrayList<>();
        for (ApiDescriptor api : catalog.all()) {
            Path seed = api.seed() == null ? null : kitRoot.resolve("docs/seeds").resolve(api.seed());
            if (seed == null || !Files.isRegularFile(seed)) {
                continue;
            }
            SeedPage page = SeedPageParser.parse(api.id(), api.seed(), Files.readString(seed),
                    schemas.dereferencedSchemaJson(api.id(), SchemaKind.REQUEST),
                    schemas.dereferencedSchemaJson(api.id(), SchemaKind.RESPONSE));
            List<Check> own = checks.stream().filter(c -> c.scenario().api().equals(api.label())).toList();
            pages.add(new AnnotatedPage(page, api.title(), own, Defect.load(schemasDir.resolve("defects.json"), api.id())));
        }
        return pages;
    }
}
