package io.restorekit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.restorekit.TestApis;
import io.restorekit.config.CallSettings;
import io.restorekit.config.ConfigurationException;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.target.Targets;
import io.restorekit.wire.HttpExchange;
import io.restorekit.wire.RpcClient;
import io.restorekit.wire.RpcRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credentials chain, route by route, with throwaway files under a temporary HOME: what it finds, the line the
 * console shows, and the one-line errors for a profile that is missing or malformed — none quoting a secret.
 */
class CredentialChainTest {
    private static final String SECRET = "Chain/Secret+Value=";
    private static final String TOKEN = "CAIS/chain+token=";

    @TempDir
    Path home;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString()); // never the real ~/.aliyun or ~/.alibabacloud
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private void cliConfig(String json) throws IOException {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), json);
    }

    private Path ini(String text) throws IOException {
        Files.createDirectories(home.resolve(".alibabacloud"));
        return Files.writeString(home.resolve(".alibabacloud/credentials.ini"), text);
    }

    private static final String CLI = """
            {"current": "default", "profiles": [
              {"name": "default", "mode": "AK", "access_key_id": "LTAIdefault0000001", "access_key_secret": "%s"},
              {"name": "ci", "mode": "StsToken", "access_key_id": "STS.ci000000000001", "access_key_secret": "%s",
               "sts_token": "%s"}]}""".formatted(SECRET, SECRET, TOKEN);

    @Test
    void theEnvironmentComesFirst() throws IOException {
        cliConfig(CLI);
        CredentialSource source = CredentialChain.find(env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv00000000001",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET, "ALIBABA_CLOUD_PROFILE", "ci"), true).orElseThrow();
        assertThat(source.current()).isEqualTo(Credentials.of("LTAIenv00000000001", SECRET));
        assertThat(source.describeWith(source.current())).isEqualTo("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID"
                + " and ALIBABA_CLOUD_ACCESS_KEY_SECRET, AccessKeyId LTAI…0001");
    }

    @Test
    void aNamedCliProfile() throws IOException {
        cliConfig(CLI);
        CredentialSource source = CredentialChain.find(env("ALIBABA_CLOUD_PROFILE", "ci"), false).orElseThrow();
        assertThat(source.current()).isEqualTo(new Credentials("STS.ci000000000001", SECRET, TOKEN));
        assertThat(source.describeWith(source.current()))
                .isEqualTo("profile \"ci\" from ~/.aliyun/config.json, AccessKeyId STS.…0001 (STS)");
    }

    @Test
    void theCliCurrentProfileIsReadForTheLiveTargetOnly() throws IOException {
        cliConfig(CLI);
        assertThat(CredentialChain.find(env(), false)).as("a stubs or URL run does not pick up a profile nobody named")
                .isEmpty();
        CredentialSource live = CredentialChain.find(env(), true).orElseThrow();
        assertThat(live.description()).isEqualTo("profile \"default\" from ~/.aliyun/config.json");
        assertThat(live.current().accessKeyId()).isEqualTo("LTAIdefault0000001");
    }

    @Test
    void theIniFileByProfileNameOrDefault() throws IOException {
        Path ini = ini("""
                [default]
                enable = true
                type = access_key
                access_key_id = LTAIini00000000001
                access_key_secret = %s

                [off]
                enable = false
                type = access_key
                access_key_id = LTAIoff
                access_key_secret = x
                """.formatted(SECRET));
        assertThat(CredentialChain.find(env(), false)).isEmpty();
        CredentialSource byDefault = CredentialChain.find(env(), true).orElseThrow();
        assertThat(byDefault.description()).isEqualTo("section [default] of ~/.alibabacloud/credentials.ini");
        assertThat(byDefault.current()).isEqualTo(Credentials.of("LTAIini00000000001", SECRET));
        // Named by ALIBABA_CLOUD_CREDENTIALS_FILE: read for every target, wherever it is.
        Path elsewhere = Files.copy(ini, home.resolve("elsewhere.ini"));
        Files.delete(ini);
        CredentialSource named = CredentialChain.find(env("ALIBABA_CLOUD_CREDENTIALS_FILE", elsewhere.toString()), false)
                .orElseThrow();
        assertThat(named.description()).isEqualTo("section [default] of ~/elsewhere.ini");
        // A disabled section is no credentials: naming it is an error that says where the kit looked.
        Throwable off = catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_CREDENTIALS_FILE", elsewhere.toString(),
                "ALIBABA_CLOUD_PROFILE", "off"), false));
        assertThat(off).isInstanceOf(ConfigurationException.class).hasMessage("ALIBABA_CLOUD_PROFILE='off' names no"
                + " profile: the kit looked in ~/.aliyun/config.json (no such file) and in ~/elsewhere.ini"
                + " (no enabled section [off])");
    }

    @Test
    void aProfileNoFileHasIsOneLineNamingWhereTheKitLooked() throws IOException {
        cliConfig(CLI);
        Throwable error = catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_PROFILE", "prod"), false));
        assertThat(error).isInstanceOf(ConfigurationException.class).hasMessage("ALIBABA_CLOUD_PROFILE='prod' names no"
                + " profile: the kit looked in ~/.aliyun/config.json (no profile \"prod\"; it has profiles default, ci)"
                + " and in ~/.alibabacloud/credentials.ini (no such file)");
        assertThat(error.getMessage()).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain("\n");
    }

    @Test
    void malformedFilesAreOneLineThatQuotesNothingOfThem() throws IOException {
        cliConfig("{\"profiles\": [{\"name\": \"ci\", \"access_key_secret\": \"" + SECRET + "\" oops}]}");
        Throwable json = catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_PROFILE", "ci"), false));
        assertThat(json).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("~/.aliyun/config.json is not the aliyun CLI's config.json (at line 1)");
        assertThat(json.getMessage()).doesNotContain(SECRET).doesNotContain("oops");

        cliConfig("{\"profiles\": [{\"name\": \"ci\", \"mode\": \"AK\", \"access_key_id\": \"LTAIx\"}]}");
        assertThat(catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_PROFILE", "ci"), false)))
                .hasMessage("profile \"ci\" from ~/.aliyun/config.json has no access_key_secret: add it, or name another profile");
        cliConfig("{\"profiles\": [{\"name\": \"ci\", \"mode\": \"CloudSSO\"}]}");
        assertThat(catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_PROFILE", "ci"), false)))
                .hasMessageStartingWith("profile \"ci\" from ~/.aliyun/config.json: mode 'CloudSSO' is not one the kit can use");

        Files.delete(home.resolve(".aliyun/config.json"));
        // The library's ini parser takes a line without '=' as a key: no credentials, and no secret in the line.
        Path lenient = ini("[default]\nenable = true\naccess_key_secret " + SECRET + "\n");
        assertThat(catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_CREDENTIALS_FILE", lenient.toString()), false)))
                .hasMessageStartingWith("section [default] of ~/.alibabacloud/credentials.ini: type '' is not one the kit"
                        + " can use").hasMessageNotContaining(SECRET);
        Path ini = ini("[default]\nenable = true\n[ci " + SECRET + "\n");
        Throwable badIni = catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_CREDENTIALS_FILE", ini.toString()), false));
        assertThat(badIni).isInstanceOf(ConfigurationException.class).hasMessage("ALIBABA_CLOUD_CREDENTIALS_FILE='" + ini
                + "' is not a credentials file (line 3 is neither [section] nor key = value); fix it, or unset"
                + " ALIBABA_CLOUD_CREDENTIALS_FILE");
        assertThat(badIni.getMessage()).doesNotContain(SECRET);
        Throwable missing = catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_CREDENTIALS_FILE",
                home.resolve("nope.ini").toString()), false));
        assertThat(missing).hasMessageStartingWith("ALIBABA_CLOUD_CREDENTIALS_FILE='" + home.resolve("nope.ini") + "' is not a file");
    }

    @Test
    void theOidcTrioIsAllOrNoneAndItsTokenFileMustBeThere() throws IOException {
        Throwable two = catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/ci",
                "ALIBABA_CLOUD_OIDC_TOKEN_FILE", "/t"), false));
        assertThat(two).isInstanceOf(ConfigurationException.class).hasMessage("ALIBABA_CLOUD_ROLE_ARN and"
                + " ALIBABA_CLOUD_OIDC_TOKEN_FILE are set but ALIBABA_CLOUD_OIDC_PROVIDER_ARN is not: an OIDC role needs all three");
        Map<String, String> trio = env("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/ci", "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
                "acs:ram::1:oidc-provider/gh", "ALIBABA_CLOUD_OIDC_TOKEN_FILE", home.resolve("token").toString());
        assertThat(catchThrowable(() -> CredentialChain.find(trio, false))).isInstanceOf(ConfigurationException.class)
                .hasMessage("ALIBABA_CLOUD_OIDC_TOKEN_FILE='" + home.resolve("token") + "' is not a readable file: the OIDC"
                        + " token is read from it");
        Files.writeString(home.resolve("token"), "eyJ.token");
        // Found and built; nothing is fetched until a request is signed (the STS call is the library's, over HTTPS).
        assertThat(CredentialChain.find(trio, false).orElseThrow().description())
                .isEqualTo("OIDC role acs:ram::1:role/ci (ALIBABA_CLOUD_ROLE_ARN, token from " + home.resolve("token") + ")");
        // The same checks for an OIDC profile of the CLI's config and an oidc_role_arn section of an ini file.
        cliConfig("{\"profiles\": [{\"name\": \"gh\", \"mode\": \"OIDC\", \"ram_role_arn\": \"acs:ram::1:role/ci\","
                + " \"oidc_provider_arn\": \"acs:ram::1:oidc-provider/gh\", \"oidc_token_file\": \"" + home.resolve("gone") + "\"}]}");
        assertThat(catchThrowable(() -> CredentialChain.find(env("ALIBABA_CLOUD_PROFILE", "gh"), false)))
                .hasMessage("profile \"gh\" from ~/.aliyun/config.json: oidc_token_file '" + home.resolve("gone")
                        + "' is not a readable file: the OIDC token is read from it");
        Path ini = ini("[default]\nenable = true\ntype = oidc_role_arn\nrole_arn = acs:ram::1:role/ci\n"
                + "oidc_provider_arn = acs:ram::1:oidc-provider/gh\noidc_token_file_path = " + home.resolve("token") + "\n");
        assertThat(CredentialChain.find(env("ALIBABA_CLOUD_CREDENTIALS_FILE", ini.toString()), false).orElseThrow()
                .description()).isEqualTo("section [default] of ~/.alibabacloud/credentials.ini");
    }

    @Test
    void theEcsRamRoleOnlyWhenNamed() {
        assertThat(CredentialChain.find(env(), true)).as("no metadata service is asked by surprise").isEmpty();
        assertThat(CredentialChain.find(env("ALIBABA_CLOUD_ECS_METADATA", "kit-role"), true).orElseThrow().description())
                .isEqualTo("ECS RAM role kit-role (ALIBABA_CLOUD_ECS_METADATA, from the instance metadata service)");
        assertThat(CredentialChain.find(env("ALIBABA_CLOUD_ECS_METADATA", "kit-role",
                "ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"), true)).isEmpty();
    }

    private KitSettings settings(String target, Map<String, String> env) {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        props.setProperty("conformance.target", target);
        return KitSettings.from(props, env);
    }

    @Test
    void theLiveTargetWithoutCredentialsNamesEveryPlaceTheKitLooked() {
        Throwable error = catchThrowable(() -> Targets.parse(settings("alibaba:cn-hangzhou", env())));
        assertThat(error).isInstanceOf(ConfigurationException.class).hasMessageContaining("needs credentials")
                .hasMessageContaining("~/.aliyun/config.json").hasMessageContaining("~/.alibabacloud/credentials.ini")
                .hasMessageContaining("ALIBABA_CLOUD_OIDC_TOKEN_FILE").hasMessageContaining("ALIBABA_CLOUD_ECS_METADATA");
        // A named profile that no file has stops every target the same way, before anything starts.
        for (String target : List.of("stubs", "http://127.0.0.1:1", "alibaba:cn-hangzhou")) {
            assertThat(catchThrowable(() -> Targets.parse(settings(target, env("ALIBABA_CLOUD_PROFILE", "ghost")))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("ALIBABA_CLOUD_PROFILE='ghost' names no profile: the kit looked in");
        }
    }

    @Test
    void aProfileSignsEveryRequestAndTheConsoleNamesIt() throws IOException {
        cliConfig(CLI);
        SigningDecorator signing = (SigningDecorator) SigningDecorator.forSettings(
                settings("stubs", env("ALIBABA_CLOUD_PROFILE", "ci")), false);
        assertThat(signing.describeCredentials()).isEqualTo("profile \"ci\" from ~/.aliyun/config.json, AccessKeyId"
                + " STS.…0001 (STS), signed ACS3-HMAC-SHA256").doesNotContain(SECRET).doesNotContain(TOKEN);
        // A target rejecting them names the profile to check, not the environment variables.
        assertThat(CredentialRejection.hint("SignatureDoesNotMatch", "STS.ci000000000001", "hbr:DescribeRestoreJobs2",
                signing.source())).contains("check the credentials of profile \"ci\" from ~/.aliyun/config.json (the"
                + " secret of AccessKeyId STS.ci000000000001)");
        try (ReferenceServer server = ReferenceServer.start(TestApis.ROOT.resolve("stubs"), 0, SignatureVerifier.forKeys(
                Map.of("STS.ci000000000001", SECRET)))) {
            List<HttpExchange> seen = new ArrayList<>();
            RpcClient client = new RpcClient(Duration.ofSeconds(5), Duration.ofSeconds(5), signing, seen::add);
            assertThat(client.call(URI.create(server.baseUrl()), RpcRequest.to(TestApis.hbr()).with("PageSize", 1))
                    .isError()).as("the signature-checking stubs accept the profile's signature").isFalse();
            assertThat(seen.toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
    }

    @Test
    void refreshedCredentialsAreAskedForPerRequestAndEveryOneIsScrubbed() {
        // An STS provider hands out new credentials as old ones near expiry: each request is signed with the current ones.
        AtomicInteger asked = new AtomicInteger();
        CredentialSource rotating = new CredentialSource("a rotating test source", () -> {
            int n = asked.incrementAndGet();
            return new Credentials("STS.rotating" + n, "secret-number-" + n, "token-number-" + n);
        });
        SigningDecorator signing = new SigningDecorator(rotating, CallSettings.Signature.V1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, String> query = new java.util.LinkedHashMap<>(Map.of("Action", "DescribeRestoreJobs2"));
            signing.decorate("POST", URI.create("http://127.0.0.1:1"), query, RpcRequest.to(TestApis.hbr()));
            ids.add(query.get("AccessKeyId"));
        }
        assertThat(ids).containsExactly("STS.rotating1", "STS.rotating2", "STS.rotating3");
        assertThat(signing.secretValues()).contains("secret-number-1", "token-number-1", "secret-number-3", "token-number-3");
        // A provider that cannot give credentials is one line naming the source, never a stack of the library's.
        CredentialSource broken = new CredentialSource("profile \"x\" from ~/.aliyun/config.json", () -> {
            throw new IllegalStateException("Failed to connect OIDC Service: java.net.UnknownHostException\n\tat …");
        });
        assertThat(catchThrowable(broken::current)).isInstanceOf(CredentialSource.CredentialsUnavailable.class)
                .hasMessage("the credentials from profile \"x\" from ~/.aliyun/config.json could not be had: Failed to"
                        + " connect OIDC Service: java.net.UnknownHostException");
    }
}
