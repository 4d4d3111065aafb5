from __future__ import annotations

import pytest

from corroborator.attribution import claimant_type_of
from corroborator.claims import can_hold_claim, extract_claims
from corroborator.records import Article, Claim
from corroborator.segment import segment


def claims_of(text: str, source: str | None = "The Daily") -> list[Claim]:
    article = Article("a1", "x.txt", source, None, "2026-02-01", "t", text)
    return extract_claims(article, segment(text))


def summary(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(c.outcome, c.group, c.low, c.high) for c in claims_of(text) if c.scope == "event"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five soldiers were killed in the ambush.", [("killed", "security_forces", 5, 5)]),
        ("Gunmen shot dead 12 villagers on Monday.", [("killed", "civilians", 12, 12)]),
        ("The blast killed at least 30 people and injured 45 others.",
         [("killed", "all", 30, None), ("injured", "all", 45, 45)]),
        ("Three policemen and two civilians were wounded.",
         [("injured", "security_forces", 3, 3), ("injured", "civilians", 2, 2)]),
        ("Police arrested 14 suspects after the riot.", [("arrested", "all", 14, 14)]),
        ("Militants abducted 20 workers from a construction site.", [("abducted", "civilians", 20, 20)]),
        ("Rebels torched 40 houses in the village.", [("destroyed", "property", 40, 40)]),
        ("Dozens of soldiers were injured and 18 taken hostage.",
         [("injured", "security_forces", 12, None), ("abducted", "security_forces", 18, 18)]),
        ("Two women and one man died in the fire.", [("killed", "civilians", 3, 3)]),
        ("At least 11 people, including a policeman, were killed.",
         [("killed", "all", 11, None), ("killed", "security_forces", 1, 1)]),
        ("The army said 12 killed, 15 injured, and 26 shacks burned.",
         [("killed", "all", 12, 12), ("injured", "all", 15, 15), ("destroyed", "property", 26, 26)]),
        ("Gunmen killed 5 villagers and injured 10 others.",
         [("killed", "civilians", 5, 5), ("injured", "civilians", 10, 10)]),
        ("At least eight people, including soldiers, rebels, and civilians, were killed.",
         [("killed", "all", 8, None)]),
        ("The army suffered two dead and two wounded in the attack.",
         [("killed", "security_forces", 2, 2), ("injured", "security_forces", 2, 2)]),
        ("All the eight personnel of the force sustained multiple bullet injuries.",
         [("injured", "security_forces", 8, 8)]),
        ("Dozens of protesters were injured.", [("injured", "civilians", 12, None)]),
        ("There were no casualties in the blast.", [("killed", "all", 0, 0), ("injured", "all", 0, 0)]),
        ("No one was killed in the explosion.", [("killed", "all", 0, 0)]),
        ("A Rapid Action Battalion (RAB) constable was killed.", [("killed", "security_forces", 1, 1)]),
        ("Gunmen fired on four villagers at the gate, killing them all.", [("killed", "civilians", 4, 4)]),
        ("Two of the five gunmen who stormed the hotel were killed.", [("killed", "militants", 2, 2)]),
        ("One villager was killed and four others including two policemen were injured.",
         [("killed", "civilians", 1, 1), ("injured", "all", 4, 4), ("injured", "security_forces", 2, 2)]),
        ("Villagers found two bodies near the canal.", [("killed", "all", 2, 2)]),
        # A reporting aside between the counted and the predicate; a corrected figure.
        ("Sasaram SP Manu Maharaj said that three and not five villagers, as reported earlier, were killed.",
         [("killed", "civilians", 3, 3)]),
        # An elliptical comparison takes the outcome it compares with.
        ("One person died and four activists were injured, as were 25 policemen.",
         [("killed", "all", 1, 1), ("injured", "civilians", 4, 4), ("injured", "security_forces", 25, 25)]),
        ("one person died in the clash and four other vhp activists injured, as had 25 policemen.",
         [("killed", "all", 1, 1), ("injured", "civilians", 4, 4), ("injured", "security_forces", 25, 25)]),
        ("Rebels took 14 soldiers hostage.", [("abducted", "security_forces", 14, 14)]),
        ("Troops freed 9 hostages held in a hideout.", [("freed", "all", 9, 9)]),
    ],
)
def test_outcomes_groups_and_bounds(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 23-year-old man was arrested on Tuesday.",
        "The 10-hour siege ended in the evening.",
        "Attacks were reported across twelve locations.",
        "Firefighters rescued 20 residents from the burning tower.",
        "About 30 armed militants abducted them from the site.",
        "Around 200 militants attacked the post with 50 rockets.",
        "The government announced $5 million in aid.",
    ],
)
def test_numbers_that_are_not_casualty_figures(text: str) -> None:
    assert [(c.low, c.group) for c in claims_of(text) if c.low and c.low > 1] == []


def test_attribution_in_sentence_and_across_sentences() -> None:
    text = (
        "The Taliban claimed to have killed 30 soldiers. The group also said 4 of its own fighters died. "
        "Officials said 9 civilians were killed."
    )
    cs = claims_of(text)
    got = [(c.claimant_type, c.claimant, c.stance, c.low) for c in cs]
    assert got[0][:3] == ("armed_group", "Taliban", "claimed")
    assert got[1][:2] == ("armed_group", "Taliban")
    assert got[2][0] == "government"
    assert cs[1].group == "militants" and cs[1].party_relation == "own"
    assert cs[0].party_relation == "adversary"


def test_according_to_chain_gives_claimant_and_via() -> None:
    text = ("Nine people were killed, according to a report by Reuters that quoted local police officials.")
    (c,) = claims_of(text)
    assert c.claimant_type == "police"
    assert c.via == "Reuters"


def test_unattributed_figure_is_the_outlets_own() -> None:
    (c,) = claims_of("Seven people died in the fire.", source="Daily Star")
    assert (c.claimant, c.claimant_type, c.stance) == ("Daily Star", "media", "asserted")


@pytest.mark.parametrize(
    ("headline", "ctype"),
    [
        ("41 militants killed in offensives: MoD", "military"),
        ("Drone strike kills at least two in Somalia - residents", "witness"),
        ("Army claims killing 10 militants in clashes", "military"),
        ("UN: 1 dead, at least 20 injured in Central African Republic", "ngo"),
    ],
)
def test_headline_attribution(headline: str, ctype: str) -> None:
    cs = claims_of(headline)
    assert cs, headline
    assert cs[0].claimant_type == ctype


