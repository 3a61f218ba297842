package dev.foothold.deploy.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides whether a configuration may run outside development: no secret that ships in this
 * repository (and so is public), and no empty secret where one is required.
 *
 * <p>Pure: it reads settings through the function it is given, so a unit test can feed it any
 * configuration.
 */
public final class DevelopmentSecrets {

  /** The switch: {@code dev} on a developer's machine and in tests, else {@code production}. */
  public static final String PROFILE = "foothold.profile";

  /** The value of {@link #PROFILE} that allows development secrets. */
  public static final String DEV = "dev";

  /** The value of {@link #PROFILE} that refuses them (the default). */
  public static final String PRODUCTION = "production";

  static final String WEBHOOK_SECRET = "foothold.billing.stripe.webhook-secret";
  static final String ADMIN_CLIENT_SECRET = "foothold.keycloak.admin.client-secret";

  /**
   * Secrets written in this repository: the webhook default of {@code
   * microprofile-config.properties} and the {@code foothold-admin} client secret of the development
   * realm.
   */
  static final Set<String> PUBLIC_SECRETS =
      Set.of("whsec_foothold_dev", "foothold-admin-dev-secret");

  private DevelopmentSecrets() {}

  /**
   * @param config a setting by key, empty when unset
   * @return whether the development profile is on
   */
  public static boolean developmentProfile(Function<String, Optional<String>> config) {
    return profile(config).equals(DEV);
  }

  /**
   * @param config a setting by key, empty when unset
   * @return what keeps this configuration from running, one sentence each naming the key to set;
   *     empty when it may run
   */
  public static List<String> findings(Function<String, Optional<String>> config) {
    var profile = profile(config);
    if (profile.equals(DEV)) {
      return List.of();
    }
    var findings = new ArrayList<String>();
    if (!profile.equals(PRODUCTION)) {
      findings.add(
          "%s is '%s': it is either '%s' or '%s' (%s)"
              .formatted(PROFILE, profile, DEV, PRODUCTION, environmentName(PROFILE)));
    }
    var webhook = config.apply(WEBHOOK_SECRET).orElse("");
    if (Arrays.stream(webhook.split(",")).map(String::trim).anyMatch(PUBLIC_SECRETS::contains)) {
      findings.add(
          ("%s is the development secret, which anyone can read in Foothold's sources and sign"
                  + " billing events with: set %s (%s) to your webhook endpoint's signing secret")
              .formatted(WEBHOOK_SECRET, WEBHOOK_SECRET, environmentName(WEBHOOK_SECRET)));
    }
    var admin = config.apply(ADMIN_CLIENT_SECRET).orElse("").trim();
    if (admin.isEmpty() || PUBLIC_SECRETS.contains(admin)) {
      findings.add(
          ("%s is %s: set %s (%s) to the secret of your realm's foothold-admin client, and give"
                  + " that client a secret of its own (never the development realm's)")
              .formatted(
                  ADMIN_CLIENT_SECRET,
                  admin.isEmpty() ? "empty" : "the development realm's secret",
                  ADMIN_CLIENT_SECRET,
                  environmentName(ADMIN_CLIENT_SECRET)));
    }
    return findings;
  }

  private static String profile(Function<String, Optional<String>> config) {
    return config.apply(PROFILE).map(String::trim).orElse(PRODUCTION).toLowerCase(Locale.ROOT);
  }

  /**
   * @param key a configuration key
   * @return the environment variable MicroProfile Config reads it from
   */
  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
