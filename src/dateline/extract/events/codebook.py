"""The CAMEO code book as data: Goldstein scores, quad classes and PLOVER types of codes, and
the event lexicon (data/event_verbs.txt, data/event_frames.txt) read into lookup tables.

PLOVER types follow the CAMEO-to-PLOVER table of the PLOVER manual (2021 draft, Open Event
Data Alliance, CC BY-SA 4.0), with the exceptions its conversion file lists at 3 and 4
digits (163 imposing sanctions is COERCE; 1712 destroying property, 175 violent repression
and all of 18 to 20 are ASSAULT; 191 and 192 are COERCE). Quad classes are GDELT's: 1 verbal
cooperation (01-04), 2 material cooperation (05-08), 3 verbal conflict (09-13), 4 material
conflict (14-20). The PLOVER table and the tables that compose a frame with its event are
sections of data/event_rules.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from dateline.lexicon import section_lines, table


@cache
def _table(section: str) -> dict[str, str]:
    """A "key<TAB>value" section of data/event_rules.txt (PLOVER types, composed codes)."""
    return table("event_rules.txt", section)


def _read(name: str) -> list[str]:
    return resources.files("dateline.data").joinpath(name).read_text("utf-8").splitlines()


@cache
def _codes() -> dict[str, tuple[float, str]]:
    table = {}
    for line in _read("cameo-codes.tsv"):
        if line and not line.startswith("#"):
            code, goldstein, name = line.split("\t")
            table[code] = (float(goldstein), name)
    return table


def is_code(code: str) -> bool:
    return code in _codes()


def goldstein(code: str) -> float:
    return _codes()[code][0]


def name(code: str) -> str:
    """The code book's name of a code ("051" -> "Praise or endorse")."""
    return _codes()[code][1]


# --- named predicates on codes -------------------------------------------------------------
# A CAMEO code is a two-digit root (the event's kind: "18" ASSAULT) followed by one or two
# digits that narrow it ("183" conduct suicide, car or other non-military bombing, "1831"
# carry out suicide bombing). The rules below ask what a code means through these names,
# not by slicing its digits.


def root(code: str) -> str:
    """The two-digit root of a code ("1831" -> "18"): CAMEO's 20 kinds of event, from 01
    MAKE PUBLIC STATEMENT to 20 USE UNCONVENTIONAL MASS VIOLENCE."""
    return code[:2]


def root_number(code: str) -> int:
    """The root as a number (1 to 20): CAMEO orders its roots from cooperation (01-08) to
    conflict (09-20), so a higher root is a more hostile kind of event."""
    return int(code[:2])


def base(code: str) -> str:
    """The level-two code: the root and one more digit ("1831" -> "183"), or the code itself
    when it is shorter (GDELT's EventBaseCode)."""
    return code[:3]


def is_under(code: str, *parents: str) -> bool:
    """Whether the code is one of the `parents` or narrows one of them ("0874" is under
    "087" and "08")."""
    return code.startswith(parents)


def is_cooperative(code: str) -> bool:
    """Roots 01-08, verbal and material cooperation: 01 MAKE PUBLIC STATEMENT, 02 APPEAL,
    03 EXPRESS INTENT TO COOPERATE, 04 CONSULT, 05 ENGAGE IN DIPLOMATIC COOPERATION,
    06 ENGAGE IN MATERIAL COOPERATION, 07 PROVIDE AID, 08 YIELD."""
    return root_number(code) <= 8


def is_threat_or_worse(code: str) -> bool:
    """Roots 13-20: 13 THREATEN and everything done by force, from 14 PROTEST to 20 USE
    UNCONVENTIONAL MASS VIOLENCE."""
    return root_number(code) >= 13


def is_material_conflict(code: str) -> bool:
    """Roots 14-20, GDELT's quad class 4: 14 PROTEST, 15 EXHIBIT FORCE POSTURE, 16 REDUCE
    RELATIONS, 17 COERCE, 18 ASSAULT, 19 FIGHT, 20 USE UNCONVENTIONAL MASS VIOLENCE."""
    return root_number(code) >= 14


def is_coercive_or_worse(code: str) -> bool:
    """Roots 17-20: 17 COERCE (seizing, arresting, repressing) and the violent roots."""
    return root_number(code) >= 17


def is_violent(code: str) -> bool:
    """Roots 18-20, violence: 18 ASSAULT, 19 FIGHT, 20 USE UNCONVENTIONAL MASS VIOLENCE."""
    return root_number(code) >= 18


def is_consultation(code: str) -> bool:
    """Root 04 CONSULT: meetings, visits, talks, mediation, negotiation."""
    return root(code) == "04"


def is_intent_or_consultation(code: str) -> bool:
    """Roots 03 EXPRESS INTENT TO COOPERATE and 04 CONSULT: agreeing to meet, meeting."""
    return root(code) in ("03", "04")


def is_meeting_between(code: str) -> bool:
    """04 CONSULT and 039 express intent to mediate: events between two parties ("talks
    between Sudan and the SPLA", "offered to mediate between")."""
    return is_consultation(code) or base(code) == "039"