def test_history_is_background() -> None:
    (c,) = claims_of("Thousands of people have been killed in the conflict over the years.")
    assert c.scope == "background"


def test_unverified_marks_the_claimants_claims() -> None:
    cs = claims_of("The rebels claimed they killed 40 soldiers. The rebels' claims remain unverified.")
    assert cs[0].verification == "unverified"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Five people were killed.", True), ("The minister visited the area.", False)],
)
def test_prefilter(sentence: str, expected: bool) -> None:
    assert can_hold_claim(sentence) is expected


@pytest.mark.parametrize(
    ("phrase", "ctype"),
    [("Pakistani military officials", "military"), ("police", "police"), ("residents", "witness"),
     ("the Syrian Observatory for Human Rights", "ngo"), ("Reuters", "news_agency"), ("officials", "government")],
)
def test_claimant_types(phrase: str, ctype: str) -> None:
    assert claimant_type_of(phrase) == ctype


@pytest.mark.parametrize(
    ("text", "claimant", "ctype"),
    [
        ("Deputy Inspector General (DIG) West Feroz Shah said four policemen were killed.", "Feroz Shah", "police"),
        ("bharuch collector anju sharma said four persons have been killed in the town. police imposed a "
         "curfew in the area. the situation remained tense through the night.", "anju sharma", "government"),
        ("LIMA, 5 OCT 88 (EL COMERCIO) -- [TEXT]\nTWO ARMY MEMBERS WERE KILLED BY TERRORISTS NEAR THE TOWN.",
         "El Comercio", "media"),
        ("At least 10 persons were killed in the blast, reports The Express Tribune.", "The Express Tribune", "media"),
    ],
)
def test_claimant_names(text: str, claimant: str, ctype: str) -> None:
    cs = claims_of(text, source=None)
    assert cs, text
    assert (cs[0].claimant, cs[0].claimant_type) == (claimant, ctype)


def test_surname_points_back_to_the_person() -> None:
    text = ("Superintendent of Police Viresh Prabhu said 12 soldiers were injured in the ambush. "
            "Prabhu said two more died later.")
    cs = claims_of(text, source=None)
    assert [c.claimant for c in cs] == ["Viresh Prabhu", "Viresh Prabhu"]


def test_a_quotation_belongs_to_the_speaker_named_where_it_closes() -> None:
    text = ('"Four persons have been killed and five are injured. A curfew has been imposed in the town", '
            "district collector Anju Sharma said.")
    cs = claims_of(text)
    assert {(c.claimant, c.claimant_type, c.stance) for c in cs} == {("Anju Sharma", "government", "attributed")}


def test_a_claim_without_a_day_of_its_own_takes_the_articles() -> None:
    from corroborator.dates import find_dates

    text = "Gunmen attacked the market on Saturday. Police said four people were killed."
    article = Article("a1", "x.txt", None, None, "2026-02-01", "t", text)
    (c,) = extract_claims(article, segment(text), dates=find_dates(text, "2026-02-01"))
    assert c.date == "2026-01-31"


def test_the_leads_weekend_dates_the_figures_after_it() -> None:
    """"Over the past weekend" in the lead dates the clashes the report lists after it (the first
    of its two days), not the day of an air raid "this morning" further down."""
    from corroborator.dates import find_dates

    text = ("SAN SALVADOR, 8 JAN 90 (ACAN-EFE) -- [TEXT]\n"
            "Official sources today reported that at least eight people were killed during clashes "
            "over the past weekend.\n"
            "Military spokesmen said that two rebels were killed in San Agustin.\n"
            "The air force this morning bombed rebel positions near Jucuapa.")
    article = Article("a1", "x.txt", None, None, "1990-01-08", "t", text)
    cs = extract_claims(article, segment(text), dates=find_dates(text, "1990-01-08"))
    assert [(c.low, c.date) for c in cs] == [(8, "1990-01-06"), (2, "1990-01-06")]


def test_a_lead_without_a_day_leaves_the_articles_day() -> None:
    from corroborator.dates import find_dates

    text = ("Clashes went on in the district last week.\n"
            "On Saturday gunmen attacked the market. Police said four people were killed.")
    article = Article("a1", "x.txt", None, None, "2026-02-01", "t", text)
    (c,) = extract_claims(article, segment(text), dates=find_dates(text, "2026-02-01"))
    assert c.date == "2026-01-31"


def headline_claims(title: str) -> list[Claim]:
    article = Article("a1", "x.txt", None, None, "2026-02-01", title, title)
    return extract_claims(article, segment(title))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Headlines drop the article and keep the modifiers; two nouns name one person.
        ("Gunmen kill Quetta shopkeeper", [("killed", "civilians", 1)]),
        ("Militants Kill Afghan Soldier In Kandahar", [("killed", "security_forces", 1)]),
        ("Gunmen shoot dead civilian driver in Kano", [("killed", "civilians", 1)]),
        ("Gunmen shoot dead 4 villagers in Kano", [("killed", "civilians", 4)]),
    ],
)
def test_headline_singular_casualties(title: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(c.outcome, c.group, c.low) for c in headline_claims(title)] == expected


def test_a_side_claiming_the_act_is_an_armed_group() -> None:
    (c,) = claims_of("Loyalists said they killed two soldiers near the border.", source=None)
    assert (c.claimant, c.claimant_type) == ("Loyalists", "armed_group")
    # Only "they did it" says so: the same speaker reporting a toll stays unknown.
    (c,) = claims_of("Loyalists said two soldiers were killed near the border.", source=None)
    assert c.claimant_type == "unknown"


def test_a_dateline_is_not_a_speaker() -> None:
    (c,) = claims_of("peshawar: three people were killed in a blast on monday.", source="Dawn")
    assert (c.claimant, c.claimant_type) == ("Dawn", "media")


def test_whom_the_sources_told_is_the_outlet() -> None:
    text = ("Four soldiers were killed in the ambush near the pass. "
            "Two officers told Reuters the convoy had no escort.")
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type) == ("Reuters", "news_agency")


def test_a_title_and_surname_point_back_to_the_full_name() -> None:
    text = ("The station aired statements by provincial police chief Carlos Andres Rivera Diaz. "
            "Gen Rivera says 14 people were killed in the raid.")
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type) == ("Carlos Andres Rivera Diaz", "police")


