"""Demo "Get help" page and help lines. Running load() again changes nothing.

Only 112 is a real number here. Real organisations appear without contact details
(we do not invent any); every other entry is a clearly labelled sample whose phone
number is invalid on purpose: in Hungary, Belgium and the Netherlands no subscriber
number starts with 0 after the area code, so a sample can never ring a real person.
"""

import json
import uuid

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from gethelp.models import Country, GetHelpPage, HelpLine
from home.demo import english_home

# Stable translation keys make the help lines easy to find again, in every language.
KEY_NAMESPACE = uuid.UUID("3f4b3a0e-8d0c-4b8e-9a57-6a2f4c1d2e10")

HELP_LINES = [
    {
        "key": "eu-112",
        "country": Country.EU,
        "sort_order": 10,
        "organisation": "European emergency number 112",
        "phone": "112",
        "hours": "24 hours a day, 7 days a week",
        "languages": "The language of the country; in many countries also English",
        "notes": "Police, ambulance and fire brigade in every country of the European Union. Call 112 when you "
        "or someone else is in immediate danger. The call is free.",
    },
    {
        "key": "hu-victim-support-service",
        "country": Country.HU,
        "sort_order": 10,
        "organisation": "Victim Support Service (Áldozatsegítő Szolgálat)",
        "notes": "The Hungarian state service for victims of crime, including victims of human trafficking: "
        "information about your rights, emotional and practical support, and help with applying for state "
        "compensation.",
    },
    {
        "key": "hu-sample",
        "country": Country.HU,
        "sort_order": 90,
        "organisation": "Sample help line Hungary (sample)",
        "phone": "+36 1 000 0100",
        "hours": "Monday to Friday, 9:00 to 17:00 (sample)",
        "languages": "Hungarian, English",
        "website": "https://helpline-hu.example.org/",
        "notes": "A made-up entry that shows how a help line looks on this page.",
        "is_sample": True,
    },
    {
        "key": "be-payoke",
        "country": Country.BE,
        "sort_order": 10,
        "organisation": "Payoke (Antwerp)",
        "notes": "One of the specialised centres for victims of human trafficking recognised in Belgium, and a "
        "partner in RAVOT-EUR. It offers shelter and social, administrative and legal support.",
    },
    {
        "key": "be-sample",
        "country": Country.BE,
        "sort_order": 90,
        "organisation": "Sample help line Belgium (sample)",
        "phone": "+32 2 000 01 00",
        "hours": "Every day, 8:00 to 20:00 (sample)",
        "languages": "Dutch, French, English, Hungarian",
        "website": "https://helpline-be.example.org/",
        "notes": "A made-up entry that shows how a help line looks on this page.",
        "is_sample": True,
    },
    {
        "key": "nl-comensha",
        "country": Country.NL,
        "sort_order": 10,
        "organisation": "CoMensha (Coördinatiecentrum tegen Mensenhandel)",
        "notes": "The Dutch national coordination centre against human trafficking. It registers presumed "
        "victims and helps to find shelter and care for them.",
    },
    {
        "key": "nl-sample",
        "country": Country.NL,
        "sort_order": 90,
        "organisation": "Sample help line Netherlands (sample)",
        "phone": "+31 20 000 0100",
        "hours": "Monday to Saturday, 9:00 to 21:00 (sample)",
        "languages": "Dutch, English",
        "website": "https://helpline-nl.example.org/",
        "notes": "A made-up entry that shows how a help line looks on this page.",
        "is_sample": True,
    },
]

_SAMPLE_NOTES = {
    "nl": "Een verzonnen vermelding die laat zien hoe een hulplijn er op deze pagina uitziet.",
    "hu": "Kitalált bejegyzés, amely bemutatja, hogyan jelenik meg egy segélyvonal ezen az oldalon.",
    "fr": "Une entrée fictive qui montre comment une ligne d'aide apparaît sur cette page.",
}

