package org.sitrep.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.StoredEvent;

/**
 * A stored event as JSON: the shape {@code sitrep code} prints for an event, plus {@code id},
 * {@code numMentions}, {@code numArticles}, {@code numSources}, {@code firstSeen}, {@code lastSeen}
 * and {@code articles}.
 */
public final class StoredEventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StoredEventJson() {}

  public static ObjectNode toTree(StoredEvent e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.set("source", actor(e.sourceName(), e.sourceCountry(), e.sourceRole()));
    n.set("target", actor(e.targetName(), e.targetCountry(), e.targetRole()));
    n.put("cameo", e.cameo());
    n.put("root", e.root());
    n.put("plover", e.plover());
    if (e.goldstein() == null) n.putNull("goldstein");
    else n.put("goldstein", e.goldstein());
    n.put("quadClass", e.quadClass());
    n.put("modality", e.modality());
    n.set("assertedBy", parse(e.assertedBy()));
    n.set("deniedBy", parse(e.deniedBy()));
    n.put("date", e.date());
    n.put("dateFrom", e.dateBasis());
    if (e.placeName() == null) {
      n.putNull("place");
    } else {
      n.putObject("place").put("name", e.placeName()).put("country", e.placeCountry());
    }
    n.put("evidence", e.evidence());
    n.put("sourceUrl", e.sourceUrl());
    n.put("numMentions", e.numMentions());
    n.put("numArticles", e.numArticles());
    n.put("numSources", e.numSources());
    n.put("firstSeen", e.firstSeen());
    n.put("lastSeen", e.lastSeen());
    ArrayNode a = n.putArray("articles");
    e.articles().forEach(a::add);
    return n;
  }

  private static ObjectNode actor(@Nullable String name, @Nullable String country, @Nullable String role) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", name);
    n.put("country", country);
    n.put("role", role);
    return n;
  }

  private static @Nullable JsonNode parse(@Nullable String json) {
    if (json == null) return null;
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return MAPPER.getNodeFactory().textNode(json);
    }
  }
}