def test_a_defined_acronym_types_its_speaker() -> None:
    text = ("The Army Press Office (APRESS) issued a statement on the raid. "
            "APRESS said that nine rebels were killed.")
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type) == ("APRESS", "military")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # Named as the text goes on to call it: the acronym where it is used again ...
        ("THE ARMED FORCES PRESS COMMITTEE (COPREFA) REPORTED THAT TWO SOLDIERS WERE KILLED. "
         "COPREFA ALSO REPORTED THE CAPTURE OF RIFLES.", "COPREFA"),
        # ... in full where it never is.
        ("Earlier, South Asia Terrorism Portal (SATP) had reported that 17 personnel were killed.",
         "South Asia Terrorism Portal"),
    ],
)
def test_a_speaker_defined_with_an_acronym_is_named_as_the_text_goes_on(text: str, claimant: str) -> None:
    (c,) = claims_of(text, source=None)
    assert c.claimant == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # One body's voice is one claimant, however the report phrases it.
        ("A spokesman for the Interior Ministry said five soldiers were killed.", "Interior Ministry spokesman"),
        ("Military spokesmen for the 6th Infantry Brigade told AFP that two rebels were killed.",
         "6th Infantry Brigade spokesmen"),
        ("The spokesman of the Frontier Corps said four soldiers were injured.", "Frontier Corps spokesman"),
        # A body described, not named, keeps the words; an armed group's spokesman is the group.
        ("A spokesman for a Tuareg group in Mali said 20 people were killed.",
         "A spokesman for a Tuareg group in Mali"),
        ("A spokesman for the Taliban said 12 soldiers were killed.", "Taliban"),
    ],
)
def test_a_spokesman_is_named_after_the_body_he_speaks_for(text: str, claimant: str) -> None:
    (c,) = claims_of(text, source=None)
    assert c.claimant == claimant


def test_sources_telling_a_papers_news_service_make_it_the_reporting_outlet() -> None:
    # TNN is the Times of India's own news service: what the report asserts is the paper's.
    text = ("ahmedabad: two persons were killed in police firing in vatva on wednesday. sources told tnn, "
            "\"the mob pelted stones at the police.\"")
    c = claims_of(text, source=None)[0]
    assert (c.claimant, c.claimant_type, c.stance) == ("The Times of India", "media", "asserted")


@pytest.mark.parametrize(
    ("text", "claimant", "claimant_type"),
    [
        # A broadcast's own earlier report is the station's ...
        ("BOGOTA, 1 SEP 88 (INRAVISION TELEVISION CADENA 1) -- [TEXT]\n"
         "THE INITIAL REPORT MENTIONS 10 KILLED IN EL TOMATE.", "Inravision Television Cadena 1", "media"),
        ("CLANDESTINE, 18 DEC 89 (RADIO VENCEREMOS) -- [TEXT]\n"
         "PREVIOUS REPORTS INDICATED THAT A TOTAL OF 25 SOLDIERS WERE CAPTURED IN EL NISPERAL.",
         "Radio Venceremos (FMLN)", "armed_group"),
        # ... reports described otherwise are others', and so are earlier reports in a paper.
        ("SAN SALVADOR, 2 NOV 88 (CANAL DOCE TELEVISION) -- [TEXT]\n"
         "PRELIMINARY REPORTS INDICATE THAT FOUR SOLDIERS WERE KILLED.", "Preliminary reports", "unknown"),
        ("Earlier reports said that 17 soldiers were killed in the attack.", "Earlier reports", "unknown"),
    ],
)
def test_a_wire_reports_own_earlier_report_is_its_own(text: str, claimant: str, claimant_type: str) -> None:
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type) == (claimant, claimant_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the injured" in a partitive describes who is counted; the counted are the troopers.
        ("Three of the injured troopers identified as head Constable GD Bhola Prasad of the 144 Battalion, "
         "Constable driver RK Raina of the 79 Battalion and one more succumbed to their injuries.",
         [("killed", "security_forces", 3, 3)]),
        ("Two of the kidnapped workers were freed on Monday.", [("freed", "civilians", 2, 2)]),
        # One named among the counted is no figure of its own ...
        ("Two persons, identified as Ram Kumar and one more, were killed in the blast.",
         [("killed", "all", 2, 2)]),
        # ... but after the list, a figure is one again.
        ("Two commandos, identified as Constables Linju N and Fateh Singh, had succumbed to injuries, "
         "and one more died on Friday.",
         [("killed", "security_forces", 2, 2), ("killed", "security_forces", 1, 1)]),
    ],
)
def test_the_counted_named_one_by_one(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # Others who include only notables of the force counted before are more of it ...
        ("Two commandos died on March 3. At least 15 others, including CoBRA Commander P.S. Yadav and the "
         "chief of the District Reserve Guard (DRG), have been injured.", "security_forces"),
        # ... but a counted part leaves the rest unknown, and a part of another kind mixes them.
        ("One SHO was killed and three others including two Policemen were injured.", "all"),
        ("One villager was killed and four others, including a policeman, were injured.", "all"),
    ],
)
def test_others_including_people_of_the_kind_before(text: str, group: str) -> None:
    others = [c for c in claims_of(text) if "others" in c.quote]
    assert [c.group for c in others] == [group]


def test_transcript_turns_carry_the_speaker() -> None:
    text = ("QUITO, 3 MAR 90 (RADIO NACIONAL) -- [TEXT]\n"
            "(BEGIN RECORDING) (UNIDENTIFIED ARMY OFFICER) THE ATTACKERS CAME FROM THE HILLS.\n"
            "TWO OF OUR SOLDIERS WERE WOUNDED.\n"
            "(REPORTER) SEVEN HOUSES WERE DESTROYED.")
    cs = claims_of(text, source=None)
    assert [(c.outcome, c.claimant_type) for c in cs] == [("injured", "military"), ("destroyed", "media")]


def test_a_narrative_report_goes_on_into_the_next_sentence() -> None:
    text = ("Militants attacked a checkpost in the district on Monday. "
            "The district police chief said that around 30 militants opened fire at the post. "
            "Four constables were injured in the firing.")
    cs = claims_of(text, source=None)
    assert [c.claimant_type for c in cs] == ["police"]


def test_speaker_names_lose_time_words_and_brackets() -> None:
    text = "SALVADORAN (RED) CROSS SOURCES TODAY REPORTED THAT FOUR CIVILIANS WERE WOUNDED."
    (c,) = claims_of(text, source=None)
    assert (c.claimant.lower(), c.claimant_type) == ("salvadoran red cross sources", "ngo")


