"""The shipped agreements' own English words, marked for the app catalogues: article headings
(ours: the treaties have none) and the descriptions of legal bases and refusal grounds.

The agreements are data (``resources/agreements/*.json``); ``pyside6-lupdate`` extracts only
marked literals, so each heading and description of a shipped agreement is listed here once
(a unit test keeps this list and the files in step). The window looks a heading up by its
English text (``ui.i18n.agreement_words``), so an agreement the officer added reads in English.
The labels of bases and grounds are in the files themselves, in each letter language.

An article's TEXT is never translated here: the agreement's Japanese text is equally authentic
but is not among the desk's sources, so the window shows the English text, labelled as English.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

__all__ = ["DESCRIPTIONS", "ENGLISH_TEXT", "HEADINGS", "SHORT_TITLES"]

#: The label of an article's text shown in another language than English (the English text).
ENGLISH_TEXT = QT_TRANSLATE_NOOP("Agreement", "English text")

#: The short titles of the shipped agreements (how lists and choosers name an agreement; the
#: full titles are in the files themselves, in each letter language).
SHORT_TITLES = (
    QT_TRANSLATE_NOOP("Agreement", "Japan–US Customs Mutual Assistance Agreement (1997)"),
    QT_TRANSLATE_NOOP("Agreement", "Japan–Mexico Customs Mutual Assistance Agreement (2017)"),
)

#: Article headings of the shipped agreements.
HEADINGS = (
    QT_TRANSLATE_NOOP("Agreement", "Definitions"),
    QT_TRANSLATE_NOOP("Agreement", "Scope of assistance"),
    QT_TRANSLATE_NOOP("Agreement", "Exchange of information"),
    QT_TRANSLATE_NOOP("Agreement", "Verification, special surveillance and information on offences"),
    QT_TRANSLATE_NOOP("Agreement", "Documents on transport and shipment"),
    QT_TRANSLATE_NOOP("Agreement", "Consulting books and registers"),
    QT_TRANSLATE_NOOP("Agreement", "Form and content of requests"),
    QT_TRANSLATE_NOOP("Agreement", "Execution of requests"),
    QT_TRANSLATE_NOOP("Agreement", "Use and confidentiality of information"),
    QT_TRANSLATE_NOOP("Agreement", "Use of information as evidence"),
    QT_TRANSLATE_NOOP("Agreement", "Exceptions to the obligation to assist"),
    QT_TRANSLATE_NOOP("Agreement", "Expenses"),
    QT_TRANSLATE_NOOP("Agreement", "Consultations and implementing arrangements"),
    QT_TRANSLATE_NOOP("Agreement", "Entry into force, termination and review"),
)

#: Descriptions of the legal bases and grounds of the shipped agreements.
DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Agreement",
                      "Information necessary to ensure proper application of customs laws and to prevent, "
                      "investigate and repress customs offences, given on the administration's own "
                      "initiative."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Whether goods imported into the requesting country were lawfully exported from the "
                      "requested country."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Whether goods exported from the requesting country were lawfully imported into the "
                      "requested country."),
    QT_TRANSLATE_NOOP("Agreement",
                      "On request, the customs procedure used for clearing the goods covered by a "
                      "verification under 4.1(a)."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Information on and special surveillance of persons known or suspected to have "
                      "committed a customs offence, particularly those moving into and out of the requested "
                      "country. Within available resources."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Information on and special surveillance of goods in transport or storage suspected of "
                      "being controlled items bound for the requesting country. Within available resources."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Information on and special surveillance of means of transport suspected of use in a "
                      "customs offence in the requesting country. Within available resources."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Available information on activities that may result in customs offences in the "
                      "requesting country, asked for by request."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Information relevant to serious customs offences that could substantially damage the "
                      "economy, public health, public security or another vital interest of the other "
                      "country; it must be passed on without waiting for a request (4.3(b))."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Documents on the transportation and shipment of goods showing their value, "
                      "disposition and destination; computer-based form unless the requester says otherwise, "
                      "with what is needed to interpret them."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Designated officials of the requesting administration consult books, registers and "
                      "data media in the requested administration's offices and take copies, with its "
                      "consent and under its conditions."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Designated officials of the requesting administration are present during the inquiry "
                      "in the requested country, if that Party agrees and under its conditions."),
    QT_TRANSLATE_NOOP("Agreement",
                      "The requested administration advises the time and place of the action it will take, "
                      "so that action can be coordinated."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Information already obtained under the agreement is needed as evidence in criminal "
                      "investigation, prosecution or judicial proceedings; the request goes through the "
                      "diplomatic channel."),
    QT_TRANSLATE_NOOP("Agreement", "Assistance would infringe upon the sovereignty of the requested Party."),
    QT_TRANSLATE_NOOP("Agreement", "Assistance would infringe upon the security of the requested Party."),
    QT_TRANSLATE_NOOP("Agreement", "Assistance would infringe upon the public policy of the requested Party."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Assistance would infringe upon another substantial interest of the requested Party."),
    QT_TRANSLATE_NOOP("Agreement",
                      "The requesting administration could not comply with a similar request; execution is "
                      "at the requested administration's discretion."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Assistance would interfere with an ongoing investigation (including by law "
                      "enforcement agencies), prosecution or judicial proceeding; the requesting "
                      "administration is consulted on terms or conditions."),
    QT_TRANSLATE_NOOP("Agreement",
                      "The agreement is implemented within the available resources of the requested "
                      "administration."),
    QT_TRANSLATE_NOOP("Agreement",
                      "Special surveillance is provided only within the limits of the requested "
                      "administration's available resources."),
    QT_TRANSLATE_NOOP("Agreement",
                      "The request lacks information required by Article 7.2 (administration, nature of "
                      "proceedings, object and reason, or description and legal elements)."),
    QT_TRANSLATE_NOOP("Agreement",
                      "The request does not concern the application of customs laws or the prevention, "
                      "investigation or repression of customs offences."),
)
