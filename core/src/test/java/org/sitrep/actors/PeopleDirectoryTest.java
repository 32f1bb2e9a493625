package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

/** Posts read against the article's date. */
class PeopleDirectoryTest {

  private static PeopleDirectory ministers() {
    PeopleDirectory d = PeopleDirectory.empty();
    // a foreign minister 2010-2014, then out of office; a president from 2019, no end
    d.add("Ana Varga", new PeopleDirectory.Post("Ana Varga", "HUN", "GOV", "2010-05-29", "2014-06-05"));
    d.add("Varga", new PeopleDirectory.Post("Ana Varga", "HUN", "GOV", "2010-05-29", "2014-06-05"));
    d.add("Tomas Ruiz", new PeopleDirectory.Post("Tomas Ruiz", "ECU", "OPP", "2009-01-01", "2018-12-31"));
    d.add("Tomas Ruiz", new PeopleDirectory.Post("Tomas Ruiz", "ECU", "GOV", "2019-01-01", null));
    // one surname, two people
    d.add("Lee", new PeopleDirectory.Post("Lee Min-ho", "KOR", "GOV", null, null));
    d.add("Lee", new PeopleDirectory.Post("Lee Hsien Loong", "SGP", "GOV", null, null));
    return d;
  }

  @Test
  void the_post_held_on_the_articles_date() {
    assertThat(ministers().at("Ana Varga", "2012-03-01")).isEqualTo(new Actor("Ana Varga", "HUN", "GOV"));
    assertThat(ministers().at("tomas ruiz", "2015-07-01T10:00:00+02:00")).isEqualTo(new Actor("Tomas Ruiz", "ECU", "OPP"));
    assertThat(ministers().at("Tomas Ruiz", "2024-07-01")).isEqualTo(new Actor("Tomas Ruiz", "ECU", "GOV"));
  }

  @Test
  void out_of_office_a_person_keeps_the_country_not_the_role() {
    assertThat(ministers().at("Varga", "2020-01-10")).isEqualTo(new Actor("Ana Varga", "HUN", null));
  }

  @Test
  void an_unknown_name_or_one_two_people_bear_is_not_resolved() {
    assertThat(ministers().at("Zoltan Kiss", "2020-01-10")).isNull();
    assertThat(ministers().at("Lee", "2020-01-10")).isNull();
  }

  @Test
  void the_bundled_directory_knows_office_holders_from_the_petrarch_dictionaries() {
    Actor putin = PeopleDirectory.standard().at("Vladimir Putin", "2019-11-20");
    assertThat(putin).isNotNull();
    assertThat(putin.country()).isEqualTo("RUS");
    assertThat(putin.role()).isEqualTo("GOV");
  }

  @Test
  void a_sector_in_the_country_place_of_a_petrarch_code_is_not_a_country() {
    // "IGOJUD": an international court of no one state; "MNCMED", "MNCHLH": companies whose country the
    // dictionary does not give (the converter once wrote the sector, MED or HLH, as their country)
    assertThat(PeopleDirectory.standard().at("Icc", "2019-11-20")).isEqualTo(new Actor("Icc", "IGO", "JUD"));
    assertThat(PeopleDirectory.standard().at("Acco Brands Corporation", "2019-11-20")).isNull();
    assertThat(PeopleDirectory.standard().at("Accretive Health Inc", "2019-11-20")).isNull();
    // a company the code places keeps its country
    assertThat(PeopleDirectory.standard().at("Toyota", "2019-11-20")).isEqualTo(new Actor("Toyota", "JPN", "MNC"));
  }

  @Test
  void a_listed_person_is_recalled_only_in_an_article_that_names_their_country_or_body() {
    PeopleDirectory d = ministers();
    d.add("Kofi Mensah", new PeopleDirectory.Post("Kofi Mensah", "UNO", "IGO", null, null));
    ActorMemory none = ActorMemory.inMemory();
    // a Hungarian minister's name in an article about Hungary is the minister; in one that names no
    // Hungary it is someone else of that name
    assertThat(d.over(none, "2012-03-01", java.util.Set.of("HUN", "AUT")).recall("Ana Varga"))
        .isEqualTo(new Actor("Ana Varga", "HUN", "GOV"));
    assertThat(d.over(none, "2012-03-01", java.util.Set.of("USA")).recall("Ana Varga")).isNull();
    // an international body's official needs no country
    assertThat(d.over(none, "2012-03-01", java.util.Set.of()).recall("Kofi Mensah")).isEqualTo(new Actor("Kofi Mensah", "UNO", "IGO"));
  }
}
