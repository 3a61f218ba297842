package dev.foothold.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command stops when the Maven that started it is killed: a parent (here a shell standing
 * in for Maven) starts a child that watches it; killing only the parent with SIGTERM must stop the
 * child, through its shutdown hooks.
 */
class ParentWatchTest {

  @Test
  void aChildWhoseParentIsKilledStopsThroughItsShutdownHooks(@TempDir Path dir) throws Exception {
    var stopped = dir.resolve("stopped");
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command =
        String.join(
            " ",
            quoted(java),
            "-cp",
            quoted(classes()),
            quoted(Probe.class.getName()),
            quoted(stopped.toString()));
    // the shell waits for the child, as Maven waits for the run command
    var parent = new ProcessBuilder("bash", "-c", command + "; true").inheritIO().start();
    var child = childOf(parent);
    try {
      Thread.sleep(1_000); // the child has set its watch and its hook
      assertTrue(child.isAlive(), "the child runs while its parent does");

      parent.toHandle().destroy(); // SIGTERM to the parent only
      assertTrue(parent.waitFor(10, TimeUnit.SECONDS), "the parent stops");

      assertTrue(
          child.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get() != null
              && !child.isAlive(),
          "the child stops within 20 s of its parent");
      assertEquals(
          "stopped cleanly",
          Files.readString(stopped),
          "the child ran its shutdown hooks (they stop PostgreSQL, Keycloak and Payara Micro)");
    } finally {
      child.destroyForcibly();
      parent.destroyForcibly();
    }
  }

  private static ProcessHandle childOf(Process parent) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      var child = parent.toHandle().children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the shell never started the child");
  }

  /** Where Probe and ParentWatch were compiled (surefire's own class path is a manifest jar). */
  private static String classes() throws Exception {
    return Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** A stand-in for the run command: watches its parent, marks a clean stop, waits for ever. */
  public static final class Probe {
    public static void main(String[] args) throws InterruptedException {
      var marker = Path.of(args[0]);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      Files.writeString(marker, "stopped cleanly");
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  }));
      ParentWatch.exitWithParent(System.out::println);
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
