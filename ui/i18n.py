"""The window's language: choosing it, installing its catalogues, and wording ``app/`` texts in it.

The language is the officer's, on this machine (``QSettings`` key ``ui/language``: ``system``,
``en``, ``ja`` or ``es``), read before any store is open: the first-run wizard and the passphrase
prompt already speak it. ``system`` follows the system locale (``LANG``): Japanese or Spanish
when it is one of those, English otherwise.

``install_language(app)`` installs, for Japanese and Spanish: Qt's own catalogue
(``qtbase_ja.qm``, from PySide6's translations folder: the buttons of standard dialogs), the app
catalogue (``liaison_desk_app_ja.qm``: ``app/``'s texts) and the window's (``liaison_desk_ja.qm``),
sets ``QLocale``'s default (dates, numbers, calendar pop-ups) and, for Japanese, registers the
bundled IPAex Gothic font as the fallback of the application font (CJK glyphs on a machine with
no CJK font). English needs no catalogue: ``ui.plurals`` words its plurals.

``render(value)`` words an ``app.i18n.Text`` in the installed language (anything else as it is);
``date_text`` / ``day_text`` word a date.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.i18n import LIST_SEPARATOR, Code, Localized, Text, english_plural
from app.treaty.wording import ENGLISH_TEXT

log = logging.getLogger(__name__)

#: The languages of the window, each named in its own language (as a language menu lists them).
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語", "es": "Español"}

#: The choices of the setting: "system" first (follow the system locale).
CHOICES = ("system", "en", "ja", "es")

SETTING = "ui/language"

#: The QLocale each language's dates and numbers follow (Spanish as written in Mexico: the
#: desk's Spanish is that of the Japan–Mexico agreement).
LOCALES = {"ja": "ja_JP", "es": "es_MX"}

#: Catalogues installed per language, most specific last (asked first): Qt's own, app/'s, ui/'s.
_CATALOGUES = ("qtbase", "liaison_desk_app", "liaison_desk")

#: IPAex Gothic, the family name inside resources/fonts/ipaexg.ttf.
CJK_FAMILY = "IPAexGothic"


def _settings() -> QSettings:
    from ui.main_window import window_settings

    return window_settings()


def chosen() -> str:
    """The officer's choice (one of ``CHOICES``; ``system`` when none was made)."""
    value = _settings().value(SETTING, "system")
    return value if value in CHOICES else "system"


def choose(choice: str) -> None:
    """Keep ``choice`` (one of ``CHOICES``) for the next start."""
    if choice not in CHOICES:
        raise ValueError(f"language: one of {', '.join(CHOICES)}, not {choice!r}")
    settings = _settings()
    settings.setValue(SETTING, choice)
    settings.sync()


def system_language() -> str:
    """The system locale's language if the window has it, else English."""
    lang = QLocale.system().language()
    return {QLocale.Language.Japanese: "ja", QLocale.Language.Spanish: "es"}.get(lang, "en")


def resolve(choice: str | None = None) -> str:
    """The language code ``choice`` (default: the saved one) stands for on this machine."""
    choice = chosen() if choice is None else choice
    return system_language() if choice == "system" else choice if choice in LANGUAGES else "en"


def language() -> str:
    """The language installed on the running application (``en`` before any is)."""
    app = QCoreApplication.instance()
    lang = app.property("liaison_language") if app is not None else None
    return lang if lang in LANGUAGES else "en"