# Translations made through wagtail-localize, so editors can go on editing them in
# its translation editor. Phone numbers and websites are synchronised, not translated.
HELP_LINE_TRANSLATIONS = {
    "eu-112": {
        "nl": {
            "organisation": "Europees alarmnummer 112",
            "hours": "24 uur per dag, 7 dagen per week",
            "languages": "De taal van het land; in veel landen ook Engels",
            "notes": "Politie, ambulance en brandweer in elk land van de Europese Unie. Bel 112 als u of iemand "
            "anders in acuut gevaar is. Het gesprek is gratis.",
        },
        "hu": {
            "organisation": "Egységes európai segélyhívószám: 112",
            "hours": "a nap 24 órájában, a hét minden napján",
            "languages": "Az adott ország nyelve; sok országban angolul is",
            "notes": "Rendőrség, mentők és tűzoltóság az Európai Unió minden országában. Hívja a 112-t, ha Ön "
            "vagy valaki más közvetlen veszélyben van. A hívás ingyenes.",
        },
        "fr": {
            "organisation": "Numéro d'urgence européen 112",
            "hours": "24 heures sur 24, 7 jours sur 7",
            "languages": "La langue du pays ; dans de nombreux pays, aussi l'anglais",
            "notes": "Police, ambulance et pompiers dans tous les pays de l'Union européenne. Appelez le 112 si "
            "vous ou une autre personne êtes en danger immédiat. L'appel est gratuit.",
        },
    },
    "hu-victim-support-service": {
        "nl": {
            "organisation": "Slachtofferhulpdienst (Áldozatsegítő Szolgálat)",
            "notes": "De Hongaarse overheidsdienst voor slachtoffers van misdrijven, ook van mensenhandel: "
            "informatie over uw rechten, emotionele en praktische steun, en hulp bij het aanvragen van een "
            "schadevergoeding van de staat.",
        },
        "hu": {
            "organisation": "Áldozatsegítő Szolgálat",
            "notes": "Állami szolgálat a bűncselekmények áldozatai, köztük az emberkereskedelem áldozatai "
            "számára: tájékoztatás a jogaikról, érzelmi és gyakorlati segítség, valamint segítség az állami "
            "kárenyhítés igényléséhez.",
        },
        "fr": {
            "organisation": "Service d'aide aux victimes (Áldozatsegítő Szolgálat)",
            "notes": "Le service public hongrois d'aide aux victimes d'infractions, y compris les victimes de la "
            "traite des êtres humains : information sur vos droits, soutien émotionnel et pratique, et aide pour "
            "demander une indemnisation de l'État.",
        },
    },
    "hu-sample": {
        "nl": {
            "organisation": "Voorbeeldhulplijn Hongarije (voorbeeld)",
            "hours": "Maandag tot en met vrijdag, 9.00 tot 17.00 uur (voorbeeld)",
            "languages": "Hongaars, Engels",
            "notes": _SAMPLE_NOTES["nl"],
        },
        "hu": {
            "organisation": "Minta segélyvonal, Magyarország (minta)",
            "hours": "Hétfőtől péntekig 9:00 és 17:00 között (minta)",
            "languages": "magyar, angol",
            "notes": _SAMPLE_NOTES["hu"],
        },
        "fr": {
            "organisation": "Ligne d'aide fictive Hongrie (exemple)",
            "hours": "Du lundi au vendredi, de 9 h à 17 h (exemple)",
            "languages": "hongrois, anglais",
            "notes": _SAMPLE_NOTES["fr"],
        },
    },
    "be-payoke": {
        "nl": {
            "organisation": "Payoke (Antwerpen)",
            "notes": "Een van de erkende gespecialiseerde centra voor slachtoffers van mensenhandel in België, en "
            "partner in RAVOT-EUR. Het biedt opvang en sociale, administratieve en juridische begeleiding.",
        },
        "hu": {
            "organisation": "Payoke (Antwerpen)",
            "notes": "Az emberkereskedelem áldozatainak egyik elismert, szakosodott belgiumi központja és a "
            "RAVOT-EUR partnere. Szállást, valamint szociális, ügyintézési és jogi segítséget nyújt.",
        },
        "fr": {
            "organisation": "Payoke (Anvers)",
            "notes": "L'un des centres spécialisés reconnus en Belgique pour les victimes de la traite des êtres "
            "humains, et partenaire de RAVOT-EUR. Il offre un hébergement et un accompagnement social, "
            "administratif et juridique.",
        },
    },
    "be-sample": {
        "nl": {
            "organisation": "Voorbeeldhulplijn België (voorbeeld)",
            "hours": "Elke dag, 8.00 tot 20.00 uur (voorbeeld)",
            "languages": "Nederlands, Frans, Engels, Hongaars",
            "notes": _SAMPLE_NOTES["nl"],
        },
        "hu": {
            "organisation": "Minta segélyvonal, Belgium (minta)",
            "hours": "Minden nap 8:00 és 20:00 között (minta)",
            "languages": "holland, francia, angol, magyar",
            "notes": _SAMPLE_NOTES["hu"],
        },
        "fr": {
            "organisation": "Ligne d'aide fictive Belgique (exemple)",
            "hours": "Tous les jours, de 8 h à 20 h (exemple)",
            "languages": "néerlandais, français, anglais, hongrois",
            "notes": _SAMPLE_NOTES["fr"],
        },
    },
    "nl-comensha": {
        "nl": {
            "organisation": "CoMensha (Coördinatiecentrum tegen Mensenhandel)",
            "notes": "Het landelijke coördinatiecentrum tegen mensenhandel in Nederland. Het registreert "
            "vermoedelijke slachtoffers en helpt bij het vinden van opvang en zorg.",
        },
        "hu": {
            "organisation": "CoMensha (holland koordinációs központ az emberkereskedelem ellen)",
            "notes": "Az emberkereskedelem elleni holland országos koordinációs központ. Nyilvántartásba veszi a "
            "feltételezett áldozatokat, és segít szállást és ellátást találni számukra.",
        },
        "fr": {
            "organisation": "CoMensha (centre néerlandais de coordination contre la traite des êtres humains)",
            "notes": "Le centre national néerlandais de coordination contre la traite des êtres humains. Il "
            "enregistre les victimes présumées et aide à leur trouver un hébergement et des soins.",
        },
    },
    "nl-sample": {
        "nl": {
            "organisation": "Voorbeeldhulplijn Nederland (voorbeeld)",
            "hours": "Maandag tot en met zaterdag, 9.00 tot 21.00 uur (voorbeeld)",
            "languages": "Nederlands, Engels",
            "notes": _SAMPLE_NOTES["nl"],
        },
        "hu": {
            "organisation": "Minta segélyvonal, Hollandia (minta)",
            "hours": "Hétfőtől szombatig 9:00 és 21:00 között (minta)",
            "languages": "holland, angol",
            "notes": _SAMPLE_NOTES["hu"],
        },
        "fr": {
            "organisation": "Ligne d'aide fictive Pays-Bas (exemple)",
            "hours": "Du lundi au samedi, de 9 h à 21 h (exemple)",
            "languages": "néerlandais, anglais",
            "notes": _SAMPLE_NOTES["fr"],
        },
    },
}

