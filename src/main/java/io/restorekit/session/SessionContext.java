package io.restorekit.session;

import io.restorekit.config.KitSettings;
import io.restorekit.schema.SchemaCatalog;
import io.restorekit.snapshot.Snapshots;
import io.restorekit.target.Target;
import io.restorekit.wire.RpcClient;

/** What a scenario's {@link ApiSession} uses of its run: implemented by the run's composition root. */
public interface SessionContext {
    KitSettings settings();

    Target target();

    RpcClient client();

    /** The run's recorder and the recording it replays or compares with, if any. */
    Snapshots snapshots();

    SchemaCatalog schemas();

    /** Undocumented fields the run's answers carried. */
    SchemaFindings findings();

    /** Full listings, walked once per run. */
    ListingCache listings();
}
