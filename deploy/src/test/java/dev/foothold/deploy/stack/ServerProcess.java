package dev.foothold.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process, its output in a log file, considered up once a URL answers
 * 200. Stopping it stops its whole process tree (a start script's children included).
 */
final class ServerProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Servers started and not yet closed: stopped when the JVM exits, even half-started ones. */
  private static final Set<ServerProcess> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> List.copyOf(LIVE).forEach(ServerProcess::close), "servers-stop"));
  }

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a server and waits until {@code readyUrl} answers 200, printing progress.
   *
   * @param name what to call it in progress lines
   * @param command the command line
   * @param environment extra environment variables
   * @param workDir the working directory
   * @param log where its output goes (replaced)
   * @param readyUrl what answers 200 once it is up
   * @param timeout how long to wait
   * @param progress where progress lines go
   * @return the running server
   */
  static ServerProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path workDir,
      Path log,
      URI readyUrl,
      Duration timeout,
      Progress progress) {
    var server = launch(name, command, environment, workDir, log);
    try {
      server.awaitReady(readyUrl, timeout, progress);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * Starts a server without waiting for it.
   *
   * @param name what to call it
   * @param command the command line
   * @param environment extra environment variables
   * @param workDir the working directory
   * @param log where its output goes (replaced)
   * @return the started server
   */
  static ServerProcess launch(
      String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
    try {
      Files.createDirectories(log.getParent());
      var builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      var server = new ServerProcess(name, builder.start(), log);
      LIVE.add(server);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name, e);
    }
  }

  Path log() {
    return log;
  }

  boolean alive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  void awaitReady(URI url, Duration timeout, Progress progress) {
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    long nextNote = started + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() - deadline < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " stopped while starting (exit " + process.exitValue() + "):\n" + tail());
      }
      if (answers(url)) {
        return;
      }
      if (System.nanoTime() - nextNote > 0) {
        progress.note(
            "      still starting %s (%d s so far; its log: %s)",
            name, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), log);
        nextNote += TimeUnit.SECONDS.toNanos(10);
      }
      pause(250);
    }
    throw new IllegalStateException(
        name + " did not become ready within " + timeout.toSeconds() + " s:\n" + tail());
  }

  static boolean answers(URI url) {
    try {
      var response =
          HTTP.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }

  /**
   * @return the last lines of the server's log
   */
  String tail() {
    try {
      var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  @Override
  public void close() {
    LIVE.remove(this);
    var tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (var child : tree) {
        child.onExit().get(15, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      tree.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
