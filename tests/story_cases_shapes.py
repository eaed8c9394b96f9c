"""Report shapes the generated story cases (`story_cases.py`) lacked, added as happenings of their
own (`make_shaped_cases`, drawn from its own stream: `make_cases` and `make_state_strikes` draw
exactly as before). Written after reading how outlets in six languages tell one happening over two
days (round 17); the sentences are the project's own (`story_phrases_shapes.py`).

A shaped happening is a violent kind (`SHAPED_KINDS`) in a real town on a day with a toll, told
2-4 times; each report takes one shape (`SHAPES`, drawn from the report's own id):
- `reordered`: another word order (the place or the toll first, passive, the day last), the
  toll in words at any size in a `SPELLED` share (`spelled`: "twenty-three", "vingt-trois",
  "двадцать три", "ثلاثة وعشرون");
- `toll_update`: published the next day, the lead is the risen toll ("the death toll from
  Tuesday's air strike in X has risen to 23"), the first count further down (`EARLIER_COUNT`);
- `scene`: a headline and a lead on a scene or a quote, no act, toll nor day: the act comes in
  the second sentence (the coder's lead and the evidence's lead figures miss it);
- `brief` (round 18): a wire copy cut short, as agencies' alerts and other outlets' briefs carry
  it: a plain report's headline and lead alone, no body (no spokesman, no hour, no background:
  only the place, the day, the toll and the kind to link on);
- `plain`: `story_cases.write_report`'s shapes.
Each shaped happening may bring what followed it the next day in the same town (`FOLLOWS`), a
look-alike that must stay apart: `funeral` (the dead buried; no event of its own) and
`arrests_over` (men arrested over the act), both recalling the act's toll and day.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from story_cases import (
    CODER_MISSES,
    FIRST_NAMES,
    GIVES_FACT,
    LANGUAGES,
    NAMES_COUNTRY,
    SURNAMES,
    UNDATED,
    Report,
    Town,
    _day_phrase,
    _slip,
    towns,
)
from story_phrases import ACTORS, BODY, COUNTRY_NAMES, HOUR, LEADS, TARGETS, WEEKDAYS
from story_phrases_shapes import (
    ACT_NOUN,
    ARRESTS_OVER,
    DAY_OF,
    EARLIER_COUNT,
    FUNERAL,
    REORDERED,
    SCENE,
    SCENE_TITLE,
    TOLL_UPDATE,
)

SHAPED_KINDS = ("strike", "bombing", "attack", "clash", "riot")
SHAPES = {"reordered": 0.35, "toll_update": 0.25, "scene": 0.15, "brief": 0.1}  # the rest: plain
# (`brief` last: the reports drawn into the first three shapes are those drawn before round 18)
SPELLED = 0.5  # share of reordered reports whose toll is in words
FOLLOWS = {"funeral": 0.35, "arrests_over": 0.35}
TOLLS = (2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 23, 27, 31, 42, 58)

# ------------------------------------------------------------------------------------------------
# Numbers in words, 2-99, per language (the shapes' own: `story_phrases.NUMBER_WORDS` stops at 12).
# ------------------------------------------------------------------------------------------------
_UNITS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
          "dix-sept dix-huit dix-neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieciséis diecisiete dieciocho diecinueve",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
          "sechzehn siebzehn achtzehn neunzehn",
    "ru": "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
          "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد_عشر اثنا_عشر ثلاثة_عشر "
          "أربعة_عشر خمسة_عشر ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر",
}  # fmt: skip
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "ru": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "ar": "عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون",
}  # fmt: skip
_ES_TWENTIES = "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"  # fmt: skip


def spelled(lang: str, n: int) -> str:
    """`n` (2-99; other numbers in digits) in the words of `lang`."""
    if not 2 <= n <= 99:
        return str(n)
    units = (
        _UNITS[lang].replace("_", " ").split(" ")
        if lang != "ar"
        else [w.replace("_", " ") for w in _UNITS[lang].split()]
    )
    if n < 20:
        return units[n]
    tens, unit = divmod(n, 10)
    ten = _TENS[lang].split()[tens - 2]
    if unit == 0:
        return ten
    if lang == "en":
        return f"{ten}-{units[unit]}"
    if lang == "fr":
        return f"{ten} et un" if unit == 1 and tens < 7 else f"{ten}-{units[unit]}"
    if lang == "es":
        return _ES_TWENTIES.split()[unit] if tens == 2 else f"{ten} y {units[unit]}"
    if lang == "de":
        return f"{'ein' if unit == 1 else units[unit]}und{ten}"
    if lang == "ru":
        return f"{ten} {units[unit]}"
    return f"{units[unit]} و{ten}"  # ar: the unit, then "and" joined to the tens


def _act_day(lang: str, day: date) -> str:
    return DAY_OF[lang].format(weekday=WEEKDAYS[lang][day.weekday()])


def _place(lang: str, town: Town) -> str:
    return {"ru": town.russian, "ar": town.arabic}.get(lang, town.name)


def _body(lang: str, fill: dict, rng: random.Random, violent: bool = True) -> list[str]:
    injured, _update, spokesman, generic, background = BODY[lang]
    offered = [(spokesman, GIVES_FACT), (generic, 0.5), (background, NAMES_COUNTRY), (HOUR[lang], GIVES_FACT)]
    if violent:
        offered.append((injured, GIVES_FACT))
    body = [sentence.format(**fill) for sentence, p in offered if rng.random() < p]
    rng.shuffle(body)
    return body


def _title(lead: str) -> str:
    return lead.split(",")[0].split(";")[0].split(":")[0][:90]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _sentence(s: str) -> str:
    """A headline-like lead shape as the first sentence of a text: capitalised, with its full stop."""
    s = _cap(s)
    return s if s[-1:] in ".!?" else f"{s}."


def shape_of(report_id: str, seed: int) -> str:
    """The shape of a shaped happening's report (`SHAPES`, drawn from its own id), or "plain"."""
    draw = random.Random(f"shape-{seed}-{report_id}").random()
    for name, share in SHAPES.items():
        if draw < share:
            return name
        draw -= share
    return "plain"