def is_visit(code: str) -> bool:
    """042 make a visit: "in Kabul" names its host, not only where it happened."""
    return base(code) == "042"


def is_aid(code: str) -> bool:
    """Root 07 PROVIDE AID."""
    return root(code) == "07"


def is_demand(code: str) -> bool:
    """Root 10 DEMAND."""
    return root(code) == "10"


def is_disapproval(code: str) -> bool:
    """Root 11 DISAPPROVE: criticizing, accusing, complaining."""
    return root(code) == "11"


def is_demand_disapproval_or_rejection(code: str) -> bool:
    """Roots 10 DEMAND, 11 DISAPPROVE and 12 REJECT: acts that vowing to do is doing."""
    return root(code) in ("10", "11", "12")


def is_protest(code: str) -> bool:
    """Root 14 PROTEST: demonstrations, hunger strikes, strikes and boycotts, blockades."""
    return root(code) == "14"


def is_demonstration(code: str) -> bool:
    """141 demonstrate or rally, and its sub-codes."""
    return is_under(code, "141")


def is_force_posture_or_fight(code: str) -> bool:
    """Roots 15 EXHIBIT FORCE POSTURE and 19 FIGHT: what "joint" makes military cooperation
    ("joint military exercises")."""
    return root(code) in ("15", "19")


def is_withdrawal_or_return(code: str) -> bool:
    """084 return, release; 087 de-escalate military engagement; 166 expel or withdraw:
    moving someone away from a place ("withdraw its troops from Lebanon")."""
    return base(code) in ("087", "166", "084")


# Codes whose passive subject is the actor: forces mobilized (15 EXHIBIT FORCE POSTURE),
# demobilized (0873) or withdrawn (0874 retreat or surrender militarily).
_SELF_MOVES = ("15", "0873", "0874")


def is_self_move(code: str) -> bool:
    """Forces moving themselves: 15 EXHIBIT FORCE POSTURE, 0873 demobilize armed forces,
    0874 retreat or surrender militarily ("guerrillas have been demobilized")."""
    return is_under(code, *_SELF_MOVES)


# What only a state does to someone: 09 INVESTIGATE, 116 find guilty or liable, 1711
# confiscate property, 172 impose administrative sanctions, 173 arrest, detain or charge,
# 174 expel or deport individuals.
_STATE_ACTS = ("09", "116", "1711", "172", "173", "174")


def is_state_act(code: str) -> bool:
    """What only a state does to someone: investigate, convict, confiscate, sanction,
    arrest, deport ("was put under investigation in Italy": by the Italian state)."""
    return is_under(code, *_STATE_ACTS)


# Roots whose object's "from" or "by" names the target: the one whose offer, demand or
# decision is accepted, rejected or criticised: 03 EXPRESS INTENT TO COOPERATE, 08 YIELD,
# 10 DEMAND, 11 DISAPPROVE, 12 REJECT.
_SOURCED_ROOTS = frozenset({"03", "08", "10", "11", "12"})


def source_names_target(code: str) -> bool:
    """Whether the "from" or "by" of the event's object names its target ("demanded support
    from X", "accepted demands from X", "rejected calls by X")."""
    return root(code) in _SOURCED_ROOTS


# Roots of nominal events whose "of" names who undergoes them ("the withdrawal of Serbian
# forces", "the killing of a journalist"): 08 YIELD, 10 DEMAND, 11 DISAPPROVE, 12 REJECT,
# 13 THREATEN, 16 REDUCE RELATIONS, 17 COERCE, 18 ASSAULT, 19 FIGHT, 20 USE UNCONVENTIONAL
# MASS VIOLENCE; not meetings or agreements, whose "of" names the parties.
_PATIENT_OF_ROOTS = frozenset({"08", "10", "11", "12", "13", "16", "17", "18", "19", "20"})


def of_names_patient(code: str) -> bool:
    """Whether an event noun's "of" names who undergoes it ("the removal of President X")."""
    return root(code) in _PATIENT_OF_ROOTS


# Roots whose object may be the target even when the lexicon entry names it ("allowed
# refugees to return", "released prisoners"): 08 YIELD, 11 DISAPPROVE, 12 REJECT, 17 COERCE,
# 18 ASSAULT, 19 FIGHT, 20 USE UNCONVENTIONAL MASS VIOLENCE.
_PATIENT_OBJECT_ROOTS = frozenset({"08", "11", "12", "17", "18", "19", "20"})


def object_is_patient(code: str) -> bool:
    """Whether the verb's object (an actor the lexicon entry itself names) is the target."""
    return root(code) in _PATIENT_OBJECT_ROOTS


