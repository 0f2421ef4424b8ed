package io.restorekit.steps;

import io.cucumber.java.BeforeAll;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.runner.KitRuntime;
import io.restorekit.wire.RpcRequest;

/** Before any scenario: the settings resolve and each API's endpoint answers HTTP at all — else one line, at once. */
public class RunHooks {
    @BeforeAll
    public static void openTargetAndProbe() {
        KitRuntime runtime = KitRuntime.current();
        for (ApiDescriptor api : runtime.apis().all()) {
            // Throws TargetException (one line: what, where, why) when nothing answers; any HTTP answer will do here.
            runtime.client().call(runtime.target().endpoint(api), RpcRequest.to(api));
        }
    }
}
