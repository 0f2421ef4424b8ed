package io.restorekit.report.docpage;

import static io.restorekit.report.docpage.Html.esc;

import java.util.List;

/** The index of the annotated pages: the run, and per API its page and coverage figures. */
final class DocIndexHtml {
    private DocIndexHtml() {
    }

    static String render(List<AnnotatedPage> pages, List<String> files, RunFacts facts) {
        StringBuilder h = new StringBuilder(Html.head("The doc pages, annotated by this run"));
        h.append("<nav aria-label=\"Reports\"><a href=\"../conformance-matrix.html\">Conformance matrix</a>"
                + "<a href=\"../index.html\">Cucumber report</a><a href=\"../conformance-results.json\">conformance-results.json</a>"
                + "</nav>\n<header><h1>The doc pages, annotated by this run</h1><dl class=\"run\"><dt>Target</dt><dd>")
                .append(esc(facts.run().target())).append("</dd><dt>Contract edition</dt><dd>").append(esc(facts.contract()))
                .append("</dd><dt>Kit version</dt><dd>")
                .append(esc(facts.kitVersion())).append("</dd><dt>Run</dt><dd>").append(facts.run().started()).append(" to ")
                .append(facts.run().ended()).append("</dd></dl>");
        if (facts.run().stoppedBecause() != null) {
            h.append("<p><strong>The run checked nothing:</strong> ").append(esc(facts.run().stoppedBecause())).append("</p>");
        }
        h.append("<p>Each API's reference page in its own words, with beside every row and sentence the checks that "
                + "quote it and what this run found.</p></header>\n<main><table id=\"pages\"><caption>Coverage of each page's "
                + "request and response tables (rows and sentences)</caption><thead><tr><th scope=\"col\">API</th>"
                + "<th scope=\"col\">checkable</th><th scope=\"col\">with a check</th><th scope=\"col\">exercised</th>"
                + "<th scope=\"col\">passed</th><th scope=\"col\">failed</th><th scope=\"col\">warned</th>"
                + "<th scope=\"col\">not checked</th></tr></thead><tbody>");
        for (int i = 0; i < pages.size(); i++) {
            AnnotatedPage.Coverage c = pages.get(i).coverage();
            h.append("<tr><th scope=\"row\"><a href=\"").append(esc(files.get(i))).append("\">").append(esc(pages.get(i).title()))
                    .append("</a></th><td>").append(c.checkable()).append("</td><td>").append(c.withCheck()).append("</td><td>")
                    .append(c.exercised()).append("</td><td>").append(c.passed()).append("</td><td>").append(c.failed())
                    .append("</td><td>").append(c.warned()).append("</td><td>").append(c.unchecked().size()).append("</td></tr>");
        }
        return h.append("</tbody></table></main></body></html>\n").toString();
    }
}