def make_shaped_cases(n_happenings: int = 50, seed: int = 1, start: date = date(2025, 3, 1)) -> list[Report]:
    """Shaped happenings with their reports and what followed them (see the module docstring)."""
    rng = random.Random(f"shapes-{seed}")
    by_country = towns()
    countries = sorted(by_country)
    reports: list[Report] = []

    def add(report: Report, report_id: str) -> None:
        undated = random.Random(f"{seed}-{report_id}").random() < UNDATED
        slip = "" if report.coder_misses else _slip(f"slip-{seed}-{report_id}")
        reports.append(replace(report, dated=not undated, coder_slip=slip))

    for n in range(n_happenings):
        town = rng.choice(by_country[countries[(n * 7) % len(countries)]])
        day = start + timedelta(days=rng.randint(0, 120))
        kind = rng.choice(SHAPED_KINDS)
        toll = rng.choice(TOLLS)
        spokesman = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        victim = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        story = f"g{seed}{n:04d}-main"
        for r in range(rng.choice([2, 2, 3, 3, 4])):
            report_id = f"{story}-{r}"
            shape = shape_of(report_id, seed)
            lang = rng.choice(LANGUAGES)
            later = shape == "toll_update" or rng.random() >= 0.5
            published = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=24 + rng.randint(6, 20) if later else rng.randint(10, 23)
            )
            risen = toll + rng.randint(2, 9) if shape == "toll_update" else toll
            words = shape == "reordered" and random.Random(f"spelled-{seed}-{report_id}").random() < SPELLED
            fill = {
                "town": _place(lang, town), "day": _day_phrase(lang, day, published, rng),
                "n": spelled(lang, risen) if words else str(risen), "prev": toll, "m": toll * 2 + 3,
                "actor": rng.choice(ACTORS[lang]), "target": rng.choice(TARGETS[lang]),
                "country": COUNTRY_NAMES[town.country_code][LANGUAGES.index(lang)], "province": town.admin1,
                "spokesman": spokesman, "victim": victim, "hour": f"{rng.randint(6, 22)}:00",
                "act": ACT_NOUN[lang][kind], "day_of": _act_day(lang, day),
            }  # fmt: skip
            body = _body(lang, fill, rng)
            if shape == "reordered":
                lead = _sentence(rng.choice(REORDERED[lang][kind]).format(**fill))
                title, sentences = _title(lead), [lead, *body]
            elif shape == "toll_update":
                lead = _sentence(rng.choice(TOLL_UPDATE[lang]).format(**fill))
                title, sentences = _title(lead), [lead, *body, EARLIER_COUNT[lang].format(**fill)]
            elif shape == "scene":
                scene = _cap(rng.choice(SCENE[lang]).format(**fill))
                act = _cap(rng.choice(LEADS[lang][kind]).format(**fill))
                title, sentences = SCENE_TITLE[lang].format(**fill), [scene, act, *body]
            else:
                lead = _cap(rng.choice(LEADS[lang][kind]).format(**fill))
                title, sentences = _title(lead), [lead] if shape == "brief" else [lead, *body]
            misses = rng.random() < CODER_MISSES[lang]
            add(Report(report_id, story, lang, published, title, " ".join(sentences), town.name, kind, misses),
                report_id)  # fmt: skip
        for label, share in FOLLOWS.items():
            if rng.random() >= share:
                continue
            follow = f"g{seed}{n:04d}-{label}"
            next_day = day + timedelta(days=1)
            for r in range(rng.choice([1, 2, 2, 3])):
                report_id = f"{follow}-{r}"
                lang = rng.choice(LANGUAGES)
                published = datetime.combine(next_day, datetime.min.time()) + timedelta(
                    hours=rng.randint(12, 23) if rng.random() < 0.6 else 24 + rng.randint(6, 14)
                )
                fill = {
                    "town": _place(lang, town), "day": _day_phrase(lang, next_day, published, rng),
                    "prev": toll, "k": rng.choice([3, 4, 5, 6, 7, 9]), "act": ACT_NOUN[lang][kind],
                    "day_of": _act_day(lang, day), "spokesman": spokesman if rng.random() < 0.5 else
                    f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}", "hour": f"{rng.randint(8, 18)}:00",
                    "country": COUNTRY_NAMES[town.country_code][LANGUAGES.index(lang)], "province": town.admin1,
                    "m": toll * 2 + 3,
                }  # fmt: skip
                shapes = FUNERAL if label == "funeral" else ARRESTS_OVER
                lead = _cap(rng.choice(shapes[lang]).format(**fill))
                body = _body(lang, fill, rng, violent=False)
                kind_of = "funeral" if label == "funeral" else "arrests"
                misses = rng.random() < CODER_MISSES[lang]
                add(Report(report_id, follow, lang, published, _title(lead), " ".join([lead, *body]), town.name,
                           kind_of, misses), report_id)  # fmt: skip
    return reports
