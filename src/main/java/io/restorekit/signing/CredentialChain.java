package io.restorekit.signing;

import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.AlibabaCloudCredentialsProvider;
import com.aliyun.credentials.provider.EcsRamRoleCredentialProvider;
import com.aliyun.credentials.provider.OIDCRoleArnCredentialProvider;
import com.aliyun.credentials.provider.RamRoleArnCredentialProvider;
import com.aliyun.credentials.provider.StaticCredentialsProvider;
import com.aliyun.credentials.utils.ProfileUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restorekit.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a run's credentials the way Alibaba Cloud's default credentials chain ({@code com.aliyun:credentials-java})
 * does, in its order, and builds that library's providers for them — the kit only signs, with its own signers:
 *
 * <ol>
 *   <li>the environment: {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}, optionally
 *   {@code ALIBABA_CLOUD_SECURITY_TOKEN};</li>
 *   <li>the OIDC role trio CI systems set: {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN},
 *   {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} (with {@code ALIBABA_CLOUD_ROLE_SESSION_NAME}, {@code ALIBABA_CLOUD_STS_REGION});</li>
 *   <li>a profile of the aliyun CLI's {@code ~/.aliyun/config.json}: {@code ALIBABA_CLOUD_PROFILE}, else its current
 *   one (unless {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true});</li>
 *   <li>a section of {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else of {@code ~/.alibabacloud/credentials.ini}:
 *   {@code ALIBABA_CLOUD_PROFILE}, else {@code default}, with {@code enable = true};</li>
 *   <li>the ECS RAM role {@code ALIBABA_CLOUD_ECS_METADATA} names (unless {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}).</li>
 * </ol>
 *
 * Unlike the library's {@code DefaultCredentialsProvider}, which reads {@link System#getenv()}, {@code user.home} and
 * caches the ini file once per JVM, every input here is given: the settings' environment and a home folder
 * ({@code HOME} of that environment, else {@code user.home}), so tests and the two runners see the same thing. Two
 * deliberate differences, both to keep a run from reaching out by surprise: the files a user did not name (the CLI's
 * current profile, the default ini) are read only for the live target; and the instance metadata service is asked only
 * when {@code ALIBABA_CLOUD_ECS_METADATA} names the role (the library would try 100.100.100.200 on any machine).
 *
 * <p>Every problem is one line naming where the kit looked, raised before any request: a named profile that no file
 * has, a file that is not JSON or not an ini file, a profile that lacks a field, a token file that is not there.
 * No message quotes a secret or a line of a credentials file.
 */
public final class CredentialChain {
    public static final String ENV_PROFILE = "ALIBABA_CLOUD_PROFILE";
    public static final String ENV_CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    public static final String ENV_ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN";
    public static final String ENV_OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
    public static final String ENV_OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
    public static final String ENV_ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
    public static final String ENV_STS_REGION = "ALIBABA_CLOUD_STS_REGION";
    public static final String ENV_ECS_METADATA = "ALIBABA_CLOUD_ECS_METADATA";
    public static final String ENV_ECS_METADATA_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
    public static final String ENV_CLI_PROFILE_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
    static final String CLI_CONFIG = ".aliyun/config.json";
    static final String DEFAULT_INI = ".alibabacloud/credentials.ini";
    static final String SESSION_NAME = "restore-conformance-kit";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINE = Pattern.compile("on line (\\d+)");

    private final Map<String, String> env;
    private final Path home;
    private final boolean live;

    private CredentialChain(Map<String, String> env, Path home, boolean live) {
        this.env = env;
        this.home = home;
        this.live = live;
    }

    /**
     * The first source of the chain that holds credentials, or empty when none does.
     *
     * @param live whether the target is the live service (then the files nobody named are read too)
     * @throws ConfigurationException one line naming what is wrong and where the kit looked
     */
    public static Optional<CredentialSource> find(Map<String, String> env, boolean live) {
        return new CredentialChain(env, homeOf(env), live).find();
    }

    /** {@code HOME} of the settings' environment, else Java's {@code user.home}: where the aliyun CLI looks too. */
    static Path homeOf(Map<String, String> env) {
        String home = value(env, "HOME");
        return Path.of(home != null ? home : System.getProperty("user.home", "."));
    }

    /** One line for an error: every place the kit looked, in the chain's order. */
    public static String whereLooked(boolean live) {
        return "the environment (" + Credentials.ENV_ACCESS_KEY_ID + " and " + Credentials.ENV_ACCESS_KEY_SECRET
                + "), the OIDC role (" + ENV_ROLE_ARN + ", " + ENV_OIDC_PROVIDER_ARN + ", " + ENV_OIDC_TOKEN_FILE + "), "
                + (live ? "the aliyun CLI's ~/" + CLI_CONFIG + ", " + ENV_CREDENTIALS_FILE + " or ~/" + DEFAULT_INI
                        : "a profile named by " + ENV_PROFILE + ", a file named by " + ENV_CREDENTIALS_FILE)
                + ", the ECS RAM role named by " + ENV_ECS_METADATA;
    }

    private Optional<CredentialSource> find() {
        Optional<CredentialSource> fromEnv = environment();
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        Optional<CredentialSource> oidc = oidcFromEnvironment();
        if (oidc.isPresent()) {
            return oidc;
        }
        String profile = value(env, ENV_PROFILE);
        Path cliConfig = home.resolve(CLI_CONFIG);
        String cliLooked;
        if ("true".equalsIgnoreCase(value(env, ENV_CLI_PROFILE_DISABLED))) {
            cliLooked = "~/" + CLI_CONFIG + " (not read: " + ENV_CLI_PROFILE_DISABLED + "=true)";
        } else if (profile != null || live) {
            Optional<CredentialSource> cli = cliProfile(cliConfig, profile);
            if (cli.isPresent()) {
                return cli;
            }
            cliLooked = tilde(cliConfig) + (Files.exists(cliConfig) ? " (no profile " + quote(profile) + "; it has "
                    + cliProfileNames(cliConfig) + ")" : " (no such file)");
        } else {
            cliLooked = null;
        }
        String namedFile = value(env, ENV_CREDENTIALS_FILE);
        if (namedFile != null || profile != null || live) {
            Path ini = namedFile != null ? Path.of(namedFile) : home.resolve(DEFAULT_INI);
            String fileName = namedFile != null ? ENV_CREDENTIALS_FILE + "='" + namedFile + "'" : ini.toString();
            if (namedFile != null && !Files.isRegularFile(ini)) {
                throw new ConfigurationException(fileName + " is not a file: name the credentials file"
                        + " (ini sections such as [default] with enable = true and type = access_key)");
            }
            String section = profile != null ? profile : "default";
            Optional<CredentialSource> fromIni = iniSection(ini, fileName, section);
            if (fromIni.isPresent()) {
                return fromIni;
            }
            if (profile != null) {
                throw new ConfigurationException(ENV_PROFILE + "='" + profile + "' names no profile: the kit looked in "
                        + (cliLooked != null ? cliLooked : "~/" + CLI_CONFIG) + " and in " + tilde(ini)
                        + (Files.exists(ini) ? " (no enabled section [" + profile + "])" : " (no such file)"));
            }
        }
        return ecsRamRole();
    }

    private Optional<CredentialSource> environment() {
        try {
            return Credentials.fromEnvironment(env).map(c -> CredentialSource.fixed("environment variables "
                    + Credentials.ENV_ACCESS_KEY_ID + (c.hasSecurityToken() ? ", " : " and ") + Credentials.ENV_ACCESS_KEY_SECRET
                    + (c.hasSecurityToken() ? " and " + Credentials.ENV_SECURITY_TOKEN : ""), c));
        } catch (IllegalStateException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    /** The trio, all or none (the library ignores two of three; a CI that sets two has a typo the kit names). */
    private Optional<CredentialSource> oidcFromEnvironment() {
        List<String> names = List.of(ENV_ROLE_ARN, ENV_OIDC_PROVIDER_ARN, ENV_OIDC_TOKEN_FILE);
        List<String> missing = names.stream().filter(n -> value(env, n) == null).toList();
        if (missing.size() == names.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException(String.join(" and ", names.stream().filter(n -> !missing.contains(n)).toList())
                    + (names.size() - missing.size() == 1 ? " is" : " are") + " set but " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not: an OIDC role needs all three");
        }
        String tokenFile = value(env, ENV_OIDC_TOKEN_FILE);
        String role = value(env, ENV_ROLE_ARN);
        OIDCRoleArnCredentialProvider.Builder builder = oidc(role, value(env, ENV_OIDC_PROVIDER_ARN), tokenFile,
                ENV_OIDC_TOKEN_FILE + "='" + tokenFile + "'", value(env, ENV_ROLE_SESSION_NAME));
        if (value(env, ENV_STS_REGION) != null) {
            builder.stsRegionId(value(env, ENV_STS_REGION));
        }
        return Optional.of(source("OIDC role " + role + " (" + ENV_ROLE_ARN + ", token from " + tokenFile + ")",
                build(builder::build, "the OIDC role of " + ENV_ROLE_ARN)));
    }

    private Optional<CredentialSource> cliProfile(Path config, String named) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        JsonNode root = cliConfig(config);
        String name = named != null ? named : root.path("current").asText("");
        if (name.isBlank()) {
            name = "default";
        }
        JsonNode profile = null;
        for (JsonNode p : root.path("profiles")) {
            if (name.equals(p.path("name").asText(null))) {
                profile = p;
            }
        }
        if (profile == null) {
            return Optional.empty();
        }
        String where = "profile \"" + name + "\" from " + tilde(config);
        return Optional.of(source(where, cliProvider(root, profile, where, 0)));
    }

    private JsonNode cliConfig(Path config) {
        try {
            JsonNode root = JSON.readTree(Files.readString(config));
            if (root == null || !root.isObject() || (root.has("profiles") && !root.get("profiles").isArray())) {
                throw new IOException("not an object with a \"profiles\" array");
            }
            return root;
        } catch (IOException e) {
            // Jackson's message may quote the text around the error: a secret, perhaps. Only the place is kept.
            String at = e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                    ? " (at line " + json.getLocation().getLineNr() + ")" : "";
            throw new ConfigurationException(tilde(config) + " is not the aliyun CLI's config.json" + at
                    + ": it must be JSON with \"current\" and \"profiles\"; fix it, or run `aliyun configure`");
        }
    }

    private String cliProfileNames(Path config) {
        List<String> names = new ArrayList<>();
        cliConfig(config).path("profiles").forEach(p -> names.add(p.path("name").asText("?")));
        return names.isEmpty() ? "no profiles" : "profiles " + String.join(", ", names);
    }

    /** The library's provider for one profile of the CLI's config, by its mode (as its CLIProfileCredentialsProvider). */
    private AlibabaCloudCredentialsProvider cliProvider(JsonNode root, JsonNode p, String where, int depth) {
        String mode = p.path("mode").asText("");
        Field f = new Field(where);
        switch (mode) {
            case "AK":
                return fixed(f.get(p, "access_key_id"), f.get(p, "access_key_secret"), null);
            case "StsToken":
                return fixed(f.get(p, "access_key_id"), f.get(p, "access_key_secret"), f.get(p, "sts_token"));
            case "RamRoleArn":
                return ramRole(fixed(f.get(p, "access_key_id"), f.get(p, "access_key_secret"), null), p, f);
            case "ChainableRamRoleArn": {
                String sourceName = f.get(p, "source_profile");
                JsonNode sourceProfile = null;
                for (JsonNode q : root.path("profiles")) {
                    if (sourceName.equals(q.path("name").asText(null))) {
                        sourceProfile = q;
                    }
                }
                if (sourceProfile == null || depth > 5) {
                    throw new ConfigurationException(where + ": its source_profile \"" + sourceName
                            + "\" is not a profile of that file" + (depth > 5 ? " (or the chain of profiles loops)" : ""));
                }
                return ramRole(cliProvider(root, sourceProfile, where, depth + 1), p, f);
            }
            case "EcsRamRole":
                return build(() -> EcsRamRoleCredentialProvider.builder().roleName(f.get(p, "ram_role_name")).build(), where);
            case "OIDC": {
                String tokenFile = f.get(p, "oidc_token_file");
                OIDCRoleArnCredentialProvider.Builder builder = oidc(f.get(p, "ram_role_arn"), f.get(p, "oidc_provider_arn"),
                        tokenFile, where + ": oidc_token_file '" + tokenFile + "'", text(p, "ram_session_name"));
                return build(() -> builder
                        .durationSeconds(p.has("expired_seconds") ? p.get("expired_seconds").asInt() : null)
                        .stsRegionId(text(p, "sts_region"))
                        .build(), where);
            }
            default:
                throw new ConfigurationException(where + ": mode '" + mode + "' is not one the kit can use; accepted: AK,"
                        + " StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC");
        }
    }

    private AlibabaCloudCredentialsProvider ramRole(AlibabaCloudCredentialsProvider inner, JsonNode p, Field f) {
        return build(() -> RamRoleArnCredentialProvider.builder()
                .credentialsProvider(inner)
                .roleArn(f.get(p, "ram_role_arn"))
                .roleSessionName(orElse(text(p, "ram_session_name"), SESSION_NAME))
                .durationSeconds(p.has("expired_seconds") ? p.get("expired_seconds").asInt() : null)
                .stsRegionId(text(p, "sts_region"))
                .externalId(text(p, "external_id"))
                .build(), f.where);
    }

    private Optional<CredentialSource> iniSection(Path ini, String fileName, String section) {
        if (!Files.isRegularFile(ini)) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> sections;
        try {
            sections = ProfileUtils.parseFile(ini.toString());
        } catch (IOException | RuntimeException e) {
            // The parser's message quotes the offending line, which may hold a secret: keep only its number.
            Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
            throw new ConfigurationException(fileName + " is not a credentials file" + (line.find() ? " (line "
                    + line.group(1) + " is neither [section] nor key = value)" : "") + "; fix it, or unset "
                    + ENV_CREDENTIALS_FILE);
        }
        Map<String, String> s = sections.get(section);
        if (s == null || !Boolean.parseBoolean(s.get("enable"))) {
            return Optional.empty();
        }
        String where = "section [" + section + "] of " + tilde(ini);
        Map<String, String> values = s;
        Field f = new Field(where);
        String type = orElse(values.get("type"), "");
        AlibabaCloudCredentialsProvider provider = switch (type) {
            case "access_key" -> fixed(f.get(values, "access_key_id"), f.get(values, "access_key_secret"), null);
            case "ram_role_arn" -> build(() -> RamRoleArnCredentialProvider.builder()
                    .credentialsProvider(fixed(f.get(values, "access_key_id"), f.get(values, "access_key_secret"), null))
                    .roleArn(f.get(values, "role_arn"))
                    .roleSessionName(orElse(values.get("role_session_name"), SESSION_NAME))
                    .regionId(values.get("region_id"))
                    .policy(values.get("policy"))
                    .build(), where);
            case "ecs_ram_role" -> build(() -> EcsRamRoleCredentialProvider.builder()
                    .roleName(f.get(values, "role_name")).build(), where);
            case "oidc_role_arn" -> {
                String tokenFile = f.get(values, "oidc_token_file_path");
                OIDCRoleArnCredentialProvider.Builder builder = oidc(f.get(values, "role_arn"),
                        f.get(values, "oidc_provider_arn"), tokenFile, where + ": oidc_token_file_path '" + tokenFile + "'",
                        values.get("role_session_name"));
                yield build(() -> builder
                        .regionId(values.get("region_id"))
                        .policy(values.get("policy"))
                        .build(), where);
            }
            default -> throw new ConfigurationException(where + ": type '" + type + "' is not one the kit can use;"
                    + " accepted: access_key, ram_role_arn, ecs_ram_role, oidc_role_arn");
        };
        return Optional.of(source(where, provider));
    }

    private Optional<CredentialSource> ecsRamRole() {
        String role = value(env, ENV_ECS_METADATA);
        if (role == null || "true".equalsIgnoreCase(value(env, ENV_ECS_METADATA_DISABLED))) {
            return Optional.empty();
        }
        return Optional.of(source("ECS RAM role " + role + " (" + ENV_ECS_METADATA + ", from the instance metadata service)",
                build(() -> EcsRamRoleCredentialProvider.builder().roleName(role).build(), ENV_ECS_METADATA)));
    }

    /** A required field of a profile or section; its absence is one line naming the field and where. */
    private record Field(String where) {
        String get(JsonNode profile, String name) {
            String v = text(profile, name);
            if (v == null) {
                throw new ConfigurationException(where + " has no " + name + ": add it, or name another profile");
            }
            return v;
        }

        String get(Map<String, String> section, String name) {
            String v = section.get(name);
            if (v == null || v.isBlank()) {
                throw new ConfigurationException(where + " has no " + name + ": add it, or name another section");
            }
            return v.trim();
        }
    }

    private static AlibabaCloudCredentialsProvider fixed(String id, String secret, String token) {
        return StaticCredentialsProvider.builder().credential(CredentialModel.builder()
                .accessKeyId(id).accessKeySecret(secret).securityToken(token)
                .type(token == null ? "access_key" : "sts").build()).build();
    }

    /** The library's builders throw IllegalArgumentException for a value they refuse: one line, with where. */
    private static AlibabaCloudCredentialsProvider build(java.util.function.Supplier<AlibabaCloudCredentialsProvider> builder,
                                                         String where) {
        try {
            return builder.get();
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigurationException(where + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** Asks the library's provider per request: it caches, and refreshes STS credentials before they expire. */
    private static CredentialSource source(String description, AlibabaCloudCredentialsProvider provider) {
        return new CredentialSource(description, () -> {
            CredentialModel model = provider.getCredentials();
            return new Credentials(model.getAccessKeyId(), model.getAccessKeySecret(), model.getSecurityToken());
        });
    }

    /** The library's OIDC provider for a role, once its token file is known to be there. */
    private static OIDCRoleArnCredentialProvider.Builder oidc(String role, String provider, String tokenFile,
                                                              String tokenNamed, String session) {
        requireReadable(Path.of(tokenFile), tokenNamed);
        return OIDCRoleArnCredentialProvider.builder().roleArn(role).oidcProviderArn(provider)
                .oidcTokenFilePath(tokenFile).roleSessionName(orElse(session, SESSION_NAME));
    }

    private static void requireReadable(Path file, String named) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigurationException(named + " is not a readable file: the OIDC token is read from it");
        }
    }

    /** {@code ~/.aliyun/config.json} for a file under the home folder, else the path. */
    private String tilde(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path h = home.toAbsolutePath().normalize();
        return f.startsWith(h) ? "~/" + h.relativize(f).toString().replace('\\', '/') : f.toString();
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String quote(String profile) {
        return profile == null ? "named" : "\"" + profile + "\"";
    }
}
