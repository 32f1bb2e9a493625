package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Temporal expressions against a publication date of Friday 14 June 2024. */
class TimeNormalizerTest {
  private static final String FRIDAY = "2024-06-14T07:43:00-04:00";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "He arrived on Monday.|2024-06-10",
      "They met on Friday.|2024-06-14",
      "He will travel on Monday.|2024-06-17",
      "They met last September.|2023-09",
      "The talks were held in March.|2024-03",
      "The summit will take place in September.|2024-09",
      "The visit is planned for next month.|2024-07",
      "It happened last week.|2024-06-03/2024-06-09",
      "He will visit in the coming weeks.|2024-06-14/2024-07-12",
      "Over the past two days, shelling continued.|2024-06-12/2024-06-14",
      "The ministry said yesterday.|2024-06-13",
      "Earlier this year, tensions rose.|2024-01-01/2024-06-14",
      "They signed it on 3 February 2022.|2022-02-03",
      "They signed it on February 3, 2022.|2022-02-03",
      "Elections were held in 2019.|2019",
      "The deal collapsed in November 2023.|2023-11",
      "He was released on June 2.|2024-06-02",
      "Three weeks ago, the port was shelled.|2024-05-20/2024-05-26",
  })
  void normalisesAgainstThePublicationDate(String sentence, String expected) {
    assertThat(TimeNormalizer.normalise(sentence, FRIDAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"He may visit soon.", "Prices rose by 2,019 points.", "Nothing here."})
  void leavesNonDatesAlone(String sentence) {
    assertThat(TimeNormalizer.normalise(sentence, FRIDAY)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"They met on Monday.", "last September"})
  void relativeDatesNeedAnAnchor(String sentence) {
    assertThat(TimeNormalizer.normalise(sentence, null)).isNull();
  }
}
