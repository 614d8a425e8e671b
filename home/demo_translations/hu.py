# ruff: noqa: E501  (translations are prose: long lines read better than broken sentences)
"""Hungarian translations of the demo pages: English source segment -> translation."""

STRINGS = {
    # Home page
    "RAVOT-EUR": "RAVOT-EUR",
    "home": "home",
    # Get help
    "Get help": "Segítség",
    "get-help": "segitseg",
    "Help lines in Hungary, Belgium and the Netherlands for victims of human trafficking, and advice on staying safe.": (
        "Segélyvonalak az emberkereskedelem áldozatainak Magyarországon, Belgiumban és Hollandiában, valamint "
        "tanácsok a biztonsága érdekében."
    ),
    "If you, or someone you know, are forced to work, to sell sex or to do anything else against your will, you can get help: in Hungary, in Belgium, in the Netherlands and in every other country of the European Union. This page tells you whom to contact and how to stay safe while you look for help.": (
        "Ha Önt vagy valakit, akit ismer, munkára, szexuális szolgáltatásra vagy bármi másra kényszerítenek az "
        "akarata ellenére, segítséget kaphat: Magyarországon, Belgiumban, Hollandiában és az Európai Unió minden más "
        "országában. Ezen az oldalon megtudja, kihez fordulhat, és hogyan őrizheti meg a biztonságát, amíg segítséget keres."
    ),
    "Signs that you may be exploited": "Jelek, amelyek kizsákmányolásra utalhatnak",
    "Does any of this sound familiar?": "Ismerősnek tűnik valamelyik?",
    "Someone else keeps your passport or identity card.": "Valaki más tartja magánál az útlevelét vagy a személyi igazolványát.",
    "You have to work to pay off a debt that keeps growing.": "Egy egyre növekvő adósságot kell ledolgoznia.",
    "You cannot stop working, or leave the place where you live, when you want to.": (
        "Nem hagyhatja abba a munkát, és nem hagyhatja el a szállását, amikor szeretné."
    ),
    "You, or your family at home, are threatened.": "Önt vagy az otthon maradt családját fenyegetik.",
    "You are paid much less than promised, or nothing at all.": "Sokkal kevesebbet fizetnek, mint amennyit ígértek, vagy semmit.",
    "You are made to sell sex, to beg or to commit crimes.": (
        "Szexuális szolgáltatásra, koldulásra vagy bűncselekmények elkövetésére kényszerítik."
    ),
    "None of this is your fault. You have rights even if you agreed to the job at first, even if you entered the country or worked without the right papers, and even if you owe money to the people who brought you.": (
        "Mindez nem az Ön hibája. Önt akkor is megilletik a jogai, ha eleinte beleegyezett a munkába, ha megfelelő "
        "papírok nélkül lépett be az országba vagy dolgozott, és akkor is, ha pénzzel tartozik azoknak, akik ide hozták."
    ),
    "Your rights as a victim": "Az Ön jogai áldozatként",
    "In the European Union, victims of trafficking in human beings have the right to help: a safe place to stay, medical and psychological care, information in a language they understand, and legal advice. This help may not depend on whether you are willing to make a statement to the police (EU Directive 2011/36/EU). You decide whether you want to report what happened, and the organisations on this page can explain what that would mean for you.": (
        "Az Európai Unióban az emberkereskedelem áldozatainak joguk van a segítségre: biztonságos szállásra, orvosi és "
        "pszichológiai ellátásra, az általuk értett nyelven adott tájékoztatásra és jogi tanácsadásra. Ez a segítség "
        "nem függhet attól, hogy hajlandó-e vallomást tenni a rendőrségen (2011/36/EU irányelv). Ön dönti el, hogy "
        "feljelentést tesz-e; az ezen az oldalon szereplő szervezetek elmagyarázzák, mit jelentene ez az Ön számára."
    ),
    "Staying safe while you ask for help": "Biztonságban, amíg segítséget kér",
    "Keep a photo or a copy of your identity documents in a safe place, for example with someone you trust.": (
        "Tartson egy fényképet vagy másolatot a személyazonosító okmányairól biztonságos helyen, például egy "
        "megbízható ismerősénél."
    ),
    "Learn one phone number of a person you trust by heart.": "Tanulja meg fejből egy megbízható ember telefonszámát.",
    "Agree on a code word with a friend or relative that means: call the police for me.": (
        "Beszéljen meg egy barátjával vagy rokonával egy jelszót, amely azt jelenti: hívd ki nekem a rendőrséget."
    ),
    "If someone else controls your phone, call from another phone: your phone's call list shows the numbers you called.": (
        "Ha valaki más ellenőrzi a telefonját, hívjon másik telefonról: a híváslistában látszanak a felhívott számok."
    ),
    "If it is safe, note addresses where you had to live or work, names or nicknames of the people involved, dates and payments. This can help you later.": (
        "Ha biztonságosan megteheti, jegyezze fel, hol kellett laknia vagy dolgoznia, az érintett személyek nevét vagy "
        "becenevét, a dátumokat és a kifizetéseket. Ez később segíthet Önnek."
    ),
    "Going home": "Hazatérés",
    "If you want to return to your home country, the organisations on this page can help you prepare a safe return: with documents, with the journey, and with support after you arrive, such as a place to stay, health care and help to find work. RAVOT-EUR was set up so that professionals in Hungary, Belgium and the Netherlands can arrange this together.": (
        "Ha szeretne hazatérni, az ezen az oldalon szereplő szervezetek segítenek a biztonságos hazatérés "
        "előkészítésében: az iratokkal, az utazással, és megérkezése után is, például szállással, egészségügyi "
        "ellátással és álláskereséssel. A RAVOT-EUR azért jött létre, hogy a magyarországi, belgiumi és hollandiai "
        "szakemberek ezt közösen intézhessék."
    ),
    "The organisations below help victims of human trafficking and the people around them. You can contact them even if you are not sure whether what happened to you is trafficking. Entries marked “Sample entry” are placeholders on this demonstration site, not real services.": (
        "Az alábbi szervezetek az emberkereskedelem áldozatainak és hozzátartozóiknak segítenek. Akkor is fordulhat "
        "hozzájuk, ha nem biztos benne, hogy emberkereskedelem történt-e Önnel. A mintaként jelölt bejegyzések ezen a "
        "bemutató oldalon csak helykitöltők, nem valódi szolgáltatások."
    ),
}
