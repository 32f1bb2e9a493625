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
}
