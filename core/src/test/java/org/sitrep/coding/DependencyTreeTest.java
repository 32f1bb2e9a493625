package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** The tree's questions on sentences parsed by hand (no models loaded). */
class DependencyTreeTest {

  /** Tokens as "word/lemma/TAG/head/relation", heads by index, -1 for the root. */
  private static DependencyTree tree(String... specs) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < specs.length; i++) {
      String[] f = specs[i].split("/");
      if (text.length() > 0) text.append(' ');
      int begin = text.length();
      text.append(f[0]);
      toks.add(new Token(i, f[0], f[1], f[2], "O", begin, text.length(), Integer.parseInt(f[3]), f[4]));
    }
    return new DependencyTree(new Sentence(0, 0, text.length(), text.toString(), toks, true));
  }

  @Test
  void children_relations_and_prepositions() {
    // Ghana recalled its envoy from Togo
    DependencyTree t = tree("Ghana/Ghana/NNP/1/nsubj", "recalled/recall/VBD/-1/root", "its/its/PRP$/3/nmod:poss",
        "envoy/envoy/NN/1/obj", "from/from/IN/5/case", "Togo/Togo/NNP/1/obl");
    assertThat(t.children(1)).containsExactly(0, 3, 5);
    assertThat(t.isPredicate(t.toks.get(1))).isTrue();
    assertThat(t.hasChild(t.toks.get(1), "obj")).isTrue();
    assertThat(t.hasChild(t.toks.get(1), "iobj")).isFalse();
    assertThat(t.hasCase(5, "from")).isTrue();
    assertThat(t.hasCase(5, "to")).isFalse();
    assertThat(DependencyTree.lemma(t.toks.get(1))).isEqualTo("recall");
    assertThat(t.tokenAt(t.toks.get(3).begin() + 1)).isEqualTo(3);
  }

  @Test
  void the_complement_of_a_refusal_read_as_an_adverbial_clause_is_its_complement() {
    // Oslo declined to extradite him, "to" taken for a preposition
    DependencyTree t = tree("Oslo/Oslo/NNP/1/nsubj", "declined/decline/VBD/-1/root", "to/to/IN/3/mark",
        "extradite/extradite/VB/1/advcl", "him/he/PRP/3/obj");
    assertThat(t.rel(t.toks.get(3))).isEqualTo("xcomp");
    assertThat(t.negated(t.toks.get(3))).isTrue();
    // a purpose clause of another verb stays one: Oslo sent envoys to negotiate
    DependencyTree u = tree("Oslo/Oslo/NNP/1/nsubj", "sent/send/VBD/-1/root", "envoys/envoy/NNS/1/obj",
        "to/to/IN/4/mark", "negotiate/negotiate/VB/1/advcl");
    assertThat(u.rel(u.toks.get(4))).isEqualTo("advcl");
  }

  @Test
  void a_gerund_read_as_the_noun_of_a_prepositional_phrase_is_known_as_one() {
    // he was charged with threatening to kill her
    DependencyTree t = tree("he/he/PRP/2/nsubj:pass", "was/be/VBD/2/aux:pass", "charged/charge/VBN/-1/root",
        "with/with/IN/4/case", "threatening/threaten/VBG/2/obl", "to/to/TO/6/mark", "kill/kill/VB/4/xcomp", "her/she/PRP/6/obj");
    assertThat(t.isPrepositionalGerund(t.toks.get(4))).isTrue();
    assertThat(t.isPrepositionalGerund(t.toks.get(6))).isFalse();
    // he was charged on Tuesday: a noun, not a gerund
    DependencyTree u = tree("he/he/PRP/2/nsubj:pass", "was/be/VBD/2/aux:pass", "charged/charge/VBN/-1/root",
        "on/on/IN/4/case", "Tuesday/Tuesday/NNP/2/obl");
    assertThat(u.isPrepositionalGerund(u.toks.get(4))).isFalse();
  }

  @Test
  void a_particle_is_told_from_a_preposition() {
    // Chile called on Peru to act; Chile called at noon
    DependencyTree t = tree("Chile/Chile/NNP/1/nsubj", "called/call/VBD/-1/root", "on/on/IN/1/compound:prt",
        "Peru/Peru/NNP/1/obj", "to/to/TO/5/mark", "act/act/VB/1/xcomp");
    assertThat(t.hasParticle(t.toks.get(1), "on")).isTrue();
    assertThat(t.hasParticle(t.toks.get(1), "off")).isFalse();
    DependencyTree u = tree("Chile/Chile/NNP/1/nsubj", "called/call/VBD/-1/root", "at/at/IN/3/case", "noon/noon/NN/1/obl");
    assertThat(u.hasParticle(u.toks.get(1), "at")).isFalse();
  }

  @Test
  void a_negated_act_and_an_act_under_a_negated_noun() {
    // Chile did not expel the diplomats
    DependencyTree t = tree("Chile/Chile/NNP/3/nsubj", "did/do/VBD/3/aux", "not/not/RB/3/advmod",
        "expel/expel/VB/-1/root", "the/the/DT/5/det", "diplomats/diplomat/NNS/3/obj");
    assertThat(t.negated(t.toks.get(3))).isTrue();
    // there is no evidence that Peru attacked
    DependencyTree u = tree("there/there/EX/1/expl", "is/be/VBZ/-1/root", "no/no/DT/3/det", "evidence/evidence/NN/1/nsubj",
        "that/that/IN/6/mark", "Peru/Peru/NNP/6/nsubj", "attacked/attack/VBD/3/acl");
    assertThat(u.negated(u.toks.get(6))).isTrue();
    // Peru attacked
    DependencyTree v = tree("Peru/Peru/NNP/1/nsubj", "attacked/attack/VBD/-1/root");
    assertThat(v.negated(v.toks.get(1))).isFalse();
  }

  @Test
  void a_score_makes_a_sentence_a_contest() {
    assertThat(tree("Spain/Spain/NNP/1/nsubj", "beat/beat/VBD/-1/root", "Italy/Italy/NNP/1/obj", "2-1/2-1/CD/1/obl")
        .isContest()).isTrue();
    assertThat(tree("Spain/Spain/NNP/1/nsubj", "beat/beat/VBD/-1/root", "protesters/protester/NNS/1/obj").isContest()).isFalse();
  }
}
