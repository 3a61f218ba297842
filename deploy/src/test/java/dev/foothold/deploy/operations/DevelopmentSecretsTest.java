package dev.foothold.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DevelopmentSecretsTest {

  private static Function<String, Optional<String>> config(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  private static Map<String, String> production() {
    var values = new HashMap<String, String>();
    values.put("foothold.billing.stripe.webhook-secret", "whsec_live_own");
    values.put("foothold.keycloak.admin.client-secret", "a-real-secret");
    return values;
  }

  @Test
  void realSecretsWithoutAProfileMayRun() {
    assertEquals(List.of(), DevelopmentSecrets.findings(config(production())));
  }

  @Test
  void theDefaultWebhookSecretIsRefusedEvenAmongOthersAndTheMessageNamesTheKey() {
    var values = production();
    values.put("foothold.billing.stripe.webhook-secret", "whsec_live_own, whsec_foothold_dev");
    var findings = DevelopmentSecrets.findings(config(values));
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(findings.get(0).contains("foothold.billing.stripe.webhook-secret"));
    assertTrue(findings.get(0).contains("FOOTHOLD_BILLING_STRIPE_WEBHOOK_SECRET"));
  }

  @Test
  void theDevRealmsClientSecretOrNoneIsRefused() {
    var values = production();
    values.put("foothold.keycloak.admin.client-secret", "foothold-admin-dev-secret");
    assertTrue(
        DevelopmentSecrets.findings(config(values))
            .get(0)
            .contains("FOOTHOLD_KEYCLOAK_ADMIN_CLIENT_SECRET"));
    values.remove("foothold.keycloak.admin.client-secret");
    assertEquals(1, DevelopmentSecrets.findings(config(values)).size());
  }

  @Test
  void theDevProfileAllowsEverythingAndOnlyTheExactWordTurnsItOn() {
    var values = new HashMap<String, String>();
    values.put("foothold.billing.stripe.webhook-secret", "whsec_foothold_dev");
    values.put("foothold.profile", "dev");
    assertEquals(List.of(), DevelopmentSecrets.findings(config(values)));
    values.put("foothold.profile", "development");
    var findings = DevelopmentSecrets.findings(config(values));
    assertEquals(3, findings.size(), findings.toString());
    assertTrue(findings.get(0).contains("foothold.profile"));
    values.put("foothold.profile", "production");
    assertEquals(2, DevelopmentSecrets.findings(config(values)).size());
  }
}
