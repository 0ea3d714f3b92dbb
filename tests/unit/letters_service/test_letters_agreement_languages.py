"""A letter is written only in a language of the request's agreement (Spanish only where it is one)."""

from __future__ import annotations

import re

import pytest

from app.services.letters import commands as letters
from app.services.letters import registry as docs
from app.services.validation import ServiceError


@pytest.mark.parametrize("lang", ["es", "en+es"])
def test_letter_in_a_language_outside_the_agreement_is_refused_naming_lang(desk, refs, lang):
    ref = refs["received"]  # a Japan-US request: English and Japanese only
    with pytest.raises(ServiceError, match=rf"^lang: '{re.escape(lang)}' is not a language of .*\(one of en, ja"):
        letters.generate_letter(desk, ref, "acknowledgement", lang)
    with pytest.raises(ServiceError, match=r"^lang: "):
        letters.preview_letter(desk, ref, "acknowledgement", lang)
    assert docs.list_documents(desk, ref) == []  # nothing stored


def test_letter_in_an_agreement_language_is_still_written(desk, refs):
    view = letters.generate_letter(desk, refs["received"], "acknowledgement", "ja+en")
    assert view.language == "ja+en" and view.version == 1