def test_it_was_reported_names_no_one() -> None:
    (c,) = claims_of("It has been unofficially reported that two guards were killed.", source=None)
    assert (c.claimant, c.claimant_type, c.stance) == ("unofficial reports", "unknown", "attributed")


def test_a_denied_report_gets_the_deniers_claim_beside_it() -> None:
    cs = claims_of("Rebels said that 20 soldiers were killed, but the army rejected the claim.", source=None)
    assert [(c.low, c.claimant, c.stance) for c in cs] == [(20, "Rebels", "attributed"), (20, "army", "denied")]


def test_denying_the_blame_is_not_denying_the_toll() -> None:
    (c,) = claims_of("The group denied it was responsible for the bombing, which killed 12 people.", source="Dawn")
    assert (c.low, c.claimant, c.stance) == (12, "Dawn", "asserted")
    (c,) = claims_of("The ministry denied that 12 people were killed.", source="Dawn")
    assert (c.claimant_type, c.stance) == ("government", "denied")


@pytest.mark.parametrize(
    ("phrase", "ctype"),
    [("The Atlanta Journal-Constitution", "media"), ("head of the province's emergency affairs", "government")],
)
def test_more_claimant_types(phrase: str, ctype: str) -> None:
    assert claimant_type_of(phrase) == ctype


@pytest.mark.parametrize(
    ("title", "claimant", "ctype", "low"),
    [
        ("Yemen: 14 killed in air strikes, says Observatory", "Observatory", "ngo", 14),
        ("Death toll climbs to 31 in market bombing: police", "police", "police", 31),
        ("Relatives of the dead said 9 miners were killed", "Relatives of the dead", "witness", 9),
    ],
)
def test_more_headline_sources(title: str, claimant: str, ctype: str, low: int) -> None:
    (c,) = headline_claims(title)
    assert (c.claimant, c.claimant_type, c.low) == (claimant, ctype, low)


def test_a_figure_the_other_side_denied() -> None:
    cs = claims_of("Rebels said they killed 40 soldiers, a claim the army disputed.", source=None)
    assert [(c.claimant, c.stance) for c in cs] == [("Rebels", "attributed"), ("army", "denied")]


def test_a_statement_is_not_a_person() -> None:
    (c,) = claims_of("Two soldiers were killed, according to a military statement.", source=None)
    assert (c.claimant, c.claimant_type) == ("a military statement", "military")


def test_who_in_a_relative_clause_is_the_noun_it_follows() -> None:
    (c,) = claims_of("The station aired reports by police chief Jorge Perez, who confirmed that 15 civilians "
                     "were killed.", source=None)
    assert (c.claimant, c.claimant_type) == ("Jorge Perez", "police")


def who_claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.quote, c.claimant) for c in claims_of(text, source="The Daily")]


def test_an_account_goes_on_through_sentences_tied_to_it() -> None:
    text = ("Police said that gunmen stormed a checkpoint near the river. As a result, four guards were wounded. "
            "The guards returned fire, killing two attackers.")
    assert who_claims(text) == [("four guards", "Police"), ("two attackers", "Police")]


def test_an_account_ends_where_the_ties_end() -> None:
    text = ("Officials said that a roadside bomb killed two farmers. The second blast came an hour later. "
            "Three soldiers died in it.")
    assert who_claims(text) == [("two farmers", "Officials"), ("Three soldiers", "The Daily")]


def test_a_new_scene_ends_an_account() -> None:
    text = "Officials said that gunmen killed two farmers. In Kandahar, three soldiers died in a raid."
    assert [who for _, who in who_claims(text)] == ["Officials", "The Daily"]


def test_a_speaker_talking_of_his_own_plans_opens_no_account() -> None:
    text = "The governor said he was sending more troops. Riots in the old city left five people dead."
    assert [who for _, who in who_claims(text)] == ["The Daily"]


@pytest.mark.parametrize(
    "opening",
    [
        "Police say officers raided a house on the edge of town.",
        "Officers raided a house on the edge of town, police said.",
        "According to police, officers raided a house on the edge of town.",
    ],
)
def test_accounts_without_that(opening: str) -> None:
    text = opening + " The suspects threw grenades, wounding three constables."
    ((_, who),) = who_claims(text)
    assert who.lower() == "police"


def test_a_pronoun_sentence_with_a_source_vouches_for_the_one_before() -> None:
    text = "Two men were killed and six were injured. They have been taken to the district hospital, sources said."
    assert [who for _, who in who_claims(text)] == ["sources", "sources"]


def test_wire_copy_carries_an_account_into_the_next_one_sentence_paragraph() -> None:
    wire = "The army report stated that ten rebels were wounded in the hills.\nThree soldiers were wounded in an ambush.\n"
    assert [who for _, who in who_claims(wire)] == ["army report", "army report"]
    prose = ("The army report stated that ten rebels were wounded in the hills. The rebels withdrew.\n"
             "Three soldiers were wounded in an ambush. Roads were closed.\n")
    assert [who for _, who in who_claims(prose)] == ["army report", "The Daily"]


def test_a_description_between_speaker_and_verb_is_not_the_speaker() -> None:
    text = ("Spokesmen for the 5th Infantry Brigade, headquartered in the north, told Reuters that two rebels were "
            "killed.")
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type, c.via) == ("5th Infantry Brigade spokesmen", "military", "Reuters")


def test_according_to_two_sources_and_spaced_hyphens() -> None:
    (c,) = claims_of("According to local media and state TV, three people died.", source=None)
    assert c.claimant == "local media and state TV"
    (c,) = claims_of("SKY - TV reports that three bank employees died.", source=None)
    assert c.claimant == "SKY TV"


def test_a_closing_told_names_the_speaker() -> None:
    text = "Two villagers were injured, the governor of the island, Mehdi Rahimi, told IRNA."
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type) == ("Mehdi Rahimi", "government")


def test_a_quotation_or_an_unresolved_pronoun_opens_no_account() -> None:
    quoted = 'The minister told parliament that "a protest is one thing and murder another." Three clerks died.'
    assert [who for _, who in who_claims(quoted)] == ["The Daily"]
    pronoun = "He said that the crowd set the bank on fire. Three clerks died."
    assert [who for _, who in who_claims(pronoun)] == ["The Daily"]


