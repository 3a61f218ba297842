package dev.foothold.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * A Keycloak server from the {@code keycloak-quarkus-dist} zip, in development mode, with
 * Foothold's realm imported on start (a realm that exists already is left as it is).
 */
public final class KeycloakServer implements AutoCloseable {

  /** The bootstrap administrator, for development and tests only. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "admin";
  public static final String REALM = "foothold";

  /** The development realm's secret of {@code foothold-admin}, Foothold's service account. */
  public static final String ADMIN_CLIENT_SECRET = "foothold-admin-dev-secret";

  private final ServerProcess process;
  private final int port;

  private KeycloakServer(ServerProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param distribution the distribution zip
   * @param home where it is unpacked (once; later starts reuse it and are faster)
   * @param realm the realm file to import
   * @param port the HTTP port, on 127.0.0.1
   * @param persistent whether the realm survives a restart (a file database in {@code home}) or
   *     lives in memory only
   * @param progress where progress lines go
   * @return the running server
   */
  public static KeycloakServer start(
      Path distribution, Path home, Path realm, int port, boolean persistent, Progress progress) {
    try {
      unpackOnce(distribution, home, progress);
      var imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      var command =
          new ArrayList<>(
              List.of(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--hostname=http://localhost:" + port,
                  "--http-management-port=" + Ports.free(),
                  "--import-realm",
                  "--db=" + (persistent ? "dev-file" : "dev-mem")));
      var process =
          ServerProcess.start(
              "Keycloak",
              command,
              Map.of(
                  "KC_BOOTSTRAP_ADMIN_USERNAME",
                  ADMIN,
                  "KC_BOOTSTRAP_ADMIN_PASSWORD",
                  ADMIN_PASSWORD,
                  "JAVA_HOME",
                  System.getProperty("java.home"),
                  // its scratch files (vertx-cache) stay in its own directory, not in /tmp
                  "JAVA_OPTS_APPEND",
                  "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp"))),
              home,
              home.resolve("keycloak.log"),
              URI.create(
                  "http://localhost:"
                      + port
                      + "/realms/"
                      + REALM
                      + "/.well-known/openid-configuration"),
              Duration.ofMinutes(8),
              progress);
      return new KeycloakServer(process, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not be prepared in " + home, e);
    }
  }

  /**
   * @return the server's base URL, which is also the start of its tokens' issuer
   */
  public String url() {
    return "http://localhost:" + port;
  }

  /**
   * @return the realm's issuer
   */
  public String issuer() {
    return url() + "/realms/" + REALM;
  }

  @Override
  public void close() {
    process.close();
  }

  private static void unpackOnce(Path zip, Path home, Progress progress) throws IOException {
    if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
      return;
    }
    progress.note("      unpacking Keycloak into %s (once)", home);
    Files.createDirectories(home);
    try (var archive = new ZipFile(zip.toFile())) {
      for (var entries = archive.entries(); entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        var name = entry.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        var target = home.resolve(name.substring(slash + 1)).normalize();
        if (!target.startsWith(home)) {
          throw new IOException("Refusing a zip entry outside the target: " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (var in = archive.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
          if (name.endsWith(".sh")) {
            target.toFile().setExecutable(true);
          }
        }
      }
    }
  }
}
