package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
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
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.RawDocument;
import org.sitrep.store.PreparedArticle;
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

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    dir = Files.createTempDirectory("sitrep-dashboard");
    Path db = dir.resolve("d.db");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (SqliteStore store = SqliteStore.open(db)) {
      put(store, 1, "Latvia accuses Russia of jamming <script>alert(1)</script>", "LVA", "RUS", "112", 3, today);
      put(store, 2, "Estonia accuses Russia over airspace", "EST", "RUS", "112", 3, today.minusDays(1));
      put(store, 3, "Russia shells Ukrainian positions", "RUS", "UKR", "190", 4, today.minusDays(2));
      put(store, 4, "Russian envoy visits Beijing", "RUS", "CHN", "042", 1, today.minusDays(2));
      var polls = store.sourcePolls();
      java.time.Instant t0 = java.time.Instant.now().minus(Duration.ofHours(5));
      for (int h = 0; h < 4; h++) polls.record(new org.sitrep.store.SourcePolls.Poll("https://dead.example/rss", t0.plus(Duration.ofHours(h)), 0, "HTTP 404"));
      for (int h = 0; h < 5; h++) polls.record(new org.sitrep.store.SourcePolls.Poll("https://live.example/rss", t0.plus(Duration.ofHours(h)), 2, null));
    }
    dashboard = Dashboard.start(db, "127.0.0.1", 0);
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

  private static void put(SqliteStore store, int n, String title, String src, String tgt, String cameo, int quad, LocalDate day) {
    String text = title + ". Officials said the matter would be raised at the next meeting.";
    Article a = new Article("p" + n + ".html", "https://wire" + n + ".example/story-" + n, title, null, List.of(),
        day + "T08:00:00Z", null, "Wire " + n, "en", List.of(text), List.of());
    ActorMention s = new ActorMention(src, 0, 3, 0, new Actor(null, src, "GOV"), "country metonym");
    ActorMention t = new ActorMention(tgt, 4, 7, 0, new Actor(null, tgt, "GOV"), "country metonym");
    Event e = new Event(s, t, cameo, cameo.substring(0, 2), null, null, null, quad, Event.Modality.HAPPENED, null, List.of(),
        day.toString(), Event.DateBasis.PUBLICATION, null, 0, text, "test");
    CodedArticle coded = new CodedArticle(a, List.of(s, t), List.of(), List.of(), List.of(e), List.of());
    store.put(PreparedArticle.of(RawDocument.of(a.source(), a.source(), text.getBytes(StandardCharsets.UTF_8),
        RawDocument.Format.TEXT), a, coded));
    store.flush();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + dashboard.port() + path;
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
    assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo("1 articles from 1 outlets, 1 events");
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
    assertThat(browser.findElement(By.id("directions")).getText()).isEqualTo("1 events RUS → UKR, 0 events UKR → RUS");
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
}
