package org.sitrep.coding;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * What the helpers of one sentence share: its {@link DependencyTree} and its resolved actors, with the
 * tree's questions at hand.
 */
abstract class SentenceParts {
  final DependencyTree tree;
  final Sentence s;
  final List<Token> toks;
  final List<List<Integer>> children;
  final ResolvedActors actors;

  SentenceParts(DependencyTree tree, ResolvedActors actors) {
    this.tree = tree;
    this.s = tree.s;
    this.toks = tree.toks;
    this.children = tree.children;
    this.actors = actors;
  }

  final String rel(Token t) {
    return tree.rel(t);
  }

  final boolean hasChild(Token v, String relation) {
    return tree.hasChild(v, relation);
  }

  final boolean hasMark(Token v, String... marks) {
    return tree.hasMark(v, marks);
  }

  final boolean hasCase(int node, String prep) {
    return tree.hasCase(node, prep);
  }

  final @Nullable Token gerundHost(Token v) {
    return tree.gerundHost(v);
  }
}
