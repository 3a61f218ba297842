package dev.foothold.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every configuration key Foothold reads is documented in the README's configuration table: the
 * keys with a default in {@code microprofile-config.properties} and every key a module injects with
 * {@code @ConfigProperty(name = ...)}.
 */
class ConfigDocumentedTest {

  private static final Pattern INJECTED =
      Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void everyKeyWithADefaultIsInTheReadme() throws IOException {
    var defaults = new Properties();
    try (var in =
        Files.newInputStream(
            ROOT.resolve("deploy/src/main/resources/META-INF/microprofile-config.properties"))) {
      defaults.load(in);
    }
    assertTrue(defaults.size() > 10, "the defaults file was read");
    assertEquals(Set.of(), undocumented(defaults.stringPropertyNames()));
  }

  @Test
  void everyInjectedKeyIsInTheReadme() {
    var keys = new TreeSet<String>();
    PackageInfoTest.MODULES.stream()
        .map(m -> ROOT.resolve(m + "/src/main/java"))
        .filter(Files::isDirectory)
        .flatMap(ConfigDocumentedTest::javaFiles)
        .forEach(
            file -> {
              var matcher = INJECTED.matcher(read(file));
              while (matcher.find()) {
                keys.add(matcher.group(1));
              }
            });
    assertTrue(keys.size() > 10, "the sources were read");
    assertEquals(Set.of(), undocumented(keys));
  }

  private static Set<String> undocumented(Set<String> keys) {
    var readme = read(ROOT.resolve("README.md"));
    var missing = new TreeSet<String>();
    for (var key : keys) {
      if (!readme.contains("`" + key + "`")) {
        missing.add(key);
      }
    }
    return missing;
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
