package dev.foothold.deploy.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: starts PostgreSQL, Keycloak and Payara Micro with Foothold, prints where they
 * are, and stops all three on Ctrl-C, on SIGTERM, and when the Maven that started it is killed
 * ({@link ParentWatch}).
 *
 * <p>When {@code FOOTHOLD_DB_URL} (or {@code -Dfoothold.db.url}) names a PostgreSQL, no embedded
 * one is started; likewise {@code FOOTHOLD_KEYCLOAK_URL} for Keycloak. Their credentials then come
 * from the same environment, which Payara Micro inherits.
 */
public final class FootholdStack {

  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final Progress progress = Progress.to(System.out);

  public static void main(String[] args) throws Exception {
    var stack = new FootholdStack();
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "foothold-stop"));
    ParentWatch.exitWithParent(why -> stack.progress.note("%s", why));
    try {
      stack.start();
    } catch (RuntimeException e) {
      System.err.println();
      System.err.println("Foothold could not start: " + e.getMessage());
      System.exit(1);
    }
    new CountDownLatch(1).await();
  }

  private void start() throws Exception {
    var runtime = Path.of(setting("foothold.runtime.dir", "deploy/target/runtime"));
    var home = Path.of(setting("foothold.dev.home", ".foothold")).toAbsolutePath();
    int httpPort = Integer.parseInt(setting("foothold.http.port", "8080"));
    var app = new LinkedHashMap<String, String>();
    // a developer's machine: the dev realm's and the webhook's development secrets are allowed
    app.put("foothold.profile", setting("foothold.profile", "dev"));
    app.put("foothold.demo.seed", setting("foothold.demo.seed", "true"));

    progress.note("Starting Foothold (its files: %s)", home);
    requireFree(httpPort, "foothold.http.port");

    var externalDb = optional("foothold.db.url");
    if (externalDb.isPresent()) {
      progress.note("[1/3] PostgreSQL: using %s", externalDb.get());
    } else {
      int dbPort = Integer.parseInt(setting("foothold.dev.db-port", "55432"));
      requireFree(dbPort, "foothold.dev.db-port");
      progress.note("[1/3] PostgreSQL: starting the embedded server on port %d ...", dbPort);
      long t = System.nanoTime();
      var db = EmbeddedDatabase.start(home.resolve("postgres"), dbPort);
      running.push(db);
      progress.note("      PostgreSQL is up (%s)", since(t));
      app.put("foothold.db.url", db.jdbcUrl());
      app.put("foothold.db.user", EmbeddedDatabase.APP);
      app.put("foothold.db.password", EmbeddedDatabase.PASSWORD);
      app.put("foothold.db.migration.user", EmbeddedDatabase.OWNER);
      app.put("foothold.db.migration.password", EmbeddedDatabase.PASSWORD);
    }

    var externalKeycloak = optional("foothold.keycloak.url");
    String keycloakUrl;
    if (externalKeycloak.isPresent()) {
      keycloakUrl = externalKeycloak.get();
      progress.note("[2/3] Keycloak: using %s", keycloakUrl);
    } else {
      int kcPort = Integer.parseInt(setting("foothold.keycloak.port", "8180"));
      requireFree(kcPort, "foothold.keycloak.port");
      progress.note(
          "[2/3] Keycloak: starting on port %d with the realm 'foothold' (the first start"
              + " builds Keycloak and takes about a minute) ...",
          kcPort);
      long t = System.nanoTime();
      var realm =
          Path.of(setting("foothold.realm", "deploy/src/main/keycloak/foothold-realm.json"));
      var keycloak =
          KeycloakServer.start(
              runtime.resolve("keycloak-quarkus-dist.zip"),
              home.resolve("keycloak"),
              realm,
              kcPort,
              true,
              progress);
      running.push(keycloak);
      keycloakUrl = keycloak.url();
      // a Keycloak kept from an earlier run keeps its realm: give it what this version's needs
      for (var granted : ServiceAccountRoles.reconcile(keycloak, realm)) {
        progress.note("      Keycloak: granted %s, new in this version's realm", granted);
      }
      progress.note("      Keycloak is up (%s)", since(t));
      app.put("foothold.keycloak.url", keycloakUrl);
      app.put("foothold.keycloak.admin.client-secret", KeycloakServer.ADMIN_CLIENT_SECRET);
    }

    progress.note("[3/3] Payara Micro: deploying Foothold on port %d ...", httpPort);
    long t = System.nanoTime();
    var war = Path.of(setting("foothold.war", "deploy/target/foothold.war"));
    if (!Files.exists(war)) {
      throw new IllegalStateException("No WAR at " + war + ": build it with 'mvn package'");
    }
    var payara =
        PayaraServer.start(
            runtime.resolve("payara-micro.jar"),
            war,
            home.resolve("payara"),
            httpPort,
            app,
            progress);
    running.push(payara);
    progress.note("      Foothold is up (%s)", since(t));

    progress.note(
        """

        Foothold is running.
          API              %1$s   (health: %1$s/health/ready, OpenAPI: %1$s/openapi)
          Portals          %1$s/t/demo-coaching/ and %1$s/t/demo-org/ (sign in as a demo user)
          Keycloak         %2$s   (admin console: %2$s/admin, user admin / admin: development only)
          Demo logins      owner@demo.test, coach@demo.test, client@demo.test (tenant demo-coaching),
                           admin@demo.test, manager@demo.test, staff1@demo.test, staff2@demo.test (tenant demo-org),
                           operator@foothold.test (platform operator);
                           password foothold-demo for all: development only.
          A token          curl -s -d grant_type=password -d client_id=foothold-cli \\
                             -d username=client@demo.test -d password=foothold-demo \\
                             %2$s/realms/foothold/protocol/openid-connect/token
        Logs are in %3$s. Press Ctrl-C to stop.""",
        payara.url(), keycloakUrl, home);
  }

  private void stop() {
    if (running.isEmpty()) {
      return;
    }
    progress.note("%nStopping Foothold ...");
    while (!running.isEmpty()) {
      var server = running.pop();
      try {
        server.close();
      } catch (Exception e) {
        progress.note("      could not stop %s cleanly: %s", server.getClass().getSimpleName(), e);
      }
    }
    progress.note("Stopped: Payara Micro, Keycloak and PostgreSQL are down.");
  }

  private void requireFree(int port, String key) {
    if (Ports.taken(port)) {
      throw new IllegalStateException(
          "port "
              + port
              + " is already in use: stop what uses it, or choose another with -D"
              + key);
    }
  }

  private static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  /** A setting from a system property, else the environment variable of the same name. */
  static Optional<String> optional(String key) {
    var value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  static String setting(String key, String fallback) {
    return optional(key).orElse(fallback);
  }
}
