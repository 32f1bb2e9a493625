package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ParseRepairs}: each repair on trees the parser gave (copied here by hand), and right trees left alone. */
class ParseRepairsTest {

  /** Words, tags, heads and relations of one sentence, as the parser gave them. */
  private record Tree(List<String> words, List<String> tags, int[] heads, String[] relations) {
    static Tree of(String words, String tags, int[] heads, String relations) {
      return new Tree(List.of(words.split(" ")), List.of(tags.split(" ")), heads, relations.split(" "));
    }

    Tree repaired() {
      int[] h = heads.clone();
      String[] r = relations.clone();
      ParseRepairs.repair(words, tags, h, r);
      return new Tree(words, tags, h, r);
    }
  }

  @Test
  void aGerundAfterAPrepositionIsTheClauseNotTheSubjectOfTheInfinitive() {
    // "An Ohio man pleaded guilty on Monday to threatening to bomb a mosque ." as parsed: "threatening" the
    // subject of "bomb", the first "to" its marker
    Tree t = Tree.of("An Ohio man pleaded guilty on Monday to threatening to bomb a mosque .",
        "DT NNP NN VBD JJ IN NNP IN VBG TO VB DT NN .",
        new int[] {2, 2, 3, -1, 3, 6, 3, 10, 10, 10, 3, 12, 10, 3},
        "det compound nsubj root xcomp case obl mark nsubj mark advcl det obj punct").repaired();
    assertThat(t.heads()[8]).as("the gerund hangs where the infinitive hung").isEqualTo(3);
    assertThat(t.relations()[8]).isEqualTo("advcl");
    assertThat(t.heads()[7]).as("its preposition").isEqualTo(8);
    assertThat(t.heads()[10]).as("the infinitive is the gerund's complement").isEqualTo(8);
    assertThat(t.relations()[10]).isEqualTo("xcomp");
    assertThat(t.heads()[12]).as("the object stays the infinitive's").isEqualTo(10);
  }

  @Test
  void theSameOnAPassiveWithForAndAParticle() {
    // "A Kenyan activist was jailed on Tuesday for threatening to burn down a factory ."
    Tree t = Tree.of("A Kenyan activist was jailed on Tuesday for threatening to burn down a factory .",
        "DT JJ NN VBD VBN IN NNP IN VBG TO VB RP DT NN .",
        new int[] {2, 2, 4, 4, -1, 6, 4, 10, 10, 10, 4, 10, 13, 10, 4},
        "det amod nsubj:pass aux:pass root case obl mark nsubj mark advcl compound:prt det obj punct").repaired();
    assertThat(t.heads()[8]).isEqualTo(4);
    assertThat(t.relations()[8]).isEqualTo("advcl");
    assertThat(t.heads()[10]).isEqualTo(8);
    assertThat(t.relations()[10]).isEqualTo("xcomp");
  }

  @Test
  void aGerundSubjectThatNoPrepositionOpensIsLeftAlone() {
    // "Refusing to testify would hurt him ." as parsed: the gerund, a subject, has no preposition before it
    Tree given = Tree.of("Refusing to testify would hurt him .", "VBG TO VB MD VB PRP .",
        new int[] {4, 2, 0, 4, -1, 4, 4}, "nsubj mark xcomp aux root obj punct");
    Tree t = given.repaired();
    assertThat(t.heads()).isEqualTo(given.heads());
    assertThat(Arrays.asList(t.relations())).isEqualTo(Arrays.asList(given.relations()));
    // and a right parse of the preposition and gerund stays as it is
    Tree right = Tree.of("He admitted to trying to smuggle guns .", "PRP VBD IN VBG TO VB NNS .",
        new int[] {1, -1, 3, 1, 5, 3, 5, 1}, "nsubj root mark advcl mark xcomp obj punct");
    assertThat(right.repaired().heads()).isEqualTo(right.heads());
  }
}
