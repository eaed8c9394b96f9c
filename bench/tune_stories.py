"""Tune the story-link threshold on generated cases (`tests/story_cases.py`), never on eval texts.

    .venv/bin/python bench/tune_stories.py [--happenings 150] [--seeds 1 2 3] [--coder-misses]

Each generated report is coded by the real coder (`extractors.events.code_events`; its events are
dropped for the reports the generator marks `coder_misses`), read into `StoryEvidence`, and
linked as the flow links them: candidate pairs by blocking keys (`stories.candidate_pairs`),
`story_score`, event merging vouched by pairs over `relax_threshold` (`merge.merge_mentions`),
then links = scored pairs over the threshold + reports whose lead events were merged, closed by
union-find. Printed per threshold: pairwise precision and recall of "same story", B-cubed F1,
and how many predicted stories hold a look-alike (a happening labelled `later`, `other_kind` or
`nearby` grouped with another happening): the look-alikes that must stay apart.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from story_cases import Report, make_cases  # noqa: E402

from extractors.events import code_events  # noqa: E402
from extractors.merge import MentionRow, mention_id_for, mention_rows, merge_mentions  # noqa: E402
from extractors.models import Article  # noqa: E402
from extractors.stories import STORY_LINK, StoryScore, candidate_pairs, story_score  # noqa: E402
from extractors.story_evidence import StoryEvidence, lead_mention, story_evidence  # noqa: E402


@dataclasses.dataclass
class Coded:
    report: Report
    rows: tuple[MentionRow, ...]
    evidence: StoryEvidence


def code(reports: list[Report]) -> list[Coded]:
    out = []
    for r in reports:
        article = Article(url=f"http://cases.local/{r.report_id}", canonical_url=f"http://cases.local/{r.report_id}",
                          title=r.title, text=r.text, published_at=r.published, language=r.language)  # fmt: skip
        mentions = [] if r.coder_misses else code_events(article)
        rows = mention_rows(r.report_id, f"outlet-{r.report_id}", r.published, mentions)
        evidence = story_evidence(r.report_id, r.title, r.text, r.language, r.published, rows)
        out.append(Coded(r, rows, evidence))
    return out


def score_pairs(coded: list[Coded]) -> dict[tuple[str, str], StoryScore]:
    evidence = [c.evidence for c in coded]
    return {(evidence[i].article_id, evidence[j].article_id): story_score(evidence[i], evidence[j])
            for i, j in candidate_pairs(evidence)}  # fmt: skip


def lead_event_links(coded: list[Coded], scores: dict, relax: float) -> list[tuple[str, str]]:
    """Reports whose lead events `merge_mentions` puts in one event, vouched by pairs >= relax."""
    by_id = {c.report.report_id: c for c in coded}
    related = set()
    for (a, b), s in scores.items():
        la, lb = by_id[a].evidence.lead, by_id[b].evidence.lead
        if s.total >= relax and la is not None and lb is not None:
            related.add(frozenset((mention_id_for(a, la.position), mention_id_for(b, lb.position))))
    rows = [row for c in coded for row in c.rows]
    result = merge_mentions([], rows, frozenset(related))
    by_event = defaultdict(list)
    for c in coded:
        lead = lead_mention(c.rows)
        if lead is not None:
            by_event[result.event_id_of(lead.mention_id)].append(c.report.report_id)
    return [(m[0], o) for m in by_event.values() for o in m[1:]]


def clusters(ids: list[str], links) -> dict[str, str]:
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


def evaluate(coded: list[Coded], predicted: dict[str, str]) -> dict:
    gold = {c.report.report_id: c.report.happening for c in coded}
    label = {c.report.happening: c.report.happening.split("-", 1)[1] for c in coded}
    tp = fp = fn = 0
    ids = sorted(gold)
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i in ids:
        by_pred[predicted[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in ids:
        same_p, same_g = by_pred[predicted[i]], by_gold[gold[i]]
        inter = len(same_p & same_g)
        p += inter / len(same_p)
        r += inter / len(same_g)
        tp += inter - 1
        fp += len(same_p) - inter
        fn += len(same_g) - inter
    p, r = p / len(ids), r / len(ids)
    merged_look_alikes: Counter[str] = Counter()
    for members in by_pred.values():
        happenings = {gold[m] for m in members}
        if len(happenings) > 1:
            for h in happenings:
                if label[h] != "main":
                    merged_look_alikes[label[h]] += 1
    return {
        "pair_precision": tp / (tp + fp) if tp + fp else 1.0,
        "pair_recall": tp / (tp + fn) if tp + fn else 1.0,
        "b3_f1": 2 * p * r / (p + r),
        "look_alikes_merged": dict(merged_look_alikes),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--happenings", type=int, default=150)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--thresholds", type=float, nargs="+",
                    default=[1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0])  # fmt: skip
    ap.add_argument("--relax", type=float, nargs="+", default=[STORY_LINK.relax_threshold])
    a = ap.parse_args()
    runs = []
    for seed in a.seeds:
        coded = code(make_cases(a.happenings, seed))
        runs.append((coded, score_pairs(coded)))
    n = sum(len(c) for c, _ in runs)
    print(
        f"{n} reports, {len(a.seeds)} seeds; shipped threshold {STORY_LINK.threshold}, relax {STORY_LINK.relax_threshold}"
    )
    print(f"{'relax':>6} {'thresh':>6} {'pair P':>7} {'pair R':>7} {'B3 F1':>6}  look-alikes merged")
    for relax in a.relax:
        leads = [lead_event_links(coded, scores, relax) for coded, scores in runs]
        for threshold in a.thresholds:
            totals: dict = defaultdict(float)
            merged: Counter[str] = Counter()
            for (coded, scores), lead_links in zip(runs, leads, strict=True):
                links = [
                    pair for pair, s in scores.items() if s.specific and s.total >= threshold
                ] + lead_links
                result = evaluate(coded, clusters([c.report.report_id for c in coded], links))
                for k in ("pair_precision", "pair_recall", "b3_f1"):
                    totals[k] += result[k] / len(runs)
                merged.update(result["look_alikes_merged"])
            print(f"{relax:>6.2f} {threshold:>6.2f} {totals['pair_precision']:>7.3f} {totals['pair_recall']:>7.3f} "
                  f"{totals['b3_f1']:>6.3f}  {dict(sorted(merged.items()))}")  # fmt: skip
    coded, scores = runs[0]
    terms: dict[str, Counter] = {"same": Counter(), "other": Counter()}
    gold = {c.report.report_id: c.report.happening for c in coded}
    for (x, y), s in scores.items():
        side = "same" if gold[x] == gold[y] else "other"
        terms[side].update(s.parts.keys())
    print(
        f"terms present in scored pairs (seed {a.seeds[0]}): same story {dict(terms['same'])}; other {dict(terms['other'])}"
    )


if __name__ == "__main__":
    main()
