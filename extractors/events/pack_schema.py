"""The schema of a language pack (`extractors/data/lang/<code>.yaml`): the keys every pack has
(`SCHEMA`, the trigger classes per ACLED type `TRIGGER_CLASSES`), the keys whose items are no
phrases (`_NOT_PHRASES`), and `schema_errors` (what `lexicon.lint` and `tests/test_lang_packs.py` check).
"""

from __future__ import annotations

from typing import Any

# The keys every pack has (nested mappings list their own required keys; "list" = list of phrases,
# "map" = mapping, "str" = scalar). `tests/test_lang_packs.py` checks every pack against it.
TRIGGER_CLASSES: dict[str, tuple[str, ...]] = {
    "Explosions/Remote violence": (
        "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb",
        "Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "explosion",
    ),
    "Battles": ("Armed clash", "territory"),
    "Violence against civilians": ("Sexual violence", "Abduction/forced disappearance", "Attack"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}  # fmt: skip

SCHEMA: dict[str, Any] = {
    "code": "str",
    "name": "str",
    "normalise": "list",
    "lemmatizer": "str",
    "stemmer": "str",
    "clitics": {"prefixes": "list", "suffixes": "list"},
    "letter_variants": "map",
    "extends": "str",
    "clause_order": "str",
    "triggers": {etype: dict.fromkeys(subs, "list") for etype, subs in TRIGGER_CLASSES.items()},
    "generic_violence": "list",
    "outcomes": dict.fromkeys(
        ("killed", "killed_one", "wounded", "abducted", "arrested", "missing", "without"), "list"
    ),
    "numbers": {
        "qualifiers": "list",
        "vague": "map",
        "words": "map",
        "toll_nouns": "list",
        "earlier_figure": "list",
        "units": "list",
        "partitive": "list",
        "labels": "list",
        "list_joiners": "list",
        "alternatives": "list",
        "range_words": "list",
        "range_openers": "list",
        "part_of": "list",
        "rises": "list",
        "count_nouns": "list",
        "objects": "list",
        "dual_endings": "list",
        "one_more": "list",
        "sources": "list",
    },
    "modality": dict.fromkeys(
        (
            "hedges",
            "negation",
            "negation_particles",
            "funerals",
            "future",
            "denial",
            "conditional",
            "aggregate",
            "habitual",
            "non_conflict",
            "recalled",
            "recent_recalls",
            "superlative",
            "durative",
        ),
        "list",
    ),  # fmt: skip
    "reporting_verbs": "list",
    "agent_markers": "list",
    "agent_genitives": "list",
    "agent_postpositions": "list",
    "locative_postpositions": "list",
    "target_nouns": "list",
    "object_endings": "list",
    "member_nouns": "list",
    "opponent_markers": "list",
    "weapon_finds": "list",
    "weapon_layings": "list",
    "conflict_agreements": "list",
    "gathering_words": "list",
    "grievance_words": "list",
    "ordinary_crimes": "list",
    "kin_nouns": "list",
    "verbal_objects": "list",
    "reduced_relatives": "list",
    "holding_words": "list",
    "gunfire": "list",
    "one_victim": "list",
    "own_keys": "list",
    "fire_verbs": "list",
    "vehicles": "list",
    "forced_takeovers": "list",
    "unopposed_takeovers": "list",
    "self_dispersals": "list",
    "complementisers": "list",
    "response_markers": {"opening": "list", "closing": "list", "retaliation": "list", "after": "list"},
    "attribution": {"blame": "list", "claim": "list"},
    "locative_prepositions": "list",
    "clause_connectors": "list",
    "separate_events": "list",
    "relative_dates": dict.fromkeys(
        (
            "today",
            "yesterday",
            "day_before_yesterday",
            "last_night",
            "this_morning",
            "tonight",
            "last_week",
            "weekend",
            "this_week",
            "since",
            "weekday_words",
            "previous",
            "overnight_between",
            "ago",
            "long_units",
        ),
        "list",
    )
    | {"weekday_names": "map", "month_names": "map", "units": "map"},  # fmt: skip
    "actors": dict.fromkeys(
        (
            "state_forces",
            "national_forces",
            "police",
            "unidentified_armed",
            "militants",
            "rebels",
            "militia",
            "protesters",
            "rioters",
            "civilians",
            "government",
            "self_reference",
        ),
        "list",
    ),  # fmt: skip
    "demonyms": "map",
    "abbreviations": "list",
    "place_words": {
        **dict.fromkeys(
            (
                "region",
                "district",
                "settlement",
                "quarter",
                "area",
                "facility",
                "direction",
                "leading",
                "attributive",
                "capital",
                "seat_of_state",
            ),
            "list",
        ),
        "compass": "map",
        "distance_units": "map",
        "name_endings": "map",
        "adjective_endings": "map",
        "region_adjectives": "map",
        "region_names": "map",
        "possessive": "list",
    },  # fmt: skip
    "near_prepositions": "list",
    "person_titles": "list",
}

# Keys whose list items are templates or settings, not phrases to match.
_NOT_PHRASES = frozenset(
    {
        "normalise",
        "own_keys",
        "clitics.prefixes",
        "clitics.suffixes",
        "letter_variants",
        "relative_dates.overnight_between",
        "place_words.name_endings",
        "place_words.adjective_endings",
        "place_words.region_adjectives",
        "place_words.region_names",
        "place_words.possessive",
        "genitive_endings",
    }
)


def schema_errors(data: Any, schema: Any = SCHEMA, path: str = "") -> list[str]:
    """What a pack lacks or has of the wrong kind, one message per problem ('' path = top)."""
    if isinstance(schema, dict):
        if not isinstance(data, dict):
            return [f"{path or 'pack'}: expected a mapping"]
        errors = []
        for key, sub in schema.items():
            where = f"{path}.{key}" if path else key
            if key not in data:
                errors.append(f"{where}: missing")
            else:
                errors.extend(schema_errors(data[key], sub, where))
        return errors
    if schema == "list":
        if not isinstance(data, list) or not all(isinstance(x, str) and x.strip() for x in data):
            return [f"{path}: expected a list of non-empty strings"]
        return []
    if schema == "map":
        return [] if isinstance(data, dict) else [f"{path}: expected a mapping"]
    return [] if isinstance(data, str) else [f"{path}: expected a string"]