def test_a_surname_is_not_followed_by_its_verb() -> None:
    text = ("Fire Chief James Steele said the blaze was suspicious. Steele said that 40 villagers were "
            "injured.")
    (c,) = claims_of(text, source=None)
    assert c.claimant == "James Steele"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By nightfall police had taken the three suspects into custody.", [("arrested", "all", 3, 3)]),
        ("Troops pushed into a rebel-held district and captured a hilltop.", []),
        ("Chlorine was used as a weapon in the rebel-held town.", []),
        ("Troops destroyed 23 IEDs and 4 mortars near the road.", []),
        ("Drones destroyed several artillery batteries of the army.", []),
    ],
)
def test_weapons_custody_and_compound_modifiers(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


def test_a_named_person_of_an_agency() -> None:
    (c,) = claims_of("Abdul Karim, of the State Emergency Management Agency, said 17 people were injured.",
                     source=None)
    assert (c.claimant, c.claimant_type) == ("Abdul Karim", "government")


def test_a_relative_clause_after_according_to_is_not_the_source() -> None:
    (c,) = claims_of("Air strikes killed 12 people, according to local activists, who said the jets were Russian.",
                     source=None)
    assert c.claimant == "local activists"


def test_a_place_list_is_not_a_list_of_the_counted() -> None:
    text = ("Thousands of protesters rallied across the country including in the capital to mourn dozens of "
            "marchers killed in a raid.")
    assert summary(text) == [("killed", "civilians", 12, None)]


def test_a_closing_source_with_a_day_and_a_second_misparsed_subject() -> None:
    text = ("At least 24 people were killed and 18 others injured after gunmen attacked a church in the north, "
            "the region's governor said on Monday.")
    assert {(c.claimant, c.claimant_type) for c in claims_of(text, source=None)} == {("region's governor", "government")}


def test_a_state_agency_is_not_a_news_agency() -> None:
    assert claimant_type_of("the country's forensic agency") == "government"
    assert claimant_type_of("the State Emergency Management Agency") == "government"
    assert claimant_type_of("Saba news agency") == "news_agency"
    assert claimant_type_of("the disaster mitigation agency") == "government"
    assert claimant_type_of("Anadolu Agency") == "news_agency"


def test_a_bare_figure_after_an_active_verb_counts_victims_not_the_agents() -> None:
    assert summary("Two bombers blew themselves up after another bomber killed four at a camp.") == [
        ("killed", "all", 4, 4)
    ]
    assert summary("Twelve soldiers were killed and four wounded.") == [
        ("killed", "security_forces", 12, 12), ("injured", "security_forces", 4, 4)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said property of members of both communities was damaged.", []),
        ("The three bank employees were burnt to death.", [("killed", "civilians", 3, 3)]),
        ("The army destroyed more than 100 soldiers of the enemy.", [("killed", "security_forces", 101, None)]),
        ("Rebels released 18 prisoners of war.", [("freed", "security_forces", 18, 18)]),
    ],
)
def test_what_destroyed_and_prisoners_of_war_count(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The newlywed and father to two boys died almost immediately.",
        "The officers who drove the prisoner on the day he escaped were suspended.",
        "Those who mourn three children will see the killers held accountable.",
        "The law says both drivers must remain at the scene if someone was injured.",
    ],
)
def test_no_casualty_figure_in(text: str) -> None:
    assert summary(text) == []


def test_an_article_and_its_noun_hold_no_clause() -> None:
    assert [c.quote for c in claims_of("A jury convicted the man behind a shooting at a Troy accounting firm "
                                       "that left a receptionist dead.")] == ["a receptionist"]


def test_quoted_as_saying_names_the_speaker() -> None:
    (c,) = claims_of('"Two villagers were hurt," governor Mehdi Rahimi was quoted as saying.', source=None)
    assert c.claimant == "Mehdi Rahimi"


def test_a_headline_kicker_is_not_a_source() -> None:
    (c,) = headline_claims("War-Zone Athens: three people dead as march turns into a battle")
    assert c.claimant_type == "media"
    (c,) = headline_claims("Police: three people dead as march turns into a battle")
    assert c.claimant_type == "police"


def test_the_generic_one_counts_nobody() -> None:
    assert summary("When one is killed, all of us lose.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Call the contact centre (toll-free): 1 877 855-3222.",
        "Three rebel spokesmen said the first group of wounded people would leave.",
        '"Our prophet taught us not to kill a child nor woman," the movement said.',
        "Last year the volunteer team took 21,876 patients to and from appointments.",
        "The Irish, left with just seven scholarship players due to injuries, advance.",
        "More than 150 dead mullet washed up on the foreshore.",
    ],
)
def test_more_numbers_that_count_no_casualties(text: str) -> None:
    assert summary(text) == []


def test_dead_figures_still_counted() -> None:
    assert [(c.outcome, c.low) for c in headline_claims("Massacre: 210 dead to date, says rights group")] == [
        ("killed", 210)
    ]
    assert summary("Twelve dead Monday in the market blast.") == [("killed", "all", 12, 12)]
    assert summary("Gunmen took 20 villagers from the bus.") == [("abducted", "civilians", 20, 20)]


def test_decades_of_violence_are_background() -> None:
    (c,) = claims_of("It killed more than 800 people over four decades of violence.")
    assert (c.quote, c.scope) == ("more than 800 people", "background")


def test_a_speakers_relative_clause_and_state_media() -> None:
    (c,) = claims_of("A camp official who pleaded anonymity said that four people have died.", source=None)
    assert (c.claimant, c.claimant_type) == ("A camp official", "government")
    (c,) = claims_of("An explosion injured 37 people, Iranian state media reported on Saturday.", source=None)
    assert c.claimant == "Iranian state media"


