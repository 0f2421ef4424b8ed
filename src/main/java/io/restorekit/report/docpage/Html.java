package io.restorekit.report.docpage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Escaping, and the page's own style sheet and script, inlined so each page is one file that needs no network. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The head of a page: charset, title, the inlined style sheet. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + asset("page.css") + "</style></head>\n<body>\n";
    }

    static String script() {
        return "<script>" + asset("page.js") + "</script>\n";
    }

    /** An outcome as a word with its symbol, never colour alone. */
    static String badge(Outcome o) {
        return "<span class=\"badge " + o.token() + "\">" + o.symbol() + " " + o.word() + "</span>";
    }

    private static String asset(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/restorekit/report/docpage/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
