package org.sitrep.watch;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.sitrep.store.StoredEvent;

/**
 * A {@link DailyReport} as one self-contained HTML5 page: no script, no external style or font, every text
 * from an article escaped and every link an http(s) URL or left out.
 */
public final class ReportHtml {
  private ReportHtml() {}

  public static String write(DailyReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Situation report: ")
        .append(r.day()).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
            + " li{margin:.3em 0} .tag{font-weight:bold}</style>\n</head>\n<body>\n");
    h.append("<h1>Situation report: ").append(r.day()).append("</h1>\n");
    h.append("<h2>Top stories</h2>\n");
    if (r.stories().isEmpty()) {
      h.append("<p>No stories on this day.</p>\n");
    } else {
      h.append("<ol>\n");
      for (org.sitrep.store.DayStory s : r.stories()) {
        h.append("<li><strong>").append(esc(s.title() == null ? "(untitled)" : s.title())).append("</strong>: ")
            .append(count(s.articles(), "article")).append(" from ").append(count(s.outlets(), "outlet"));
        int k = 1;
        for (String url : s.urls()) h.append(' ').append(link(url, String.valueOf(k++)));
        h.append("</li>\n");
      }
      h.append("</ol>\n");
    }
    if (r.watchlist() != null) {
      h.append("<h2>Watchlist: ").append(esc(r.watchlist().name())).append("</h2>\n");
      for (DailyReport.RuleMatches m : r.watched()) {
        h.append("<h3>").append(esc(m.rule().name())).append("</h3>\n");
        if (m.events().isEmpty() && m.articles().isEmpty()) {
          h.append("<p>Nothing this day.</p>\n");
          continue;
        }
        h.append("<ul>\n");
        for (StoredEvent e : m.events()) {
          h.append("<li>").append(esc(ReportText.event(e))).append(", ").append(esc(e.modality())).append(", ")
              .append(esc(ReportText.date(e))).append(": <q>").append(esc(ReportText.shorten(e.evidence(), 160)))
              .append("</q>");
          if (e.sourceUrl() != null) h.append(' ').append(link(e.sourceUrl(), "source"));
          h.append("</li>\n");
        }
        for (org.sitrep.store.SearchHit a : m.articles()) {
          h.append("<li>article: ").append(esc(a.title() == null ? "(untitled)" : a.title()));
          if (a.url() != null) h.append(' ').append(link(a.url(), "link"));
          h.append("</li>\n");
        }
        h.append("</ul>\n");
      }
    }
    h.append("<h2>New and escalating actor pairs</h2>\n");
    List<PairActivity> flagged = r.pairs().stream().filter(p -> p.isNew() || p.isEscalating()).toList();
    if (flagged.isEmpty()) {
      h.append("<p>None against the previous seven days.</p>\n");
    } else {
      h.append("<ul>\n");
      for (PairActivity p : flagged) {
        h.append("<li><span class=\"tag\">").append(p.isNew() ? "new" : "escalating").append("</span>: ")
            .append(esc(p.source() + " → " + p.target())).append(", ").append(count(p.events(), "event")).append(" (")
            .append(p.conflict()).append(" of conflict; ").append(p.weekEvents()).append(" in the previous seven days; Goldstein ")
            .append(String.format(Locale.ROOT, "%+.1f", p.goldstein())).append("): ")
            .append(esc(String.join(", ", p.codes().stream().map(ReportText::code).toList()))).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<h2>Events by modality</h2>\n");
    if (r.eventsByModality().isEmpty()) h.append("<p>No events dated this day.</p>\n");
    r.eventsByModality().forEach((modality, events) -> {
      h.append("<h3>").append(Character.toUpperCase(modality.charAt(0))).append(modality.substring(1)).append("</h3>\n<ul>\n");
      for (StoredEvent e : events) {
        h.append("<li>").append(esc(ReportText.event(e))).append(", ").append(esc(ReportText.date(e)));
        String by = ReportText.assertedBy(e);
        if (by != null) h.append(", according to ").append(esc(by));
        String denied = ReportText.deniedBy(e);
        if (denied != null) h.append(", denied by ").append(esc(denied));
        h.append(", ").append(count(e.numArticles(), "article")).append(": <q>")
            .append(esc(ReportText.shorten(e.evidence(), 160))).append("</q>");
        if (e.sourceUrl() != null) h.append(' ').append(link(e.sourceUrl(), "source"));
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    });
    h.append("<h2>Key quotes</h2>\n");
    if (r.quotes().isEmpty()) {
      h.append("<p>No quotations with a speaker.</p>\n");
    } else {
      h.append("<ul>\n");
      for (org.sitrep.store.DayQuote q : r.quotes()) {
        h.append("<li><q>").append(esc(ReportText.shorten(q.text(), 200))).append("</q>: ")
            .append(esc(q.speakerMention() == null ? "" : q.speakerMention()));
        if (q.speakerCountry() != null || q.speakerRole() != null) {
          h.append(" (").append(esc(ReportText.actor(q.speakerCountry(), q.speakerRole()))).append(')');
        }
        h.append(' ').append(link(q.url(), "source")).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** A link for http(s) URLs only (a stored "javascript:" or file path is shown as text, inert). */
  private static String link(String url, String label) {
    if (url.startsWith("https://") || url.startsWith("http://")) {
      return "<a href=\"" + Entities.escape(url) + "\">" + esc(label) + "</a>";
    }
    return "<span>[" + esc(label) + ": " + esc(url) + "]</span>";
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }

  private static String count(int n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }
}