def test_a_headline_noun_after_a_count_word_is_what_it_counts() -> None:
    assert [(c.quote, c.low) for c in headline_claims("Forces kidnapped two minor children in the district")] == [
        ("two minor children", 2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five of the 12 guards abducted by gunmen at a border post have been released.",
         [("freed", "security_forces", 5, 5)]),
        ("Twelve soldiers injured in the attack were taken to hospital.", [("injured", "security_forces", 12, 12)]),
    ],
)
def test_a_reduced_relative_is_not_the_clauses_predicate(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


def test_a_name_split_into_subjects_stays_whole() -> None:
    (c,) = claims_of("Sunni militant group Jaish ul-Adl has claimed responsibility for killing nine border guards.",
                     source=None)
    assert (c.claimant, c.claimant_type) == ("Sunni militant group Jaish ul-Adl", "armed_group")


def test_displaced_people_is_a_description() -> None:
    assert summary("Three bombers blew themselves up at a camp for displaced people, killing 28 people.") == [
        ("killed", "all", 28, 28)
    ]


def test_a_day_after_the_outlet_is_not_its_name() -> None:
    (c,) = claims_of("Two soldiers were killed, security sources told AFP Monday.", source=None)
    assert c.via == "AFP"


def test_more_attribution_from_general_news() -> None:
    (c,) = headline_claims("Cops: Queens Woman Killed In Hit-And-Run")
    assert (c.claimant, c.claimant_type) == ("Cops", "police")
    (c,) = claims_of("Two people died, according to the Office of the Chief Medical Examiner.", source=None)
    assert c.claimant != "Examiner"
    assert summary("Seven bullets hit him, including three that entered his body from the rear.") == []
    assert claimant_type_of("Trump") != "government"
    assert summary("It took about 40 volunteer firefighters to knock down the blaze.") == []
    assert [c.quote for c in claims_of("A man shot one person and injured two others Monday at the firm.")][-1] == (
        "two others"
    )


def test_forces_taking_people_is_an_arrest() -> None:
    assert summary("Israeli forces have taken dozens of Palestinians in a series of raids.") == [
        ("arrested", "all", 12, None)
    ]


def test_unconfirmed_reports_are_unverified() -> None:
    (c,) = claims_of("Rival mobs fired at each other in which, according to unconfirmed reports, several people "
                     "were injured.", source=None)
    assert (c.claimant, c.verification) == ("unconfirmed reports", "unverified")


@pytest.mark.parametrize(
    ("phrase", "ctype"),
    [("President Ruto", "government"), ("local residents", "witness"), ("GMA Network", "media")],
)
def test_claimant_types_need_whole_words(phrase: str, ctype: str) -> None:
    assert claimant_type_of(phrase) == ctype


def test_a_photo_credit_names_the_agency() -> None:
    from corroborator.attribution import _credited_agency

    assert _credited_agency("Muhammad Hamed/Reuters") == "Reuters"
    assert _credited_agency("AP Photo/Ron Schwane") == "AP"
    assert _credited_agency("and/or") == "and/or"


def test_hard_wrapped_lines_and_a_participle_before_the_predicate() -> None:
    text = ("Four soldiers and a woman visiting from Canada were killed in Sunday's\n"
            "attacks, officials said.\n")
    assert [(c.quote, c.claimant) for c in claims_of(text, source=None)] == [
        ("Four soldiers", "officials"), ("a woman", "officials")
    ]


def test_a_statement_by_names_its_author() -> None:
    (c,) = claims_of("Two policemen were wounded, said a statement by the Public Security Directorate.", source=None)
    assert c.claimant == "Public Security Directorate"


def test_others_after_a_mixed_list_are_of_no_one_kind() -> None:
    assert summary("Two soldiers, a civilian were killed and fourteen others wounded in the attack.") == [
        ("killed", "security_forces", 2, 2), ("killed", "civilians", 1, 1), ("injured", "all", 14, 14)
    ]
    assert summary("Three BSF personnel were killed and seven others injured.")[-1] == (
        "injured", "security_forces", 7, 7
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photos and security camera footage of both suspects was released on Saturday.", []),
        ("A total of 25 soldiers were captured in the battle.", [("abducted", "security_forces", 25, 25)]),
        ("The two inmates and their accomplice have been captured in Chattanooga.", [("arrested", "prisoners", 2, 2)]),
    ],
)
def test_figures_after_of_and_retaken_inmates(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three policemen, a soldier of the 2nd Brigade, and four civilians were wounded near the market.",
        "Two guards and a driver were killed, while nine passengers were injured.",
    ],
)
def test_capitals_do_not_change_what_a_list_counts(text: str) -> None:
    # Wire copy of the 1980s is all capitals: a list reads the same either way.
    assert summary(text.upper()) == summary(text)
    assert summary(text)


def test_an_enumeration_of_one_group_is_one_sum() -> None:
    assert summary("Three policemen, a soldier of the 2nd Brigade, and four civilians were wounded.") == [
        ("injured", "security_forces", 4, 4), ("injured", "civilians", 4, 4)
    ]
    # Two sums in one sentence stay two: "A and B, C and D".
    assert summary("One colonel and six soldiers, one inspector and two constables were killed.") == [
        ("killed", "security_forces", 7, 7), ("killed", "security_forces", 3, 3)
    ]
    # Without a comma between them the first is a summary of what follows, not a part.
    assert summary("The three guards a man and two women died in the fire.")[0] == ("killed", "security_forces", 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses said that Karim Dad and his brother Naseer were killed when a mortar shell hit the house.",
         [("Karim Dad and his brother Naseer", "killed", "civilians", 2)]),
        ("Militants shot dead Constable Ravi Kumar in Shopian on Tuesday.",
         [("Constable Ravi Kumar", "killed", "security_forces", 1)]),
        ("Police arrested Tariq Hussain and Bilal Ahmad from Sopore.",
         [("Tariq Hussain and Bilal Ahmad", "arrested", "all", 2)]),
        ("While three jawans had died in the ambush on Friday, their colleague Mohan Lal succumbed to his wounds "
         "on Saturday.",
         [("three jawans", "killed", "security_forces", 3),
          ("their colleague Mohan Lal", "killed", "security_forces", 1)]),
        # A name identifying a counted figure is not a second figure.
        ("Two policemen, identified as Constables Ali Khan and Raza Shah, were killed.",
         [("Two policemen", "killed", "security_forces", 2)]),
        # Not people: days, sides; and a death with no violent cause.
        ("Nine protesters were injured Monday in Dhaka.", [("Nine protesters", "injured", "civilians", 9)]),
        ("Maoists were killed in the encounter.", []),
        ("Hamid Karzai died in his sleep at home.", []),
        # The age after a name is no figure.
        ("Police arrested Paul Floyd, 47 and said to be homeless, on charges of vandalism.",
         [("Paul Floyd", "arrested", "all", 1)]),
    ],
)
def test_people_named_rather_than_counted(text: str, expected: list[tuple[str, str, str, int]]) -> None:
    assert [(c.quote, c.outcome, c.group, c.low) for c in claims_of(text)] == expected


