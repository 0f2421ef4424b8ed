package io.restorekit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the reference stubs of DescribeRestoreJobs2 and DescribeRestoreTaskList on a free loopback port once for the
 * annotated test class, and stops them after it — the way {@code @WireMockTest} starts WireMock. A test method or
 * constructor takes a {@link ReferenceStubsInfo} parameter for the base URL, the endpoint string the official SDK's
 * {@code Config.setEndpoint} takes, and the server itself.
 *
 * <pre>{@code
 * @ReferenceStubsTest(faults = "throttled-twice-then-answers", resetBetweenTests = true)
 * class MyClientTest {
 *     @Test
 *     void retries(ReferenceStubsInfo stubs) { ... stubs.endpoint() ... }
 * }
 * }</pre>
 *
 * For options decided at run time, register {@link ReferenceStubsExtension} with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ReferenceStubsExtension.class)
public @interface ReferenceStubsTest {
    /** Faults turned on at start, by name of {@code stubs/faults/} ({@code throttled}, …) or as a mapping file path. */
    String[] faults() default {};

    /** Which reading of the pages the reference serves where they are silent: {@code documented}, {@code liberal}, … */
    String reading() default "documented";

    /** The contract edition served: {@code seed} (the pages) or {@code metadata} (the API metadata where it differs). */
    String contract() default "seed";

    /** A folder of your own datasets (the format and file names of {@code stubs/data/}); empty for the stubs' own. */
    String data() default "";

    /**
     * Before each test: drop what a test added (mappings, faults), reset WireMock's scenarios and the request journal,
     * then turn the {@link #faults()} on again.
     */
    boolean resetBetweenTests() default false;

    /** A stubs folder ({@code mappings/}, {@code __files/}, {@code data/}: its own dataset); empty for the kit's own. */
    String stubs() default "";
}
