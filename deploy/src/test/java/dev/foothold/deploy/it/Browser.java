package dev.foothold.deploy.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, driven by Debian's chromedriver, for journeys through the portal. Installs
 * {@code chromium} and {@code chromium-driver} with apt when they are missing. Keeps what the
 * browser console said, so a journey can fail on errors, and saves screenshots as PNG files under
 * {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * @param width the window's width in CSS pixels
   * @param height its height
   */
  static Browser open(int width, int height) {
    ensureInstalled();
    try {
      var profile = Files.createTempDirectory(screenshots().getParent(), "chromium-");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
      // files the portal saves land in the profile, where a test can read them
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              profile.resolve("downloads").toString(),
              "download.prompt_for_download",
              false,
              "profile.default_content_setting_values.automatic_downloads",
              1));
      var logging = new LoggingPreferences();
      logging.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logging);
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      var driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Debian's chromium and its driver, installed the first time they are needed. */
  static synchronized void ensureInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    try {
      var install =
          new ProcessBuilder(
                  "sh", "-c", "apt-get update -q && apt-get install -y -q chromium chromium-driver")
              .inheritIO()
              .start();
      if (install.waitFor() != 0 || !Files.isExecutable(CHROMEDRIVER)) {
        throw new IllegalStateException("Could not install chromium and chromium-driver with apt");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Path screenshots() {
    var target =
        Path.of(System.getProperty("foothold.it.dir", "target/it-stack"))
            .toAbsolutePath()
            .getParent();
    try {
      return Files.createDirectories(target.resolve("screenshots"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits up to 30 s for a file the page saved (a download) and answers its content.
   *
   * @param name its file name
   */
  String downloaded(String name) {
    var file = profile.resolve("downloads").resolve(name);
    var until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try {
      while (System.nanoTime() < until) {
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
          return Files.readString(file);
        }
        Thread.sleep(200);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("The browser saved no file " + name + " in " + file.getParent());
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      var file = screenshots().resolve(name + ".png");
      // the whole page, not just the window: grow the window to the page's height for the shot
      var window = driver.manage().window().getSize();
      long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
      if (height > window.height) {
        driver
            .manage()
            .window()
            .setSize(
                new org.openqa.selenium.Dimension(
                    window.width, (int) Math.min(height + 120, 4000)));
      }
      var scrolled = script("return window.scrollY");
      script("window.scrollTo(0, 0)");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      script("window.scrollTo(0, arguments[0])", scrolled);
      driver.manage().window().setSize(window);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement waitFor(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  void waitUntilGone(By by) {
    until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  /** Waits up to 30 s; on failure says where the browser was and what it showed. */
  private <T> T until(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      var shot = screenshot("failed-" + System.currentTimeMillis());
      var text = driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          e.getMessage().lines().findFirst().orElse("")
              + "\n at "
              + driver.getCurrentUrl()
              + " (screenshot "
              + shot.getFileName()
              + ")\n page: "
              + text.substring(0, Math.min(text.length(), 1500))
              + "\n console: "
              + driver.manage().logs().get(LogType.BROWSER).getAll(),
          e);
    }
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Signs in on Keycloak's page, where the portal's "Sign in" button led. */
  void signIn(String user) {
    waitFor(By.id("sign-in")).click();
    waitFor(By.id("username")).sendKeys(user);
    if (driver.findElements(By.id("password")).isEmpty()) {
      // with organisations on, Keycloak asks for the username first, then the password
      driver.findElement(By.id("kc-login")).click();
    }
    waitFor(By.id("password")).sendKeys("foothold-demo");
    driver.findElement(By.id("kc-login")).click();
    waitFor(By.id("signed-in-as"));
  }

  /** HTTP statuses this journey provokes on purpose (Chromium logs each refused request). */
  private final java.util.Set<Integer> refusals = new java.util.HashSet<>();

  /**
   * Declares that the journey provokes this refusal on purpose (a 409 asking for the screen, a 402
   * from the gate, a 422 for generic praise): Chromium logs every 4xx answer as a console error.
   */
  void expectRefusal(int status) {
    refusals.add(status);
  }

  /**
   * Errors the page reported: script errors, failed policies, server errors, and any 4xx answer the
   * journey did not declare with {@link #expectRefusal}.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !expectedRefusal(m))
        .toList();
  }

  private boolean expectedRefusal(String message) {
    return refusals.stream()
        .anyMatch(
            s ->
                message.contains(
                    "Failed to load resource: the server responded with a status of " + s + " "));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files
            .sorted((a, b) -> b.getNameCount() - a.getNameCount())
            .map(Path::toFile)
            .forEach(File::delete);
      } catch (IOException e) {
        // a leftover profile in target/ is harmless
      }
    }
  }
}
