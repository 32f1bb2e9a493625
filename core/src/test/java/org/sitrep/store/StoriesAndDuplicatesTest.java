package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/**
 * Syndicated copies, an edited version and independent reports of five stories on one day: the
 * expected duplicate links and story clusters, scored pairwise (precision and recall printed).
 */
class StoriesAndDuplicatesTest {
  @TempDir Path dir;

  @Test
  void duplicates_are_linked_and_stories_clustered() throws Exception {
    JsonNode set;
    try (InputStream in = getClass().getResourceAsStream("/cluster/same-day-stories.json")) {
      set = new ObjectMapper().readTree(in);
    }
    Map<Long, String> idOf = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    Set<String> expectedDuplicates = new HashSet<>();
    Path db = dir.resolve("c.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      for (JsonNode a : set) {
        List<String> paragraphs = new ArrayList<>();
        a.get("body").forEach(p -> paragraphs.add(p.asText()));
        String id = a.get("id").asText();
        Article article = new Article(id, a.get("url").asText(), a.get("title").asText(), null, List.of(),
            "2024-06-17T09:00:00+00:00", null, a.get("outlet").asText(), "en", paragraphs, List.of());
        Stored s = store.put(RawDocument.of(id, id, (id + String.join("", paragraphs)).getBytes(StandardCharsets.UTF_8),
            RawDocument.Format.HTML), article);
        idOf.put(s.articleId(), id);
        storyOf.put(id, a.get("story").asText());
        if (!a.get("dup").isNull()) {
          expectedDuplicates.add(id + "~" + a.get("dup").asText());
        }
      }
    }
    Set<String> linked = new HashSet<>();
    Map<String, Long> clusterOf = new HashMap<>();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (ResultSet r = c.createStatement().executeQuery("SELECT article_id, original_id FROM duplicates")) {
        while (r.next()) {
          linked.add(idOf.get(r.getLong(1)) + "~" + idOf.get(r.getLong(2)));
        }
      }
      try (ResultSet r = c.createStatement().executeQuery("SELECT id, story_id FROM articles")) {
        while (r.next()) {
          clusterOf.put(idOf.get(r.getLong(1)), r.getLong(2));
        }
      }
    }
    assertThat(linked).as("duplicate links").isEqualTo(expectedDuplicates);

    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> ids = new ArrayList<>(storyOf.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean expected = storyOf.get(ids.get(i)).equals(storyOf.get(ids.get(j)));
        boolean got = clusterOf.get(ids.get(i)).equals(clusterOf.get(ids.get(j)));
        if (expected && got) {
          tp++;
        } else if (got) {
          fp++;
        } else if (expected) {
          fn++;
        }
      }
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf("story clustering, pairwise: precision %.3f recall %.3f (%d true, %d false, %d missed pairs)%n",
        precision, recall, tp, fp, fn);
    assertThat(precision).as("pairwise precision").isEqualTo(1.0);
    // 1.0 before stories weighed terms by rarity and took 0.40 for 0.30; on 181 real pages that change took
    // precision from 0.59 to 0.81 for recall 0.88 to 0.85 (StoryQualityTest). Here one independent report
    // in a store of eleven articles, where no term is rare, is left a story of its own.
    assertThat(recall).as("pairwise recall").isGreaterThanOrEqualTo(0.8);
  }
}