INTRO = (
    "<p>If you, or someone you know, are forced to work, to sell sex or to do anything else against your will, "
    "you can get help: in Hungary, in Belgium, in the Netherlands and in every other country of the European "
    "Union. This page tells you whom to contact and how to stay safe while you look for help.</p>"
)

HELP_LINES_INTRO = (
    "<p>The organisations below help victims of human trafficking and the people around them. You can contact "
    "them even if you are not sure whether what happened to you is trafficking. Entries marked "
    "“Sample entry” are placeholders on this demonstration site, not real services.</p>"
)


def _heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h3", "anchor": ""}}


def _paragraph(html):
    return {"type": "paragraph", "value": html}


SAFETY_ADVICE = [
    _heading("Signs that you may be exploited"),
    {
        "type": "callout",
        "value": {
            "style": "indicators",
            "title": "Does any of this sound familiar?",
            "body": "<ul>"
            "<li>Someone else keeps your passport or identity card.</li>"
            "<li>You have to work to pay off a debt that keeps growing.</li>"
            "<li>You cannot stop working, or leave the place where you live, when you want to.</li>"
            "<li>You, or your family at home, are threatened.</li>"
            "<li>You are paid much less than promised, or nothing at all.</li>"
            "<li>You are made to sell sex, to beg or to commit crimes.</li>"
            "</ul>",
        },
    },
    _paragraph(
        "<p>None of this is your fault. You have rights even if you agreed to the job at first, even if you "
        "entered the country or worked without the right papers, and even if you owe money to the people who "
        "brought you.</p>"
    ),
    _heading("Your rights as a victim"),
    _paragraph(
        "<p>In the European Union, victims of trafficking in human beings have the right to help: a safe place to "
        "stay, medical and psychological care, information in a language they understand, and legal advice. This "
        "help may not depend on whether you are willing to make a statement to the police (EU Directive "
        "2011/36/EU). You decide whether you want to report what happened, and the organisations on this page can "
        "explain what that would mean for you.</p>"
    ),
    _heading("Staying safe while you ask for help"),
    _paragraph(
        "<ul>"
        "<li>Keep a photo or a copy of your identity documents in a safe place, for example with someone you "
        "trust.</li>"
        "<li>Learn one phone number of a person you trust by heart.</li>"
        "<li>Agree on a code word with a friend or relative that means: call the police for me.</li>"
        "<li>If someone else controls your phone, call from another phone: your phone's call list shows the "
        "numbers you called.</li>"
        "<li>If it is safe, note addresses where you had to live or work, names or nicknames of the people "
        "involved, dates and payments. This can help you later.</li>"
        "</ul>"
    ),
    _heading("Going home"),
    _paragraph(
        "<p>If you want to return to your home country, the organisations on this page can help you prepare a "
        "safe return: with documents, with the journey, and with support after you arrive, such as a place to "
        "stay, health care and help to find work. RAVOT-EUR was set up so that professionals in Hungary, Belgium "
        "and the Netherlands can arrange this together.</p>"
    ),
]


