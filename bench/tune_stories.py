"""Tune the story rule's thresholds on generated cases (`tests/story_cases.py`), never on eval texts.

    .venv/bin/python bench/tune_stories.py [--happenings 150] [--seeds 1 2 3] [--thresholds ...] [--fits ...]

Each generated report is coded by the real coder (`extractors.events.code_events`; its events are
dropped for the reports the generator marks `coder_misses`), read into `StoryEvidence`, and
grouped as the flow groups them: `extractors.story_groups.replay` (the pairwise `story_score`
over blocked pairs, each report joining the story it fits as a whole), with the pair threshold
(`StoryLinkSetting.threshold`) and the group fit (`GroupSetting.fit`) set per row. Printed per
setting: pairwise precision and recall of "same story", B-cubed F1, and how many predicted
stories hold a look-alike (a happening labelled `later`, `other_kind` or `nearby` grouped with
another happening): the look-alikes that must stay apart; and of the undated reports of
happenings with other reports, how many share a story with one of them and how many with another
happening. Strikes between two states' forces (`story_cases.make_state_strikes`, `--state-strikes`, default a
fifth of `--happenings`; 0 for none) add reports that get the sides backwards and retaliations
(look-alike `retaliation`). `--no-day SHARE` (opt-in, default 0): that share of the undated
reports names no day in its lead (`make_cases(no_day=...)`: no weekday to meet the other
reports' days, only the place, the kind, the sides and the toll); the strikes between states
then have an `UNDATED` share of undated reports too (`make_state_strikes(no_day=...)`). The coder's
mentions slip as `story_cases.SLIPS` draws (no country, the lead's day off, the lead missed;
`--no-slips`: as coded, the cases before round 16). `--set name=value` changes
other `StoryLinkSetting` values.

`--events` prints, for the shipped story setting, the pairwise event-merge F1 of the reports' lead
events (`event_groups.merge_mentions`; a lead event of the happening's type family stands for its
happening) without story vouching, with the vouched pairs only, and with pairs and leads
(`event_groups.story_vouched`, as the flow merges), and how many events hold two happenings.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from story_cases import KIND_TYPE, Report, make_cases, make_state_strikes, slipped  # noqa: E402
from story_cases_shapes import make_shaped_cases  # noqa: E402

from extractors.event_groups import Vouched, merge_mentions, story_vouched  # noqa: E402
from extractors.events import code_events  # noqa: E402
from extractors.merge import MentionRow, mention_rows  # noqa: E402
from extractors.models import Article  # noqa: E402
from extractors.stories import STORY_LINK  # noqa: E402
from extractors.story_evidence import StoryEvidence, lead_mention, story_evidence, type_family  # noqa: E402
from extractors.story_groups import STORY_GROUP, replay  # noqa: E402


@dataclasses.dataclass
class Coded:
    report: Report
    rows: tuple[MentionRow, ...]
    evidence: StoryEvidence


def code(reports: list[Report], slips: bool = True) -> list[Coded]:
    """Each report coded, its mentions as its coder slip leaves them (`story_cases.slipped`;
    `slips=False`: as coded, the cases before round 16), and read into its evidence."""
    out = []
    for r in reports:
        article = Article(url=f"http://cases.local/{r.report_id}", canonical_url=f"http://cases.local/{r.report_id}",
                          title=r.title, text=r.text, published_at=r.published, language=r.language)  # fmt: skip
        mentions = [] if r.coder_misses else code_events(article)
        mentions = slipped(mentions, r) if slips else mentions
        rows = mention_rows(r.report_id, f"outlet-{r.report_id}", r.published, mentions)
        evidence = story_evidence(r.report_id, r.title, r.text, r.language, r.published, rows, dated=r.dated)
        out.append(Coded(r, rows, evidence))
    return out


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
    undated = [
        c.report.report_id for c in coded if not c.report.dated and len(by_gold[gold[c.report.report_id]]) > 1
    ]
    return {
        # undated reports of happenings with other reports: grouped with one of them / with another happening
        "undated": (
            sum(1 for i in undated if len(by_pred[predicted[i]] & by_gold[gold[i]]) > 1),
            sum(1 for i in undated if any(gold[j] != gold[i] for j in by_pred[predicted[i]])),
            len(undated),
        ),
        "pair_precision": tp / (tp + fp) if tp + fp else 1.0,
        "pair_recall": tp / (tp + fn) if tp + fn else 1.0,
        "b3_f1": 2 * p * r / (p + r),
        "look_alikes_merged": dict(merged_look_alikes),
    }


def event_figures(coded: list[Coded]) -> dict[str, tuple[float, int]]:
    """Event-merge pair F1 of the lead events and events holding two happenings, per vouching."""
    stories = replay([c.evidence for c in coded]).group_of
    rows = [r for c in coded for r in c.rows]
    gold = {}
    for c in coded:
        lead = lead_mention(c.rows)
        kind_type = KIND_TYPE.get(c.report.kind)  # a funeral (`story_cases_shapes`) is no event
        if lead is not None and kind_type and type_family(lead.mention.event_type) == type_family(kind_type):
            gold[lead.mention_id] = c.report.happening
    vouched = story_vouched(rows, stories)
    out = {}
    for name, given in (("none", Vouched()), ("pairs", Vouched(vouched.pairs)), ("story", vouched)):
        event_of = merge_mentions([], rows, given).assignments
        tp = fp = fn = 0
        ids = sorted(gold)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                same_gold, same_event = gold[a] == gold[b], event_of[a] == event_of[b]
                tp, fp, fn = (
                    tp + (same_gold and same_event),
                    fp + (same_event and not same_gold),
                    fn + (same_gold and not same_event),
                )
        held = defaultdict(set)
        for mention_id, happening in gold.items():
            held[event_of[mention_id]].add(happening)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        out[name] = (round(f1, 4), sum(1 for h in held.values() if len(h) > 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--happenings", type=int, default=150)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[1.25, 1.5, 1.75, 2.0, 2.25, 2.5])
    ap.add_argument("--fits", type=float, nargs="+", default=[STORY_GROUP.fit])
    ap.add_argument(
        "--state-strikes", type=int, default=None, help="strikes between states (default happenings/5)"
    )
    ap.add_argument(
        "--shapes",
        type=int,
        default=None,
        help="shaped happenings (story_cases_shapes; default happenings/3; 0 for none: the cases before round 17)",
    )
    ap.add_argument(
        "--no-day", type=float, default=0.0, help="share of the undated reports whose lead names no day"
    )
    ap.add_argument("--events", action="store_true", help="event-merge figures, per story vouching")
    ap.add_argument("--no-slips", action="store_true", help="the coder's mentions as coded (no `SLIPS`)")
    ap.add_argument("--set", nargs="*", default=[], help="other StoryLinkSetting values: name=value ...")
    a = ap.parse_args()
    base = dataclasses.replace(STORY_LINK, **{k: float(v) for k, v in (x.split("=", 1) for x in a.set)})
    strikes = a.happenings // 5 if a.state_strikes is None else a.state_strikes
    shaped = a.happenings // 3 if a.shapes is None else a.shapes
    runs = [
        code(
            make_cases(a.happenings, seed, no_day=a.no_day)
            + make_state_strikes(strikes, seed, no_day=a.no_day)
            + (make_shaped_cases(shaped, seed) if shaped else []),
            slips=not a.no_slips,
        )
        for seed in a.seeds
    ]
    if a.events:
        for seed, coded in zip(a.seeds, runs, strict=True):
            print(f"seed {seed}: event-merge pair F1, events holding two happenings: {event_figures(coded)}")
        return
    n = sum(len(c) for c in runs)
    print(
        f"{n} reports, {len(a.seeds)} seeds; shipped threshold {STORY_LINK.threshold}, fit {STORY_GROUP.fit}"
    )
    print(f"{'fit':>6} {'thresh':>6} {'pair P':>7} {'pair R':>7} {'B3 F1':>6}  look-alikes merged")
    for fit in a.fits:
        group = dataclasses.replace(STORY_GROUP, fit=fit)
        for threshold in a.thresholds:
            link = dataclasses.replace(base, threshold=threshold)
            totals: dict = defaultdict(float)
            merged: Counter[str] = Counter()
            undated = [0, 0, 0]
            for coded in runs:
                grouped = replay([c.evidence for c in coded], setting=group, link_setting=link).group_of
                result = evaluate(coded, grouped)
                for k in ("pair_precision", "pair_recall", "b3_f1"):
                    totals[k] += result[k] / len(runs)
                merged.update(result["look_alikes_merged"])
                undated = [x + y for x, y in zip(undated, result["undated"], strict=True)]
            print(f"{fit:>6.2f} {threshold:>6.2f} {totals['pair_precision']:>7.3f} {totals['pair_recall']:>7.3f} "
                  f"{totals['b3_f1']:>6.3f}  {dict(sorted(merged.items()))}  undated joined/wrong/of "
                  f"{undated[0]}/{undated[1]}/{undated[2]}")  # fmt: skip


if __name__ == "__main__":
    main()
