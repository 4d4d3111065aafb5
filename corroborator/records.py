"""The typed records that travel between pipeline stages (DESIGN.md, "The records").

Every record is a frozen dataclass with slots: immutable, hashable where its fields are, and
picklable, so the same stage functions run in-process or inside a Dask worker. Dates are ISO
strings (``YYYY-MM-DD``) or TIMEX3-style values (``2026-W05``, ``2026-01``); unknown values are
``None``, never empty strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Closed vocabularies. Kept here so every stage and the tests agree on the spelling.
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "less_than", "range", "vague")
OUTCOMES = (
    "killed", "injured", "abducted", "arrested", "freed", "missing", "displaced", "destroyed", "other",
)
GROUPS = (
    "all", "civilians", "security_forces", "militants", "prisoners", "property", "vehicles",
)
CLAIMANT_TYPES = (
    "military", "police", "government", "armed_group", "news_agency", "media", "ngo", "witness",
    "social_media", "unknown",
)
STANCES = ("asserted", "attributed", "claimed", "admitted", "alleged", "denied")
SCOPES = ("event", "background")
ACTOR_TYPES = (
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters",
    "protesters", "civilians", "external_forces",
)
# The actor types that are armed non-state sides: their claims are an armed group's.
ARMED_GROUP_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})


@dataclass(frozen=True, slots=True)
class Embed:
    """A social-media post (or similar) pasted into an article body, kept as its own item."""

    platform: str | None
    author: str | None
    handle: str | None
    date: str | None
    url: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from its file; after cleaning, ``text`` is the cleaned body."""

    id: str
    path: str
    source: str | None
    url: str | None
    published: str | None
    title: str | None
    text: str
    embeds: tuple[Embed, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article body with character offsets into ``Article.text``."""

    start: int
    end: int
    text: str
    heading: bool = False
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as stated: "over 120" is value 120, more_than, low 121, high None (unbounded)."""

    value: int | None
    qualifier: str
    low: int | None
    high: int | None
    text: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name in the text, resolved against the gazetteer (unresolved fields are None)."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    # ACLED geo precision: 1 locality, 2 district or nearby, 3 province or larger.
    precision: int | None = None
    feature: str | None = None  # "country", "admin1", "admin2", "locality", "region", ...


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression with its value resolved against the publication date (TIMEX3 style)."""

    text: str
    start: int
    end: int
    value: str | None
    # "day", "week", "month", "quarter", "season", "year", "decade", "century", "ref"
    precision: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A named side in the text, normalised through the alias table."""

    text: str
    start: int
    end: int
    name: str
    type: str | None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure that one claimant gives about one outcome for one group (DESIGN.md)."""

    id: str
    article_id: str
    sentence: str
    quote: str
    start: int
    end: int
    outcome: str
    group: str
    group_detail: str | None
    actor: str | None
    figure: Figure
    claimant: str | None
    claimant_type: str
    via: str | None
    stance: str
    verification: str | None
    place: str | None
    date: str | None
    scope: str
    # Whether the claimant speaks of its own side's losses or its adversary's: "own", "adversary", None.
    party_relation: str | None = None
    # ACLED precision of ``place`` (1 locality .. 3 province or larger): a figure for a finer place
    # is a part of a figure for a coarser one, never a contradiction of it.
    place_precision: int | None = None
    event_id: str | None = None
    # ``place`` is the name as the report writes it ("Pampore", "USULUTAN"), to check against the
    # sentence; this is the gazetteer's name for it ("Pampur", "Usulután"), to add figures up by.
    place_resolved: str | None = None

    @property
    def value(self) -> int | None:
        return self.figure.value

    @property
    def qualifier(self) -> str:
        return self.figure.qualifier

    @property
    def low(self) -> int | None:
        return self.figure.low

    @property
    def high(self) -> int | None:
        return self.figure.high


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the per-article stages found in one cleaned article."""

    article: Article
    sentences: tuple[Sentence, ...]
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    event_type: str | None = None
    sub_event_type: str | None = None
    # Other names the recogniser found (people, organisations, events): evidence for clustering.
    entities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PassageSpan:
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PassageLink:
    """A span of one article that repeats a span of another (syndication)."""

    a: PassageSpan
    b: PassageSpan
    similarity: float
    # The article id of the earlier report where dates allow, else None.
    earlier: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimantFigure:
    claimant: str | None
    claimant_type: str
    low: int | None
    high: int | None
    claim_ids: tuple[str, ...]
    party_relation: str | None = None


@dataclass(frozen=True, slots=True)
class ReconciledFigure:
    """What the claims about one (outcome, group) come to for one event or story."""

    outcome: str
    group: str
    low: int | None
    best: int | None
    high: int | None
    contradiction: bool
    independent_sources: int
    claimants: tuple[ClaimantFigure, ...]
    policy: str = "conservative"


@dataclass(frozen=True, slots=True)
class Event:
    """One place, one day (ACLED's unit) within a story."""

    id: str
    story_id: str
    date: str | None
    date_precision: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    claim_ids: tuple[str, ...]
    figures: tuple[ReconciledFigure, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """The cluster of articles about one real-world incident or operation."""

    id: str
    title: str | None
    article_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    date_start: str | None
    date_end: str | None
    figures: tuple[ReconciledFigure, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input (file or record) that could not be read, with the reason in one line."""

    path: str
    record: str | None
    problem: str

    def line(self) -> str:
        where = self.path if self.record is None else f"{self.path} ({self.record})"
        return f"rejected {where}: {self.problem}; the run went on without it"


@dataclass(frozen=True, slots=True)
class Ledger:
    """The result of the global stages over a set of extractions."""

    stories: tuple[Story, ...] = ()
    events: tuple[Event, ...] = ()
    passages: tuple[PassageLink, ...] = ()
    claim_events: dict[str, str] = field(default_factory=dict)
