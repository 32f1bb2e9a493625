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
  void aConjunctionLeftHangingOnTheVerbJoinsItsNounToTheObject() {
    // "Syria's foreign minister accused Turkey and the US of supporting terrorists ." as parsed: "and" and "US"
    // left as loose dependents
    Tree t = Tree.of("Syria 's foreign minister accused Turkey and the US of supporting terrorists .",
        "NNP POS JJ NN VBN NNP CC DT NNP IN VBG NNS .",
        new int[] {3, 0, 3, 4, -1, 4, 4, 8, 6, 11, 11, 8, 4},
        "nmod:poss case amod nsubj root obj dep det dep case amod nmod punct").repaired();
    assertThat(t.heads()[8]).as("the US, a conjunct of Turkey").isEqualTo(5);
    assertThat(t.relations()[8]).isEqualTo("conj");
    assertThat(t.heads()[6]).isEqualTo(8);
    assertThat(t.relations()[6]).isEqualTo("cc");
    // "Cuba's foreign minister accused Colombia and the US of backing the rebels ."
    Tree u = Tree.of("Cuba 's foreign minister accused Colombia and the US of backing the rebels .",
        "NNP POS JJ NN VBN NNP CC DT NNP IN VBG DT NNS .",
        new int[] {3, 0, 3, 4, -1, 4, 4, 8, 6, 10, 8, 12, 10, 4},
        "nmod:poss case amod nsubj root obj dep det dep case acl det obj punct").repaired();
    assertThat(u.heads()[8]).isEqualTo(5);
    assertThat(u.relations()[8]).isEqualTo("conj");
    assertThat(u.heads()[10]).as("what hung on the noun stays on it").isEqualTo(8);
  }

  @Test
  void theOneCalledOnIsTheVerbsObliqueAndTheInfinitiveItsComplement() {
    // "The Peruvian ombudsman called on the government to withdraw troops from the highway ." as parsed: "on" the
    // infinitive's marker, "the government" its subject, the infinitive an adverbial clause
    Tree t = Tree.of("The Peruvian ombudsman called on the government to withdraw troops from the highway .",
        "DT JJ NN VBN IN DT NN TO VB NNS IN DT NN .",
        new int[] {2, 2, 3, -1, 8, 6, 8, 8, 3, 8, 12, 12, 8, 3},
        "det amod nsubj root mark det nsubj mark advcl obj case det obl punct").repaired();
    assertThat(t.heads()[6]).as("the government hangs on 'called'").isEqualTo(3);
    assertThat(t.relations()[6]).isEqualTo("obl");
    assertThat(t.heads()[4]).isEqualTo(6);
    assertThat(t.relations()[4]).isEqualTo("case");
    assertThat(t.relations()[8]).isEqualTo("xcomp");
    assertThat(t.heads()[9]).as("the infinitive keeps its object").isEqualTo(8);
    // "The Chilean bishops called on the government to end the curfew ."
    Tree u = Tree.of("The Chilean bishops called on the government to end the curfew .",
        "DT JJ NNS VBN IN DT NN TO VB DT NN .",
        new int[] {2, 2, 3, -1, 8, 6, 8, 8, 3, 10, 8, 3},
        "det amod nsubj root mark det nsubj mark advcl det obj punct").repaired();
    assertThat(u.heads()[6]).isEqualTo(3);
    assertThat(u.relations()[8]).isEqualTo("xcomp");
    // "The Kenyan opposition appealed to the government to free the detained journalists ." — "to" the same way
    Tree v = Tree.of("The Kenyan opposition appealed to the government to free the detained journalists .",
        "DT JJ NN VBD IN DT NN TO VB DT VBN NNS .",
        new int[] {2, 2, 3, -1, 8, 6, 8, 8, 3, 11, 11, 8, 3},
        "det amod nsubj root mark det nsubj mark advcl det amod obj punct").repaired();
    assertThat(v.heads()[6]).isEqualTo(3);
    assertThat(v.relations()[6]).isEqualTo("obl");
    assertThat(v.relations()[8]).isEqualTo("xcomp");
  }

  @Test
  void aNounBeforeAParticipleIsTheVerbsObjectAndTheParticipleARelativeClause() {
    // "Iran freed a French tourist arrested in 2022 ." as parsed: "tourist" the subject of "arrested", which hangs
    // loose on "freed", left with no object
    Tree t = Tree.of("Iran freed a French tourist arrested in 2022 .", "NNP VBD DT JJ NN VBN IN CD .",
        new int[] {1, -1, 4, 4, 5, 1, 7, 5, 1}, "nsubj root det amod nsubj dep case obl punct").repaired();
    assertThat(t.heads()[4]).isEqualTo(1);
    assertThat(t.relations()[4]).isEqualTo("obj");
    assertThat(t.heads()[5]).isEqualTo(4);
    assertThat(t.relations()[5]).isEqualTo("acl");
    // "The rebels released the soldiers captured in May ."
    Tree u = Tree.of("The rebels released the soldiers captured in May .", "DT NNS VBD DT NNS VBN IN NNP .",
        new int[] {1, 2, -1, 4, 5, 2, 7, 5, 2}, "det nsubj root det nsubj dep case obl punct").repaired();
    assertThat(u.heads()[4]).isEqualTo(2);
    assertThat(u.relations()[4]).isEqualTo("obj");
    assertThat(u.relations()[5]).isEqualTo("acl");
  }

  @Test
  void aVerbWithAnObjectKeepsItsLooseParticiple() {
    // a tree made by hand: the verb has its object, so the participle's subject is not taken for another one
    Tree given = Tree.of("They told reporters the men freed yesterday .", "PRP VBD NNS DT NNS VBN NN .",
        new int[] {1, -1, 1, 4, 5, 1, 5, 1}, "nsubj root obj det nsubj dep obl:tmod punct");
    assertThat(given.repaired().heads()).isEqualTo(given.heads());
  }

  @Test
  void forItsSubjectToGoIsLeftAlone() {
    // a tree made by hand: "waited for the army to leave", "for" marking the infinitive's own subject, is right
    Tree given = Tree.of("They waited for the army to leave .", "PRP VBD IN DT NN TO VB .",
        new int[] {1, -1, 6, 4, 6, 6, 1, 1}, "nsubj root mark det nsubj mark advcl punct");
    assertThat(given.repaired().heads()).isEqualTo(given.heads());
  }

  @Test
  void aLooseConjunctionWithNoNounBeforeItIsLeftAlone() {
    // a tree made by hand: no noun of the verb before the conjunction, nothing to join the second noun to
    Tree given = Tree.of("They left and the US stayed .", "PRP VBD CC DT NNP VBD .",
        new int[] {1, -1, 1, 4, 2, 1, 1}, "nsubj root dep det dep conj punct");
    assertThat(given.repaired().heads()).isEqualTo(given.heads());
  }

  @Test
  void aGerundThatIsRightlyASubjectIsLeftAlone() {
    // a tree made by hand: "He said that resigning to avoid trial was wrong ." — the gerund after "that" is the
    // subject of "wrong", whose clause has no "to" of its own: no infinitive for the gerund to govern
    Tree given = Tree.of("He said that resigning to avoid trial was wrong .", "PRP VBD IN VBG TO VB NN VBD JJ .",
        new int[] {1, -1, 8, 8, 5, 3, 5, 8, 1, 1}, "nsubj root mark nsubj mark advcl obj cop ccomp punct");
    Tree t = given.repaired();
    assertThat(t.heads()).isEqualTo(given.heads());
    assertThat(Arrays.asList(t.relations())).isEqualTo(Arrays.asList(given.relations()));
    // and a right parse of the preposition and gerund stays as it is
    Tree right = Tree.of("He admitted to trying to smuggle guns .", "PRP VBD IN VBG TO VB NNS .",
        new int[] {1, -1, 3, 1, 5, 3, 5, 1}, "nsubj root mark advcl mark xcomp obj punct");
    assertThat(right.repaired().heads()).isEqualTo(right.heads());
  }
}
