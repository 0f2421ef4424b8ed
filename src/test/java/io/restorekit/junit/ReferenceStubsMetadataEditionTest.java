package io.restorekit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The annotation's contract edition reaches the server: under the metadata edition DBS PageSize 31 is accepted
 * ("Valid values: 1 to 100."), which the seed edition refuses.
 */
@ReferenceStubsTest(contract = "metadata")
class ReferenceStubsMetadataEditionTest {
    @Test
    void pageSize31IsAcceptedUnderTheMetadataEdition(ReferenceStubsInfo stubs) throws Exception {
        Map<String, Object> body = Sdk.dbsRestoreTasks(stubs, Map.of("PageSize", "31"));
        assertThat(body).containsEntry("Success", true);
        assertThat(((Number) body.get("PageSize")).intValue()).isEqualTo(31);
    }
}
