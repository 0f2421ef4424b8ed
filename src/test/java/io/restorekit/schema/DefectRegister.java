package io.restorekit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** {@code schemas/defects.json}, read for tests: the defects and the fixture findings each one predicts. */
final class DefectRegister {
    /** A finding a defect predicts for a fixture: {@code list} is errors, warnings, embeddedJsonProblems or parse. */
    record Expectation(String defectId, String fixture, String profile, String list, String pointer, String constraint) {
        boolean appliesTo(String fixturePath, SchemaProfile p) {
            return fixture.equals(fixturePath) && (profile == null || profile.equals(p.name()));
        }
    }

    private DefectRegister() {
    }

    static JsonNode defects() {
        return KitFiles.json(KitFiles.schemas().resolve("defects.json"));
    }

    /** The entries of {@code "kind": "drift"}: where the API metadata and a seed page differ. */
    static List<JsonNode> drift() {
        List<JsonNode> drift = new ArrayList<>();
        defects().forEach(d -> {
            if (isDrift(d)) {
                drift.add(d);
            }
        });
        return drift;
    }

    static boolean isDrift(JsonNode defect) {
        return DRIFT.equals(defect.path("kind").asText(null));
    }

    static final String DRIFT = "drift";

    static List<Expectation> expectations() {
        List<Expectation> all = new ArrayList<>();
        for (JsonNode defect : defects()) {
            for (JsonNode e : defect.path("expect")) {
                all.add(new Expectation(defect.get("id").asText(), e.get("fixture").asText(),
                        e.get("profile").isNull() ? null : e.get("profile").asText(), e.get("list").asText(),
                        e.get("pointer").isNull() ? null : e.get("pointer").asText(), e.get("constraint").asText()));
            }
        }
        return all;
    }

    static List<Expectation> expectations(String fixturePath, SchemaProfile profile) {
        return expectations().stream().filter(e -> e.appliesTo(fixturePath, profile)).toList();
    }
}
