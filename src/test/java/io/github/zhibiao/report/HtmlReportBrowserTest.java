package io.github.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhibiao.Document;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.cli.Main;
import io.github.zhibiao.stats.Total;
import io.github.zhibiao.stats.Totals;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of {@code seeds/}, written by the real {@code report} command and opened in headless
 * Chromium through Selenium: what an editor sees. Needs {@code chromium} and {@code chromedriver}
 * on the PATH (Debian: {@code apt-get install chromium chromium-driver}); without them the test is
 * skipped, and says so. Screenshots go to {@code target/report-seeds.png} and {@code
 * target/report-tooltip.png}.
 */
class HtmlReportBrowserTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path PAGE = Path.of("target", "report-seeds.html");

  private static final String NO_BROWSER = "SKIPPED: no chromium and chromedriver on the PATH "
      + "(apt-get install chromium chromium-driver); the report was not checked in a browser";
  /** Selenium warns that it has no CDP bindings for this Chromium: not needed here. */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private static ChromeDriver driver;
  private static Map<String, Document> documents;

  /** The first of {@code names} found on the PATH, or null. */
  private static File onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        File f = new File(dir, name);
        if (f.isFile() && f.canExecute()) return f;
      }
    }
    return null;
  }

  @BeforeAll
  static void open() throws IOException {
    File browser = onPath("chromium", "chromium-browser", "google-chrome");
    File chromedriver = onPath("chromedriver");
    // Checked again before each test (see browser()), so that every test is reported skipped:
    // an assumption failing here only would show as no tests run at all.
    if (browser == null || chromedriver == null) {
      System.err.println("HtmlReportBrowserTest: " + NO_BROWSER);
      return;
    }

    Files.createDirectories(PAGE.getParent());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"report", "-o", PAGE.toString(), SEEDS.toString()},
        InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();

    documents = new LinkedHashMap<>();
    Zhibiao zhibiao = Zhibiao.create();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        documents.put(p.toString(), zhibiao.extract(Files.readString(p, StandardCharsets.UTF_8)));
      }
    }

    SELENIUM.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,2200", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.get(PAGE.toAbsolutePath().toUri().toString());
  }

  @BeforeEach
  void browser() {
    assumeTrue(driver != null, NO_BROWSER);
  }

  @AfterAll
  static void close() {
    if (driver != null) driver.quit();
  }

  private static String tip() {
    WebElement tip = driver.findElement(By.id("tip"));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
    return tip.getText();
  }

  @Test
  void page_marksEveryQuantity_noConsoleErrors_andIsScreenshot() throws IOException {
    int quantities = documents.values().stream().mapToInt(d -> d.quantities().size()).sum();
    assertThat(quantities).isPositive();
    assertThat(driver.findElements(By.cssSelector("mark.q"))).hasSize(quantities);
    for (int d = 0; d < documents.size(); d++) {
      Document doc = new ArrayList<>(documents.values()).get(d);
      assertThat(driver.findElements(By.cssSelector("#d" + d + " mark.q")))
          .hasSize(doc.quantities().size());
    }
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(errors).isEmpty();
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "report-seeds.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void hover_showsTheFiguresValue_andHighlightsItsOtherMention() throws IOException {
    List<WebElement> marks = driver.findElements(By.cssSelector("mark.q[data-ind]"));
    // A headline figure repeated in the body: two marks with one indicator id.
    WebElement repeated = null;
    WebElement other = null;
    for (WebElement m : marks) {
      List<WebElement> same = driver.findElements(
          By.cssSelector("mark.q[data-ind=\"" + m.getAttribute("data-ind") + "\"]"));
      if (same.size() == 2) {
        repeated = same.get(1);
        other = same.get(0);
        break;
      }
    }
    assertThat(repeated).as("a figure with two mentions in the seeds").isNotNull();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})",
        repeated);
    new Actions(driver).moveToElement(repeated).perform();
    Quantity q = quantityOf(repeated);
    // The script shows each "标签：内容" line as a bold label and its content.
    assertThat(tip()).contains("数值" + Labels.plain(q.value()), "原文" + q.text().replace("\n", "↵"),
        "提及共 2 处");
    assertThat(other.getAttribute("class")).contains("linked");
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "report-tooltip.png"), StandardCopyOption.REPLACE_EXISTING);
    new Actions(driver).moveByOffset(0, 400).perform();
  }

  @Test
  void tab_fromTheContents_reachesTheFirstFigure_andShowsItsDetails() {
    List<WebElement> toc = driver.findElements(By.cssSelector(".toc a"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", toc.get(toc.size() - 1));
    // Tab on through the first document's findings list and any finding marked before the first
    // figure: the first figure Tab reaches must be the first one of the text, none skipped
    WebElement first = driver.findElement(By.cssSelector("mark.q"));
    WebElement focused = driver.switchTo().activeElement();
    for (int tabs = 0; tabs < 200 && !"mark".equals(focused.getTagName()); tabs++) {
      focused.sendKeys(Keys.TAB);
      focused = driver.switchTo().activeElement();
      if (focused.getAttribute("class") != null && focused.getAttribute("class").contains("q")
          && "mark".equals(focused.getTagName())) {
        break;
      }
    }
    assertThat(focused).isEqualTo(first);
    Quantity q = quantityOf(first);
    assertThat(tip()).contains(Labels.plain(q.value() != null ? q.value() : q.low()));
    focused.sendKeys(Keys.ESCAPE);
    assertThat(driver.findElement(By.id("tip")).isDisplayed()).isFalse();
  }

  @Test
  void chart_oneBarPerProvince_labelledInYi() {
    List<Total> totals = Totals.standard().of(documents);
    List<WebElement> bars = driver.findElements(By.cssSelector("svg.bars g.bar"));
    assertThat(bars).hasSize(totals.size());
    Map<String, String> labels = new LinkedHashMap<>();
    for (WebElement bar : bars) {
      labels.put(bar.getAttribute("data-province"),
          bar.findElement(By.cssSelector("text.value")).getText());
    }
    for (Total t : totals) {
      assertThat(labels).containsEntry(t.key(), Charts.valueLabel(t, "亿元"));
    }
    // The seeds (see README): 内蒙古 2585 exact, 上海 more than 1070.
    assertThat(labels).containsEntry("内蒙古", "2585 亿元").containsEntry("上海", ">1070 亿元");
  }

  @Test
  void filter_uncheckingATypeDimsItsFigures() {
    WebElement box = driver.findElement(By.cssSelector("input[name=type][value=investment]"));
    box.click();
    try {
      List<WebElement> investment = driver.findElements(
          By.cssSelector("mark.q[data-type=investment]"));
      assertThat(investment).isNotEmpty()
          .allMatch(m -> m.getAttribute("class").contains("off"));
      assertThat(driver.findElements(By.cssSelector("mark.q.off"))).hasSameSizeAs(investment);
    } finally {
      box.click();
    }
    assertThat(driver.findElements(By.cssSelector("mark.q.off"))).isEmpty();
  }

  /** The quantity a mark shows: its document is the article it is in, its id the index. */
  private static Quantity quantityOf(WebElement mark) {
    String[] id = mark.getAttribute("id").substring(1).split("-q");
    Document d = new ArrayList<>(documents.values()).get(Integer.parseInt(id[0]));
    return d.quantities().get(Integer.parseInt(id[1]));
  }
}
