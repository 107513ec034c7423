"""The Rasa test stories (bot/tests) are grouped by behaviour, one file each, and every behaviour
is told in every language: a story missing in one language is a behaviour nobody tests there."""

from __future__ import annotations

import re
from collections import defaultdict

import yaml

from bot.i18n.languages import SUPPORTED
from tests.conversation.stack import ROOT

STORIES = sorted((ROOT / "bot" / "tests").glob("test_stories_*.yml"))
TITLE = re.compile(r"^(?P<behaviour>.+) \((?P<language>[a-z]{2})\)$")


def titles() -> dict[str, set[str]]:
    languages: dict[str, set[str]] = defaultdict(set)
    for path in STORIES:
        for story in yaml.safe_load(path.read_text(encoding="utf-8"))["stories"]:
            match = TITLE.match(story["story"])
            assert match, f"{path.name}: {story['story']!r} does not end in its language"
            languages[match["behaviour"]].add(match["language"])
    return languages


def test_the_stories_are_filed_by_behaviour_not_by_language():
    names = {path.stem.removeprefix("test_stories_") for path in STORIES}
    assert names, "no test stories found"
    assert not names & set(SUPPORTED)


def test_every_behaviour_is_told_in_every_language():
    gaps = {
        behaviour: sorted(set(SUPPORTED) - languages)
        for behaviour, languages in titles().items()
        if set(SUPPORTED) - languages
    }
    assert gaps == {}