def ensure_get_help_page(home):
    if GetHelpPage.objects.child_of(home).exists():
        return False
    page = GetHelpPage(
        title="Get help",
        slug="get-help",
        show_in_menus=True,
        intro=INTRO,
        help_lines_intro=HELP_LINES_INTRO,
        safety_advice=json.dumps(SAFETY_ADVICE),
        search_description="Help lines in Hungary, Belgium and the Netherlands for victims of human trafficking, "
        "and advice on staying safe.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return True


def translation_key(key):
    return uuid.uuid5(KEY_NAMESPACE, key)


def ensure_help_line(data, locale):
    key = translation_key(data["key"])
    if HelpLine.objects.filter(translation_key=key, locale=locale).exists():
        return False
    fields = {name: value for name, value in data.items() if name != "key"}
    line = HelpLine(translation_key=key, locale=locale, live=False, **fields)
    line.save()
    line.save_revision().publish()
    return True


def ensure_help_line_translations(data, source_locale):
    """Translate one help line into nl, hu and fr through wagtail-localize; skip languages already there."""
    key = translation_key(data["key"])
    line = HelpLine.objects.get(translation_key=key, locale=source_locale)
    added = 0
    for language_code, texts in HELP_LINE_TRANSLATIONS.get(data["key"], {}).items():
        if language_code not in dict(settings.LANGUAGES):
            continue
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        if HelpLine.objects.filter(translation_key=key, locale=locale).exists():
            continue
        source, _created = TranslationSource.get_or_create_from_instance(line)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = texts[entry.msgctxt]
        translation.import_po(po)
        translation.save_target(publish=True)
        added += 1
    return added


def load(command):
    home = english_home()
    if home is None:
        command.stdout.write("gethelp: no English home page, skipped")
        return
    page_created = ensure_get_help_page(home)
    added = sum(ensure_help_line(data, home.locale) for data in HELP_LINES)
    translated = sum(ensure_help_line_translations(data, home.locale) for data in HELP_LINES)
    command.stdout.write(
        f"gethelp: page {'created' if page_created else 'kept'}, {added} help line(s) and "
        f"{translated} translation(s) added"
    )
