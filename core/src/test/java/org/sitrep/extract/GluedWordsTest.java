package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedWordsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Russian newspaperVedomosti reported | Russian newspaper Vedomosti reported",
      "to be logged inPlease refresh | to be logged in Please refresh",
      "the minister said.The talks | the minister said. The talks",
      "a McDonald restaurant | a McDonald restaurant",
      "an iPhone and an eBay seller | an iPhone and an eBay seller",
      "on YouTube and WhatsApp | on YouTube and WhatsApp",
      "Governor DeSantis said | Governor DeSantis said",
      "astrophysicist Neil deGrasse Tyson | astrophysicist Neil deGrasse Tyson",
      "runs macOS and iOS | runs macOS and iOS",
      "see https://example.com/newsFeed.Html now | see https://example.com/newsFeed.Html now",
  })
  void repairs_glue_and_leaves_deliberate_capitals(String in, String expected) {
    assertThat(GluedWords.repair(in)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "worked as a nurse.Officers arrived later | worked as a nurse. Officers arrived later",
      "the talks ended?Nobody knows | the talks ended? Nobody knows",
      "Russian newspaperVedomosti reported | Russian newspaperVedomosti reported",
      "visit www.example.Org today | visit www.example.Org today",
      "the U.S. Army said | the U.S. Army said",
  })
  void html_paragraphs_get_their_sentences_apart_and_keep_their_words(String in, String expected) {
    assertThat(GluedWords.sentences(in)).isEqualTo(expected);
  }
}
