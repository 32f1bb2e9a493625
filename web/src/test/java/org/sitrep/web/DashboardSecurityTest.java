package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SqliteStore;

/** The dashboard's writes over plain HTTP: who may write, with what, and what the responses say. */
class DashboardSecurityTest {
  private static final String PASSWORD = "granite harbour 42";
  private static final String HASH = PasswordHash.hash(PASSWORD);
  private static final String WATCHLIST = """
      name: Baltic
      rules:
        - name: Accusations against Russia
          target: RUS
          cameo: ["11-12"]
      """;
  @TempDir Path dir;
  private Path watchlist;
  private Dashboard dashboard;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    Path db = dir.resolve("d.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      TestStore.put(store, 1, "Latvia accuses Russia of jamming", "javascript:alert(document.cookie)", "LVA", "RUS", "112", 3,
          LocalDate.now(ZoneOffset.UTC));
      TestStore.put(store, 2, "Estonia <img src=x onerror=alert(1)> protests", "LVA", "RUS", "112", 3, LocalDate.now(ZoneOffset.UTC));
    }
    watchlist = dir.resolve("baltic.yaml");
    Files.writeString(watchlist, WATCHLIST);
    dashboard = Dashboard.start(new Dashboard.Settings(db, "127.0.0.1", 0, List.of(watchlist), HASH));
  }

  @AfterEach
  void stop() {
    dashboard.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + dashboard.port() + path);
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    if (cookie != null) b.header("Cookie", cookie);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookie, String origin, String... form) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < form.length; i += 2) {
      if (body.length() > 0) body.append('&');
      body.append(form[i]).append('=').append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (cookie != null) b.header("Cookie", cookie);
    if (origin != null) b.header("Origin", origin);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String login() throws Exception {
    HttpResponse<String> r = post("/login", null, null, "password", PASSWORD, "next", "/watchlists/baltic");
    assertThat(r.statusCode()).isEqualTo(303);
    return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private String csrf(String cookie) throws Exception {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/watchlists/baltic", cookie).body());
    assertThat(m.find()).as("the edit form carries a token").isTrue();
    return m.group(1);
  }

  @Test
  void a_login_sets_an_http_only_same_site_cookie_and_goes_back_where_it_was_asked() throws Exception {
    HttpResponse<String> r = post("/login", null, null, "password", PASSWORD, "next", "/watchlists/baltic");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/watchlists/baltic");
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("sitrep_session=").contains("; HttpOnly").contains("; SameSite=Strict").doesNotContain("Secure");
    // behind a TLS proxy the cookie is Secure too; an absolute 'next' is not followed off-site
    HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&next=//evil.example/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).endsWith("; Secure");
    assertThat(proxied.headers().firstValue("Location")).hasValue("/watchlists");
  }

  @Test
  void writes_without_a_session_a_token_or_from_another_site_are_refused_and_change_nothing() throws Exception {
    String changed = WATCHLIST.replace("11-12", "13-20");
    assertThat(post("/watchlists/baltic", null, null, "yaml", changed, "csrf", "x").statusCode()).isEqualTo(401);
    String cookie = login();
    String token = csrf(cookie);
    assertThat(post("/watchlists/baltic", cookie, null, "yaml", changed).statusCode()).isEqualTo(403);
    assertThat(post("/watchlists/baltic", cookie, null, "yaml", changed, "csrf", token + "x").statusCode()).isEqualTo(403);
    assertThat(post("/watchlists/baltic", cookie, "http://evil.example", "yaml", changed, "csrf", token).statusCode()).isEqualTo(403);
    assertThat(post("/silences", null, null, "watchlist", "Baltic", "rule", "", "for", "1h", "comment", "").statusCode()).isEqualTo(401);
    assertThat(Files.readString(watchlist)).isEqualTo(WATCHLIST);
    // the same request with the token, from the dashboard's own page, is saved
    HttpResponse<String> ok = post("/watchlists/baltic", cookie, "http://127.0.0.1:" + dashboard.port(), "yaml", changed, "csrf", token);
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(Files.readString(watchlist)).isEqualTo(changed);
  }

  @Test
  void an_invalid_watchlist_is_shown_back_with_its_error_and_not_saved() throws Exception {
    String cookie = login();
    String token = csrf(cookie);
    HttpResponse<String> r = post("/watchlists/baltic", cookie, null, "yaml", WATCHLIST.replace("target:", "targets:"), "csrf", token);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unknown field 'targets'").contains("targets: RUS");
    assertThat(Files.readString(watchlist)).isEqualTo(WATCHLIST);
  }

  @Test
  void the_sixth_wrong_password_in_a_row_is_refused_without_checking() throws Exception {
    for (int i = 0; i < Sessions.MAX_FAILURES; i++) {
      assertThat(post("/login", null, null, "password", "guess " + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> r = post("/login", null, null, "password", PASSWORD);
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void a_silence_is_started_and_ended_by_a_logged_in_user() throws Exception {
    String cookie = login();
    String token = csrf(cookie);
    assertThat(post("/silences", cookie, null, "csrf", token, "watchlist", "Baltic", "rule", "No such rule", "for", "1h",
        "comment", "").statusCode()).isEqualTo(400);
    assertThat(post("/silences", cookie, null, "csrf", token, "watchlist", "Baltic", "rule", "Accusations against Russia",
        "for", "2h", "comment", "known campaign").statusCode()).isEqualTo(303);
    String page = get("/alerts", cookie).body();
    assertThat(page).contains("<tr class=\"active\"><td>1</td><td>Baltic</td><td>Accusations against Russia</td>").contains("known campaign");
    assertThat(post("/silences/1/end", cookie, null, "csrf", token).statusCode()).isEqualTo(303);
    assertThat(get("/alerts", cookie).body()).contains("<tr class=\"expired\"><td>1</td>");
  }

  @Test
  void article_text_and_addresses_cannot_inject_markup_or_script() throws Exception {
    String page = get("/search?q=accuses%20OR%20protests", null).body();
    assertThat(page).doesNotContain("javascript:").doesNotContain("<img")
        .contains("Estonia &lt;img src=x onerror=alert(1)&gt; protests").contains("<a href=\"#\"");
    // a query that tries to leave its attribute stays inside it, and the export links carry it encoded
    String reflected = get("/search?q=%22%20autofocus%20onfocus%3D%22alert(1)", null).body();
    assertThat(reflected).contains("value=\"&#34; autofocus onfocus=&#34;alert(1)\"")
        .contains("href=\"/search.csv?q=%22+autofocus+onfocus%3D%22alert%281%29\"");
    assertThat(get("/", null).headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
  }

  @Test
  void listening_beyond_this_machine_without_a_password_is_refused() {
    assertThatThrownBy(() -> new Dashboard.Settings(dir.resolve("d.db"), "0.0.0.0", 0, List.of(), null))
        .hasMessageContaining("needs a password");
    assertThat(new Dashboard.Settings(dir.resolve("d.db"), "0.0.0.0", 0, List.of(), HASH).host()).isEqualTo("0.0.0.0");
  }
}
