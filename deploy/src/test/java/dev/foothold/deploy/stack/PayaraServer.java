package dev.foothold.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Payara Micro serving the Foothold WAR at the root of its HTTP port. */
public final class PayaraServer implements AutoCloseable {

  private final ServerProcess process;
  private final int port;

  private PayaraServer(ServerProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param payaraJar the Payara Micro jar
   * @param war the application
   * @param home a directory of its own for Payara's runtime files and log
   * @param port the HTTP port
   * @param systemProperties configuration handed to the application
   * @param progress where progress lines go
   * @return the running server, once {@code /health/ready} answers UP
   */
  public static PayaraServer start(
      Path payaraJar,
      Path war,
      Path home,
      int port,
      Map<String, String> systemProperties,
      Progress progress) {
    var server = launch(payaraJar, war, home, port, systemProperties, Cluster.fromSettings());
    try {
      server.process.awaitReady(
          URI.create(server.url() + "/health/ready"), Duration.ofMinutes(4), progress);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * Starts Payara Micro without waiting for it: for tests that expect it never to become ready.
   *
   * @param payaraJar the Payara Micro jar
   * @param war the application
   * @param home a directory of its own for Payara's runtime files and log
   * @param port the HTTP port
   * @param systemProperties configuration handed to the application
   * @param cluster how it clusters
   * @return the starting server
   */
  public static PayaraServer launch(
      Path payaraJar,
      Path war,
      Path home,
      int port,
      Map<String, String> systemProperties,
      Cluster cluster) {
    try {
      Files.createDirectories(home);
      var tmp = Files.createDirectories(home.resolve("tmp"));
      var properties = writeProperties(home.resolve("foothold.properties"), systemProperties);
      var command = command(payaraJar, war, home, tmp, port, properties, cluster);
      var process =
          ServerProcess.launch("Payara Micro", command, Map.of(), home, home.resolve("payara.log"));
      return new PayaraServer(process, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Payara Micro could not be prepared in " + home, e);
    }
  }

  /**
   * The Payara Micro command line of the run command and the system tests: Foothold at the root,
   * Payara's own public {@code /metrics} switched off (Foothold's operators-only one takes its
   * place), and the cluster either off or bound to one interface under its own name.
   *
   * @param payaraJar the Payara Micro jar
   * @param war the application
   * @param home Payara's directory
   * @param tmp its temporary directory
   * @param port the HTTP port
   * @param properties the configuration file
   * @param cluster how to cluster
   * @return the command
   */
  public static List<String> command(
      Path payaraJar, Path war, Path home, Path tmp, int port, Path properties, Cluster cluster) {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command = new java.util.ArrayList<String>();
    command.add(java);
    command.add("-Xmx768m");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(cluster.jvmOptions());
    command.addAll(
        List.of(
            "-jar",
            payaraJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--rootdir",
            home.resolve("runtime").toString(),
            "--systemproperties",
            properties.toString(),
            "--postbootcommandfile",
            postBootCommands().toString()));
    command.addAll(cluster.microOptions());
    return List.copyOf(command);
  }

  /**
   * @return the post-boot command file in the sources ({@code -Dfoothold.payara.postboot} names
   *     another)
   */
  public static Path postBootCommands() {
    var named = System.getProperty("foothold.payara.postboot");
    if (named != null && !named.isBlank()) {
      return Path.of(named).toAbsolutePath();
    }
    for (var candidate :
        List.of(
            "src/main/payara/post-boot-commands.txt",
            "deploy/src/main/payara/post-boot-commands.txt")) {
      if (Files.exists(Path.of(candidate))) {
        return Path.of(candidate).toAbsolutePath();
      }
    }
    throw new IllegalStateException(
        "No Payara post-boot command file: set -Dfoothold.payara.postboot");
  }

  /**
   * @return the application's base URL
   */
  public String url() {
    return "http://localhost:" + port;
  }

  /**
   * Waits until {@code /health/ready} answers 200.
   *
   * @param timeout how long to wait
   * @param progress where progress lines go
   * @throws IllegalStateException when it stops or the time runs out, with the log's tail
   */
  public void awaitReady(Duration timeout, Progress progress) {
    process.awaitReady(URI.create(url() + "/health/ready"), timeout, progress);
  }

  /**
   * @return the server's log file
   */
  public Path log() {
    return process.log();
  }

  /**
   * @return whether its process still runs
   */
  public boolean alive() {
    return process.alive();
  }

  /**
   * @return the process id of the server
   */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.close();
  }

  /**
   * Writes configuration as a Java properties file, the form Payara Micro's {@code
   * --systemproperties} reads.
   *
   * @param file the file to write
   * @param values the properties
   * @return {@code file}
   */
  public static Path writeProperties(Path file, Map<String, String> values) throws IOException {
    var properties = new Properties();
    properties.putAll(values);
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, "Foothold configuration for this run (generated)");
    }
    return file;
  }
}
