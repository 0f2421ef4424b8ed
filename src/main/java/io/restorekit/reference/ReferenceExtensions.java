package io.restorekit.reference;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import io.restorekit.config.Contract;
import io.restorekit.reference.engine.BehaviourSet;
import io.restorekit.reference.routing.RestoreApiTransformer;
import io.restorekit.reference.routing.RpcActionMatcher;
import io.restorekit.reference.rules.Reading;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference's WireMock extensions ({@value RestoreApiTransformer#NAME}, {@value RpcActionMatcher#NAME}) for
 * WireMock's own standalone runner, which finds this factory on its classpath by {@code ServiceLoader}:
 * {@code java -cp restore-conformance-kit.jar wiremock.Run --root-dir stubs} serves the documented reference from the
 * root folder's rules and data, routed by its own mappings. Readings, editions, faults and signatures are
 * {@link ReferenceServerMain}'s options; the embedded server registers its extensions itself (no scanning).
 */
public final class ReferenceExtensions implements ExtensionFactory {
    @Override
    public List<Extension> create(WireMockServices services) {
        Path root = Path.of(services.getOptions().filesRoot().getPath()).toAbsolutePath().normalize();
        BehaviourSet documented = ReferenceApis.load(root, Contract.SEED, null).behaviours(Reading.DOCUMENTED);
        return List.of(new RestoreApiTransformer(() -> documented), new RpcActionMatcher());
    }
}
