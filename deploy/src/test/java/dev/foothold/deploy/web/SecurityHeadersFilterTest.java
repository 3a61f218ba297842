package dev.foothold.deploy.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void htmlIsRecognisedWhateverItsParametersOrCase() {
    assertTrue(SecurityHeadersFilter.isHtml("text/html"));
    assertTrue(SecurityHeadersFilter.isHtml("Text/HTML; charset=UTF-8"));
    assertTrue(SecurityHeadersFilter.isHtml("application/xhtml+xml"));
    assertFalse(SecurityHeadersFilter.isHtml("application/json"));
    assertFalse(SecurityHeadersFilter.isHtml("application/problem+json"));
    assertFalse(SecurityHeadersFilter.isHtml(null));
  }

  @Test
  void theDefaultPolicyRunsNoInlineScriptAndForbidsFraming() {
    var policy = SecurityHeadersFilter.DEFAULT_POLICY;
    assertTrue(policy.contains("script-src 'self';"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
  }
}
