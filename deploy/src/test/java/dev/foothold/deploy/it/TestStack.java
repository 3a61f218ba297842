package dev.foothold.deploy.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.foothold.deploy.stack.DnsServer;
import dev.foothold.deploy.stack.EmbeddedDatabase;
import dev.foothold.deploy.stack.KeycloakServer;
import dev.foothold.deploy.stack.PayaraServer;
import dev.foothold.deploy.stack.Ports;
import dev.foothold.deploy.stack.Progress;
import io.restassured.RestAssured;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PostgreSQL and Keycloak of one test run, started on free ports before the first system test
 * and stopped after the last. Keycloak signs tokens with a key this class made, so tests can also
 * make tokens that are correctly signed but wrong in exactly one other way.
 */
public final class TestStack implements AutoCloseable {

  private static TestStack instance;

  private final EmbeddedDatabase database;
  private final KeycloakServer keycloak;
  private final KeyPair signingKey;
  private final String signingKeyId;
  private final Map<String, String> appConfig;
  private final GreenMail mail;
  private final FakeStripe stripe;
  private final DnsServer dns;

  private TestStack(
      EmbeddedDatabase database,
      KeycloakServer keycloak,
      KeyPair signingKey,
      String signingKeyId,
      Map<String, String> appConfig,
      GreenMail mail,
      FakeStripe stripe,
      DnsServer dns) {
    this.dns = dns;
    this.mail = mail;
    this.stripe = stripe;
    this.database = database;
    this.keycloak = keycloak;
    this.signingKey = signingKey;
    this.signingKeyId = signingKeyId;
    this.appConfig = appConfig;
  }

