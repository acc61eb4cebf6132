"""`factsheet update` against msgmerge on random catalogues: contexts, plurals, format and fuzzy
flags, obsolete entries, comments, locations, escapes and long lines, a template with messages
dropped, reworded and rewritten, and one of msgmerge's options each time. The output must be
msgmerge's byte for byte. Run as a script for a longer comparison:
`python tests/test_update_random.py 700` (cases)."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

W = ("open save close file files folder window the a this these selected item items delete rename copy move new old "
     "recent settings user account password cannot could not be found your changes were saved error warning please "
     "try again later %s %d %1$s é ü « » \\n \\t \\\" 50 1,000").split()
HDR = ('msgid ""\nmsgstr ""\n"Project-Id-Version: x 1\\n"\n"POT-Creation-Date: 2020-01-01 00:00+0000\\n"\n'
       '"PO-Revision-Date: 2020-01-02 00:00+0000\\n"\n"Language-Team: French\\n"\n"Language: fr\\n"\n'
       '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
       '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n')
POTH = HDR.replace('"Language-Team: French\\n"\n"Language: fr\\n"\n', '').replace("2020-01-01", "2021-01-01")
def sentence(rng, k=None):
    return " ".join(rng.choices(W, k=k or rng.randint(1, rng.choice([4, 9, 30])))).capitalize()
def entry(rng, msgid, translated, pot=False, ctx=None, plural=None, refs=(), flags=(), comment=None, obsolete=False):
    lines = []
    if comment and not pot: lines.append(f"# {comment}")
    if refs: lines.append("#: " + " ".join(refs))
    if flags: lines.append("#, " + ", ".join(flags))
    p = "#~ " if obsolete else ""
    if ctx: lines.append(f'{p}msgctxt "{ctx}"')
    lines.append(f'{p}msgid "{msgid}"')
    if plural:
        lines.append(f'{p}msgid_plural "{plural}"')
        lines.append(f'{p}msgstr[0] "{"" if pot or not translated else "U " + msgid + " fr"}"')
        lines.append(f'{p}msgstr[1] "{"" if pot or not translated else "P " + msgid + " fr"}"')
    else:
        lines.append(f'{p}msgstr "{"" if pot or not translated else "T " + msgid + " fr"}"')
    return "\n".join(lines) + "\n\n"
def case(rng):
    msgs = []
    for i in range(rng.randint(5, 40)):
        m = dict(msgid=sentence(rng), ctx=rng.choice([None]*5 + ["menu", "button"]),
                 plural=(sentence(rng) if rng.random() < 0.15 else None),
                 refs=tuple(f"src/{rng.choice('abc')}.c:{rng.randint(1,300)}" for _ in range(rng.randint(0, 3))),
                 flags=tuple(f for f in ("c-format", "no-c-format", "python-format") if rng.random() < 0.1))
        msgs.append(m)
    seen=set(); msgs=[m for m in msgs if (m['ctx'], m['msgid']) not in seen and not seen.add((m['ctx'], m['msgid']))]
    old = HDR
    for m in msgs:
        r = rng.random()
        old += entry(rng, m['msgid'], r < 0.8, ctx=m['ctx'], plural=m['plural'], refs=m['refs'],
                     flags=m['flags'] + (("fuzzy",) if 0.7 < r < 0.8 else ()), comment=("note" if rng.random() < 0.2 else None),
                     obsolete=rng.random() < 0.05)
    pot = POTH
    tseen=set()
    for m in msgs:
        r = rng.random()
        if r < 0.1: continue
        mid = m['msgid']
        if r < 0.3:
            words = mid.split(); words[rng.randrange(len(words))] = rng.choice(W); mid = " ".join(words)
        elif r < 0.35:
            mid = sentence(rng)
        if (m['ctx'], mid) in tseen: continue
        tseen.add((m['ctx'], mid))
        pot += entry(rng, mid, False, pot=True, ctx=m['ctx'], plural=m['plural'], refs=m['refs'], flags=m['flags'])
    return old, pot
OPTS = [[], ["--no-fuzzy-matching"], ["--sort-output"], ["--sort-by-file"], ["--no-wrap"], ["--width=40"],
        ["--for-msgfmt"], ["--add-location=file"], ["--add-location=never"]]


def compare(seed: int, folder: Path) -> str | None:
    """None when factsheet writes msgmerge's bytes for case `seed`, else a description of the difference."""
    rng = random.Random(seed)
    old, pot = case(rng)
    (folder / "old.po").write_text(old, encoding="utf-8")
    (folder / "t.pot").write_text(pot, encoding="utf-8")
    options = rng.choice(OPTS)
    gnu = subprocess.run(["msgmerge", "--quiet", "--previous", *options, "-o", "-", str(folder / "old.po"),
                          str(folder / "t.pot")], capture_output=True)
    ours = subprocess.run(["factsheet", "update", "-t", str(folder / "t.pot"), *options, "-o", "-",
                           str(folder / "old.po")], capture_output=True)
    assert gnu.returncode == 0, gnu.stderr
    if ours.returncode != 0 or ours.stdout != gnu.stdout:
        return f"seed {seed}, options {options}: {ours.stderr.decode()[:200]}"
    return None


@pytest.mark.parametrize("seed", range(24))
def test_random_catalogues_are_merged_as_msgmerge_merges_them(tmp_path, seed):
    assert compare(seed, tmp_path) is None


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as scratch:
        differing = [difference for seed in range(count) if (difference := compare(seed, Path(scratch)))]
    print("\n".join(differing[:10]))
    print(f"{count} cases, {len(differing)} differing from msgmerge")
    sys.exit(1 if differing else 0)
