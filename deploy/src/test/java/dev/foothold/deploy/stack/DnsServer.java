package dev.foothold.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real DNS server for the test run: Debian's dnsmasq on a free loopback port, answering TXT
 * records the tests publish and "no such name" for everything else. dnsmasq does not reload TXT
 * records on SIGHUP, so publishing one restarts it on the same port with the whole record set (it
 * starts in milliseconds). Installs the {@code dnsmasq-base} package (the binary alone, no system
 * service) with apt when it is missing.
 */
public final class DnsServer implements AutoCloseable {

  static final Path DNSMASQ = Path.of("/usr/sbin/dnsmasq");

  /** Servers not yet closed: stopped when the JVM exits, however the run ends. */
  private static final Set<DnsServer> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(DnsServer::close), "dns-stop"));
  }

  private final int port;
  private final Path log;
  private final Map<String, List<String>> records = new LinkedHashMap<>();
  private Process process;

  private DnsServer(int port, Path log) {
    this.port = port;
    this.log = log;
  }

  /**
   * @param dir where its log goes
   * @param port a free loopback port
   * @return the running server, with no records yet
   */
  public static DnsServer start(Path dir, int port) {
    ensureInstalled();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var server = new DnsServer(port, dir.resolve("dnsmasq.log"));
    LIVE.add(server);
    server.run();
    return server;
  }

  /**
   * @return {@code 127.0.0.1:<port>}, as {@code foothold.domains.dns.resolver} takes it
   */
  public String address() {
    return "127.0.0.1:" + port;
  }

  /** Adds a TXT string to a name (a name may hold several) and serves it from now on. */
  public synchronized void publish(String name, String value) {
    records.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    restart();
  }

  /** Removes every TXT string of a name. */
  public synchronized void withdraw(String name) {
    records.remove(name);
    restart();
  }

  /** Stops answering at all (the port goes quiet) until {@link #resume()}. */
  public synchronized void halt() {
    stop();
  }

  /** Answers again, with the records published so far. */
  public synchronized void resume() {
    if (process == null || !process.isAlive()) {
      run();
    }
  }

  @Override
  public synchronized void close() {
    LIVE.remove(this);
    stop();
  }

  private void restart() {
    stop();
    run();
  }

  private void run() {
    var command =
        new ArrayList<>(
            List.of(
                DNSMASQ.toString(),
                "--port=" + port,
                "--listen-address=127.0.0.1",
                "--bind-interfaces",
                "--no-resolv",
                "--no-hosts",
                "--keep-in-foreground",
                "--conf-file=/dev/null",
                "--pid-file=",
                "--log-facility=-",
                "--cache-size=0",
                // every name it does not hold is answered "no such name" (not "refused")
                "--local=/#/"));
    records.forEach(
        (name, values) -> values.forEach(v -> command.add("--txt-record=" + name + "," + v)));
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start dnsmasq", e);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Ports.taken(port)) {
      if (!process.isAlive() || System.nanoTime() - deadline > 0) {
        stop();
        throw new IllegalStateException("dnsmasq did not start on port " + port + "; see " + log);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Debian's dnsmasq binary, installed the first time it is needed. */
  static synchronized void ensureInstalled() {
    if (Files.isExecutable(DNSMASQ)) {
      return;
    }
    try {
      var install =
          new ProcessBuilder("sh", "-c", "apt-get update -q && apt-get install -y -q dnsmasq-base")
              .inheritIO()
              .start();
      if (install.waitFor() != 0 || !Files.isExecutable(DNSMASQ)) {
        throw new IllegalStateException("Could not install dnsmasq-base with apt");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
