package dev.foothold.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says what it owns and what it may depend on, in its package-info.java. A test
 * package that mirrors a main package shares the main package's description.
 */
class PackageInfoTest {

  static final List<String> MODULES =
      List.of("platform-api", "mastery-module", "tenant-admin", "deploy");

  @Test
  void everyPackageOfEveryModuleHasAPackageInfo() throws IOException {
    var root = Path.of("").toAbsolutePath().getParent();
    var missing =
        MODULES.stream()
            .flatMap(
                m ->
                    Stream.of(
                        root.resolve(m + "/src/main/java"), root.resolve(m + "/src/test/java")))
            .filter(Files::isDirectory)
            .flatMap(PackageInfoTest::packageDirectories)
            .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
            .filter(dir -> !Files.exists(mainTwin(dir).resolve("package-info.java")))
            .map(dir -> root.relativize(dir).toString())
            .sorted()
            .toList();
    assertEquals(List.of(), missing, "packages without package-info.java");
  }

  private static Path mainTwin(Path dir) {
    return Path.of(dir.toString().replace("/src/test/java/", "/src/main/java/"));
  }

  private static Stream<Path> packageDirectories(Path sources) {
    try {
      return Files.walk(sources)
          .filter(Files::isDirectory)
          .filter(PackageInfoTest::holdsJava)
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsJava(Path dir) {
    try (var files = Files.list(dir)) {
      return files.anyMatch(
          f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
