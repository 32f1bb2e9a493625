#!/usr/bin/env python3
"""Converts the PETRARCH-2 CAMEO dictionaries into Sitrep's lexicon formats.

Reads, from a checkout of openeventdata/petrarch2 (MIT licence), under petrarch2/data/dictionaries/:
  CAMEO.2.0.txt                      verb patterns with synonym sets
  Phoenix.agents.txt                 role words ("agents")
  Phoenix.Countries.actors.txt and
  Phoenix.International.actors.txt   named people and offices with the dates of their posts
and writes, under core/src/main/resources/org/sitrep/:
  coding/petrarch-verbs.tsv     patterns in the format of verbs.tsv
  coding/petrarch-synonyms.tsv  each block's verbs with the code each takes alone
  actors/petrarch-agents.tsv    role words in the format of roles.tsv
  actors/petrarch-people.tsv    name or alias, canonical name, country, role, from, to
each with a header naming the repository, commit, file checksums and licence. The files keep what the
dictionaries say; which of it Sitrep reads (VerbLexicon skips bare verb rows, rows of verbs verbs.tsv lists,
frame verbs) is the Java side's decision, measured in BENCHMARKS.md.

Run by hand through scripts/petrarch-data.sh; the build never reads the dictionaries themselves.

What is converted, and what is not (PETRARCH matches patterns on a constituency parse; Sitrep matches
a verb's lemma and the lemmas of its dependents on a dependency parse):
  - a verb of a block with a code of its own or of the block: "trigger<TAB>target slots<TAB>code";
  - a pattern after the verb ("- * AMBASSADOR [161]", "- * (OF TORTURE) [1122]", "- * {ARMS SHIPMENT}"):
    every word it names must be among the verb's dependents, "recall+ambassador";
  - a synonym set ("&CURRENCY") becomes the alternatives of one part;
  - "[---]" (the pattern is no event) is kept as code "---": a matching pattern stops the verb;
  - "[040:040]" (a paired act) codes the first code and is flagged symmetric.
Patterns with words before the verb (they constrain the subject), with "$" or "+" (explicit source or
target positions), and word stems that are not whole words cannot be expressed and are counted as
dropped in the header.
"""
import hashlib
import os
import re
import sys

DEFAULT_SLOTS = "any"  # verbs.tsv's shorthand: obj, then the common prepositions
# When the pattern names the verb's object, the actor is in a prepositional phrase.
OBJECT_NAMED_SLOTS = "prep"  # the common prepositions, then obj
PREPOSITIONS = {"to", "with", "against", "on", "at", "from", "over", "into", "for", "of", "in", "by", "about",
                "after", "before", "under", "between", "among", "toward", "towards", "through", "across", "as",
                "near", "off", "out", "up", "down", "back", "away"}
AGENT_ROLE_MAP = {"PPL": "CVL"}  # PETRARCH's "people" is CAMEO's civilians


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def word(w):
    """A dictionary word as Sitrep matches it: lower case, '_' joins words, a trailing '_' (exact form) dropped."""
    return w.strip().rstrip("_").replace("_", " ").lower()


def parse_sets(lines):
    sets, name = {}, None
    for line in lines:
        s = line.split("#")[0].rstrip()
        if s.startswith("&"):
            name = s.split()[0][1:].rstrip("_")
            sets[name] = []
        elif name and s.startswith("+"):
            w = word(s[1:].split()[0])
            if w:
                sets[name].append(w.split(" ")[-1])  # a set member is matched by its head word
        elif not s.strip():
            name = None
    return sets


