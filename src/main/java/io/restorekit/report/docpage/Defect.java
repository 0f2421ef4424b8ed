package io.restorekit.report.docpage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the doc-defect register (schemas/defects.json): a contradiction of the page, or — {@code drift} — a
 * difference between the page and Alibaba Cloud's API metadata, with the metadata's own wording.
 */
public record Defect(String id, String api, boolean drift, String section, List<String> quotes, List<String> metadata,
                     String problem, String kitChoice, String kitHolds, String why) {

    /** The entries of one API ({@code hbr}), in register order; none when the register is absent. */
    public static List<Defect> load(Path register, String api) {
        if (!Files.isRegularFile(register)) {
            return List.of();
        }
        try {
            List<Defect> out = new ArrayList<>();
            for (JsonNode e : new ObjectMapper().readTree(register.toFile())) {
                if (api.equalsIgnoreCase(e.path("api").asText())) {
                    out.add(new Defect(e.path("id").asText(), e.path("api").asText().toLowerCase(Locale.ROOT),
                            "drift".equals(e.path("kind").asText()), e.path("section").asText(), texts(e.path("quotes")),
                            texts(e.path("metadata")), e.path("problem").asText(), e.path("kitChoice").asText(),
                            e.path("kitHolds").asText(""), e.path("why").asText()));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + register + ": " + e.getMessage(), e);
        }
    }

    public String kindWord() {
        return drift ? "drift (seed page against the API metadata)" : "doc defect";
    }

    public String anchor() {
        return "defect-" + id;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
