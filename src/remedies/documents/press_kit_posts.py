"""Social media posts for the press kit, each counted the way its platform counts and fitted to its limit.

The limits and counting rules are data (data/press/social.yaml). X's weighted count comes from the
twitter-text-parser package (twitter-text's own configuration v3: CJK and emoji weigh 2, URLs 23);
graphemes are Unicode extended grapheme clusters from the `regex` module (`\\X`, UAX #29).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from remedies import data

SOCIAL = "press/social.yaml"
# What a URL is for counting: twitter-text finds URLs itself; the other counts use this pattern.
_URL = re.compile(r"https?://\S+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hashtag_split():
    """Compiled on first use: `regex` is imported only when a press kit is drafted, not with every command."""
    import regex

    return regex.compile(r"[\p{Lu}\p{Lt}]?[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|[\p{Lu}\p{Lt}]+(?![\p{Ll}])|\p{Nd}+")


@dataclass(frozen=True)
class Platform:
    code: str
    name: str
    limit: int
    counting: str
    url_length: Optional[int]
    source: str
    confirmed: bool


@dataclass
class Post:
    platform: Platform
    text: str
    length: int

    @property
    def fits(self) -> bool:
        return 0 < self.length <= self.platform.limit


def platforms() -> list[Platform]:
    table = data.load(SOCIAL)["platforms"]
    return [Platform(code, item["name"], int(item["limit"]), item["counting"], item.get("url_length"),
                     item["source"], bool(item.get("confirmed"))) for code, item in table.items()]


def length(text: str, platform: Platform) -> int:
    """`text`'s length as `platform` counts it."""
    if platform.counting == "twitter-text":
        from twitter_text import parse_tweet

        return parse_tweet(text).weightedLength
    if platform.url_length is not None:
        text = _URL.sub("x" * platform.url_length, text)
    if platform.counting == "graphemes":
        import regex

        return len(regex.findall(r"\X", text))
    if platform.counting == "characters":
        return len(text)
    raise ValueError(f"{SOCIAL}: unknown counting rule {platform.counting!r} for {platform.code}")


def hashtag(value: str) -> Optional[str]:
    """'#EndDoxxing' from 'EndDoxxing', '#end doxxing' or 'End Doxxing' (spaces and punctuation dropped)."""
    body = "".join(ch for ch in unicodedata.normalize("NFC", value.lstrip("#＃"))
                   if ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M"))
    return f"#{body}" if body and not body.isdigit() else None


def hashtag_words(tag: str) -> str:
    """The words glued into a hashtag or handle, spaced: '#StandWithMeiLing94' -> 'Stand With Mei Ling 94'."""
    return " ".join(_hashtag_split().findall(tag.lstrip("#＃@").replace("_", " ")))


def fit(parts: list[str], tags: list[str], platform: Platform, ellipsis: str = "…") -> Post:
    """The longest post from `parts` (in order, each kept whole when it can be) and `tags` that fits.

    Parts are dropped from the end first, then hashtags; the first part is shortened at a word boundary
    with an ellipsis as the last resort. A post is never cut inside a word or a hashtag.
    """
    def compose(chosen: list[str], chosen_tags: list[str]) -> str:
        body = "\n\n".join(p for p in chosen if p)
        return (body + ("\n\n" + " ".join(chosen_tags) if chosen_tags else "")).strip()

    for keep in range(len(parts), 0, -1):
        for tag_count in range(len(tags), -1, -1):
            text = compose(parts[:keep], tags[:tag_count])
            if length(text, platform) <= platform.limit:
                return Post(platform, text, length(text, platform))
    words = parts[0].split() if parts else []
    while words:
        words.pop()
        text = " ".join(words) + ellipsis
        if length(text, platform) <= platform.limit:
            return Post(platform, text, length(text, platform))
    return Post(platform, "", 0)


def posts(parts: list[str], tags: list[str], choose: Optional[Callable[[Platform], bool]] = None) -> list[Post]:
    return [fit(parts, tags, platform) for platform in platforms() if choose is None or choose(platform)]
