package io.restorekit.steps;

import io.cucumber.java.ParameterType;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.runner.KitRuntime;

/**
 * {@code {items}} and {@code {item}} in step phrases: the items a phrase names ("restore jobs", "a backup job"),
 * resolved against the descriptors' nouns, so a new API's phrases need no Java. The phrase must name the items of the
 * scenario's own API (its {@code @<id>} tag).
 */
public class ItemParameterTypes {
    /** Lower-case words; never starting with "all"/"also", which begin the phrases "I list all …" and "I also list all …". */
    static final String NOUN_PHRASE = "(?!all |also )[a-z]+(?: [a-z]+)*?";

    private final ScenarioState state;

    public ItemParameterTypes(ScenarioState state) {
        this.state = state;
    }

    @ParameterType(name = "items", value = NOUN_PHRASE)
    public ApiDescriptor items(String phrase) {
        return ofThisScenario(phrase);
    }

    @ParameterType(name = "item", value = NOUN_PHRASE)
    public ApiDescriptor item(String phrase) {
        return ofThisScenario(phrase);
    }

    private ApiDescriptor ofThisScenario(String phrase) {
        ApiDescriptor named = KitRuntime.current().apis().byItems(phrase);
        ApiDescriptor own = state.session.api();
        if (!named.id().equals(own.id())) {
            throw new IllegalStateException("the step names " + phrase + " (" + named.id() + "), but the scenario is @"
                    + own.id() + "'s, whose items are " + own.list().noun() + "s");
        }
        return named;
    }
}
