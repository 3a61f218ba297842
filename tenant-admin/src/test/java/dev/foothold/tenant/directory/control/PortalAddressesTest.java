package dev.foothold.tenant.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortalAddressesTest {

  @Test
  void aDomainAdmitsEveryPageOfItsPortalOverHttps() {
    assertEquals("https://coach.example.com/*", PortalAddresses.redirectFor("Coach.Example.COM "));
  }

  @Test
  void anythingButAPlainHostNameIsRefused() {
    for (var bad :
        new String[] {
          null,
          "",
          "https://x.example.com",
          "x.example.com/*",
          "*.example.com",
          "localhost",
          "a b.com"
        }) {
      assertThrows(IllegalArgumentException.class, () -> PortalAddresses.redirectFor(bad), bad);
    }
  }

  @Test
  void addingTwiceAddsOnceAndKeepsTheOthers() {
    var start = List.of("http://localhost:8080/*");
    var once = PortalAddresses.with(start, "https://a.example.com/*");
    var twice = PortalAddresses.with(once, "https://a.example.com/*");
    assertEquals(List.of("http://localhost:8080/*", "https://a.example.com/*"), twice);
    assertEquals(once, twice);
    assertEquals(
        List.of("https://a.example.com/*"), PortalAddresses.with(null, "https://a.example.com/*"));
  }

  @Test
  void removingTakesOnlyThatAddress() {
    var uris =
        List.of("http://localhost:8080/*", "https://a.example.com/*", "https://b.example.com/*");
    assertEquals(
        List.of("http://localhost:8080/*", "https://b.example.com/*"),
        PortalAddresses.without(uris, "https://a.example.com/*"));
    assertEquals(uris, PortalAddresses.without(uris, "https://c.example.com/*"));
    assertEquals(List.of(), PortalAddresses.without(null, "https://a.example.com/*"));
  }

  @Test
  void postLogoutAddressesRoundTripThroughTheirSeparator() {
    var joined = "http://localhost:8080/*##http://127.0.0.1:8080/*";
    var split = PortalAddresses.split(joined);
    assertEquals(List.of("http://localhost:8080/*", "http://127.0.0.1:8080/*"), split);
    assertEquals(joined, PortalAddresses.join(split));
    assertEquals(List.of(), PortalAddresses.split(null));
    assertEquals(List.of(), PortalAddresses.split(""));
    assertEquals(
        "http://localhost:8080/*##http://127.0.0.1:8080/*##https://a.example.com/*",
        PortalAddresses.join(PortalAddresses.with(split, "https://a.example.com/*")));
  }
}
