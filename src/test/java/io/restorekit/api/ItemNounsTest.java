package io.restorekit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restorekit.TestApis;
import org.junit.jupiter.api.Test;

/** Step phrases name items by the descriptors' nouns: singular or plural, for every API of the catalog. */
class ItemNounsTest {

    @Test
    void everyApiIsNamedByItsNounAndItsPlural() {
        ApiCatalog catalog = TestApis.CATALOG;
        assertThat(catalog.all()).isNotEmpty();
        for (ApiDescriptor api : catalog.all()) {
            assertThat(catalog.byItems(api.list().noun()).id()).isEqualTo(api.id());
            assertThat(catalog.byItems(api.list().noun() + "s").id()).isEqualTo(api.id());
        }
    }

    @Test
    void aThirdApisNounNeedsNoJava() {
        ApiCatalog withThird = ApiCatalog.load(TestApis.ROOT.resolve("src/test/resources/third-api/schemas"));
        ApiDescriptor third = withThird.all().iterator().next();
        assertThat(withThird.byItems(third.list().noun() + "s")).isEqualTo(third);
        assertThat(third.list().noun()).as("the fixture's noun differs from the shipped APIs'")
                .isNotIn(TestApis.CATALOG.all().stream().map(a -> a.list().noun()).toList());
    }

    @Test
    void anUnknownNounIsRefusedNamingTheKnownOnes() {
        ApiDescriptor any = TestApis.CATALOG.all().iterator().next();
        assertThatThrownBy(() -> TestApis.CATALOG.byItems("snapshot widgets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'snapshot widgets'")
                .hasMessageContaining(any.list().noun() + " (" + any.id() + ")")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
