package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The president announced the Phase 1 trade deal during a meeting in the Oval Office with Liu He, China's top trade negotiator. U.S. Ambassador to the European Union Gordon Sondland testified on Wednesday. Republican counsel Steve Castor asked Morrison about concerns.
      en | Nearly 150 Indians returned home after being deported from the US, officials in New Delhi said on Tuesday.
      de | Die Bundesregierung hat am Montag neue Sanktionen gegen Russland angekündigt, wie ein Sprecher in Berlin mitteilte.
      fr | Le ministre des Affaires étrangères a rencontré son homologue russe à Genève pour discuter du cessez-le-feu.
      es | El presidente de México se reunió el martes con el secretario de Estado estadounidense en la capital.
      en | Spain apologised to Morocco.
      en | Kenya deployed troops to Somalia.
      it | Il governo ha approvato la riforma delle pensioni per i lavoratori.
      pt | O governo aprovou a reforma da previdência para os trabalhadores.
      ru | Министр иностранных дел России заявил, что переговоры с Северной Кореей продолжатся в ближайшие недели.
      """)
  void names_do_not_pull_a_text_into_another_language(String expected, String text) {
    assertThat(LanguageIdentifier.identify(text)).isEqualTo(expected);
  }
}