  /**
   * @return the running stack, started on first use
   */
  public static synchronized TestStack get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestStack::stopAll, "test-stack-stop"));
    }
    return instance;
  }

  /** Stops the stack if it runs. */
  public static synchronized void stopAll() {
    if (instance != null) {
      try {
        instance.close();
      } finally {
        instance = null;
        removeScratchFiles();
      }
    }
  }

  /** Where Payara Micro puts its scratch files during the run. */
  private static Path scratch() {
    return Path.of(System.getProperty("foothold.it.dir", "target/it-stack"))
        .toAbsolutePath()
        .resolve("tmp");
  }

  /** Arquillian leaves a copy of each deployment behind (about 21 MB each): remove them. */
  private static void removeScratchFiles() {
    deleteTree(scratch());
    try (var leftovers = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      leftovers
          .filter(p -> p.getFileName().toString().startsWith("arquillian-payara-micro"))
          .forEach(TestStack::deleteTree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestStack start() {
    var progress = Progress.to(System.out);
    var work = Path.of(System.getProperty("foothold.it.dir", "target/it-stack")).toAbsolutePath();
    var runtime = Path.of(System.getProperty("foothold.runtime.dir", "target/runtime"));
    var realm =
        Path.of(System.getProperty("foothold.realm", "src/main/keycloak/foothold-realm.json"));
    deleteTree(work.resolve("postgres/data"));
    progress.note("Test stack: starting PostgreSQL ...");
    var database = EmbeddedDatabase.start(work.resolve("postgres"), Ports.free());
    KeycloakServer keycloak = null;
    try {
      progress.note("Test stack: starting Keycloak (about 50 s the first time, 20 s after) ...");
      keycloak =
          KeycloakServer.start(
              runtime.resolve("keycloak-quarkus-dist.zip"),
              work.resolve("keycloak"),
              realm,
              Ports.free(),
              false,
              progress);
      var key = rsaKeyPair();
      var kid = installSigningKey(keycloak, key);
      var mail =
          new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      KeycloakAdmin.of(keycloak)
          .put(
              "",
              Json.createObjectBuilder()
                  // The tests sign the same people in many times a second; Keycloak's brute-force
                  // detector then locks them out now and then (keycloak#36495). The dev realm the
                  // run command imports keeps the protection on.
                  .add("bruteForceProtected", false)
                  .add(
                      "smtpServer",
                      Json.createObjectBuilder()
                          .add("host", "127.0.0.1")
                          .add("port", Integer.toString(mail.getSmtp().getPort()))
                          .add("from", "noreply@foothold.test")
                          .add("fromDisplayName", "Foothold")
                          .add("auth", "false")
                          .add("ssl", "false")
                          .add("starttls", "false"))
                  .build()
                  .toString());
      var config = new LinkedHashMap<String, String>();
      config.put("foothold.db.url", database.jdbcUrl());
      config.put("foothold.db.user", EmbeddedDatabase.APP);
      config.put("foothold.db.password", EmbeddedDatabase.PASSWORD);
      config.put("foothold.db.migration.user", EmbeddedDatabase.OWNER);
      config.put("foothold.db.migration.password", EmbeddedDatabase.PASSWORD);
      config.put("foothold.keycloak.url", keycloak.url());
      config.put("foothold.keycloak.admin.client-secret", KeycloakServer.ADMIN_CLIENT_SECRET);
      // the test stack runs with the development realm's and the webhook's development secrets
      config.put("foothold.profile", "dev");
      config.put("foothold.demo.seed", "true");
      config.put("foothold.clock.adjustable", "true");
      // billing: trial reminders by SMTP to GreenMail, checkout against a fake Stripe, the
      // dev-only webhook secret, and a statement count per response for the no-query proof
      var stripe = FakeStripe.start();
      config.put("foothold.mail.host", "127.0.0.1");
      config.put("foothold.mail.port", Integer.toString(mail.getSmtp().getPort()));
      config.put("foothold.mail.from", "Foothold <noreply@foothold.test>");
      config.put("foothold.billing.reminders.interval", "PT2S");
      config.put("foothold.billing.stripe.api-url", stripe.url());
      config.put("foothold.billing.stripe.secret-key", FakeStripe.SECRET_KEY);
      config.put(
          "foothold.billing.stripe.webhook-secret", Webhooks.SECRET + "," + Webhooks.PREVIOUS);
      config.put("foothold.diagnostics.statements", "true");
      // custom domains are verified against a real DNS server (dnsmasq) the tests publish to
      var dns = DnsServer.start(work.resolve("dns"), Ports.free());
      config.put("foothold.domains.dns.resolver", dns.address());
      config.put("foothold.domains.dns.timeout", "PT0.5S");
      config.put("foothold.domains.dns.retries", "1");
      var properties = PayaraServer.writeProperties(work.resolve("payara.properties"), config);
      var tmp = Files.createDirectories(scratch());
      // Payara's own public /metrics off: Foothold's operators-only /metrics takes its place
      System.setProperty(
          "payara.extraMicroOptions",
          "--systemproperties "
              + properties
              + " --postbootcommandfile "
              + PayaraServer.postBootCommands());
      System.setProperty("payara.cmdOptions", "-Xmx768m -Djava.io.tmpdir=" + tmp);
      progress.note(
          "Test stack: ready (PostgreSQL on %d, Keycloak at %s)", database.port(), keycloak.url());
      return new TestStack(database, keycloak, key, kid, Map.copyOf(config), mail, stripe, dns);
    } catch (RuntimeException | IOException e) {
      if (keycloak != null) {
        keycloak.close();
      }
      database.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /**
   * @return the SMTP server Keycloak sends its emails to
   */
  public GreenMail mail() {
    return mail;
  }

  /**
   * @return the DNS server the application verifies custom domains against
   */
  public DnsServer dns() {
    return dns;
  }

  /**
   * @return the Stripe-like server the application's billing client talks to
   */
  FakeStripe stripe() {
    return stripe;
  }

  /**
   * @return Keycloak's admin API, as the bootstrap administrator
   */
  public KeycloakAdmin keycloakAdmin() {
    return KeycloakAdmin.of(keycloak);
  }

  public EmbeddedDatabase database() {
    return database;
  }

  public KeycloakServer keycloak() {
    return keycloak;
  }

  /**
   * @return the configuration the application under test is given
   */
  public Map<String, String> appConfig() {
    return appConfig;
  }

  /**
   * @return the private key Keycloak signs the realm's tokens with
   */
  public RSAPrivateKey signingKey() {
    return (RSAPrivateKey) signingKey.getPrivate();
  }

  /**
   * @return the key id Keycloak publishes for {@link #signingKey()}
   */
  public String signingKeyId() {
    return signingKeyId;
  }

  /**
   * @param username a user of the dev realm
   * @return a real access token from Keycloak, by the password grant of {@code foothold-cli}
   */
  public String token(String username) {
    return RestAssured.given()
        .formParam("grant_type", "password")
        .formParam("client_id", "foothold-cli")
        .formParam("username", username)
        .formParam("password", "foothold-demo")
        .post(keycloak.issuer() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @Override
  public void close() {
    try {
      dns.close();
      stripe.close();
      mail.stop();
      keycloak.close();
    } finally {
      database.close();
    }
  }

  private static KeyPair rsaKeyPair() {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds the key to the realm with the highest priority, so Keycloak signs with it. */
  private static String installSigningKey(KeycloakServer keycloak, KeyPair key) throws IOException {
    var admin = KeycloakAdmin.of(keycloak);
    String realmId = admin.get("").getString("id");
    var pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(key.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----";
    var component =
        Json.createObjectBuilder()
            .add("name", "foothold-test-signing-key")
            .add("providerId", "rsa")
            .add("providerType", "org.keycloak.keys.KeyProvider")
            .add("parentId", realmId)
            .add(
                "config",
                Json.createObjectBuilder()
                    .add("priority", Json.createArrayBuilder().add("1000"))
                    .add("enabled", Json.createArrayBuilder().add("true"))
                    .add("active", Json.createArrayBuilder().add("true"))
                    .add("algorithm", Json.createArrayBuilder().add("RS256"))
                    .add("privateKey", Json.createArrayBuilder().add(pem)))
            .build()
            .toString();
    admin.post("/components", component);
    try {
      var jwks = JWKSet.load(new URL(keycloak.issuer() + "/protocol/openid-connect/certs"));
      var modulus = ((RSAPublicKey) key.getPublic()).getModulus();
      return jwks.getKeys().stream()
          .filter(k -> k instanceof RSAKey)
          .map(k -> (RSAKey) k)
          .filter(k -> k.getModulus().decodeToBigInteger().equals(modulus))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("Keycloak does not publish the test key"))
          .getKeyID();
    } catch (java.text.ParseException e) {
      throw new IOException(e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
