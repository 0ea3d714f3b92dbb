"""Alternative readings of common single-kanji Japanese given names.

pykakasi gives one reading per token, and for a lone kanji it is often the dictionary reading
rather than the name reading (明 comes back as "mei", where as a given name it is usually
"Akira"). A name's reading cannot be known from its kanji, so the matcher tries every reading
listed here as well as pykakasi's. The list is deliberately small: common given-name kanji whose
usual name reading differs from pykakasi's or that have two common readings.
"""

from __future__ import annotations

# Readings in Hepburn without long-vowel marks; romanisation folding handles the rest.
GIVEN_NAME_READINGS: dict[str, tuple[str, ...]] = {
    "翔": ("sho", "kakeru", "sora"),
    "明": ("akira", "mei"),
    "健": ("ken", "takeshi", "tsuyoshi"),
    "誠": ("makoto", "sei"),
    "恵": ("megumi", "kei"),
    "翼": ("tsubasa",),
    "潤": ("jun",),
    "純": ("jun", "atsushi"),
    "茂": ("shigeru",),
    "勇": ("isamu", "yu"),
    "博": ("hiroshi",),
    "浩": ("hiroshi", "ko"),
    "学": ("manabu",),
    "豊": ("yutaka",),
    "進": ("susumu",),
    "実": ("minoru",),
    "清": ("kiyoshi",),
    "勝": ("masaru",),
    "薫": ("kaoru",),
    "愛": ("ai", "megumi"),
    "光": ("hikaru", "hikari"),
    "望": ("nozomi",),
    "舞": ("mai",),
    "優": ("yu", "masaru"),
    "陽": ("hinata", "yo", "akira"),
    "蓮": ("ren",),
    "隆": ("takashi",),
    "剛": ("tsuyoshi", "go"),
    "武": ("takeshi",),
    "聡": ("satoshi",),
    "修": ("osamu",),
    "仁": ("hitoshi", "jin"),
    "亮": ("ryo", "akira"),
    "涼": ("ryo",),
    "遥": ("haruka",),
    "彩": ("aya",),
    "樹": ("itsuki",),
    "巧": ("takumi",),
    "大": ("dai", "hiroshi", "masaru"),
    "一": ("hajime",),
}
