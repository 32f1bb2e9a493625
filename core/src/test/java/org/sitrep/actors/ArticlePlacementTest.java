package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The article's dominant country, which places bare groups the text leaves unplaced. */
class ArticlePlacementTest {

  @Test
  void a_country_with_half_the_distinct_actors_or_more_dominates() {
    assertThat(ArticlePlacement.dominant(Map.of("USA", 3, "GBR", 1))).isEqualTo("USA");
    assertThat(ArticlePlacement.dominant(Map.of("BRA", 2))).isEqualTo("BRA");
  }

  @Test
  void a_mere_lead_among_several_countries_does_not_dominate() {
    // a visit to Lima with Chilean and Bolivian envoys present: officials there are not Peruvian by default
    assertThat(ArticlePlacement.dominant(Map.of("PER", 2, "JPN", 1, "CHL", 1, "BOL", 1))).isNull();
    assertThat(ArticlePlacement.dominant(Map.of("BRA", 3, "CAN", 2, "ARG", 2))).isNull();
    // two countries named as often: neither is the article's
    assertThat(ArticlePlacement.dominant(Map.of("KEN", 2, "UGA", 2))).isNull();
    assertThat(ArticlePlacement.dominant(Map.of("USA", 1, "IRN", 1))).isNull();
  }

  @Test
  void one_actor_or_only_international_bodies_do_not_dominate() {
    assertThat(ArticlePlacement.dominant(Map.of("FRA", 1))).isNull();
    assertThat(ArticlePlacement.dominant(Map.of("UNO", 4, "EEC", 2))).isNull();
  }
}
