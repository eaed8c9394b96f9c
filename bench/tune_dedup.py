"""Tune the near-duplicate setting (shingle size, Jaccard threshold) on generated wire copy.

    .venv/bin/python bench/tune_dedup.py [--stories 120] [--seed 3]

The corpus is generated here (no evaluation data): each story is a wire report built from
formulaic sentence patterns (as real conflict wire copy is: "officials said", "the toll could
rise"), with random places, actors, tolls and days, then republished as
- `reprint`: the same body under other boilerplate (dateline, "read more", newsletter lines),
  sometimes cut short;
- `light_rewrite`: 10-20% of words swapped for synonyms, a sentence dropped, two swapped;
- `update`: a new lead with a new toll, a new paragraph, the rest kept;
- `heavy_rewrite`: the same facts in other sentences (the story linker's job, via events;
  NOT a near duplicate: reported separately, excluded from precision/recall).
Hard negatives come for free: other stories of the same type in the same towns share most of
the formulaic sentences.

Prints exact-Jaccard precision/recall for every (shingle size, threshold) pair, then the
precision/recall of the shipped pipeline (`NEAR_DUP`: MinHash + LSH bands + estimated Jaccard
over the same corpus, through `find_duplicates`).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import itertools
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.dedup import (  # noqa: E402
    NEAR_DUP,
    Fingerprint,
    NearDupSetting,
    content_hash,
    find_duplicates,
    minhash_signature,
    shingle_hashes,
)

TOWNS = [
    "Kostiantynivka", "Pokrovsk", "Kupiansk", "Kherson", "Nikopol", "Sumy", "El Fasher", "Nyala", "Omdurman",
    "Maiduguri", "Gwoza", "Mogadishu", "Baidoa", "Kismayo", "Idlib", "Saraqib", "Ariha", "Saada", "Hodeidah",
    "Taiz", "Goma", "Beni", "Bunia", "Mopti", "Gao", "Timbuktu", "Ouallam", "Tillaberi", "Djibo", "Kaya",
]  # fmt: skip
ACTORS = [
    ("government forces", "state forces"), ("the army", "state forces"), ("rebel fighters", "rebel group"),
    ("militants", "rebel group"), ("a local militia", "identity militia"), ("paramilitary fighters", "militia"),
]  # fmt: skip
WEAPONS = ["artillery shells", "a drone", "rockets", "mortar rounds", "an air strike", "a missile"]
TARGETS = ["a market", "a bus station", "a school", "a hospital", "a camp for displaced people", "a mosque",
           "a residential block", "a checkpoint", "a water station", "a bakery"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLET_BOILERPLATE = [
    ("{TOWN} (Reuters) -", "Reporting by our correspondents; editing by the news desk."),
    ("{TOWN}, {DAY} (AFP) -", "Copyright the agency. All rights reserved."),
    ("", "Read more: the latest updates from the region. Sign up for our daily briefing."),
    ("{TOWN} -", "Follow us for breaking news alerts. Share this article."),
    ("BREAKING:", "This story has been updated with additional details."),
]
LEAD = [
    "{WEAPON} hit {TARGET} in {TOWN} on {DAY}, killing at least {N} people, local officials said.",
    "At least {N} people were killed when {WEAPON} struck {TARGET} in {TOWN} on {DAY}, officials said.",
    "{N} civilians died on {DAY} after {WEAPON} hit {TARGET} in the town of {TOWN}, according to local authorities.",
]  # fmt: skip
BODY = [
    "The attack was blamed on {ACTOR}, who did not immediately comment.",
    "Witnesses said the blast could be heard across the town and smoke rose for hours.",
    "Medical staff said dozens of wounded people had been taken to the main hospital.",
    "The toll could rise as rescuers search the rubble, a civil defence official said.",
    "The regional governor described the strike as a deliberate attack on civilians.",
    "Aid groups said the area had already been cut off from supplies for several weeks.",
    "{ACTOR} have been fighting for control of the area since the start of the year.",
    "It was the deadliest attack on {TOWN} since the spring, according to a local monitor.",
    "Residents said they had received no warning before the strike.",
    "Officials said {M} of the wounded were in a critical condition.",
    "The United Nations called for an independent investigation into the incident.",
    "Local radio said a second strike hit the same area about an hour later.",
    "Schools in the district were closed and a curfew was declared until further notice.",
    "Footage shared online showed damaged buildings and burned-out vehicles near {TARGET}.",
    "A spokesperson for {ACTOR} denied targeting civilians and said its fighters struck military positions.",
    "Hundreds of families fled towards neighbouring villages overnight, aid workers said.",
]  # fmt: skip
NAMES = ["Amina", "Yusuf", "Olena", "Petro", "Fatima", "Hassan", "Mariam", "Ibrahim", "Nadia", "Oleksiy",
         "Khadija", "Samuel", "Grace", "Ali", "Halima", "Dmytro", "Aisha", "Moussa", "Zainab", "Omar"]  # fmt: skip
JOBS = ["shopkeeper", "teacher", "nurse", "driver", "farmer", "student", "mechanic", "baker", "pharmacist", "imam",
        "volunteer", "engineer", "mother of four", "retired soldier", "market trader"]  # fmt: skip
SAW = ["saw the roof collapse", "lost two cousins", "carried the wounded to a car", "heard three explosions",
       "was buying bread when it happened", "ran to the shelter with her children", "found his shop destroyed",
       "helped pull a boy from the rubble", "had returned to the town only last month", "waited hours for an ambulance",
       "could not reach his family by phone", "saw fighters move through the street the night before"]  # fmt: skip
DETAILS = ["The {TARGET} had been repaired only {M} weeks earlier with money from a local charity.",
           "Power and water were cut in {M} neighbourhoods of {TOWN} after the attack.",
           "The road between {TOWN} and the provincial capital was closed for {M} hours.",
           "{ACTOR} said in a statement that {M} of their members had also been killed.",
           "Prices of fuel and flour in {TOWN} have doubled in the past {M} months.",
           "A convoy carrying {M} trucks of food was turned back at the edge of {TOWN}.",
           "The local council said {M} buildings were destroyed and many more damaged."]  # fmt: skip
SYNONYMS = {
    "killed": "left dead", "killing": "leaving dead", "said": "stated", "people": "persons", "hit": "struck",
    "attack": "assault", "officials": "authorities", "wounded": "injured", "town": "city", "area": "district",
    "search": "comb", "strike": "bombardment", "civilians": "residents", "rose": "climbed", "fled": "escaped",
    "deadliest": "worst", "described": "called", "immediately": "yet", "received": "got", "called": "urged",
}  # fmt: skip
TITLES = [
    "{WEAPON} kills {N} in {TOWN}", "{N} dead as {WEAPON} hits {TARGET} in {TOWN}",
    "{TOWN}: {TARGET} struck, {N} killed", "Attack on {TARGET} in {TOWN} leaves {N} dead",
    "{ACTOR} blamed for deadly strike on {TOWN}", "Deadly {DAY} in {TOWN} as {TARGET} is hit",
]  # fmt: skip
HEAVY = [
    "According to {TOWN} authorities, {N} residents lost their lives in {DAY}'s bombardment of {TARGET}.",
    "Local leaders blamed {ACTOR} for the assault.",
    "Doctors in the city reported a large number of casualties arriving throughout the day.",
    "Rescue teams continued digging through debris into the night.",
]  # fmt: skip


@dataclass(frozen=True)
class Doc:
    doc_id: str
    story: int
    kind: str  # original | reprint | light_rewrite | update | heavy_rewrite
    title: str
    text: str
    published_at: datetime


def _fill(template: str, facts: dict[str, str]) -> str:
    out = template
    for key, value in facts.items():
        out = out.replace("{" + key + "}", value)
    return out[0].upper() + out[1:]


def story_facts(rng: random.Random) -> dict[str, str]:
    actor = rng.choice(ACTORS)[0]
    return {
        "TOWN": rng.choice(TOWNS), "DAY": rng.choice(DAYS), "WEAPON": rng.choice(WEAPONS),
        "TARGET": rng.choice(TARGETS), "ACTOR": actor, "N": str(rng.randint(2, 60)), "M": str(rng.randint(2, 9)),
    }  # fmt: skip


def witness(rng: random.Random, facts: dict[str, str]) -> str:
    age = rng.randint(19, 70)
    return f"{rng.choice(NAMES)}, a {age}-year-old {rng.choice(JOBS)} in {facts['TOWN']}, said she {rng.choice(SAW)}."


def original(rng: random.Random, facts: dict[str, str]) -> list[str]:
    """A report: a lead, formulaic wire sentences, and details only this story has."""
    body = [_fill(s, facts) for s in rng.sample(BODY, rng.randint(4, 7))]
    body += [witness(rng, facts) for _ in range(rng.randint(2, 4))]
    for template in rng.sample(DETAILS, rng.randint(2, 4)):
        body.append(_fill(template, {**facts, "M": str(rng.randint(2, 40))}))
    rng.shuffle(body)
    return [_fill(rng.choice(LEAD), facts)] + body


def reprint(rng: random.Random, sentences: list[str], facts: dict[str, str]) -> list[str]:
    head, tail = rng.choice(OUTLET_BOILERPLATE)
    kept = sentences[: len(sentences) - rng.choice([0, 0, 1, 2])]
    out = list(kept)
    if head:
        out[0] = _fill(head, facts) + " " + out[0]
    return out + [tail]


def light_rewrite(rng: random.Random, sentences: list[str]) -> list[str]:
    out = []
    for s in sentences:
        words = s.split()
        for i, w in enumerate(words):
            if w in SYNONYMS and rng.random() < 0.6:
                words[i] = SYNONYMS[w]
        out.append(" ".join(words))
    if len(out) > 4:
        out.pop(rng.randrange(1, len(out)))
        i = rng.randrange(1, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return out


def update(rng: random.Random, sentences: list[str], facts: dict[str, str]) -> list[str]:
    new_toll = str(int(facts["N"]) + rng.randint(2, 15))
    lead = f"The death toll from {facts['DAY']}'s attack on {facts['TARGET']} in {facts['TOWN']} rose to {new_toll}, officials said."
    extra = _fill(rng.choice(BODY), facts)
    body = [s.replace(f"at least {facts['N']}", f"at least {new_toll}") for s in sentences[1:]]
    if len(body) > 4:
        body.pop(rng.randrange(len(body)))
    return [lead, sentences[0].replace(facts["N"], new_toll)] + body + [extra]


def heavy_rewrite(rng: random.Random, facts: dict[str, str]) -> list[str]:
    """The same happening told by another newsroom: its own lead, witnesses and details."""
    out = [_fill(HEAVY[0], facts)] + [_fill(s, facts) for s in rng.sample(HEAVY[1:], 2)]
    out += [witness(rng, facts) for _ in range(rng.randint(2, 3))]
    out += [_fill(t, {**facts, "M": str(rng.randint(2, 40))}) for t in rng.sample(DETAILS, 2)]
    return out


def make_corpus(
    n_stories: int, seed: int = 3, start: datetime = datetime(2026, 1, 1), per_day: int = 40
) -> list[Doc]:
    """Stories with their republications; stories start `per_day` a day from `start`."""
    rng = random.Random(seed)
    docs: list[Doc] = []
    for story in range(n_stories):
        facts = story_facts(rng)
        base = original(rng, facts)
        t0 = start + timedelta(days=story // per_day, minutes=rng.randint(0, 1200))
        title = _fill(rng.choice(TITLES), facts)
        variants = [("original", base, title, 0)]
        for _ in range(rng.randint(1, 4)):
            variants.append(("reprint", reprint(rng, base, facts), title, rng.randint(10, 300)))
        for _ in range(rng.randint(0, 2)):
            variants.append(
                (
                    "light_rewrite",
                    light_rewrite(rng, base),
                    title.replace("kills", "leaves dead"),
                    rng.randint(30, 600),
                )
            )
        if rng.random() < 0.6:
            variants.append(
                (
                    "update",
                    update(rng, base, facts),
                    f"Toll rises in {facts['TOWN']} attack",
                    rng.randint(300, 1400),
                )
            )
        if rng.random() < 0.4:
            variants.append(
                (
                    "heavy_rewrite",
                    heavy_rewrite(rng, facts),
                    f"{facts['TOWN']} mourns its dead",
                    rng.randint(60, 900),
                )
            )
        for i, (kind, sentences, doc_title, minutes) in enumerate(variants):
            docs.append(
                Doc(
                    f"s{story}-{i}",
                    story,
                    kind,
                    doc_title,
                    " ".join(sentences),
                    t0 + timedelta(minutes=minutes),
                )
            )
    return docs


def is_positive(a: Doc, b: Doc) -> bool | None:
    """Same story and both near-duplicate kinds: True; other story: False; heavy rewrite: None."""
    if a.story != b.story:
        return False
    if "heavy_rewrite" in (a.kind, b.kind):
        return None
    return True


def exact_grid(docs: list[Doc], sizes: list[int], thresholds: list[float]) -> None:
    print(
        f"exact shingle-set Jaccard, {len(docs)} docs, {sum(1 for _ in itertools.combinations(docs, 2))} pairs"
    )
    print("k  " + "  ".join(f"t={t:.2f} P/R   " for t in thresholds))
    for k in sizes:
        sets = [set(shingle_hashes(d.text, k).tolist()) for d in docs]
        scored = []
        for i, j in itertools.combinations(range(len(docs)), 2):
            label = is_positive(docs[i], docs[j])
            if label is None:
                continue
            inter = len(sets[i] & sets[j])
            scored.append((inter / (len(sets[i]) + len(sets[j]) - inter or 1), label))
        cells = []
        for t in thresholds:
            tp = sum(1 for s, lab in scored if s >= t and lab)
            fp = sum(1 for s, lab in scored if s >= t and not lab)
            fn = sum(1 for s, lab in scored if s < t and lab)
            cells.append(f"{tp / (tp + fp or 1):.3f}/{tp / (tp + fn or 1):.3f}")
        print(f"{k}  " + "  ".join(cells))


def pipeline_scores(docs: list[Doc], setting: NearDupSetting = NEAR_DUP, detail: bool = True) -> float:
    """Precision/recall of a setting through MinHash, LSH and `find_duplicates`: a pair is
    predicted when both documents end up with the same root. Returns F1."""
    fps = [
        Fingerprint(d.doc_id, d.published_at, content_hash(d.text), minhash_signature(d.text, setting))
        for d in docs
    ]
    matches = find_duplicates(fps, [], [], setting)
    root = {d.doc_id: (matches[d.doc_id].duplicate_of if d.doc_id in matches else d.doc_id) for d in docs}
    tp = fp = fn = 0
    for a, b in itertools.combinations(docs, 2):
        label = is_positive(a, b)
        if label is None:
            continue
        same = root[a.doc_id] == root[b.doc_id]
        tp += same and label
        fp += same and not label
        fn += (not same) and label
    p, r = tp / (tp + fp or 1), tp / (tp + fn or 1)
    f1 = 2 * p * r / (p + r or 1)
    shipped = " (shipped)" if setting == NEAR_DUP else ""
    print(
        f"k={setting.shingle_size} threshold={setting.threshold:.2f} num_perm={setting.num_perm} "
        f"bands x rows={setting.bands_rows}: pairwise precision {p:.3f} recall {r:.3f} F1 {f1:.3f}{shipped}"
    )
    if not detail:
        return f1
    by_kind: dict[str, list[int]] = {}
    for d in docs:
        if d.kind != "original":
            hit = root[d.doc_id] == root[f"s{d.story}-0"]
            by_kind.setdefault(d.kind, [0, 0])[0] += hit
            by_kind[d.kind][1] += 1
    for kind, (hit, n) in sorted(by_kind.items()):
        note = (
            "  (not a near duplicate: linked to its story through events)" if kind == "heavy_rewrite" else ""
        )
        print(f"  {kind:14s} joined its original: {hit}/{n} = {hit / n:.3f}{note}")
    return f1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=120)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--more-seeds", type=int, nargs="*", default=[11, 29, 41])
    args = ap.parse_args()
    docs = make_corpus(args.stories, args.seed)
    exact_grid(docs, [1, 2, 3, 4, 5], [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8])
    grid = [(1, 0.6), (2, 0.4), (2, 0.5), (3, 0.35), (3, 0.4), (3, 0.45), (4, 0.35), (5, 0.3)]
    corpora = [docs] + [make_corpus(args.stories, s) for s in args.more_seeds]
    print(f"\nMinHash + LSH + find_duplicates (same-root pairs), by setting, corpus seed {args.seed}:")
    f1s: dict[tuple[int, float], list[float]] = {}
    for i, corpus in enumerate(corpora):
        for k, t in grid:
            setting = dataclasses.replace(NEAR_DUP, shingle_size=k, threshold=t)
            if i == 0:
                f1 = pipeline_scores(corpus, setting, detail=False)
            else:
                with contextlib.redirect_stdout(io.StringIO()):
                    f1 = pipeline_scores(corpus, setting, detail=False)
            f1s.setdefault((k, t), []).append(f1)
    print(f"\npairwise F1 over seeds {[args.seed, *args.more_seeds]} (mean, min):")
    for (k, t), values in f1s.items():
        shipped = "  (shipped)" if (k, t) == (NEAR_DUP.shingle_size, NEAR_DUP.threshold) else ""
        print(f"k={k} threshold={t:.2f}: mean {sum(values) / len(values):.3f} min {min(values):.3f}{shipped}")
    print("\nshipped, corpus seed", args.seed)
    pipeline_scores(docs)


if __name__ == "__main__":
    main()
