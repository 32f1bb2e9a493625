#!/usr/bin/env python3
"""Builds Sitrep's CAMEO codebook table (coding/cameo-codes.tsv) from public sources.

Reads (each from a git object of a public repository, named with its commit in the output header):
  GDELT CAMEO.goldsteinscale.txt     code -> Goldstein score (a copy of
                                     https://www.gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt in
                                     mpiccirilli/UNDP-BCPR-Project)
  CAMEO manual v1.1b3, chapter 6     code -> official name (Schrodt 2012, read as the Markdown conversion in
                                     RBozydar/py-gdelt: gdelt_docs/cameo_docs/chapter_6_cameo_event_codes.md)
  PLOVER CAMEO2PLOVER-2021.txt       code -> PLOVER category (openeventdata/PLOVER)
and writes core/src/main/resources/org/sitrep/coding/cameo-codes.tsv:
  code<TAB>name<TAB>goldstein<TAB>quad_class<TAB>plover
Every code of the manual's chapter 6 is listed; goldstein is empty for the five codes CAMEO 1.1b3 added that
GDELT never scored. quad_class is the rule GDELT applies (roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3,
15-20 -> 4). plover is the category of the code, else of its three-digit parent; a root code takes the category
of its section when it heads one (08 heads two, CONCEDE and RETREAT, and stays empty); empty when PLOVER
drops the code (roots 01 and 02) or does not list it (155 and 176, added by CAMEO 1.1b3).

Repairs of the Markdown conversion's artefacts (the only edits; counted in the header):
  "Threate n" -> "Threaten"; the code printed "1883" before 1831 is 183; a name wrapped over several lines
  is joined with single spaces.

Run by hand through scripts/cameo-data.sh; the build never reads the sources themselves.
"""
import hashlib
import re
import sys

CODE_LINE = re.compile(r"^(?:[-#]+\s*)?(\d{2,4}):\s*(.*)$")


def sha256(data):
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def quad_class(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def manual_names(text):
    names, order, last, repairs = {}, [], None, 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = CODE_LINE.match(line)
        if m:
            code, name = m.group(1), m.group(2).strip()
            if code == "1883" and "183" not in names:
                code, repairs = "183", repairs + 1
            if "Threate n" in name:
                name, repairs = name.replace("Threate n", "Threaten"), repairs + 1
            names[code] = name
            order.append(code)
            last = code
        elif last is not None and not line.startswith("#"):
            names[last] = (names[last] + " " + line.lstrip("- ")).strip()
            repairs += 1
    return names, order, repairs


def goldstein(text):
    out = {}
    for line in text.splitlines()[1:]:
        f = line.strip().split("\t")
        if len(f) == 2 and f[0].isdigit():
            out[f[0]] = f[1].strip()
    return out


def plover(text):
    out = {}
    for line in text.splitlines():
        s = line.split("#")[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z_]+)", s)
        if m:
            code, category = m.group(1), m.group(2)
            # a root heads its section; a root that heads two sections (08) has no single category
            out[code] = "" if len(code) == 2 and out.get(code, category) != category else category
    return out


def plover_of(code, table):
    """The code's own category, else its three-digit parent's; codes the table does not list stay unmapped."""
    for key in (code, code[:3]):
        if key in table:
            return table[key]
    return ""


def main(argv):
    if len(argv) != 5:
        sys.exit("usage: cameo-data.py MANIFEST GOLDSTEIN_FILE MANUAL_FILE PLOVER_FILE (see cameo-data.sh)")
    manifest = [l.rstrip("\n").split("\t") for l in open(argv[1], encoding="utf-8") if l.strip()]
    texts = [open(p, encoding="utf-8", errors="replace").read() for p in argv[2:5]]
    scores, (names, order, repairs), categories = goldstein(texts[0]), manual_names(texts[1]), plover(texts[2])
    missing = [c for c in scores if c not in names]
    if missing:
        sys.exit("codes with a Goldstein score but no name in the manual: " + ", ".join(missing))
    rows = []
    for code in order:
        rows.append("\t".join([code, names[code], scores.get(code, ""), str(quad_class(code)),
                               plover_of(code, categories)]))
    print("# The CAMEO event codes with their names, Goldstein scores, QuadClass and PLOVER categories;")
    print("# built by scripts/cameo-data.py, do not edit by hand.")
    for repo, commit, path, licence, text in [m + [t] for m, t in zip(manifest, texts)]:
        print(f"# source: github.com/{repo} at commit {commit}, file {path} sha256 {sha256(text)}; {licence}")
    print(f"# {len(rows)} codes ({sum(1 for r in rows if r.split(chr(9))[2] == '')} without a Goldstein score);"
          f" {repairs} repairs of the manual's Markdown conversion (see the script)")
    print("# code\tname\tgoldstein\tquad_class\tplover")
    for r in rows:
        print(r)


if __name__ == "__main__":
    main(sys.argv)