def test_names_in_text_without_capitals_count_no_one() -> None:
    assert claims_of("witnesses said that karim dad and his brother naseer were killed when a shell hit the house. "
                     "police arrested two men later in the day and questioned them about the attack.") == [
        c for c in claims_of("witnesses said that karim dad and his brother naseer were killed when a shell hit "
                             "the house. police arrested two men later in the day and questioned them about the "
                             "attack.") if c.low == 2 and c.outcome == "arrested"
    ]


def test_an_age_between_commas_in_lower_case_text() -> None:
    assert summary("police said kimani gray, 16, was shot by two officers in east flatbush on saturday night.") == []


def test_the_freed_were_abducted_before() -> None:
    from corroborator.dates import find_dates

    text = "Troops on May 7 freed 13 persons in Tirah who were abducted by militants from Peshawar on January 31."
    article = Article("a1", "x.txt", None, None, "2026-05-08", "t", text)
    found = extract_claims(article, segment(text), dates=find_dates(text, "2026-05-08"))
    got = [(c.outcome, c.group, c.low, c.date) for c in found]
    assert got == [("freed", "civilians", 13, "2026-05-07"), ("abducted", "civilians", 13, "2026-01-31")]
    assert [c.outcome for c in claims_of("The army freed 20 hostages on Monday.")] == ["freed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People taken or freed with no word of a force or a side are civilians; others keep their group.
        ("The rebels abducted two persons from a village on Sunday.", [("abducted", "civilians", 2)]),
        ("Gunmen kidnapped four people travelling to Quetta.", [("abducted", "civilians", 4)]),
        ("Militants abducted three policemen from a checkpoint.", [("abducted", "security_forces", 3)]),
        ("Police arrested 12 people after the clash.", [("arrested", "all", 12)]),
        ("Five people were killed in the blast.", [("killed", "all", 5)]),
    ],
)
def test_plain_people_taken_are_civilians(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(c.outcome, c.group, c.low) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were treated for injuries after the blast.", [("injured", "all", 12, 12)]),
        ("Five protesters were treated as suspects.", []),
        ("Police said two women and one man, between 30 and 40 years old, died at the bank.",
         [("killed", "civilians", 3, 3)]),
        # Parts named by where they come from are of the whole's kind, not of the "Police" in a
        # place's name.
        ("The Maoists had taken eight villagers, including five from Katlang village under Bijepur Police "
         "limits and three from Salpang.",
         [("abducted", "civilians", 8, 8), ("abducted", "civilians", 5, 5), ("abducted", "civilians", 3, 3)]),
        # "others" with nothing before them in their sentence are more of the sentence before's.
        ("Two commandos died in the ambush. At least 15 others were injured in the encounter.",
         [("killed", "security_forces", 2, 2), ("injured", "security_forces", 15, None)]),
    ],
)
def test_treated_ages_places_and_others(text: str, expected: list[tuple[str, str, int, int | None]]) -> None:
    assert summary(text) == expected


def test_a_named_casualty_who_succumbed_later() -> None:
    text = ("Sepoy Ravi Prakash, who was injured in the attack on the camp on Sunday, succumbed to his injuries "
            "on Monday.")
    assert [(c.quote, c.outcome, c.group, c.low) for c in claims_of(text)] == [
        ("Sepoy Ravi Prakash", "killed", "security_forces", 1)
    ]
    # "later" is no one's name.
    assert [c.quote for c in claims_of("Faiza, who was hit by a stray bullet, later succumbed to her injuries.")] == [
        "Faiza"
    ]


def test_a_sides_own_outlet_claims_for_the_side() -> None:
    text = ("CLANDESTINE, 3 MAR 90 (RADIO VENCEREMOS) -- [TEXT] OUR UNITS ATTACKED THE GARRISON, LEAVING A "
            "TOTAL OF 12 SOLDIERS KILLED.")
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.claimant_type, c.stance) == ("Radio Venceremos (FMLN)", "armed_group", "claimed")
    (c,) = claims_of("Amaq said 14 soldiers were killed in the attack on the base.", source=None)
    assert (c.claimant, c.claimant_type, c.stance) == ("Amaq (Islamic State)", "armed_group", "claimed")
    # An ordinary outlet stays the newsroom.
    (c,) = claims_of("Reuters said 14 soldiers were killed in the attack on the base.", source=None)
    assert (c.claimant, c.claimant_type) == ("Reuters", "news_agency")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bullet-riddled body of a Taliban commander was found in Kurram Agency.",
         [("killed", "militants", 1, 1)]),
        ("Police said the militants had killed two brothers in Rajouri.", [("killed", "civilians", 2, 2)]),
        ("Two militant brothers were killed in the encounter.", [("killed", "militants", 2, 2)]),
        # Taken, then killed: two claims about the one person.
        ("Militants abducted and later killed a teacher in Kishtwar District.",
         [("killed", "civilians", 1, 1), ("abducted", "civilians", 1, 1)]),
        # One person named by kinship alone.
        ("A trooper of the CRPF was killed and his colleague injured when militants opened fire.",
         [("killed", "security_forces", 1, 1), ("injured", "security_forces", 1, 1)]),
        ("His wife was injured in the firing.", [("injured", "civilians", 1, 1)]),
        ("The body of water was calm.", []),
    ],
)
def test_bodies_kin_and_captives_killed(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Outcome words the pre-filter once dropped before any rule saw them.
        ("Over 500 people were rounded up under preventive detention.", [("arrested", "all", 501, None)]),
        ("Twelve corpses were found near the river.", [("killed", "all", 12, 12)]),
        ("Three villagers remain unaccounted for.", [("missing", "civilians", 3, 3)]),
        ("Eight people were treated for gunshot wounds.", [("injured", "all", 8, 8)]),
        # A toll named without "death", and bodies recovered.
        ("The toll in the violence rose to 27 with the recovery of four more bodies.",
         [("killed", "all", 27, 27), ("killed", "all", 4, 4)]),
        ("The toll booth charged 5 dollars.", []),
    ],
)
def test_words_the_prefilter_must_pass(text: str, expected: list[tuple[str, str, int, int | None]]) -> None:
    assert summary(text) == expected


