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
    try {
      Files.createDirectories(home);
      var tmp = Files.createDirectories(home.resolve("tmp"));
      var properties = writeProperties(home.resolve("foothold.properties"), systemProperties);
      var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      var command =
          List.of(
              java,
              "-Xmx768m",
              "-Djava.io.tmpdir=" + tmp,
              "-jar",
              payaraJar.toString(),
              "--deploy",
              war.toString(),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(port),
              "--nocluster",
              "--rootdir",
              home.resolve("runtime").toString(),
              "--systemproperties",
              properties.toString());
      var process =
          ServerProcess.start(
              "Payara Micro",
              command,
              Map.of(),
              home,
              home.resolve("payara.log"),
              URI.create("http://localhost:" + port + "/health/ready"),
              Duration.ofMinutes(4),
              progress);
      return new PayaraServer(process, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Payara Micro could not be prepared in " + home, e);
    }
  }

  /**
   * @return the application's base URL
   */
  public String url() {
    return "http://localhost:" + port;
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
