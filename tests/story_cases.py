"""Generated story cases: reports of one happening in other words and other languages, and the
look-alikes that must stay apart (the story tests and `bench/tune_stories.py`). No evaluation
text is used here; the sentences are the project's own.

    cases = make_cases(n_happenings=150, seed=1)

A happening is a kind (air strike, car bomb, gun attack on villagers, clash, protest, riot,
arrests), a real town (from the gazetteer, with its Cyrillic and Arabic names), a day, a toll
and an actor. It is reported 1-4 times, each report in a random language (en, fr, es, de, ru,
ar), with its own sentences: the lead in one of two shapes, the day as a weekday or "yesterday"
seen from its own publication time (0-1 days later), the toll sometimes updated, the injured,
who claimed it, background that names the country, sometimes only the province or "near" the
town, small tolls sometimes in words (`WORDED`). Some reports lose their coded events (`CODER_MISSES`): the coder often finds nothing in
a language it knows less well, and linking must not hang on it. Some pages give no date of their
own (`UNDATED`: `Report.dated` False; their evidence is read undated, the feed's date is not theirs).
Some reports the coder does code it gets wrong (`SLIPS`, `Report.coder_slip`, applied to its
mentions by `slipped`): no country, the lead's day a few days off, the lead event missed, or the
lead read as the act next to it (`MISREAD_AS`: a clash for an attack on villagers).
Opt-in (`make_cases(no_day=share)`): that share of the undated reports names no day at all (no
weekday, no "yesterday": the page tells what happened and where, never when), drawn from each
report's own id, so every other draw stays as it is.

Each happening may bring look-alikes (`LOOK_ALIKES`), each another happening of its own:
- `later`: the same town and kind 1-9 days later;
- `other_kind`: the same town, the same or next day, another kind (the riot and the arrests
  next morning, the strike and the protest against it);
- `nearby`: the same kind on the same day in another town of the same country;
- `follow_up`: 1-2 days later in the same town, another act (`FOLLOW_UP_KIND`: gunmen come back
  and plant bombs, a clash after the strike), its headline recalling the first happening's toll
  (`FOLLOW_UP_TITLE`), drawn after every other case from its own stream (`FOLLOW_UPS`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from story_phrases import (  # the sentences and words each language writes a report in
    ACTORS,
    BODY,
    CLAIM,
    COUNTRY_NAMES,
    DAY_PREPOSITION,
    DETAIL,
    FOLLOW_UP_TITLE,
    HOUR,
    LEADS,
    NUMBER_WORDS,
    RECALL,
    STATE_LEADS,
    STATE_SIDE,
    STRUCK_BACK,
    TARGETS,
    WEEKDAYS,
    YESTERDAY,
)

from extractors.models import EventMention

LANGUAGES = ("en", "fr", "es", "de", "ru", "ar")
CODER_MISSES = {"en": 0.15, "fr": 0.4, "es": 0.4, "de": 0.4, "ru": 0.5, "ar": 0.6}
UNDATED = 0.1  # share of reports whose page gives no date (drawn apart: the other draws stay as they were)
# How the coder goes wrong on a report it does code (`Report.coder_slip`, applied by `slipped`;
# drawn apart, from the report's own id: every other draw stays as it was): it misses the country
# (no place for any event), dates the lead a few days off (it took a date of the background), or
# misses the lead event and keeps only what the text tells further down.
SLIPS = {"country": 0.06, "day": 0.06, "lead": 0.06, "family": 0.06}
# `family`: the lead read as the act next to it in the taxonomy (armed men who kill villagers
# coded a clash, a clash an attack on civilians, a shelling a battle): who was armed, and whether
# the blast or the fight killed, is a reading of the outlet's verb
MISREAD_AS = {
    "Violence against civilians": ("Battles", "Armed clash"),
    "Battles": ("Violence against civilians", "Attack"),
    "Explosions/Remote violence": ("Battles", "Armed clash"),
}
LOOK_ALIKES = {"later": 0.35, "other_kind": 0.35, "nearby": 0.3}
FOLLOW_KIND = {"strike": "protest", "bombing": "arrests", "attack": "protest", "clash": "strike",
               "protest": "arrests", "riot": "arrests", "arrests": "protest"}  # fmt: skip
COUNTRIES = ("UA", "SY", "SD", "NG", "SO", "ML", "BF", "CD", "YE", "AF", "IQ", "LY", "ET", "PK", "CM")

# People reports quote: Latin-script names every Latin-script language writes alike. A
# happening has its spokesman (a town's look-alikes often quote the same one: `SAME_SPOKESMAN`).
FIRST_NAMES = ["Ibrahim", "Amina", "Yusuf", "Oleh", "Samir", "Hassan", "Moussa", "Ahmad", "Nadia", "Petro",
               "Kareem", "Ali", "Fatima", "Abdullahi", "Mariam", "Serhiy"]  # fmt: skip
SURNAMES = ["Keita", "Duale", "Adamu", "Marchenko", "Haddad", "Warsame", "Traore", "Karimi", "Osman", "Lysenko",
            "Nasser", "Barre", "Diallo", "Bello", "Kuznets", "Sharif", "Ouedraogo", "Mohamud"]  # fmt: skip
SAME_SPOKESMAN = 0.5
QUOTES_SPOKESMAN = 0.6
# What only one happening has: a named landmark and a named victim or witness (Latin script,
# so Latin-script languages write them alike); each report gives it with `GIVES_DETAIL`.
LANDMARK_PARTS = (["Al", "Nour", "Salam", "Karama", "Amal", "Huda", "Rahma", "Wahda", "Zahra", "Fajr", "Nasr"],
                  ["Market", "Square", "Junction", "Street", "Roundabout"])  # fmt: skip
GIVES_FACT = 0.55
# A look-alike's reports often recall the happening before it, with its toll (`RECALLS`).
RECALLS = 0.4
# Armed groups a country's reports name (made-up names, two per country: look-alikes share them).
GROUPS = {cc: (f"Harakat {a}", f"{b} Front") for cc, a, b in zip(
    COUNTRIES, ["Nasr", "Tahrir", "Karama", "Fath", "Jund", "Ansar", "Wahda", "Huda", "Sabr", "Amal", "Izz",
                "Badr", "Furqan", "Rayat", "Nur"],
    ["Kalima", "Sahel", "Liberation", "Northern", "Unity", "Eastern", "Patriotic", "Salvation", "Popular",
     "Democratic", "Revolutionary", "Southern", "Western", "Federal", "Coastal"], strict=True)}  # fmt: skip
NAMES_COUNTRY = 0.85  # share of reports with the background sentence that names the country
# Small tolls written in words (`WORDED`: the share of reports per language that do so): no digit
# to find, only the language's number words.
WORDED = {"en": 0.15, "fr": 0.3, "es": 0.3, "de": 0.3, "ru": 0.3, "ar": 0.5}


def toll_as_written(lang: str, toll: int, report_id: str) -> str:
    """The toll in digits, or (a `WORDED` share of the reports, decided by the report's own id so
    that the other draws of the generator stay as they are) in words when it is 2-12."""
    words = NUMBER_WORDS[lang].split()
    if 2 <= toll <= 1 + len(words) and random.Random(report_id).random() < WORDED[lang]:
        return words[toll - 2].replace("_", " ")
    return str(toll)


KIND_TYPE = {"strike": "Explosions/Remote violence", "bombing": "Explosions/Remote violence",
             "attack": "Violence against civilians", "clash": "Battles", "protest": "Protests",
             "riot": "Riots", "arrests": "Strategic developments"}  # fmt: skip
KINDS = tuple(KIND_TYPE)
KIND_TYPE["state_strike"] = "Explosions/Remote violence"  # `make_state_strikes` only


@dataclass(frozen=True)
class Town:
    name: str  # as the gazetteer names it
    russian: str
    arabic: str
    admin1: str
    country_code: str


@dataclass(frozen=True)
class Report:
    report_id: str
    happening: str  # gold story id
    language: str
    published: datetime
    title: str
    text: str
    town: str
    kind: str
    coder_misses: bool  # the coder's events are dropped for this report
    dated: bool = True  # False: its page gives no date of its own (`UNDATED`)
    coder_slip: str = ""  # how the coder goes wrong on a report it does code (`SLIPS`), or ""


@cache
def towns(per_country: int = 10, seed: int = 5) -> dict[str, tuple[Town, ...]]:
    """Real towns of each country in `COUNTRIES` (15k-3M people) with Cyrillic and Arabic names."""
    from extractors.events.gazetteer import load_gazetteer

    g = load_gazetteer()
    names: dict[int, list[str]] = {}
    for key, ids in g.by_script.items():
        for pid in (ids,) if isinstance(ids, int) else ids:
            names.setdefault(pid, []).append(key)
    rng = random.Random(seed)
    out: dict[str, list[Town]] = {}
    for pid in sorted(names):
        p = g.place(pid)
        if p.country_code not in COUNTRIES or p.kind not in ("city", "village") or not p.admin1:
            continue
        if not 15_000 <= p.population <= 3_000_000 or " " in p.name or "-" in p.name:
            continue
        cyrillic = next((k for k in names[pid] if "\u0400" <= k[0] <= "\u04ff" and " " not in k), None)
        arabic = next((k for k in names[pid] if "\u0600" <= k[0] <= "\u06ff" and " " not in k), None)
        if cyrillic and arabic:
            out.setdefault(p.country_code, []).append(
                Town(p.name, cyrillic.capitalize(), arabic, p.admin1, p.country_code)
            )
    return {cc: tuple(rng.sample(ts, min(per_country, len(ts)))) for cc, ts in out.items() if len(ts) >= 3}


def _day_phrase(lang: str, happened: date, published: datetime, rng: random.Random) -> str:
    """The day as the report writes it: "yesterday" seen from its publication, or the weekday."""
    if (published.date() - happened).days == 1 and rng.random() < 0.4:
        return YESTERDAY[lang]
    return DAY_PREPOSITION[lang].format(WEEKDAYS[lang][happened.weekday()])


@dataclass(frozen=True)
class Facts:
    """What one happening is: every report gives some of these (`GIVES_FACT` each)."""

    kind: str
    town: Town
    day: date
    toll: int
    injured: int
    hour: str
    spokesman: str
    landmark: str
    victim: str
    group: str
    previous_toll: int = 0  # the toll of the happening this one follows (a look-alike's)


def write_report(
    report_id: str, happening: str, facts: Facts, lang: str, published: datetime, rng: random.Random,
    coder_misses: bool, no_day: bool = False,
) -> Report:  # fmt: skip
    """One report of a happening in `lang`, in its own words and with its own choice of facts;
    `no_day`: its lead names no day (the day phrase is still drawn: the draws stay as they are)."""
    town, kind = facts.town, facts.kind
    place = {"ru": town.russian, "ar": town.arabic}.get(lang, town.name)
    reported_toll = facts.toll + (rng.randint(1, 4) if rng.random() < 0.3 else 0)
    fill = {
        "town": place, "day": _day_phrase(lang, facts.day, published, rng),
        "n": toll_as_written(lang, reported_toll, report_id),
        "actor": rng.choice(ACTORS[lang]), "target": rng.choice(TARGETS[lang]), "m": facts.injured,
        "country": COUNTRY_NAMES[town.country_code][LANGUAGES.index(lang)], "province": town.admin1,
        "spokesman": facts.spokesman, "landmark": facts.landmark, "victim": facts.victim, "hour": facts.hour,
        "group": facts.group, "prev": facts.previous_toll,
    }  # fmt: skip
    shape = rng.choice(LEADS[lang][kind])
    lead = _without_day(shape).format(**fill) if no_day else shape.format(**fill)
    lead = lead[:1].upper() + lead[1:]
    injured, update, spokesman, generic, background = BODY[lang]
    violent = kind not in ("protest", "arrests")
    offered = [(spokesman, GIVES_FACT), (generic, 0.5), (background, NAMES_COUNTRY), (HOUR[lang], GIVES_FACT)]
    offered += [(sentence, GIVES_FACT / 2) for sentence in DETAIL[lang]]
    if violent:
        offered += [(injured, GIVES_FACT), (update, 0.3)]
    if kind in ("strike", "bombing", "attack", "clash"):
        offered.append((CLAIM[lang], GIVES_FACT / 2))
    if facts.previous_toll:
        offered.append((RECALL[lang], RECALLS))
    body = [sentence for sentence, p in offered if rng.random() < p]
    rng.shuffle(body)
    text = " ".join([lead] + [sentence.format(**fill) for sentence in body])
    title = lead.split(",")[0].split(";")[0][:90]
    return Report(report_id, happening, lang, published, title, text, town.name, kind, coder_misses)


def _slip(stream: str) -> str:
    draw = random.Random(stream).random()
    for name, share in SLIPS.items():
        if draw < share:
            return name
        draw -= share
    return ""


def slipped(mentions: list[EventMention], report: Report) -> list[EventMention]:
    """The coder's mentions of `report` as its `coder_slip` leaves them: `country`: none placed
    (no country, province or town); `day`: the lead 2-3 days off, still day-precise; `lead`: the
    lead event missed, the mentions further down kept; `family`: the lead read as the act next to it
    (`MISREAD_AS`)."""
    if not mentions or not report.coder_slip:
        return mentions
    if report.coder_slip == "country":
        return [
            replace(m, country="", admin1="", location="", latitude=None, longitude=None, geo_precision=3)
            for m in mentions
        ]
    if report.coder_slip == "day":
        first = mentions[0]
        if first.event_date is None:
            return mentions
        shift = random.Random(f"day-{report.report_id}-{report.published}").choice([-3, -2, 2, 3])
        return [replace(first, event_date=first.event_date + timedelta(days=shift))] + mentions[1:]
    if report.coder_slip == "family":
        first = mentions[0]
        if first.event_type not in MISREAD_AS:
            return mentions
        event_type, sub_event_type = MISREAD_AS[first.event_type]
        return [replace(first, event_type=event_type, sub_event_type=sub_event_type)] + mentions[1:]
    return mentions[1:]


def _without_day(shape: str) -> str:
    """A lead shape without its day slot (and the space that set it apart)."""
    return shape.replace(" {day}", "").replace("{day} ", "").replace("{day}", "")


def make_cases(
    n_happenings: int = 150, seed: int = 1, start: date = date(2025, 3, 1), no_day: float = 0.0
) -> list[Report]:
    """Happenings with their reports, and their look-alikes (see the module docstring); `no_day`:
    the share of the undated reports whose lead names no day."""
    rng = random.Random(seed)
    by_country = towns()
    countries = sorted(by_country)
    reports: list[Report] = []
    counter = 0

    def happening(
        kind: str, town: Town, day: date, label: str, spokesman: str = "", previous: int = 0
    ) -> Facts:
        nonlocal counter
        counter += 1
        toll = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 23, 27, 31, 42, 58])
        facts = Facts(
            kind, town, day, toll, toll * 2 + rng.randint(1, 9), f"{rng.randint(6, 22)}:{rng.choice(['00', '15', '30', '45'])}",
            spokesman or f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            f"{rng.choice(LANDMARK_PARTS[0])} {rng.choice(LANDMARK_PARTS[0])} {rng.choice(LANDMARK_PARTS[1])}",
            f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}", rng.choice(GROUPS[town.country_code]), previous,
        )  # fmt: skip
        story = f"h{counter:05d}-{label}"
        for r in range(rng.choice([1, 2, 2, 3, 3, 4])):
            lang = rng.choice(LANGUAGES)
            published = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=rng.randint(10, 23) if rng.random() < 0.5 else 24 + rng.randint(6, 20)
            )
            misses = rng.random() < CODER_MISSES[lang]
            report_id = f"{story}-{r}"
            undated = random.Random(f"{seed}-{report_id}").random() < UNDATED
            slip = "" if misses else _slip(f"slip-{seed}-{report_id}")
            dayless = undated and random.Random(f"no-day-{seed}-{report_id}").random() < no_day
            report = write_report(report_id, story, facts, lang, published, rng, misses, no_day=dayless)
            reports.append(replace(report, dated=not undated, coder_slip=slip))
        return facts

    mains: list[tuple[Facts, str]] = []
    for n in range(n_happenings):
        country = countries[n % len(countries)]
        town = rng.choice(by_country[country])
        day = start + timedelta(days=rng.randint(0, 120))
        kind = rng.choice(KINDS)
        main = happening(kind, town, day, "main")
        same = main.spokesman if rng.random() < SAME_SPOKESMAN else ""
        mains.append((main, same))
        toll = main.toll if kind not in ("protest", "arrests") else 0
        if rng.random() < LOOK_ALIKES["later"]:
            happening(kind, town, day + timedelta(days=rng.randint(1, 9)), "later", same, toll)
        if rng.random() < LOOK_ALIKES["other_kind"]:
            happening(
                FOLLOW_KIND[kind], town, day + timedelta(days=rng.randint(0, 1)), "other_kind", same, toll
            )
        if rng.random() < LOOK_ALIKES["nearby"]:
            other = rng.choice([t for t in by_country[country] if t != town])
            happening(kind, other, day, "nearby")
    # follow-ups last, from their own stream: the cases above are drawn exactly as before
    rng = random.Random(f"follow-ups-{seed}")
    for main, same in mains:
        if main.kind in FOLLOW_UP_KIND and rng.random() < FOLLOW_UPS:
            first = len(reports)
            happening(FOLLOW_UP_KIND[main.kind], main.town, main.day + timedelta(days=rng.randint(1, 2)),
                      "follow_up", same, main.toll)  # fmt: skip
            reports[first:] = [_recalled_in_headline(r, main) for r in reports[first:]]
    return reports


# A follow-up's headline recalls the happening before it, with its toll ({prev}): the town, the
# figure and often the spokesman are the first happening's, the act is another one.
FOLLOW_UP_KIND = {
    "attack": "bombing",
    "bombing": "attack",
    "strike": "clash",
    "clash": "attack",
    "riot": "arrests",
}
FOLLOW_UPS = 0.3


def _recalled_in_headline(report: Report, first: Facts) -> Report:
    """`report` of a follow-up with the headline recalling `first` and its toll."""
    town = first.town
    place = {"ru": town.russian, "ar": town.arabic}.get(report.language, town.name)
    return replace(report, title=FOLLOW_UP_TITLE[report.language].format(town=place, prev=first.toll))


# ----------------------------------------------------------------------------------------------
# Strikes between two states' forces (`make_state_strikes`): one outlet may get the sides
# backwards, and the other side often strikes back (a retaliation: another happening).
# ----------------------------------------------------------------------------------------------

STATE_PAIRS = (("PK", "AF"), ("NG", "CM"), ("ET", "SD"))
GETS_SIDES_BACKWARDS = 0.3  # share of an outlet's reports that name the sides the wrong way round
# share of the reports published the next day or later that date the strike on the next day (it
# came overnight: "late on Thursday" for one outlet, "on Friday" for another)
DATED_NEXT_DAY = 0.3
RETALIATES = 0.6  # the side hit strikes back: another happening (`retaliation`)
RETALIATES_SAME_AREA = 0.3  # ... in the same border town (the next day), else on the attacker's ground


def _state_fill(lang: str, attacker: str, hit: str) -> dict[str, str]:
    a_words, b_words = STATE_SIDE[attacker], STATE_SIDE[hit]
    if lang == "ru":
        return {"a": a_words[4], "b": b_words[4], "b_gen": b_words[5]}
    i = {"ar": 6}.get(lang, LANGUAGES.index(lang))
    return {"a": a_words[i], "b": b_words[i], "b_gen": ""}


def write_state_strike(
    report_id: str, happening: str, facts: Facts, attacker: str, hit: str, lang: str, published: datetime,
    rng: random.Random, no_day: bool = False,
) -> Report:  # fmt: skip
    """One report of `attacker`'s strike on `hit`'s forces in `facts.town`; a
    `GETS_SIDES_BACKWARDS` share of them (drawn from the report's own id) swap the two sides, and a
    `DATED_NEXT_DAY` share of those published later date it on the next day (their own draws)."""
    town = facts.town
    if random.Random(f"sides-{report_id}").random() < GETS_SIDES_BACKWARDS:
        attacker, hit = hit, attacker
    day = facts.day
    if published.date() > day and random.Random(f"night-{report_id}").random() < DATED_NEXT_DAY:
        day += timedelta(days=1)
    fill = {
        "town": {"ru": town.russian, "ar": town.arabic}.get(lang, town.name),
        "day": _day_phrase(lang, day, published, rng), "n": str(facts.toll), "m": facts.injured,
        "country": COUNTRY_NAMES[town.country_code][LANGUAGES.index(lang)], "province": town.admin1,
        "spokesman": facts.spokesman, "hour": facts.hour, **_state_fill(lang, attacker, hit),
    }  # fmt: skip
    shape = rng.choice(STATE_LEADS[lang])
    lead = _without_day(shape).format(**fill) if no_day else shape.format(**fill)
    lead = lead[:1].upper() + lead[1:]
    injured, _update, spokesman, _generic, background = BODY[lang]
    offered = [
        (spokesman, GIVES_FACT),
        (background, NAMES_COUNTRY),
        (HOUR[lang], GIVES_FACT),
        (injured, GIVES_FACT),
    ]
    body = [sentence.format(**fill) for sentence, p in offered if rng.random() < p]
    rng.shuffle(body)
    title = lead.split(",")[0].split(";")[0][:90]
    return Report(report_id, happening, lang, published, title, " ".join([lead] + body), town.name, "state_strike",
                  coder_misses=False)  # fmt: skip


TELLS_RETALIATION = 0.5  # share of the first strike's reports published once it came that tell it too


def _told_retaliation(report: Report, answer: Facts, attacker: str, hit: str) -> Report:
    """`report` of the first strike with a last sentence on the retaliation (`answer`, by
    `attacker` on `hit`) when it was published on the retaliation's day or later and its own draw
    says so: one report, two events, the second the look-alike of the first."""
    own = random.Random(f"struck-back-{report.report_id}")
    if report.published.date() < answer.day or own.random() >= TELLS_RETALIATION:
        return report
    lang, town = report.language, answer.town
    fill = {
        "town": {"ru": town.russian, "ar": town.arabic}.get(lang, town.name),
        "day": _day_phrase(lang, answer.day, report.published, own), "n": str(answer.toll),
        **_state_fill(lang, attacker, hit),
    }  # fmt: skip
    sentence = STRUCK_BACK[lang].format(**fill)
    return replace(report, text=f"{report.text} {sentence[:1].upper()}{sentence[1:]}")


def make_state_strikes(
    n_strikes: int = 30, seed: int = 1, start: date = date(2025, 3, 1), no_day: float = 0.0
) -> list[Report]:
    """Air/drone strikes by one state's forces on a neighbour's (`STATE_PAIRS`) in a town of the
    neighbour, reported 2-4 times; a `RETALIATES` share bring the retaliation, labelled
    `retaliation` (a look-alike that must stay apart): the side hit strikes back the same or the
    next day in a town of the attacker's country, or (`RETALIATES_SAME_AREA`) the next day in
    the same town, which some of the first strike's later reports tell too (`TELLS_RETALIATION`,
    their own draws). Its own random stream: `make_cases` draws as before. `no_day` (opt-in, as
    in `make_cases`): an `UNDATED` share of the reports give no date of their own, and that share
    of those name no day in their lead (their own draws); with 0, every report is dated."""
    rng = random.Random(f"state-strikes-{seed}")
    by_country = towns()
    reports: list[Report] = []

    def happening(n: int, label: str, attacker: str, hit: str, town: Town, day: date) -> Facts:
        toll = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17])
        facts = Facts("state_strike", town, day, toll, toll + rng.randint(1, 9),
                      f"{rng.randint(6, 22)}:{rng.choice(['00', '15', '30', '45'])}",
                      f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}", "", "", "")  # fmt: skip
        story = f"s{seed}{n:04d}-{label}"
        for r in range(rng.choice([2, 2, 3, 3, 4])):
            published = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=rng.randint(10, 23) if rng.random() < 0.5 else 24 + rng.randint(6, 20)
            )
            report_id = f"{story}-{r}"
            own = random.Random(f"no-day-{seed}-{report_id}")
            undated = no_day > 0 and own.random() < UNDATED
            dayless = undated and own.random() < no_day
            report = write_state_strike(
                report_id, story, facts, attacker, hit, rng.choice(LANGUAGES), published, rng, no_day=dayless
            )
            slip = "" if report.coder_misses else _slip(f"slip-{seed}-{report_id}")
            reports.append(replace(report, dated=not undated, coder_slip=slip))
        return facts

    for n in range(n_strikes):
        attacker, hit = rng.sample(STATE_PAIRS[n % len(STATE_PAIRS)], 2)
        town, day = rng.choice(by_country[hit]), start + timedelta(days=rng.randint(0, 120))
        first = len(reports)
        happening(n, "main", attacker, hit, town, day)
        if rng.random() < RETALIATES:
            if rng.random() < RETALIATES_SAME_AREA:
                answer = happening(n, "retaliation", hit, attacker, town, day + timedelta(days=1))
                reports[first:] = [
                    _told_retaliation(r, answer, hit, attacker) if r.happening.endswith("-main") else r
                    for r in reports[first:]
                ]
            else:
                other = rng.choice(by_country[attacker])
                happening(n, "retaliation", hit, attacker, other, day + timedelta(days=rng.randint(0, 1)))
    return reports
