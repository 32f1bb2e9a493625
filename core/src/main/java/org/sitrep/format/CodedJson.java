package org.sitrep.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.TimeExpression;

/**
 * The coded article's JSON shape: {@code {"article": {...}, "actors": [...], "quotes": [...],
 * "dates": [...], "events": [...], "warnings": [...]}}. Character offsets index into
 * {@code article.text}.
 */
public final class CodedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CodedJson() {}

  public static ObjectNode toTree(CodedArticle c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("article", ArticleJson.toTree(c.article()));
    ArrayNode actors = o.putArray("actors");
    for (ActorMention m : c.actors()) {
      actors.add(mention(m));
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : c.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("text", q.text());
      n.put("start", q.start());
      n.put("end", q.end());
      n.put("sentence", q.sentence());
      n.set("speaker", q.speaker() == null ? null : mention(q.speaker()));
    }
    ArrayNode dates = o.putArray("dates");
    for (TimeExpression d : c.dates()) {
      ObjectNode n = dates.addObject();
      n.put("text", d.text());
      n.put("value", d.value());
      n.put("start", d.start());
      n.put("end", d.end());
    }
    ArrayNode events = o.putArray("events");
    for (Event e : c.events()) {
      events.add(event(e));
    }
    ArrayNode warnings = o.putArray("warnings");
    c.warnings().forEach(warnings::add);
    return o;
  }

  /** One event as JSON, the shape {@code code} prints and the store's {@code events} query extends. */
  public static ObjectNode event(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("source", participant(e.source()));
    n.set("target", e.target() == null ? participantNone() : participant(e.target()));
    n.put("cameo", e.cameo());
    n.put("root", e.root());
    n.put("name", e.name());
    n.put("plover", e.plover());
    if (e.goldstein() == null) {
      n.putNull("goldstein");
    } else {
      n.put("goldstein", e.goldstein());
    }
    n.put("quadClass", e.quadClass());
    n.put("modality", e.modality().label());
    n.set("assertedBy", actor(e.assertedBy()));
    ArrayNode denied = n.putArray("deniedBy");
    e.deniedBy().forEach(a -> denied.add(actor(a)));
    n.put("date", e.date());
    n.put("dateFrom", e.dateBasis() == null ? null : e.dateBasis().label());
    if (e.place() == null) {
      n.putNull("place");
    } else {
      ObjectNode p = n.putObject("place");
      p.put("name", e.place().name());
      p.put("country", e.place().country());
    }
    n.put("sentence", e.sentence());
    n.put("evidence", e.evidence());
    n.put("rule", e.rule());
    return n;
  }

  private static ObjectNode mention(ActorMention m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("mention", m.mention());
    n.put("start", m.start());
    n.put("end", m.end());
    n.set("actor", actor(m.actor()));
    n.put("rule", m.rule());
    return n;
  }

  private static ObjectNode participant(ActorMention m) {
    ObjectNode n = actor(m.actor());
    n.put("mention", m.mention());
    return n;
  }

  private static ObjectNode participantNone() {
    ObjectNode n = MAPPER.createObjectNode();
    n.putNull("name");
    n.putNull("country");
    n.putNull("role");
    n.putNull("mention");
    return n;
  }

  private static @Nullable ObjectNode actor(@Nullable Actor a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", a.name());
    n.put("country", a.country());
    n.put("role", a.role());
    return n;
  }

  public static String line(CodedArticle c) {
    return write(MAPPER, c);
  }

  public static String pretty(CodedArticle c) {
    return write(PRETTY, c);
  }

  private static String write(ObjectMapper mapper, CodedArticle c) {
    try {
      return mapper.writeValueAsString(toTree(c));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise coded article " + c.article().source(), e);
    }
  }
}