def qt_translations_dir() -> str:
    """Where Qt's own catalogues are (inside the PySide6 wheel, or the frozen bundle)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _catalogue_dir(name: str) -> str:
    if name == "qtbase":
        return qt_translations_dir()
    from app.paths import resource

    return str(resource("translations"))


def translated_in(lang: str, context: str, source: str) -> str:
    """``source`` (a message of the window's catalogue) in ``lang``, whatever language is
    installed: the restart prompt speaks the language chosen before the window does."""
    if lang not in LOCALES:
        return source
    translator = QTranslator()
    if not translator.load(f"liaison_desk_{lang}", _catalogue_dir("liaison_desk")):
        return source
    return translator.translate(context, source) or source


class _Ours(QTranslator):
    """A catalogue installed by ``install_language`` (so the next install can take it out)."""


def install_language(app: QCoreApplication, choice: str | None = None) -> list[str]:
    """Install the catalogues of ``choice`` (default: the saved choice) on ``app``, replacing
    those of an earlier call; returns the catalogue files loaded (the log names them, and the
    bundle check reads that line)."""
    lang = resolve(choice)
    for old in app.findChildren(_Ours):
        app.removeTranslator(old)
        old.deleteLater()
    loaded: list[str] = []
    if lang != "en":
        for name in _CATALOGUES:
            translator = _Ours(app)
            if translator.load(f"{name}_{lang}", _catalogue_dir(name)):
                app.installTranslator(translator)
                loaded.append(f"{name}_{lang}.qm")
            else:
                log.warning("no catalogue %s_%s.qm in %s", name, lang, _catalogue_dir(name))
        QLocale.setDefault(QLocale(LOCALES[lang]))
    else:  # the system's own English (en_GB, en_US ...), or English where the system is not
        system = QLocale.system()
        QLocale.setDefault(system if system.language() == QLocale.Language.English
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setProperty("liaison_language", lang)
    if lang == "ja":
        use_cjk_font(app)
    return loaded


def use_cjk_font(app: Any) -> str | None:
    """Register the bundled IPAex Gothic and put it after the application font's family, so
    Japanese text renders (ellipsis included) on a machine with no CJK font of its own.
    Returns the family, None when the font cannot be registered."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from app.paths import resource

    if CJK_FAMILY not in QFontDatabase.families():
        if QFontDatabase.addApplicationFont(str(resource("fonts", "ipaexg.ttf"))) < 0:
            log.warning("the IPAex Gothic font could not be registered")
            return None
    if isinstance(app, QApplication):
        font = app.font()
        families = [f for f in font.families() if f != CJK_FAMILY] or [font.family()]
        font.setFamilies([*families, CJK_FAMILY])
        app.setFont(font)
    return CJK_FAMILY


# -- wording app/ texts ----------------------------------------------------------------------------

def _locale() -> QLocale:
    lang = language()
    return QLocale(LOCALES[lang]) if lang in LOCALES else QLocale(QLocale.Language.English)


def date_text(d: date | None) -> str:
    """A date as the window's language writes it: ``2026-11-25`` in English (the desk's form),
    ``2026年11月25日`` in Japanese, ``25/11/2026`` in Spanish (Mexico)."""
    if d is None:
        return ""
    lang = language()
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "es":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return d.isoformat()


def month_text(month: str) -> str:
    """A month given as ``YYYY-MM`` as the window's language writes it: ``2026-11`` in English
    (the desk's form), ``2026年11月`` in Japanese, ``11/2026`` in Spanish."""
    year, _, number = month.partition("-")
    if not (year.isdigit() and number.isdigit()):
        return month
    lang = language()
    if lang == "ja":
        return f"{int(year)}年{int(number)}月"
    if lang == "es":
        return f"{int(number):02d}/{year}"
    return month


def day_text(d: date, *, year: bool = False) -> str:
    """A date with its weekday: ``Fri 2026-11-20`` in English, ``11月20日(金)`` in Japanese
    (``2026年11月20日(金)`` with ``year``), ``vie 20/11/2026`` in Spanish."""
    lang = language()
    weekday = _locale().dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日({weekday})" if year else f"{d.month}月{d.day}日({weekday})"
    if lang == "es":
        return f"{weekday.rstrip('.')} {d.day:02d}/{d.month:02d}/{d.year}"
    from app.i18n import Day

    return str(Day.of(d))


def _code(value: Code) -> str:
    if value.kind == "article":  # the Japanese sentence cites 第14条第2項, the others the number
        return article_text(value.code) if language() == "ja" else str(value)
    if language() == "en":  # the English sentences word the code their own way ("draft")
        return str(value)
    from ui.widgets import labels

    if value.kind == "event":
        from ui.dialogs.observation import EVENT_LABELS

        label = EVENT_LABELS.get(value.code)
        return QCoreApplication.translate("ObservationDialog", label) if label else str(value)
    words = {"status": labels.status_label, "direction": labels.direction_label,
             "letter": labels.letter_kind_label, "subject_status": labels.subject_status_label,
             "item_direction": labels.item_direction_label}.get(value.kind)
    return words(value.code) if words else str(value)


def _value(value: Any, lang: str) -> Any:
    if isinstance(value, Text):
        return render(value)
    if isinstance(value, Code):
        return _code(value)
    if isinstance(value, Localized):
        return value.in_language(lang)
    if isinstance(value, datetime):  # a moment keeps its own format spec ({when:%Y-%m-%d %H:%M})
        return value
    if isinstance(value, date):
        from app.i18n import Day

        if lang == "en":
            return str(value) if isinstance(value, Day) else value.isoformat()
        return day_text(value) if isinstance(value, Day) else date_text(value)
    if isinstance(value, (list, tuple)):
        separator = QCoreApplication.translate(LIST_SEPARATOR.context, LIST_SEPARATOR.source)
        return separator.join(str(_value(v, lang)) for v in value)
    return value


def render(value: object) -> str:
    """``value`` in the window's language: an ``app.i18n.Text`` looked up in the catalogues (its
    parameters worded the same way); anything else as ``str`` gives it. A catalogue whose
    translation does not fit the parameters falls back to the English sentence, never to an
    error dialog."""
    if not isinstance(value, Text):
        return "" if value is None else str(value)
    lang = language()
    if lang == "en" and not value.params and value.n < 0:
        return str(value)
    pattern = QCoreApplication.translate(value.context, value.source, None, value.n)
    if value.n >= 0 and lang == "en":  # no plurals translator installed (a script, a test)
        pattern = english_plural(pattern, value.n)
    pattern = pattern.replace("%n", str(value.n)) if value.n >= 0 else pattern
    if not value.params:
        return pattern
    try:
        return pattern.format(**{k: _value(v, lang) for k, v in value.params.items()})
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", value.source)
        return str(value)


def violation_message(exc: Any) -> str:
    """The message of a refusal (``RuleViolation``) in the window's language."""
    return render(exc.message)


def article_text(code: str) -> str:
    """An article cited in the window: ``Art. 7.2(c)`` in English, ``第7条第2項(c)`` in Japanese
    (as the Japanese letters cite it: ``resources/letters/ja.json``), ``art. 7.2(c)`` in Spanish.
    Several (``"3.1, 4.3"``) read ``Art. 3.1, 4.3`` / ``第3条第1項、第4条第3項`` / ``art. 3.1, 4.3``.

    Every "Art. {x}" the window writes goes through here, so no catalogue puts a number into
    a Japanese pattern of its own (``条項7.2`` is not how a Japanese officer cites one)."""
    lang = language()
    if lang == "ja":
        from app.documents.i18n import Wording

        wording = Wording("ja")
        return wording.articles([c.strip() for c in str(code).split(",")])
    return f"art. {code}" if lang == "es" else f"Art. {code}"


def violation_line(exc: Any) -> str:
    """A refusal on one line in the window's language: ``Field: message (Art. 7.2(c))``, the
    field named as the forms caption it (``ui.widgets.labels.field_name``), not by its key."""
    from ui.widgets.messages import violation_text

    return violation_text(exc)


def catalogue_label(item: Any) -> str:
    """A legal basis's or refusal ground's label in the window's language, where the agreement's
    catalogue gives one (``labels`` in each letter language), else its English label."""
    return item.label_in(language())


def agreement_words(text: str | None) -> str:
    """An agreement's own English words (an article heading, a basis's or ground's description)
    in the window's language where the app catalogue has them (``app.treaty.wording``)."""
    if not text:
        return ""
    return QCoreApplication.translate("Agreement", text)


def english_text_note() -> str:
    """How an article's (English) text is labelled in a window that is not in English: the
    agreement's Japanese text is not among the desk's sources, and none is made up."""
    if language() == "en":
        return ""
    return QCoreApplication.translate(ENGLISH_TEXT.context, ENGLISH_TEXT.source)


def date_sample() -> str:
    """The widest date the window writes in its language, to size a date column by."""
    return date_text(date(2026, 12, 28)) if language() != "en" else "0000-00-00"
