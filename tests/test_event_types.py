"""Tests for corroborator.event_types: ACLED names, precedence rules, and the CASE 2021 floor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corroborator.event_types import EVENT_TYPES, SUB_EVENT_TYPES, classify_event, is_acled

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants clashed with soldiers near the border for three hours.", ("Battles", "Armed clash")),
        ("Taliban fighters stormed an army checkpoint overnight, killing four soldiers.", ("Battles", "Armed clash")),
        ("Government troops recaptured the town of Foo from the rebels on Monday.",
         ("Battles", "Government regains territory")),
        ("Rebel fighters seized the town of Foo after the army fled.",
         ("Battles", "Non-state actor overtakes territory")),
        ("A suicide bomber blew himself up at a checkpoint, killing six.",
         ("Explosions/Remote violence", "Suicide bomb")),
        ("A roadside bomb struck a police van, killing two officers.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Warplanes carried out air strikes on rebel positions.", ("Explosions/Remote violence", "Air/drone strike")),
        ("Artillery shelling hit residential areas of the city.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Attackers hurled a grenade at a market, wounding nine.", ("Explosions/Remote violence", "Grenade")),
        ("Helicopters dropped chlorine gas on the town.", ("Explosions/Remote violence", "Chemical weapon")),
        ("Gunmen killed eleven villagers in a night raid on the community.",
         ("Violence against civilians", "Attack")),
        ("Armed men kidnapped three aid workers on the highway.",
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("Soldiers raped women fleeing the fighting, a rights group said.",
         ("Violence against civilians", "Sexual violence")),
        ("Hundreds of teachers held a peaceful rally demanding unpaid salaries.", ("Protests", "Peaceful protest")),
        ("Police fired tear gas to disperse the protesters outside parliament.",
         ("Protests", "Protest with intervention")),
        ("Security forces opened fire on demonstrators, killing five protesters.",
         ("Protests", "Excessive force against protesters")),
        ("Protesters threw stones at police and torched cars during the demonstration.",
         ("Riots", "Violent demonstration")),
        ("A mob lynched a man accused of theft.", ("Riots", "Mob violence")),
        ("The two sides signed a ceasefire agreement in the capital.", ("Strategic developments", "Agreement")),
        ("Police arrested 12 suspects in a raid on Tuesday.", ("Strategic developments", "Arrests")),
        ("Bomb disposal experts defused an explosive device found near the school.",
         ("Strategic developments", "Disrupted weapons use")),
        ("The army set up a new military base near the border.",
         ("Strategic developments", "Headquarters or base established")),
        ("Shops were looted and several set on fire overnight.",
         ("Strategic developments", "Looting/property destruction")),
        ("Hundreds of fighters defected to the government side.",
         ("Strategic developments", "Change to group/activity")),
        ("The rebels handed over the town to the army without a fight.",
         ("Strategic developments", "Non-violent transfer of territory")),
        # A group's name is not a capture verb ("Liberation"), and storming a jail is not taking ground.
        ("The Baloch Liberation Army said its fighters attacked security posts in the district.",
         ("Battles", "Armed clash")),
        # Passive capture: the subject lost the ground.
        ("The terrorists were pushed back from their strongholds in the province by the army.",
         ("Battles", "Government regains territory")),
        ("An army spokesman said militants gained control of the district headquarters.",
         ("Battles", "Non-state actor overtakes territory")),
        # "non-violent" protesters are not a violent demonstration.
        ("Thousands of non-violent protesters marched peacefully through the capital.", ("Protests", "Peaceful protest")),
        # An industrial explosion with no attacker is an accident, not an IED.
        ("A boiler exploded at a textile factory, injuring five workers.", ("Non-ACLED", "Man-made disaster")),
    ],
)
def test_acled_sub_event_types(text: str, expected: tuple[str, str]) -> None:
    assert classify_event(text) == expected


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("A magnitude 6.1 earthquake killed eight people and damaged buildings.", "Natural disaster"),
        ("Four workers were hurt when a gas tank exploded at a chemical plant.", "Man-made disaster"),
        ("A bus collided with a truck on the highway, killing 12 passengers.", "Man-made disaster"),
        ("Police dismantled a drug cartel smuggling cocaine across the border.", "Organized crime"),
        ("The Security Council condemned the missile test and threatened new sanctions.", "Diplomatic event"),
        ("The Islamic State claimed responsibility for the car bomb that killed eight.",
         "Attribution of responsibility"),
    ],
)
def test_non_acled_types(text: str, sub_event_type: str) -> None:
    event_type, sub = classify_event(text)
    assert (event_type, sub) == (SUB_EVENT_TYPES[sub_event_type], sub_event_type)
    assert not is_acled(sub)
    assert classify_event(text, acled_only=True) == ("Strategic developments", "Other")


@pytest.mark.parametrize("text", ["", "   ", "The weather was mild and the market opened on time."])
def test_no_cue_is_other(text: str) -> None:
    assert classify_event(text) == ("Strategic developments", "Other")


def test_vocabulary_is_acled() -> None:
    acled = [s for s in SUB_EVENT_TYPES if is_acled(s)]
    assert len(acled) == 25
    assert len([t for t in EVENT_TYPES if any(SUB_EVENT_TYPES[s] == t for s in acled)]) == 6


@pytest.mark.eval
def test_case2021_floor(tmp_path: Path) -> None:
    """The dev split of CASE 2021 Task 2 keeps its floor (measured 0.798 weighted F1; gate 0.75)."""
    if not (SHARED / "eval" / "types" / "corpus.jsonl").exists():
        pytest.skip(f"evaluation data not found under {SHARED}/eval/types; check out ../shared beside the repo")
    out = tmp_path / "export.json"
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "eval_types.py"), "--shared", str(SHARED), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )
    last = result.stdout.strip().splitlines()[-1]
    figures = dict(pair.split("=") for pair in last.split())
    assert float(figures["weighted_f1"]) >= 0.75, result.stdout
    assert json.loads(out.read_text())["schema"] == "corroborator/1"
