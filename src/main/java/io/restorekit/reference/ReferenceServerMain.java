package io.restorekit.reference;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the reference stubs on 127.0.0.1 until Ctrl-C (SIGINT/SIGTERM): see docs/reference-stubs.md. */
@Command(name = "reference-stubs", mixinStandardHelpOptions = true,
        description = "Serves the computed reference of HBR DescribeRestoreJobs2 and DBS DescribeRestoreTaskList"
                + " on 127.0.0.1 until interrupted.")
public final class ReferenceServerMain implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8089", description = "Port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--stubs", defaultValue = "stubs",
            description = "Stubs directory holding mappings/, __files/ and data/. Default: ${DEFAULT-VALUE}.")
    Path stubs;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        int exit = new CommandLine(new ReferenceServerMain()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        ReferenceServer server = ReferenceServer.start(stubs, port);
        Thread hook = new Thread(() -> {
            server.close();
            System.out.println("Reference stubs stopped.");
            stopped.countDown();
        }, "reference-stubs-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("Reference stubs listening on " + server.baseUrl() + " (stubs: "
                + stubs.toAbsolutePath().normalize() + "). Ctrl-C stops.");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
