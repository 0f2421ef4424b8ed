package io.restorekit.report.docpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restorekit.TestApis;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages rendered in a real browser (Debian's headless Chromium): each lays out (a screenshot that is neither
 * small nor blank), its script runs to the end without an error, and its filters work from a link. With
 * {@code -Ddocpage.screenshots=docs} the screenshots are copied there (the README's pictures).
 */
class DocPagesBrowserTest {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 2200;

    private static Chromium browser() {
        var found = Chromium.find();
        assumeTrue(found.isPresent(), () -> "skipped, no headless browser: " + Chromium.unavailable());
        return found.get();
    }

    private static String url(String api, String query) {
        return DocPagesRun.page(api).toUri() + query;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hbr", "dbs"})
    void thePageLaysOutAndItsScriptRunsWithoutAnError(String api) throws IOException {
        Chromium chromium = browser();
        Path shot = DocPagesRun.reportDir().resolve("screenshots").resolve("doc-page-" + api + ".png");
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        Chromium.Run run = chromium.headless(url(api, ""), "--screenshot=" + shot, "--window-size=" + WIDTH + "," + HEIGHT);
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(consoleErrors(run.stderr())).isEmpty();
        assertThat(Files.size(shot)).as("screenshot size").isGreaterThan(30_000);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertLaidOut(image);

        Chromium.Run dom = chromium.headless(url(api, ""), "--dump-dom");
        assertThat(consoleErrors(dom.stderr())).isEmpty();
        Document doc = Jsoup.parse(dom.stdout());
        // The script's last statement marks the page: it ran through; and it showed the filters it wires.
        assertThat(doc.select("html").attr("data-docpage")).isEqualTo("ready");
        assertThat(doc.getElementById("filters").hasAttr("hidden")).isFalse();
        assertThat(doc.getElementById("f-count").text()).matches("\\d+ of \\d+ shown");

        String target = System.getProperty("docpage.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = TestApis.ROOT.resolve(target);
            Files.createDirectories(dir);
            Files.copy(shot, dir.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One page is enough: both run the same script over the same attributes. */
    @Test
    void aLinkedFilterShowsOnlyWhatItNames() throws IOException {
        String api = "hbr";
        Chromium chromium = browser();
        Document warned = Jsoup.parse(chromium.headless(url(api, "?show=attention"), "--dump-dom").stdout());
        List<Element> rows = warned.select("tr.row");
        assertThat(rows).isNotEmpty();
        assertThat(rows).filteredOn(r -> !r.hasAttr("hidden")).isNotEmpty().allSatisfy(r ->
                assertThat(r.attr("data-outcomes")).containsAnyOf("failed", "warned"));
        assertThat(rows).filteredOn(r -> r.hasAttr("hidden")).isNotEmpty().allSatisfy(r ->
                assertThat(r.attr("data-outcomes")).doesNotContain("failed").doesNotContain("warned"));

        Document found = Jsoup.parse(chromium.headless(url(api, "?find=PageSize"), "--dump-dom").stdout());
        assertThat(found.select("tr.row:not([hidden])")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.attr("data-names").toLowerCase()).contains("pagesize"));

        Document request = Jsoup.parse(chromium.headless(url(api, "?section=Request%20parameters"), "--dump-dom").stdout());
        assertThat(request.select("section[data-section]:not([hidden])")).extracting(e -> e.attr("data-section"))
                .containsExactly("Request parameters");
    }

    /** Lines the browser logged from the page's console that report an error. */
    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(l -> l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error"))).toList();
    }

    /** Not blank: ink covers a fair share of the picture, in many colours, from top to bottom. */
    private static void assertLaidOut(BufferedImage image) {
        int inked = 0, samples = 0;
        Set<Integer> colours = new HashSet<>();
        int[] inkedPerBand = new int[4];
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                samples++;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                    inkedPerBand[Math.min(3, y * 4 / image.getHeight())]++;
                }
            }
        }
        assertThat(inked * 100 / samples).as("percent of the picture not white").isGreaterThan(4);
        assertThat(colours).as("colours").hasSizeGreaterThan(50);
        assertThat(java.util.Arrays.stream(inkedPerBand).boxed().toList()).as("ink in each quarter, top to bottom")
                .allSatisfy(n -> assertThat(n).isPositive());
    }
}
