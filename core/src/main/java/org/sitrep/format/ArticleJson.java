package org.sitrep.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.Article;

/**
 * The article's JSON shape. Every field is present, null or empty when unknown, in this order:
 * {@code source, url, title, standfirst, authors, published, modified, site, language, paragraphs,
 * text, warnings}.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleJson() {}

  public static ObjectNode toTree(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("source", a.source());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("standfirst", a.standfirst());
    array(o.putArray("authors"), a.authors());
    o.put("published", a.published());
    o.put("modified", a.modified());
    o.put("site", a.site());
    o.put("language", a.language());
    array(o.putArray("paragraphs"), a.paragraphs());
    o.put("text", a.text());
    array(o.putArray("warnings"), a.warnings());
    return o;
  }

  /** One line of JSON. */
  public static String line(Article a) {
    return write(MAPPER, a);
  }

  /** Indented JSON, for one document read by a person. */
  public static String pretty(Article a) {
    return write(PRETTY, a);
  }

  private static String write(ObjectMapper mapper, Article a) {
    try {
      return mapper.writeValueAsString(toTree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + a.source(), e);
    }
  }

  private static void array(ArrayNode node, List<String> values) {
    values.forEach(node::add);
  }
}
