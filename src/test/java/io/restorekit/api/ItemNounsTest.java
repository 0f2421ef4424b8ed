package io.restorekit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.restorekit.TestApis;
import io.restorekit.api.ItemNouns.ItemNoun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Step phrases name items by the descriptors' nouns: both forms resolve, an unknown one fails naming the known ones. */
class ItemNounsTest {
    private static final ApiCatalog THIRD = ApiCatalog.load(TestApis.ROOT.resolve("src/test/resources/third-api/schemas"));

    private static List<ApiDescriptor> everyApi() {
        List<ApiDescriptor> all = new ArrayList<>(TestApis.CATALOG.all());
        all.addAll(THIRD.all());
        return all;
    }

    @Test
    void theSingularAndThePluralOfEveryNounResolveToItsApi() {
        ItemNouns nouns = ItemNouns.of(everyApi());
        for (ApiDescriptor api : everyApi()) {
            ItemNoun singular = nouns.resolve(api.list().noun());
            ItemNoun plural = nouns.resolve(api.list().plural());

            assertThat(singular.names(api)).as(api.list().noun()).isTrue();
            assertThat(singular.plural()).isFalse();
            assertThat(plural.names(api)).as(api.list().plural()).isTrue();
            assertThat(plural.plural()).isTrue();
            assertThat(plural.apis()).as("only the APIs of that noun")
                    .allMatch(a -> a.list().noun().equals(api.list().noun()));
        }
    }

    @Test
    void theFixturesNounIsNoneOfTheKitsOwn() {
        ApiDescriptor third = THIRD.all().iterator().next();

        assertThat(TestApis.CATALOG.all()).extracting(a -> a.list().noun()).doesNotContain(third.list().noun());
        assertThatThrownBy(() -> ItemNouns.of(TestApis.CATALOG.all()).resolve(third.list().plural()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownNounFailsNamingTheKnownOnes() {
        ItemNouns nouns = ItemNouns.of(TestApis.CATALOG.all());

        assertThatThrownBy(() -> nouns.resolve("snapshot widgets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no API lists 'snapshot widgets'; the known items are ")
                .hasMessageContaining(TestApis.CATALOG.all().iterator().next().list().noun() + "(s)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void itemsOfAnotherApiThanTheScenariosFailNamingBoth() {
        List<ApiDescriptor> apis = List.copyOf(TestApis.CATALOG.all());
        ApiDescriptor scenarios = apis.get(0);
        ApiDescriptor other = apis.stream().filter(a -> !a.list().noun().equals(scenarios.list().noun())).findFirst().orElseThrow();
        ItemNoun items = ItemNouns.of(apis).resolve(other.list().plural());

        assertThat(items.requireOf(other)).isSameAs(items);
        assertThatThrownBy(() -> items.requireOf(scenarios))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the step names " + other.list().plural() + ", which " + other.label() + " lists, but the scenario"
                        + " is tagged @" + scenarios.id() + ", whose items are " + scenarios.list().plural());
    }

    @Test
    void aNounThatNoStepPhraseCanHoldIsRefused() {
        ApiDescriptor api = TestApis.CATALOG.all().iterator().next();
        ApiDescriptor shouting = new ApiDescriptor(api.id(), api.title(), api.action(), api.version(), api.seed(), api.live(),
                api.paging(), new ApiDescriptor.ListShape(api.list().itemsPointer(), api.list().idField(), "Restore Job", null),
                api.timestampUnit(), api.error(), api.filters());

        assertThatThrownBy(() -> ItemNouns.of(List.of(shouting))).hasMessageContaining("'Restore Job'");
    }

    @Test
    void listingAllIsNeverReadAsItemsCalledAll() {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        registry.defineParameterType(new ParameterType<>("items", ItemNouns.PHRASE, String.class, (String s) -> s));
        ExpressionFactory expressions = new ExpressionFactory(registry);
        Expression some = expressions.createExpression("I list {items} with {word} {string}");
        Expression all = expressions.createExpression("I list all {items} with {word} {string}");
        String step = "I list all backup jobs with VaultId \"v-1\"";

        assertThat(some.match(step)).isNull();
        assertThat(all.match(step)).first().extracting(a -> a.getValue()).isEqualTo("backup jobs");
        assertThat(Pattern.matches(ItemNouns.PHRASE, "backup jobs")).isTrue();
    }
}
