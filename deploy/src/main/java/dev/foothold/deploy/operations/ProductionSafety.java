package dev.foothold.deploy.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to let Foothold start outside the development profile while its configuration holds a
 * development secret, or while it clusters under Payara's default cluster name. Start-up asks it
 * before anything else; when it refuses, nothing is migrated or served, readiness stays DOWN, and
 * the log names every key to set.
 */
@ApplicationScoped
public class ProductionSafety {

  private static final Logger LOG = Logger.getLogger(ProductionSafety.class.getName());

  /**
   * @return whether start-up may go on; when not, the reasons are in the log
   */
  public boolean permitsStart() {
    Config config = ConfigProvider.getConfig(ProductionSafety.class.getClassLoader());
    var findings = check(key -> config.getOptionalValue(key, String.class), RunningCluster.name());
    return findings.isEmpty();
  }

  static List<String> check(
      java.util.function.Function<String, Optional<String>> config, Optional<String> cluster) {
    if (DevelopmentSecrets.developmentProfile(config)) {
      LOG.warning(
          () ->
              "Foothold runs with the development profile (%s=%s): development secrets are"
                      .formatted(DevelopmentSecrets.PROFILE, DevelopmentSecrets.DEV)
                  + " allowed. Never use it where real people or real money are.");
      return List.of();
    }
    var findings = new java.util.ArrayList<>(DevelopmentSecrets.findings(config));
    RunningCluster.finding(cluster).ifPresent(findings::add);
    if (!findings.isEmpty()) {
      var message = new StringBuilder("Foothold refuses to start: its configuration is unsafe");
      message.append(" outside development (").append(DevelopmentSecrets.PROFILE);
      message.append(" is not '").append(DevelopmentSecrets.DEV).append("').");
      findings.forEach(finding -> message.append("\n  - ").append(finding));
      message
          .append("\nOn a developer's machine only, set ")
          .append(DevelopmentSecrets.PROFILE)
          .append('=')
          .append(DevelopmentSecrets.DEV)
          .append(" (")
          .append(DevelopmentSecrets.environmentName(DevelopmentSecrets.PROFILE))
          .append('=')
          .append(DevelopmentSecrets.DEV)
          .append(") instead.");
      LOG.severe(message::toString);
    }
    return findings;
  }
}
