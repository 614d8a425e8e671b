# ruff: noqa: E501  (translations are prose: long lines read better than broken sentences)
"""Dutch translations of the demo pages: English source segment -> translation."""

STRINGS = {
    # Home page
    "RAVOT-EUR": "RAVOT-EUR",
    "home": "home",
    # Get help
    "Get help": "Hulp zoeken",
    "get-help": "hulp",
    "Help lines in Hungary, Belgium and the Netherlands for victims of human trafficking, and advice on staying safe.": (
        "Hulplijnen in Hongarije, België en Nederland voor slachtoffers van mensenhandel, en tips om veilig te blijven."
    ),
    "If you, or someone you know, are forced to work, to sell sex or to do anything else against your will, you can get help: in Hungary, in Belgium, in the Netherlands and in every other country of the European Union. This page tells you whom to contact and how to stay safe while you look for help.": (
        "Wordt u, of iemand die u kent, gedwongen om te werken, seks te verkopen of iets anders te doen tegen uw wil? "
        "Dan kunt u hulp krijgen: in Hongarije, in België, in Nederland en in elk ander land van de Europese Unie. "
        "Op deze pagina leest u wie u kunt benaderen en hoe u veilig blijft terwijl u hulp zoekt."
    ),
    "Signs that you may be exploited": "Signalen dat u misschien wordt uitgebuit",
    "Does any of this sound familiar?": "Herkent u iets hiervan?",
    "Someone else keeps your passport or identity card.": "Iemand anders houdt uw paspoort of identiteitskaart in bezit.",
    "You have to work to pay off a debt that keeps growing.": "U moet werken om een schuld af te betalen die steeds hoger wordt.",
    "You cannot stop working, or leave the place where you live, when you want to.": (
        "U kunt niet stoppen met werken, of niet weg uit de plek waar u woont, wanneer u dat wilt."
    ),
    "You, or your family at home, are threatened.": "U, of uw familie thuis, wordt bedreigd.",
    "You are paid much less than promised, or nothing at all.": "U krijgt veel minder betaald dan beloofd, of helemaal niets.",
    "You are made to sell sex, to beg or to commit crimes.": "U wordt gedwongen seks te verkopen, te bedelen of misdrijven te plegen.",
    "None of this is your fault. You have rights even if you agreed to the job at first, even if you entered the country or worked without the right papers, and even if you owe money to the people who brought you.": (
        "Niets hiervan is uw schuld. U heeft rechten, ook als u in het begin met het werk instemde, ook als u zonder "
        "de juiste papieren het land bent binnengekomen of hebt gewerkt, en ook als u geld schuldig bent aan de mensen "
        "die u hierheen hebben gebracht."
    ),
    "Your rights as a victim": "Uw rechten als slachtoffer",
    "In the European Union, victims of trafficking in human beings have the right to help: a safe place to stay, medical and psychological care, information in a language they understand, and legal advice. This help may not depend on whether you are willing to make a statement to the police (EU Directive 2011/36/EU). You decide whether you want to report what happened, and the organisations on this page can explain what that would mean for you.": (
        "In de Europese Unie hebben slachtoffers van mensenhandel recht op hulp: een veilige verblijfplaats, medische "
        "en psychologische zorg, informatie in een taal die zij begrijpen, en juridisch advies. Die hulp mag niet "
        "afhangen van de vraag of u aangifte wilt doen bij de politie (EU-richtlijn 2011/36/EU). U beslist zelf of u "
        "melding maakt van wat er is gebeurd; de organisaties op deze pagina kunnen u uitleggen wat dat voor u betekent."
    ),
    "Staying safe while you ask for help": "Veilig blijven terwijl u hulp vraagt",
    "Keep a photo or a copy of your identity documents in a safe place, for example with someone you trust.": (
        "Bewaar een foto of kopie van uw identiteitsbewijs op een veilige plek, bijvoorbeeld bij iemand die u vertrouwt."
    ),
    "Learn one phone number of a person you trust by heart.": (
        "Leer het telefoonnummer van één persoon die u vertrouwt uit uw hoofd."
    ),
    "Agree on a code word with a friend or relative that means: call the police for me.": (
        "Spreek met een vriend of familielid een codewoord af dat betekent: bel de politie voor mij."
    ),
    "If someone else controls your phone, call from another phone: your phone's call list shows the numbers you called.": (
        "Als iemand anders uw telefoon controleert, bel dan met een andere telefoon: in de belgeschiedenis van uw "
        "telefoon staan de nummers die u hebt gebeld."
    ),
    "If it is safe, note addresses where you had to live or work, names or nicknames of the people involved, dates and payments. This can help you later.": (
        "Als het veilig kan, noteer dan adressen waar u moest wonen of werken, namen of bijnamen van de betrokkenen, "
        "data en betalingen. Dat kan u later helpen."
    ),
    "Going home": "Terug naar huis",
    "If you want to return to your home country, the organisations on this page can help you prepare a safe return: with documents, with the journey, and with support after you arrive, such as a place to stay, health care and help to find work. RAVOT-EUR was set up so that professionals in Hungary, Belgium and the Netherlands can arrange this together.": (
        "Wilt u terug naar uw land van herkomst? Dan kunnen de organisaties op deze pagina u helpen een veilige "
        "terugkeer voor te bereiden: met documenten, met de reis en met steun na aankomst, zoals onderdak, "
        "gezondheidszorg en hulp bij het vinden van werk. RAVOT-EUR is opgezet zodat professionals in Hongarije, "
        "België en Nederland dit samen kunnen regelen."
    ),
    "The organisations below help victims of human trafficking and the people around them. You can contact them even if you are not sure whether what happened to you is trafficking. Entries marked “Sample entry” are placeholders on this demonstration site, not real services.": (
        "De organisaties hieronder helpen slachtoffers van mensenhandel en de mensen om hen heen. U kunt contact met "
        "hen opnemen, ook als u niet zeker weet of wat u is overkomen mensenhandel is. Vermeldingen die als "
        "voorbeeld zijn gemarkeerd, zijn plaatshouders op deze demonstratiesite, geen echte diensten."
    ),
}
