package org.sitrep.watch;

import java.util.List;
import java.util.Locale;
import org.sitrep.store.StoredEvent;

/** A {@link DailyReport} as Markdown: headings per section, one list item per line, each linked to its articles. */
public final class ReportMarkdown {
  private ReportMarkdown() {}

  public static String write(DailyReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Situation report: ").append(r.day()).append("\n\n");
    md.append("## Top stories\n\n");
    if (r.stories().isEmpty()) md.append("No stories on this day.\n");
    int n = 1;
    for (org.sitrep.store.DayStory s : r.stories()) {
      md.append(n++).append(". **").append(esc(s.title() == null ? "(untitled)" : s.title())).append("**: ")
          .append(count(s.articles(), "article")).append(" from ").append(count(s.outlets(), "outlet"));
      int k = 1;
      for (String url : s.urls()) md.append(" [").append(k++).append("](").append(url).append(")");
      md.append('\n');
    }
    if (r.watchlist() != null) {
      md.append("\n## Watchlist: ").append(esc(r.watchlist().name())).append("\n");
      for (DailyReport.RuleMatches m : r.watched()) {
        md.append("\n### ").append(esc(m.rule().name())).append("\n\n");
        if (m.events().isEmpty() && m.articles().isEmpty()) md.append("Nothing this day.\n");
        for (StoredEvent e : m.events()) {
          md.append("- ").append(esc(ReportText.event(e))).append(", ").append(e.modality()).append(", ")
              .append(ReportText.date(e)).append(": “").append(esc(ReportText.shorten(e.evidence(), 160))).append("”");
          if (e.sourceUrl() != null) md.append(" [source](").append(e.sourceUrl()).append(")");
          md.append('\n');
        }
        for (org.sitrep.store.SearchHit h : m.articles()) {
          md.append("- article: ").append(esc(h.title() == null ? "(untitled)" : h.title()))
              .append(h.url() == null ? "" : " [link](" + h.url() + ")").append('\n');
        }
      }
    }
    md.append("\n## New and escalating actor pairs\n\n");
    List<PairActivity> flagged = r.pairs().stream().filter(p -> p.isNew() || p.isEscalating()).toList();
    if (flagged.isEmpty()) md.append("None against the previous seven days.\n");
    for (PairActivity p : flagged) {
      md.append("- ").append(p.isNew() ? "**new**" : "**escalating**").append(": ").append(p.source()).append(" → ")
          .append(p.target()).append(", ").append(count(p.events(), "event")).append(" (")
          .append(p.conflict()).append(" of conflict; ").append(p.weekEvents()).append(" in the previous seven days; Goldstein ")
          .append(String.format(Locale.ROOT, "%+.1f", p.goldstein())).append("): ")
          .append(String.join(", ", p.codes().stream().map(ReportText::code).toList())).append('\n');
    }
    md.append("\n## Events by modality\n");
    if (r.eventsByModality().isEmpty()) md.append("\nNo events dated this day.\n");
    r.eventsByModality().forEach((modality, events) -> {
      md.append("\n### ").append(Character.toUpperCase(modality.charAt(0))).append(modality.substring(1)).append("\n\n");
      for (StoredEvent e : events) {
        md.append("- ").append(esc(ReportText.event(e))).append(", ").append(ReportText.date(e));
        String by = ReportText.assertedBy(e);
        if (by != null) md.append(", according to ").append(esc(by));
        String denied = ReportText.deniedBy(e);
        if (denied != null) md.append(", denied by ").append(denied);
        md.append(", ").append(count(e.numArticles(), "article")).append(": “")
            .append(esc(ReportText.shorten(e.evidence(), 160))).append("”");
        if (e.sourceUrl() != null) md.append(" [source](").append(e.sourceUrl()).append(")");
        md.append('\n');
      }
    });
    md.append("\n## Key quotes\n\n");
    if (r.quotes().isEmpty()) md.append("No quotations with a speaker.\n");
    for (org.sitrep.store.DayQuote q : r.quotes()) {
      md.append("- “").append(esc(ReportText.shorten(q.text(), 200))).append("”: ").append(esc(q.speakerMention()));
      if (q.speakerCountry() != null || q.speakerRole() != null) {
        md.append(" (").append(ReportText.actor(q.speakerCountry(), q.speakerRole())).append(")");
      }
      md.append(" [source](").append(q.url()).append(")\n");
    }
    return md.toString();
  }

  private static String count(int n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }

  /** Text as Markdown shows it literally. */
  static String esc(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
