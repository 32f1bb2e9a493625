package org.sitrep.model;

import java.util.List;

/**
 * What the coding stage produces: the article with its resolved actor mentions, quotes, dates and
 * coded events.
 */
public record CodedArticle(
    Article article,
    List<ActorMention> actors,
    List<Quote> quotes,
    List<TimeExpression> dates,
    List<Event> events,
    List<String> warnings) {
  public CodedArticle {
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }
}