def test_all_capital_wire_copy_keeps_its_acronyms() -> None:
    text = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT]\n"
            "SALVADORAN ARMED FORCES SPOKESMEN TODAY REPORTED THAT 14 GUERRILLAS WERE KILLED IN CLASHES.\n"
            "THE FMLN, HOWEVER, CLAIMED THAT ITS UNITS KILLED 40 SOLDIERS DURING THE FIGHTING.\n")
    got = [(c.low, c.claimant, c.claimant_type, c.stance) for c in claims_of(text, source=None)]
    assert got == [
        (14, "Salvadoran armed forces spokesmen", "military", "attributed"),
        (40, "Farabundo Marti National Liberation Front", "armed_group", "claimed"),
    ]


def test_one_of_the_counted_is_no_figure_of_its_own() -> None:
    assert summary("A bomb injured five people, one of them seriously.") == [("injured", "all", 5, 5)]
    assert summary("Three people, one of them a pregnant woman, were killed.") == [("killed", "all", 3, 3)]


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("The release came a day after they killed four other constables in Bijapur.", [True]),
        ("Sunday's blast came just two days after two bombs killed six police officers and a civilian.", [True, True]),
        ("There was tension in Himmatnagar following the violence in Modasa, where two people were killed.", [True]),
        # The incident's own figures around such a clause stay the event's.
        ("Two days after the attack, five more bodies were found.", [False]),
        ("The toll rose to 30, two days after the blast.", [False]),
        ("The abduction came hours after an operation that killed 28 ultras, including three top cadres.", [True, True]),
    ],
)
def test_figures_in_a_clause_about_an_earlier_incident(text: str, background: list[bool]) -> None:
    assert [c.scope == "background" for c in claims_of(text)] == background


def test_a_dateline_is_where_the_report_was_filed() -> None:
    from corroborator.claims import _place_of
    from corroborator.records import PlaceMention, Sentence

    text = "ahmedabad: four people were killed as violence gripped bharuch on tuesday."
    sentence = Sentence(0, len(text), text)
    found = [PlaceMention("ahmedabad", 0, 9, precision=1), PlaceMention("bharuch", 50, 57, precision=1)]
    assert _place_of(sentence, found, at=11).text == "bharuch"
    assert _place_of(sentence, found[:1], at=11).text == "ahmedabad"  # when it is all the sentence names


def test_the_articles_place_is_the_one_its_lead_names() -> None:
    from corroborator.claims import _article_place
    from corroborator.records import PlaceMention

    text = ("Ahmedabad: Four people were killed as violence gripped Bharuch on Tuesday.\n"
            "Curfew was imposed in Ahmedabad and Ahmedabad's old city.\n")
    sentences = segment(text)
    found = [PlaceMention("Ahmedabad", 0, 9, precision=1), PlaceMention("Bharuch", 50, 57, precision=1),
             PlaceMention("Ahmedabad", 97, 106, precision=1), PlaceMention("Ahmedabad", 111, 120, precision=1)]
    # The lead's place (a dateline aside), though another is named more often.
    assert _article_place(found, sentences).text == "Bharuch"
    # Without a lead that names one, the place named most often.
    assert _article_place(found[2:]).text == "Ahmedabad"


def test_claimant_roles_and_caseless_sources() -> None:
    (c,) = claims_of("Deputy Commissioner Abdul Rauf told reporters that 12 houses were set ablaze.", source=None)
    assert (c.claimant, c.claimant_type) == ("Abdul Rauf", "government")
    (c,) = claims_of("The Human Rights Commission said 40 people were killed.", source=None)
    assert c.claimant_type == "ngo"
    text = ("vadodara: two persons were killed in clashes on sunday. according to police commissioner d d tuteja, "
            "45 people have been arrested so far in the walled city and nearby areas of the town.")
    assert [(c.low, c.claimant) for c in claims_of(text, source=None)][-1] == (45, "d d tuteja")


def test_the_one_who_speaks_is_not_counted() -> None:
    text = "Warplanes bombed a camp on Thursday, killing at least 12 people, a local official said."
    assert [(c.low, c.claimant) for c in claims_of(text, source=None)] == [(12, "a local official")]
    assert summary("According to a police officer, three villagers were killed.") == [("killed", "civilians", 3, 3)]
    assert summary("A soldier was killed, police said.") == [("killed", "security_forces", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from Saturday's attack has risen to 41, a hospital official said.",
         [("killed", "all", 41, 41)]),
        ("The toll booth fee rose to 5 dollars.", []),
        ("Two of the attackers were captured alive, the army said.", [("arrested", "militants", 2, 2)]),
        ("Rebels captured 20 soldiers and took them hostage.", [("abducted", "security_forces", 20, 20)]),
    ],
)
def test_a_toll_that_rose_and_captured_attackers(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two villagers were hacked to death by the mob.", [("killed", "civilians", 2, 2)]),
        ("Police said two women and one man choked to death on smoke.", [("killed", "civilians", 3, 3)]),
        # Tear gas "suffocated" many; it killed none.
        ("Dozens of Palestinians suffocated by tear gas inhalation.", []),
    ],
)
def test_ways_to_death(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


def test_an_outlet_that_opens_the_report_relays_its_sources() -> None:
    text = ("Daily Times reports that a bomb outside a hospital in Khar killed at least four people on April 20, "
            "officials said.")
    (c,) = claims_of(text, source=None)
    assert (c.claimant, c.via) == ("officials", "Daily Times")
    # A side that reports is no outlet.
    (c,) = claims_of("Police reported that four people were killed in Khar.", source=None)
    assert (c.claimant_type, c.via) == ("police", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lashkar-e-Toiba (LeT) 'commander' Abu Dujana was killed in an encounter in Pulwama.",
         [("killed", "militants", 1, 1)]),
        ("Militant commander Abu Ismail was killed in Srinagar.", [("killed", "militants", 1, 1)]),
        ("Army jawan Ravi Kumar was injured in the firing.", [("injured", "security_forces", 1, 1)]),
        ("The BLA said its commander Aslam Baloch was killed.", [("killed", "militants", 1, 1)]),
        ("Taliban Commanders were killed.", []),  # a title-case plural, no one's name
    ],
)
def test_a_name_after_its_role(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A tribal elder, identified as Malik Gul Khan, was shot dead by gunmen in Bara.",
         [("killed", "civilians", 1, 1)]),
        ("An informer was killed by Maoists.", [("killed", "all", 1, 1)]),
    ],
)
def test_more_nouns_that_name_one_person(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == expected


def test_parts_of_a_list_in_capitals() -> None:
    text = ("The Maoists had taken eight villagers, including five from Katlang village, two from Salpang "
            "village and one from Karli village under the Sadar Police limits.")
    assert summary(text.upper()) == summary(text)
