package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.store.SqliteStore;

/**
 * The dashboard in a real browser (Debian's chromium and chromium-driver, which .ci/run installs; nothing is
 * downloaded): search, an actor page's timeline and network, escaping of article text. Screenshots under
 * {@code target/screenshots}.
 */
class DashboardBrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  private static Path dir;
  private static Dashboard dashboard;
  private static WebDriver browser;
  private static Path watchlist;
  private static final String PASSWORD = "granite harbour 42";

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    dir = Files.createTempDirectory("sitrep-dashboard");
    Path db = dir.resolve("d.db");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (SqliteStore store = SqliteStore.open(db)) {
      TestStore.put(store, 1, "Latvia accuses Russia of jamming <script>alert(1)</script>", "LVA", "RUS", "112", 3, today);
      TestStore.put(store, 2, "Estonia accuses Russia over airspace", "EST", "RUS", "112", 3, today.minusDays(1));
      TestStore.put(store, 3, "Russia shells Ukrainian positions", "RUS", "UKR", "190", 4, today.minusDays(2));
      TestStore.put(store, 4, "Russian envoy visits Beijing", "RUS", "CHN", "042", 1, today.minusDays(2));
      // an article whose address is a script and whose title carries markup, dated outside the map's period
      TestStore.put(store, 5, "Lithuania <img src=x onerror=\"window.injected=1\"> protests", "javascript:window.injected=2",
          "LTU", "POL", "112", 3, today.minusDays(90));
      var polls = store.sourcePolls();
      java.time.Instant t0 = java.time.Instant.now().minus(Duration.ofHours(5));
      for (int h = 0; h < 4; h++) polls.record(new org.sitrep.store.SourcePolls.Poll("https://dead.example/rss", t0.plus(Duration.ofHours(h)), 0, "HTTP 404"));
      for (int h = 0; h < 5; h++) polls.record(new org.sitrep.store.SourcePolls.Poll("https://live.example/rss", t0.plus(Duration.ofHours(h)), 2, null));
    }
    watchlist = dir.resolve("baltic.yaml");
    Files.writeString(watchlist, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11-12\"]\n");
    dashboard = Dashboard.start(new Dashboard.Settings(db, "127.0.0.1", 0, List.of(watchlist), PasswordHash.hash(PASSWORD)));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1100");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (dashboard != null) dashboard.close();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + dashboard.port() + path;
  }

  /** The element once the page a form led to shows it (a click on a submit button returns before the next page loads). */
  private static org.openqa.selenium.WebElement waitFor(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
      var found = d.findElements(by);
      return found.isEmpty() ? null : found.get(0);
    });
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void screenshot(String name) throws Exception {
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void search_lists_the_matching_articles_with_their_count() throws Exception {
    browser.get(url("/search?q=Russia"));
    // "Russian envoy visits Beijing" says "Russian", not "Russia": three of the four
    assertThat(browser.findElement(By.id("count")).getText()).startsWith("3 results");
    assertThat(browser.findElements(By.cssSelector("#hits li"))).hasSize(3);
    assertThat(browser.findElement(By.id("hits")).getText()).doesNotContain("envoy");
    screenshot("search");
  }

  @Test
  void an_actor_page_draws_its_events_over_time_and_its_counterparts() throws Exception {
    browser.get(url("/actors/RUS"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> js("return !!window.sitrepNetwork") == Boolean.TRUE);
    // the chart holds every dated event of the actor, stacked by kind
    Number charted = (Number) js("const o = echarts.getInstanceByDom(document.getElementById('timeline')).getOption();"
        + " return o.series.map(s => s.data.reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0);");
    assertThat(charted.intValue()).isEqualTo(4);
    Number material = (Number) js("const o = echarts.getInstanceByDom(document.getElementById('timeline')).getOption();"
        + " return o.series.find(s => s.name === 'material conflict').data.reduce((a, b) => a + b, 0);");
    assertThat(material.intValue()).isEqualTo(1);
    assertThat(((Number) js("return window.sitrepNetwork.nodes().length")).intValue()).as("RUS and its four counterparts").isEqualTo(5);
    assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).hasSize(4);
    screenshot("actor-RUS");
  }

  @Test
  void article_text_with_markup_is_shown_as_text_never_run() throws Exception {
    browser.get(url("/"));
    assertThat(browser.findElement(By.id("stories")).getText()).contains("<script>alert(1)</script>");
    assertThat(browser.findElements(By.cssSelector("#stories script"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain("<script>alert(1)</script>");
    screenshot("overview");
  }

  @Test
  void a_story_page_lists_its_articles_and_events_with_evidence() throws Exception {
    browser.get(url("/"));
    browser.findElement(By.linkText("Russia shells Ukrainian positions")).click();
    assertThat(waitFor(By.id("summary")).getText()).isEqualTo("1 article from 1 outlet, 1 event");
    assertThat(browser.findElements(By.cssSelector("#articles li"))).hasSize(1);
    assertThat(browser.findElement(By.id("events")).getText()).contains("RUS").contains("UKR").contains("190")
        .contains("Russia shells Ukrainian positions");
    screenshot("story");
    browser.get(url("/stories/999999"));
    assertThat(browser.getPageSource()).contains("no story 999999");
  }

  @Test
  void a_pair_page_counts_each_direction_and_the_sources_page_shows_a_failing_feed() throws Exception {
    browser.get(url("/pairs/RUS/UKR"));
    assertThat(browser.findElement(By.id("directions")).getText()).isEqualTo("1 event RUS → UKR, 0 events UKR → RUS");
    assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).hasSize(1);
    browser.get(url("/sources"));
    assertThat(browser.findElement(By.cssSelector("#sources tr.failing")).getText()).contains("dead.example").contains("HTTP 404");
    assertThat(browser.findElement(By.cssSelector("#sources tr.ok")).getText()).contains("live.example");
    screenshot("sources");
  }

  @Test
  void the_map_marks_the_countries_where_events_took_place() throws Exception {
    browser.get(url("/map?days=30"));
    // events land on RUS (two accusations), UKR and CHN: three countries marked, the rest not
    assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo("4 events in the last 30 days, in 3 countries");
    List<String> marked = browser.findElements(By.cssSelector("#map path.marked")).stream().map(e -> e.getAttribute("data-code")).sorted().toList();
    assertThat(marked).containsExactly("CHN", "RUS", "UKR");
    assertThat(browser.findElement(By.cssSelector("#map path[data-code='RUS']")).getAttribute("data-events")).isEqualTo("2");
    assertThat(browser.findElements(By.cssSelector("#map path")).size()).isGreaterThan(150);
    screenshot("map");
  }

  @Test
  void a_user_logs_in_edits_a_watchlist_and_silences_a_rule() throws Exception {
    browser.get(url("/watchlists/baltic"));
    assertThat(browser.findElements(By.id("yaml"))).as("no editor before logging in").isEmpty();
    browser.findElement(By.id("login")).click();
    waitFor(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("#login button")).click();
    // back on the watchlist, now with its editor; add a rule and save
    var yaml = waitFor(By.id("yaml"));
    yaml.clear();
    yaml.sendKeys("name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11-12\"]\n"
        + "  - name: Force against Ukraine\n    source: RUS\n    target: UKR\n    cameo: [\"18-20\"]\n");
    screenshot("watchlist-edit");
    browser.findElement(By.cssSelector("#edit button")).click();
    assertThat(waitFor(By.id("saved")).getText()).startsWith("Saved.");
    assertThat(browser.findElements(By.cssSelector("#rules li")).stream().map(e -> e.getText()).toList()).containsExactly(
        "Accusations against Russia: target RUS; cameo 11-12", "Force against Ukraine: source RUS; target UKR; cameo 18-20");
    assertThat(Files.readString(watchlist)).contains("Force against Ukraine");
    // a broken edit is shown back with its error and not saved
    yaml = browser.findElement(By.id("yaml"));
    yaml.sendKeys("  - name: Broken\n    cameo: [\"eleven\"]\n");
    browser.findElement(By.cssSelector("#edit button")).click();
    assertThat(waitFor(By.id("error")).getText()).contains("cameo 'eleven' is not a code");
    assertThat(Files.readString(watchlist)).doesNotContain("Broken");
    // silence the new rule for two hours
    browser.get(url("/alerts"));
    browser.findElement(By.cssSelector("#silence input[name=rule]")).sendKeys("Force against Ukraine");
    browser.findElement(By.cssSelector("#silence input[name=for]")).clear();
    browser.findElement(By.cssSelector("#silence input[name=for]")).sendKeys("2h");
    browser.findElement(By.cssSelector("#silence input[name=comment]")).sendKeys("expected shelling reports");
    browser.findElement(By.cssSelector("#silence button")).click();
    assertThat(waitFor(By.cssSelector("#silences tr.active")).getText()).contains("Baltic").contains("Force against Ukraine")
        .contains("expected shelling reports");
    screenshot("alerts-silence");
  }

  @Test
  void injected_markup_and_script_addresses_stay_inert_in_the_browser() throws Exception {
    browser.get(url("/search?q=Lithuania"));
    var link = browser.findElement(By.cssSelector("#hits li a"));
    assertThat(link.getText()).isEqualTo("Lithuania <img src=x onerror=\"window.injected=1\"> protests");
    assertThat(link.getAttribute("href")).isEqualTo(url("/search?q=Lithuania") + "#");
    link.click();
    assertThat(js("return document.querySelectorAll('img, [onerror]').length")).isEqualTo(0L);
    assertThat(js("return window.injected === undefined")).isEqualTo(true);
    // a query that tries to close its attribute and add a handler stays a value
    browser.get(url("/search?q=%22%20autofocus%20onfocus%3D%22window.injected%3D3"));
    assertThat(browser.findElement(By.cssSelector("main input[name=q]")).getAttribute("value")).isEqualTo("\" autofocus onfocus=\"window.injected=3");
    assertThat(js("return document.querySelectorAll('[onfocus]').length + (window.injected === undefined ? 0 : 100)")).isEqualTo(0L);
  }

  @Test
  void the_daily_report_renders_in_the_browser() throws Exception {
    browser.get(url("/reports/" + LocalDate.now(ZoneOffset.UTC)));
    assertThat(browser.findElements(By.tagName("h2")).stream().map(e -> e.getText()).toList()).contains("Top stories", "Events by modality");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Latvia accuses Russia of jamming <script>alert(1)</script>");
    assertThat(js("return document.scripts.length")).isEqualTo(0L);
    screenshot("report");
  }
}
