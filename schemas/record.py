"""Pydantic v2 models of the comunicati record: one class per concept, validation only, no logic."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ISODateValue = str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
DATE_VALUE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

PlaceKind = Literal["city", "province", "region", "country", "venue", "other"]
FigureKind = Literal["count", "money", "percent", "measure", "score", "other"]
Qualifier = Literal["more_than", "less_than", "about", "at_least", "at_most"]
Granularity = Literal["day", "month", "year", "season", "decade", "unknown"]
OrgKind = Literal[
    "public_body", "company", "cooperative", "consortium", "association", "foundation", "party",
    "media", "sports_club", "university", "school", "health", "police", "religious", "union", "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the record's text: ``text == record.text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Published(_Model):
    """The release's own date and place (dateline/header: span in the text), or the caller's metadata date."""

    text: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    date: str | None = Field(default=None, pattern=DATE_VALUE_PATTERN)
    place: str | None = None
    source: Literal["text", "metadata"] = "text"


class DateMention(Span):
    """A calendar reference: a date, month, year, range or relative day, normalized where anchored."""

    value: str | None = Field(default=None, pattern=DATE_VALUE_PATTERN)
    end_value: str | None = Field(default=None, pattern=DATE_VALUE_PATTERN)
    granularity: Granularity = "unknown"
    relative: bool = False


class Place(_Model):
    """A geographic place named in the text, once, with all its mentions and ISTAT normalization."""

    name: str
    kind: PlaceKind
    mentions: list[Span] = Field(default_factory=list)
    istat_code: str | None = None
    province: str | None = None
    region: str | None = None
    country: str | None = None


class Role(Span):
    """A role the text gives a person: ``title`` as written, ``normalized`` lemma, the organization it is of."""

    title: str
    normalized: str | None = None
    organization: str | None = None


class Person(_Model):
    """A named person, once, under the fullest name in the text (titles stripped and kept apart)."""

    name: str
    honorifics: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)


class Organization(_Model):
    """A named organization, once, with the other forms (acronyms, short names) the text uses."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    kind: OrgKind = "other"


class Figure(Span):
    """A number stating a quantity, with what it counts."""

    value: int | float
    unit: str | None = None
    kind: FigureKind = "count"
    qualifier: Qualifier | None = None
    currency: str | None = None


class Quote(Span):
    """A direct quotation (the words inside the marks) and who said it."""

    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: str | None = None


class Meta(_Model):
    """How the record was made."""

    pipeline_version: str
    model_name: str
    model_version: str


class PressRelease(_Model):
    """One press release turned into a structured record. Every span indexes ``text``."""

    id: str
    source: str | None = None
    title: str | None = None
    text: str
    language: str = "it"
    published: Published | None = None
    dates: list[DateMention] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    meta: Meta

    def iter_spans(self):
        """Yield every span of the record (for checking the offsets contract)."""
        if self.published is not None and self.published.source == "text":
            yield self.published
        yield from self.dates
        yield from self.figures
        for place in self.places:
            yield from place.mentions
        for person in self.people:
            yield from person.mentions
            yield from person.roles
        for org in self.organizations:
            yield from org.mentions
        for quote in self.quotes:
            yield quote
            if quote.speaker_mention is not None:
                yield quote.speaker_mention