def tokens(pattern):
    """Splits a pattern body into tokens, keeping {noun phrases} and (prepositional phrases) whole."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c.isspace():
            i += 1
        elif c in "{(":
            close = "}" if c == "{" else ")"
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] in "{(":
                    depth += 1
                elif pattern[j] in "})":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append(pattern[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < len(pattern) and not pattern[j].isspace():
                j += 1
            out.append(pattern[i:j])
            i = j
    return out


class Drop(Exception):
    pass


def parts_of(tok, sets, slots_first):
    """The parts (sets of alternative words) one pattern token requires."""
    if tok in ("^",):
        return []
    if tok in ("$", "+", "%"):
        raise Drop("explicit source or target")
    if tok.startswith("("):
        inner = tokens(tok[1:-1])
        if "^" in inner or "+" in inner:
            if inner and inner[0].lower() in PREPOSITIONS:
                slots_first.append(inner[0].lower())
            inner = [t for t in inner if t not in ("^", "+")]
        out = []
        for t in inner:
            out.extend(parts_of(t, sets, slots_first))
        return out
    if tok.startswith("{"):
        out = []
        for t in tok[1:-1].split():
            out.extend(parts_of(t, sets, slots_first))
        return out
    if tok.startswith("&"):
        name = tok[1:].rstrip("_")
        if name not in sets or not sets[name]:
            raise Drop("unknown set")
        return [sets[name]]
    if "/" in tok:
        return [[word(w) for w in tok.split("/")]]
    w = word(tok)
    if not re.fullmatch(r"[a-z][a-z'\- ]*", w):
        raise Drop("not a word")
    return [[w.split(" ")[-1]]]


def code_of(bracket):
    """'[112]' -> ('112', False); '[040:040]' -> ('040', True); '[---]' -> ('---', False); None if unusable."""
    b = bracket.strip("[]").strip()
    if b.startswith("---"):
        return "---", False
    first, _, second = b.partition(":")
    first = first.strip()
    if not re.fullmatch(r"\d{2,4}", first):
        return None
    return first, bool(second.strip())


def convert_verbs(path):
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    sets = parse_sets(lines[:start])
    rows, seen = [], set()
    synonyms = []  # (verb, block, code): the verbs of one block, with the code each takes alone
    dropped, patterns, verbs_read = {}, 0, 0
    block_code, block_verbs, block_patterns, block_name = None, [], [], None

    def emit(trigger, slots, code, flags):
        key = (trigger, code)
        if key in seen:
            return
        seen.add(key)
        rows.append((trigger, slots, code, flags))

    def flush():
        for verb, vcode in block_verbs:
            code = vcode or block_code
            if code and code[0] != "---" and block_name:
                synonyms.append((verb, block_name, code[0]))
            for pat_parts, slots, code, sym in block_patterns:
                parts = "+".join("|".join(dict.fromkeys(p)) for p in pat_parts)
                emit(verb + "+" + parts, slots, code, "sym" if sym else "")
            code = vcode or block_code
            if code and code[0] not in ("---",):
                emit(verb, DEFAULT_SLOTS, code[0], "sym" if code[1] else "")

    for raw in lines[start:]:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])\s+---", line)
        if m:
            flush()
            block_code, block_verbs, block_patterns = code_of(m.group(2)), [], []
            block_name = m.group(1)
            continue
        if line.startswith("-"):
            patterns += 1
            m = re.match(r"^-\s*(.*?)\s*(\[[^\]]*\])\s*$", line)
            if not m:
                dropped["no code"] = dropped.get("no code", 0) + 1
                continue
            body, code = m.group(1), code_of(m.group(2))
            if code is None:
                dropped["unusable code"] = dropped.get("unusable code", 0) + 1
                continue
            toks = tokens(body)
            if "*" not in toks:
                dropped["no verb position"] = dropped.get("no verb position", 0) + 1
                continue
            star = toks.index("*")
            if star > 0:
                dropped["words before the verb"] = dropped.get("words before the verb", 0) + 1
                continue
            try:
                slots_first, parts = [], []
                for t in toks[star + 1:]:
                    parts.extend(parts_of(t, sets, slots_first))
            except Drop as e:
                dropped[str(e)] = dropped.get(str(e), 0) + 1
                continue
            if not parts:
                dropped["no word after the verb"] = dropped.get("no word after the verb", 0) + 1
                continue
            slots = "|".join(dict.fromkeys(slots_first + OBJECT_NAMED_SLOTS.split("|")))
            block_patterns.append((parts, slots, code[0], code[1]))
            continue
        if line[0].isalpha() or line[0] == "+":
            verbs_read += 1
            v = line.strip().split()[0].lstrip("+")
            m = re.search(r"\[([^\]]*)\]", line.split("{")[0] + (line.split("}")[-1] if "}" in line else ""))
            vcode = code_of("[" + m.group(1) + "]") if m else None
            w = word(v)
            if not re.fullmatch(r"[a-z][a-z\- ]*", w):
                dropped["verb not a word"] = dropped.get("verb not a word", 0) + 1
                continue
            trigger = "+".join(w.split(" "))  # "ask_for" -> ask+for: the particle is a dependent
            block_verbs.append((trigger, vcode))
    flush()
    return rows, {"patterns": patterns, "verbs": verbs_read, "dropped": dropped, "synonyms": synonyms}


def convert_agents(path):
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    subst = {}
    rows, seen, skipped = [], set(), 0
    for raw in lines:
        line = raw.split("#")[0].strip()
        if not line:
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.*)$", line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(\S+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            skipped += 1
            continue
        phrase, code = m.group(1), m.group(3)
        role = AGENT_ROLE_MAP.get(code[:3], code[:3])
        forms = [phrase]
        for k, vs in subst.items():
            if k in phrase:
                forms = [f.replace(k, v) for f in forms for v in vs]
        for f in forms:
            w = word(f)
            if not re.fullmatch(r"[a-z][a-z\-' ]*", w) or w in seen:
                continue
            if w.split(" ")[-1] in PREPOSITIONS or w.split(" ")[0] in ("the", "a", "an"):
                skipped += 1  # "ambassador to": PETRARCH's phrase continues into the posting, Sitrep reads it apart
                continue
            seen.add(w)
            rows.append((w, role))
    return rows, skipped


def parse_date(d):
    """PETRARCH's YYMMDD or YYYYMMDD as an ISO date, or None."""
    d = d.strip()
    if re.fullmatch(r"\d{8}", d):
        return "%s-%s-%s" % (d[:4], d[4:6], d[6:])
    if re.fullmatch(r"\d{6}", d):
        yy = int(d[:2])
        return "%d-%s-%s" % (1900 + yy if yy >= 30 else 2000 + yy, d[2:4], d[4:])
    return None


