package dev.foothold.deploy.path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodedSeparatorFilterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/t/demo-coaching%2Fme/climbs",
        "/api/v1/t/demo-coaching%2fme/climbs",
        "/api/v1/t/%2F",
        "/api/v1/t/demo-coaching%5Cme",
        "/api/v1/t/demo-coaching%3Bme",
        "/api/v1/t/demo-coaching/%2E%2E/demo-org",
        "/api/v1/t/demo-coaching/%2e",
        "/api/v1/t/demo-coaching;x=1/climbs",
        "/api/v1/t/demo-coaching\\climbs",
        "/api/v1/t/demo-coaching/me/../climbs",
        "/api/v1/t/demo-coaching/./climbs",
        "/api/v1/t/demo-coaching/.."
      })
  void encodedOrHiddenSeparatorsAreMalformed(String raw) {
    assertTrue(EncodedSeparatorFilter.malformed(raw), raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/t/demo-coaching/me/evidence",
        "/api/v1/t/demo-coaching/branding/domains/coach.example.com/verify",
        "/api/v1/t/demo-org/groups/Team%20%231/members/3f2a8c1e-5b7d-4e9a-8c6f-0d1e2f3a4b5c",
        "/portal/app.js",
        "/t/demo-coaching/",
        "/api/v1/t/demo-coaching/ladders/v1.2",
        "/api/v1/t/demo-coaching/.well-known",
        "/"
      })
  void plainAddressesAreNot(String raw) {
    assertFalse(EncodedSeparatorFilter.malformed(raw), raw);
  }
}
