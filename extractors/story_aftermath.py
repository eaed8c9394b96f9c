"""AFTERMATH_LEAD (round 18, issue 14): what a report's own lead says it follows, read from its
words, so that a report of a funeral or of arrests the day after an attack stays apart from the
attack's story even where the coder found no lead event in either report.

News tells what followed an act with the follow-up's own act first and the earlier act after it,
as its object or cause: "Thousands attend funeral of the 12 killed in Friday's bombing", "Police
arrest three suspects over the market bombing", "Les obsèques des victimes de l'attentat", "تشييع
ضحايا التفجير", "В Грозном похоронили погибших при взрыве". `follow_up_of_lead` reads the headline
and the first sentence (`story_text.lead_text`'s pieces) with the report's pack:
- `funeral`: a word of the pack's `follow_up_leads.funeral` (funeral, burial, mourners,
  obsèques, sepelio, Beisetzung, похороны, تشييع, cenaze) with no act word before it in its piece
  (after it, in a verb-final pack): an act told before the funeral word is an act at the funeral
  ("a suicide bomber kills 20 at a funeral"), the news itself;
- `arrests`: an arrest word (`outcomes.arrested`, the Arrests triggers) in a piece with a word of
  `follow_up_leads.arrests` (suspects, in connection with, soupçonnés, على خلفية, по делу) that
  no act word comes before (after, verb-final): the suspects or the tie to the act come first,
  the act they are held over after them ("5 Verdächtige wurden im Zusammenhang mit dem Überfall
  festgenommen": the arrest word itself may close the clause), not a raid that killed and then
  arrested suspects.
A lead that tells an arrest otherwise is `arrested`: no follow-up of its own, but no report of
the act an arrests follow-up is held apart from either (the same arrests without the suspects'
word). Words of acts are the coder's (`triggers`, `generic_violence`, `outcomes.killed`). Read by
`story_follows.later_act` (AFTERMATH_LEAD there).
"""

from __future__ import annotations

FUNERAL, ARRESTS = "funeral", "arrests"
ARRESTED = "arrested"  # an arrest told, but as no follow-up: the lead of arrests (or of a raid) of its own
_ACT_CLASSES = ("triggers", "generic_violence", "outcomes.killed")
_ARREST_CLASSES = ("outcomes.arrested", "triggers.Strategic developments.Arrests")


def follow_up_of_lead(title: str, text: str, lang: str) -> str:
    """AFTERMATH_LEAD: `funeral`, `arrests`, `arrested` or "" (see the module docstring)."""
    from extractors.events.reading import has_pack, read
    from extractors.story_text import lead_end

    if not lang or not has_pack(lang):
        return ""
    found = ""
    for piece in (title or "", (text or "")[: lead_end(title or "", text or "")]):
        if not piece.strip():
            continue
        try:
            kind = _kind_of(read(" ".join(piece.split()), lang))
        except Exception:  # the readers are the coder's; a failure there costs only this evidence
            continue
        if kind == FUNERAL:
            return kind
        if kind and found != ARRESTS:
            found = kind
    return found


def _kind_of(r) -> str:
    verb_final = r.pack.data.get("clause_order") == "verb-final"
    funerals = r.hits("follow_up_leads.funeral")
    ties = r.hits("follow_up_leads.arrests")
    arrests = r.hits(*_ARREST_CLASSES)
    if not funerals and not arrests:
        return ""
    own = funerals + arrests + ties
    acts = [
        m for m in r.hits(*_ACT_CLASSES)
        if "Arrests" not in m.label and not any(o.first < m.last and m.first < o.last for o in own)
    ]  # fmt: skip

    def first_told(word) -> bool:
        return (
            all(a.last <= word.first for a in acts) if verb_final else all(a.first >= word.last for a in acts)
        )

    if any(first_told(f) for f in funerals):
        return FUNERAL
    if arrests and any(first_told(t) for t in ties):
        return ARRESTS
    return ARRESTED if arrests else ""