def person_name(raw):
    words = [w for w in raw.strip().rstrip("_").split("_") if w]
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words)


def convert_people(paths, role_codes):
    """Named people and offices with their codes and the dates they held them: (key, name, country, role, from, to).
    role_codes: the agent codes' roles; after IGO/NGO/MNC/NGM such a code is a sector ("MNCMED", a media company of
    no stated country), not a country: the row is left out, or for an IGO kept as country IGO with the sector as role
    ("IGOJUD", the International Criminal Court). Returns rows, bad dates, sector-only codes left out."""
    rows, skipped, sectors = [], 0, [0]
    for path in paths:
        entry, aliases, codes = None, [], []

        def flush():
            if entry is None:
                return
            canonical = person_name(entry)
            # "Secretary-General Ban Ki-Moon" with the alias "Ban Ki-Moon": the name without the title
            suffixes = [a for a in aliases if " " in a and canonical.endswith(" " + a)]
            if suffixes:
                canonical = min(suffixes, key=len)
            for code, lo, hi in codes:
                if len(code) < 6:
                    continue  # a country or a group without a role: not a person
                if code[:3] in ("IGO", "NGO", "MNC", "NGM"):
                    if code[3:6] in role_codes and code[:3] == "IGO":
                        country, role = "IGO", code[3:6]  # "IGOJUD", the ICC: an international court of no one state
                    elif code[3:6] in role_codes:
                        sectors[0] += 1
                        continue
                    else:
                        country, role = code[3:6], code[:3]
                else:
                    country, role = code[:3], code[3:6]
                for key in [canonical] + aliases:
                    rows.append((key, canonical, country, role, lo or "", hi or ""))

        for raw in open(path, encoding="utf-8", errors="replace"):
            line = raw.split("#")[0].rstrip()
            if not line.strip():
                continue
            if line[0].isspace() or line.lstrip().startswith("["):
                for m in re.finditer(r"\[([A-Z]+)\s*([^\]]*)\]", line):
                    lo = hi = None
                    span = m.group(2).strip()
                    ok = True
                    if span.startswith(">"):
                        lo = parse_date(span[1:]); ok = lo is not None
                    elif span.startswith("<"):
                        hi = parse_date(span[1:]); ok = hi is not None
                    elif "-" in span:
                        a, b = span.split("-", 1)
                        lo, hi = parse_date(a), parse_date(b); ok = lo is not None and hi is not None
                    elif span:
                        ok = False
                    if ok:
                        codes.append((m.group(1), lo, hi))
                    else:
                        skipped += 1
                continue
            if line.startswith("+"):
                aliases.append(person_name(line[1:].split()[0]))
                continue
            flush()
            head = line.split()[0]
            entry, aliases, codes = head, [], []
            m = re.search(r"\[([A-Z]+)\]", line)
            if m:
                codes.append((m.group(1), None, None))
        flush()
    return list(dict.fromkeys(rows)), skipped, sectors[0]


