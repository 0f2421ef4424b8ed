package io.restorekit.steps;

import io.cucumber.java.ParameterType;
import io.restorekit.api.ItemNouns;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.runner.KitRuntime;

/**
 * {@code {items}} in a step phrase: the items of an API named by its descriptor's noun, singular or plural ("restore
 * jobs", "backup job"), so a new API's scenarios need no new phrase. The phrase must name the scenario's own API.
 */
public class ItemsParameter {
    private final ScenarioState state;

    public ItemsParameter(ScenarioState state) {
        this.state = state;
    }

    @ParameterType(name = "items", value = ItemNouns.PHRASE, useForSnippets = false)
    public ItemNoun items(String phrase) {
        ItemNoun items = KitRuntime.current().apis().itemNouns().resolve(phrase);
        return state.session == null ? items : items.requireOf(state.session.api());
    }
}
