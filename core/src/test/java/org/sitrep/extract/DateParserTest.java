package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-06-14T07:43:00-04:00 | 2024-06-14T07:43:00-04:00",
      "2024-06-14T11:43:00Z | 2024-06-14T11:43:00+00:00",
      "2024-06-14T11:43:00.123+0530 | 2024-06-14T11:43:00+05:30",
      "2024-06-14 | 2024-06-14",
      "2024-06-14 07:43:00 | 2024-06-14T07:43:00",
      "Friday 14 June 2024 07:43 EDT | 2024-06-14T07:43:00-04:00",
      "June 14, 2024 7:43 AM ET | 2024-06-14T07:43:00-04:00",
      "Jan. 5, 2025, 11:05 p.m. ET | 2025-01-05T23:05:00-05:00",
      "Updated: 14 June 2024, 12:43 BST | 2024-06-14T12:43:00+01:00",
      "05/03/2025 09:10 | 2025-03-05T09:10:00",
      "03/05/2025 09:10 EST | 2025-03-05T09:10:00-05:00",
      "14.06.2024 10:00 MESZ | 2024-06-14T10:00:00",
      "14 juin 2024 | 2024-06-14",
      "Tue, 19 Nov 2019 10:48:00 GMT | 2019-11-19T10:48:00+00:00",
      "PUBLISHED: 10:48, Tue, Nov 19, 2019 | 2019-11-19T10:48:00",
  })
  void reads_machine_and_human_dates(String text, String iso) {
    assertThat(DateParser.parse(text)).isNotNull().extracting(PublicationDate::iso).isEqualTo(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Comments", "may the best team win", "31/02/2024", "2024-13-45", "10:48"})
  void says_nothing_when_there_is_no_date(String text) {
    assertThat(DateParser.parse(text)).isNull();
  }
}