def write(root, relpath, about, source, inputs, notes, rows):
    """Writes one generated file: what it is, where it comes from (repository, commit, file checksums), notes, rows."""
    out = os.path.join(root, "core/src/main/resources/org/sitrep", relpath)
    with open(out, "w", encoding="utf-8") as f:
        for line in about:
            f.write("# " + line + "\n")
        f.write("# source: " + source + "\n")
        for pth in inputs:
            f.write("# file: petrarch2/data/dictionaries/%s sha256 %s\n" % (os.path.basename(pth), sha256(pth)))
        for line in notes:
            f.write("# " + line + "\n")
        for r in rows:
            f.write(r + "\n")
    print("wrote %s: %d rows" % (out, len(rows)))


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: petrarch-data.py PETRARCH2_CHECKOUT COMMIT SITREP_ROOT [CAMEO_CODES_TSV]")
    repo, commit, root = sys.argv[1:4]
    known = None
    if len(sys.argv) == 5:  # a table whose first column is the CAMEO code: rows with other codes are dropped
        known = {l.split("\t")[0].strip() for l in open(sys.argv[4], encoding="utf-8") if l[:1].isdigit()}
    d = os.path.join(repo, "petrarch2", "data", "dictionaries")
    verbs_path, agents_path = os.path.join(d, "CAMEO.2.0.txt"), os.path.join(d, "Phoenix.agents.txt")
    source = "github.com/openeventdata/petrarch2 at commit " + commit + ", MIT licence (Open Event Data Alliance)"

    rows, stats = convert_verbs(verbs_path)
    if known is not None:
        bad = [r for r in rows if r[2] != "---" and r[2] not in known]
        rows = [r for r in rows if r[2] == "---" or r[2] in known]
        stats["dropped"]["code not in the CAMEO codebook (%s)" % ",".join(sorted({r[2] for r in bad}))] = len(bad)
    write(root, "coding/petrarch-verbs.tsv",
          ["Verb patterns converted from the PETRARCH-2 CAMEO verb dictionary by scripts/petrarch-data.py;",
           "do not edit by hand (hand-written patterns go in verbs.tsv, which is read first)."],
          source, [verbs_path],
          ["read: %d verbs, %d patterns; dropped: %s" % (stats["verbs"], stats["patterns"],
                                                         ", ".join("%s %d" % kv for kv in sorted(stats["dropped"].items()))),
           "format: as verbs.tsv; code --- means the words make the verb no event"],
          ["\t".join(r).rstrip("\t") for r in rows])

    write(root, "coding/petrarch-synonyms.tsv",
          ["The verbs of each PETRARCH-2 CAMEO.2.0.txt block (its synonym set, mostly from WordNet) with the",
           "code each takes on its own; converted by scripts/petrarch-data.py, do not edit by hand."],
          source, [verbs_path], ["verb<TAB>block<TAB>code"],
          ["%s\t%s\t%s" % (v, b, c) for v, b, c in stats["synonyms"] if known is None or c in known])

    agents, skipped = convert_agents(agents_path)
    role_codes = {role for _, role in agents} | set(AGENT_ROLE_MAP)
    people_paths = [os.path.join(d, f) for f in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")]
    people, bad_dates, sector_only = convert_people(people_paths, role_codes)
    write(root, "actors/petrarch-people.tsv",
          ["Named people (and offices) with the country, role and dates of each post they held, converted from the",
           "PETRARCH-2 actor dictionaries by scripts/petrarch-data.py; do not edit by hand (people.tsv, read first, wins)."],
          source, people_paths,
          ["%d rows; %d codes with an unreadable date left out; an IGO code gives the group as country (IGOUNO -> UNO IGO);"
           % (len(people), bad_dates),
           "%d codes naming a sector where the country goes (MNCMED: a media company, country not given) left out;"
           % sector_only, "an IGO code with a sector is country IGO with the sector as role (IGOJUD -> IGO JUD)",
           "name or alias<TAB>canonical name<TAB>country<TAB>role<TAB>from (ISO date or empty)<TAB>to"],
          ["\t".join(r) for r in people])

    write(root, "actors/petrarch-agents.tsv",
          ["Role words converted from the PETRARCH-2 agents dictionary by scripts/petrarch-data.py;",
           "do not edit by hand (hand-written role words go in roles.tsv, which wins)."],
          source, [agents_path],
          ["%d entries, %d lines not read; the role is the agent code's first three letters (PPL -> CVL)"
           % (len(agents), skipped), "words (lower case)<TAB>role<TAB>kind"],
          ["%s\t%s\tgroup" % (w, role) for w, role in agents])


if __name__ == "__main__":
    main()
