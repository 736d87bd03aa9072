package org.fieldguide.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, started once per test class:
 *
 * <pre>
 * &#64;RegisterExtension static final Browser browser = new Browser();
 * &#64;RegisterExtension static final Browser noScript = new Browser().withoutJavaScript();
 * </pre>
 *
 * <p>The browser and its driver are Debian's {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver}, or the system properties {@value #BINARY_PROPERTY} and {@value
 * #DRIVER_PROPERTY} (GitHub's runners ship Google Chrome elsewhere). The driver path is always
 * given explicitly, so Selenium Manager never looks for, or downloads, a driver or a browser; the
 * build also sets {@code SE_OFFLINE} for the test JVM as a second guard. Each browser gets a
 * fresh profile in a temporary folder, removed when the class ends, so no state (such as
 * {@code localStorage}) leaks between test classes; within a class, tests share it.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {
  public static final String DRIVER_PROPERTY = "webdriver.chrome.driver";
  public static final String BINARY_PROPERTY = "browser.binary";

  private boolean javaScript = true;
  private String language = "en-US";
  private Dimension windowSize = new Dimension(1280, 900);
  private WebDriver driver;
  private Path profile;

  /** A browser with scripts switched off, to see what readers without JavaScript see. */
  public Browser withoutJavaScript() {
    javaScript = false;
    return this;
  }

  /** The languages the browser asks for, as in Accept-Language (default {@code en-US}). */
  public Browser withLanguages(String acceptLanguages) {
    language = acceptLanguages;
    return this;
  }

  /** The initial window size (default 1280×900). */
  public Browser withWindowSize(int width, int height) {
    windowSize = new Dimension(width, height);
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    File driverFile = executable(DRIVER_PROPERTY, "/usr/bin/chromedriver", "chromedriver (Debian package chromium-driver)");
    File binary = executable(BINARY_PROPERTY, "/usr/bin/chromium", "Chromium (Debian package chromium)");
    profile = Files.createTempDirectory("fieldguide-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverFile).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(binary);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=" + language.split(",")[0],
        "--window-size=" + windowSize.getWidth() + "," + windowSize.getHeight(),
        "--user-data-dir=" + profile);
    Map<String, Object> prefs = new java.util.HashMap<>();
    prefs.put("intl.accept_languages", language);
    if (!javaScript) prefs.put("profile.managed_default_content_settings.javascript", 2);
    options.setExperimentalOption("prefs", prefs);
    driver = new ChromeDriver(service, options);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) driver.quit();
    } finally {
      driver = null;
      if (profile != null) deleteTree(profile);
    }
  }

  public WebDriver driver() {
    if (driver == null) throw new IllegalStateException("the browser runs only inside a test class that registers it with @RegisterExtension");
    return driver;
  }

  /** Opens {@code uri} and returns once its document has loaded (its stylesheets applied). */
  public void open(URI uri) {
    driver().get(uri.toString());
    // `get` waits for the load, yet now and then returned with the document still "interactive":
    // ScreenshotsIT then measured a runbook at 390 px laid out without site.css (code blocks at
    // the body's default 8 px margin, not scrolling), 158 px wider than the viewport. A reader
    // never sees that layout (the stylesheet blocks the first paint); only a script asking early does.
    await(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Runs {@code script} in the page; {@code arguments[i]} are the given values. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(script, args);
  }

  /** Waits up to five seconds for {@code condition} to return a value other than null or false. */
  public <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver(), Duration.ofSeconds(15)).until(condition);
  }

  public void resize(int width, int height) {
    driver().manage().window().setSize(new Dimension(width, height));
  }

  /**
   * Makes the page see a device of this size: the viewport is exactly {@code width} CSS pixels
   * wide, with a phone's touch and meta-viewport handling when {@code mobile}, as Chrome's device
   * toolbar does. Stays until {@link #clearDevice()}.
   */
  public void emulateDevice(int width, int height, boolean mobile) {
    cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
  }

  /**
   * As {@link #emulateDevice} (a phone below 600 px), then waits until the open page has the size
   * and opens a blank page that has it too, so the next page opened is laid out at that size from
   * the start. The renderer learns of the size after the DevTools command returns: a size that
   * arrives once the next page has painted relays it out (a layout shift Chromium marks "after
   * input", as for any resize), and a page measured before it arrives shows the last test's
   * layout. Both are the test's doing, not the page's.
   */
  public void emulateDeviceSettled(int width, int height) {
    emulateDevice(width, height, width < 600);
    // A phone's screen has the emulated width at once (a page without a viewport tag is laid
    // out 980 px wide there); a desktop's window has it, its screen stays the machine's.
    // Both sides are awaited: the browser's own window is 1280 px wide, so at 1280 px the width
    // alone is there before the override is (CI saw a course page laid out 900 px tall, with a
    // scroll bar, then relaid out 12,000 px tall without one: its table's columns moved).
    String measure = width < 600 ? "return [screen.width, screen.height]" : "return [innerWidth, innerHeight]";
    List<Long> size = List.of((long) width, (long) height);
    await(d -> size.equals(((JavascriptExecutor) d).executeScript(measure)));
    // And a new document has it too before the measured page is opened: CI once saw a hardware
    // guide at 1280 px first laid out at the last test's 390 px (its phone-only styles), then
    // relaid out, though the page before had already reported 1280.
    open(URI.create("about:blank"));
    await(d -> size.equals(((JavascriptExecutor) d).executeScript(measure)));
  }

  public void clearDevice() {
    cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
  }

  /** Makes {@code prefers-color-scheme} match {@code scheme} ({@code light} or {@code dark}). */
  public void emulateColorScheme(String scheme) {
    cdp("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Runs a Chrome DevTools Protocol command, for what WebDriver cannot do (device emulation, permissions). */
  public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
    return ((ChromeDriver) driver()).executeCdpCommand(command, parameters);
  }

  /** Runs {@code script} in the page and waits for it to call its last argument, the callback. */
  public Object asyncScript(String script, Object... args) {
    return ((JavascriptExecutor) driver()).executeAsyncScript(script, args);
  }

  /**
   * Saves the whole page, not just the viewport, as PNGs of at most {@code partHeight} CSS pixels
   * each ({@code name-1.png}, {@code name-2.png}, …), up to {@code maxHeight} from the top, so that
   * a long page can be looked at part by part. Returns the files written.
   */
  public List<Path> fullPageScreenshots(Path folder, String name, int partHeight, int maxHeight) throws IOException {
    Number width = (Number) script("return document.documentElement.clientWidth");
    int height = Math.min(((Number) script("return document.documentElement.scrollHeight")).intValue(), maxHeight);
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (int y = 0, part = 1; y < height; y += partHeight, part++) {
      Map<String, Object> clip = Map.of("x", 0, "y", y, "width", width, "height", Math.min(partHeight, height - y), "scale", 1);
      Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
      files.add(Files.write(folder.resolve(name + "-" + part + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data"))));
    }
    return files;
  }

  /** Saves a PNG of the viewport to {@code file}, creating its folder. */
  public Path screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
  }

  private static File executable(String property, String fallback, String what) {
    File file = new File(System.getProperty(property, fallback));
    if (!file.canExecute()) {
      throw new IllegalStateException(
          what + " not found at " + file + ". Install it, or pass its path with -D" + property + "=/path/to/it.");
    }
    return file;
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = new ArrayList<>(walk.toList());
    }
    Collections.reverse(paths); // children before their folders
    for (Path p : paths) Files.deleteIfExists(p);
  }
}
