"""How strong a passphrase must be: at least 12 characters, and not easy to guess by zxcvbn's
estimate (dictionary words, names, dates, keyboard walks and repeats count for little).

Applied wherever a passphrase protects data: a new store's passphrase, an unlock passphrase,
an export's passphrase. A store opened with an older, weaker passphrase still opens."""

from __future__ import annotations

from collections.abc import Sequence

MIN_LENGTH = 12
#: zxcvbn's score (0-4) a passphrase needs: 3 = "safely unguessable: moderate protection from an
#: offline slow-hash scenario", which is what a stolen key file or export file allows.
MIN_SCORE = 3


def check_passphrase(field: str, passphrase: str | None, *, hints: Sequence[str] = ()) -> str:
    """Return ``passphrase`` when it is strong enough, else raise ValueError in one line naming
    ``field`` and saying what would make it stronger. ``hints``: words an attacker would try
    first (the store's folder, the officer's name)."""
    if not isinstance(passphrase, str) or not passphrase.strip():
        raise ValueError(f"{field}: a passphrase is required")
    if len(passphrase) < MIN_LENGTH:
        raise ValueError(f"{field}: at least {MIN_LENGTH} characters are required; several "
                         "unrelated words are easy to remember and hard to guess")
    from zxcvbn import zxcvbn  # ~90 ms of word lists: only when a passphrase is being chosen

    verdict = zxcvbn(passphrase[:100], user_inputs=[h for h in hints if h])
    if verdict["score"] < MIN_SCORE:
        why = verdict["feedback"].get("warning") or "it follows a pattern that is quickly guessed"
        raise ValueError(f"{field}: too easy to guess ({why.rstrip('.')}); add more unrelated words")
    return passphrase