def quad_class(code: str) -> int:
    """GDELT's quad class: 1 verbal cooperation (01-04), 2 material cooperation (05-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    number = root_number(code)
    return 1 if number <= 4 else 2 if number <= 8 else 3 if number <= 13 else 4


def plover(code: str) -> str | None:
    """The PLOVER type of a CAMEO code; None for 01 (statements), which PLOVER drops; an
    appeal (02) is a REQUEST, as a demand is."""
    exceptions = _table("plover-exceptions")
    for length in (4, 3):
        if code[:length] in exceptions:
            return exceptions[code[:length]]
    if root(code) == "08":
        return "CONCEDE" if base(code) in ("080", "081", "082", "083") else "RETREAT"
    return _table("plover-by-root").get(root(code))


def plover_types() -> frozenset[str]:
    """Every PLOVER type an event can be given."""
    return (
        frozenset(_table("plover-by-root").values())
        | frozenset(_table("plover-exceptions").values())
        | {"CONCEDE", "RETREAT"}
    )


@dataclass(frozen=True)
class VerbEntry:
    code: str
    particle: str | None
    objects: frozenset[str]  # empty: the verb alone codes it


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[VerbEntry, ...]]  # lemma -> entries, object-bound ones first
    nouns: dict[str, str]  # noun lemma -> code
    carriers: frozenset[str]
    frames: dict[str, str]  # lemma -> intent / demand / reject / threaten
    needs_complement: frozenset[tuple[str, str]]  # (frame, lemma)


@cache
def lexicon() -> Lexicon:
    verbs: dict[str, list[VerbEntry]] = {}
    for line in section_lines("event_verbs.txt")["verbs"]:
        code, _, pattern = line.partition("\t")
        if not is_code(code):
            raise ValueError(f"event_verbs.txt: unknown CAMEO code {code!r}")
        head, _, objects = pattern.partition(":")
        words = head.split()
        entry = VerbEntry(code, words[1] if len(words) > 1 else None, frozenset(objects.split()))
        verbs.setdefault(words[0], []).append(entry)
    ordered = {
        lemma: tuple(sorted(entries, key=lambda e: (not e.objects, e.particle is None)))
        for lemma, entries in verbs.items()
    }
    frames_file = section_lines("event_frames.txt")
    nouns: dict[str, str] = {}
    for line in frames_file["nouns"]:
        code, _, words = line.partition("\t")
        if not is_code(code):
            raise ValueError(f"event_frames.txt: unknown CAMEO code {code!r}")
        for word in words.split():
            nouns.setdefault(word, code)
    frames: dict[str, str] = {}
    needs: set[tuple[str, str]] = set()
    for frame in ("intent", "demand", "reject", "threaten", "cause"):
        for line in frames_file[frame]:
            for word in line.split():
                frames.setdefault(word, frame)
        for line in frames_file.get(f"{frame}-needs-complement", []):
            needs.update((frame, word) for word in line.split())
    carriers = frozenset(w for line in frames_file["carriers"] for w in line.split())
    return Lexicon(ordered, nouns, carriers, frames, frozenset(needs))


# --- composing a frame with the event of its complement ------------------------------------


def compose(frame: str, inner: str | None) -> str:
    """The code of a frame ("agreed to", "demanded", "refused to", "threatened to") applied
    to the event of its complement (None when the complement codes nothing)."""
    code = _compose(frame, inner)
    while not is_code(code) and len(code) > 2:  # a sub-code the code book lacks: its parent
        code = code[:-1]
    return code


def _compose(frame: str, inner: str | None) -> str:
    if frame == "cause":
        return inner or "100"
    if inner is None:
        return _table("frame-defaults")[frame]
    if frame in ("intent", "threaten") and is_threat_or_worse(inner):
        return _threat(inner)
    if frame == "threaten":
        return "130" if is_cooperative(inner) else _threat(inner)
    if frame == "intent":
        if is_demand_disapproval_or_rejection(inner):
            return inner  # "vowed to reject": the rejection itself
        return _intent(inner)
    if frame == "demand":
        return _demand(inner)
    return _reject(inner)


@cache
def appeal_verbs() -> frozenset[str]:
    """Demand-frame verbs that make an appeal ("urged", "called for", "asked")."""
    lines = section_lines("event_frames.txt")["appeal"]
    return frozenset(word for line in lines for word in line.split())


def as_appeal(code: str) -> str:
    """The appeal matching a demand (1031 -> 0231, 106 -> 0256; data/event_rules.txt
    [appeal-of-demand]); other codes unchanged."""
    if not code.startswith("10"):
        return code
    return _table("appeal-of-demand").get(code, "020")


def _pick(table: dict[str, str], code: str, default: str) -> str:
    for length in (4, 3, 2):
        if code[:length] in table:
            return table[code[:length]]
    return default


def _intent(code: str) -> str:
    """The intent to do an event ("agreed to withdraw": 0874 -> 0356)."""
    return _pick(_table("compose-intent"), code, "030")


def _demand(code: str) -> str:
    """The demand of an event ("demanded the withdrawal of": 0874 -> 106)."""
    return _pick(_table("compose-demand"), code, "100")


def _reject(code: str) -> str:
    """The rejection of an event ("refused to meet": 04 -> 125)."""
    return _pick(_table("compose-reject"), code, "120")


def _threat(code: str) -> str:
    """The threat of an event ("threatened to impose sanctions": 163 -> 1312)."""
    return _pick(_table("compose-threat"), code, "130")
