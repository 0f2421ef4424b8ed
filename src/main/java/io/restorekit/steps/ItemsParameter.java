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
    private final KitRuntime runtime;

    public ItemsParameter(ScenarioState state, KitRuntime runtime) {
        this.state = state;
        this.runtime = runtime;
    }

    @ParameterType(name = "items", value = ItemNouns.PHRASE, useForSnippets = false)
    public ItemNoun items(String phrase) {
        ItemNoun items = runtime.apis().itemNouns().resolve(phrase);
        return state.session == null ? items : items.requireOf(state.session.api());
    }
}
