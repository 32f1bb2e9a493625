package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchSyntaxTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "putin AND \"north korea\" | \"putin\" AND \"north korea\"",
      "north korea | \"north\" \"korea\"",
      "U.S. | \"U.S.\"",
      "C++ | \"C++\"",
      "AND | \"AND\"",
      "NOT tariffs | \"NOT\" \"tariffs\"",
      "tariffs OR | \"tariffs\"",
      "a AND OR b | \"a\" \"AND\" OR \"b\"",
      "\"hong kong | \"hong kong\"",
      "sanction* | sanction*",
      "(china OR russia) | \"china\" OR \"russia\"",
      "say \"no\"\" | \"say\" \"no\"",
  })
  void typed_text_becomes_a_valid_query(String typed, String fts) {
    assertThat(SearchSyntax.toFts(typed)).isEqualTo(fts);
  }
}
