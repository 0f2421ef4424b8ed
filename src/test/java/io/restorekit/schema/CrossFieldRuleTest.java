package io.restorekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules that tie fields together, which the per-field generated cases do not reach. */
class CrossFieldRuleTest {
    private final SchemaCatalog catalog = KitFiles.catalog();

    private java.util.List<String> errors(String api, SchemaKind kind, String json) {
        return catalog.validate(api, kind, KitFiles.json(json), false).errors().stream().map(SchemaViolation::describe).toList();
    }

    @Test
    void completeTimeFiltersNeedAnOperatorOtherThanTheDefaultIn() { // HBR-D12
        assertThat(errors("hbr", SchemaKind.REQUEST, "{\"Filters\": [{\"Key\": \"CompleteTime\", \"Values\": [\"1554347313\"]}]}"))
                .containsExactly("at /Filters/0/Operator: expected required, got (absent)");
        assertThat(errors("hbr", SchemaKind.REQUEST, "{\"Filters\": [{\"Key\": \"CompleteTime\", \"Operator\": \"IN\", \"Values\": [\"1\"]}]}"))
                .containsExactly("at /Filters/0/Operator: expected not {\"const\":\"IN\"}, got \"IN\"");
        assertThat(errors("hbr", SchemaKind.REQUEST,
                "{\"Filters\": [{\"Key\": \"CompleteTime\", \"Operator\": \"BETWEEN\", \"Values\": [\"1554347313\", \"1554347999\"]}]}")).isEmpty();
        assertThat(errors("hbr", SchemaKind.REQUEST, "{\"Filters\": [{\"Key\": \"VaultId\", \"Values\": [\"v-1\"]}]}")).isEmpty();
    }

    @Test
    void theBriefsExampleRequestIsValid() {
        assertThat(errors("hbr", SchemaKind.REQUEST,
                "{\"PageSize\": 10, \"RestoreType\": \"OSS\", \"Filters\": [{\"Key\": \"VaultId\", \"Operator\": \"IN\", \"Values\": [\"v-1\"]}]}")).isEmpty();
        assertThat(errors("hbr", SchemaKind.REQUEST, "{}")).isEmpty();
        assertThat(errors("dbs", SchemaKind.REQUEST, "{}")).containsExactly("at /Action: expected required, got (absent)");
    }

    @Test
    void dbsErrorsNameTheirCodeInCodeOrErrCode() { // DBS-D11
        assertThat(errors("dbs", SchemaKind.ERROR, "{\"RequestId\": \"r\", \"Code\": \"Forbidden.RAM\", \"Message\": \"m\", \"HostId\": \"h\"}")).isEmpty();
        assertThat(errors("dbs", SchemaKind.ERROR,
                "{\"RequestId\": \"r\", \"Success\": false, \"ErrCode\": \"Param.NotFound\", \"ErrMessage\": \"m\", \"HttpStatusCode\": 404}")).isEmpty();
        assertThat(errors("dbs", SchemaKind.ERROR, "{\"RequestId\": \"r\", \"Success\": true, \"ErrCode\": \"x\"}"))
                .containsExactly("at /Success: expected const false, got true");
    }

    @Test
    void hbrErrorsCarryTheCommonEnvelope() { // HBR-D19
        assertThat(errors("hbr", SchemaKind.ERROR, "{\"RequestId\": \"r\", \"Message\": \"m\"}"))
                .containsExactly("at /Code: expected required, got (absent)");
        assertThat(errors("hbr", SchemaKind.ERROR, "{\"RequestId\": \"r\", \"Code\": \"c\", \"Message\": \"m\", \"Success\": true}"))
                .containsExactly("at /Success: expected const false, got true");
    }

    @Test
    void aSuccessResponseSaysSuccess() {
        String hbr = KitFiles.text(KitFiles.schemas().resolve("hbr/examples/success.repaired.json"));
        assertThat(errors("hbr", SchemaKind.RESPONSE, hbr.replace("\"Code\": \"200\"", "\"Code\": \"500\"")))
                .containsExactly("at /Code: expected const \"200\", got \"500\"");
    }
}
