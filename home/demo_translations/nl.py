# ruff: noqa: E501  (translations are prose: long lines read better than broken sentences)
"""Dutch translations of the demo pages: English source segment -> translation."""

# Place names as Dutch readers in the Netherlands and Flanders write them: the Dutch
# exonym where there is one, the native name otherwise. Every translation that names a
# place takes its form from here, and a city field on its own translates to exactly this.
PLACES = {
    # Belgium
    "Belgium": "België",
    "Antwerp": "Antwerpen",
    "Brussels": "Brussel",
    "Ghent": "Gent",
    "Liège": "Luik",
    "Leuven": "Leuven",
    "Bruges": "Brugge",
    "Charleroi": "Charleroi",
    # The Netherlands
    "the Netherlands": "Nederland",
    "The Netherlands": "Nederland",
    "The Hague": "Den Haag",
    "Amsterdam": "Amsterdam",
    "Rotterdam": "Rotterdam",
    "Utrecht": "Utrecht",
    "Eindhoven": "Eindhoven",
    "Zwolle": "Zwolle",
    "Groningen": "Groningen",
    # Hungary
    "Hungary": "Hongarije",
    "Budapest": "Boedapest",
    "Pécs": "Pécs",
    "Szeged": "Szeged",
    "Debrecen": "Debrecen",
    "Miskolc": "Miskolc",
    "Nyíregyháza": "Nyíregyháza",
    "Győr": "Győr",
}

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

# About, code of conduct and privacy notice (home.demo)
STRINGS |= {
    "About RAVOT-EUR": "Over RAVOT-EUR",
    "about": "over",
    "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) built a transnational referral mechanism between Hungary, Belgium and the Netherlands.": "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) heeft een transnationaal doorverwijzingsmechanisme opgezet tussen Hongarije, België en Nederland.",
    "Why this project": "Waarom dit project",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking in human beings are most often found. They are exploited in prostitution, in agriculture, in construction, in cleaning and in food processing. When such a person is identified, the police, the shelters, the social services and the courts of at least two countries need to work together: to protect the person, to support a safe return if that is what they want, and to bring the offenders to justice.": "België en Nederland zijn de landen waar Hongaarse slachtoffers van mensenhandel het vaakst worden aangetroffen. Zij worden uitgebuit in de prostitutie, de land- en tuinbouw, de bouw, de schoonmaak en de voedingsmiddelenindustrie. Wordt zo iemand geïdentificeerd, dan moeten politie, opvang, maatschappelijke diensten en rechtbanken van ten minste twee landen samenwerken: om de persoon te beschermen, om een veilige terugkeer te ondersteunen als hij of zij dat wil, en om de daders te laten berechten.",
    "Before RAVOT-EUR, that cooperation depended on individual contacts. Professionals did not know whom to call in the other country, how the other system worked, or whether they could trust the information they received. Victims fell between the systems, were returned without support, or were re-trafficked.": "Vóór RAVOT-EUR hing die samenwerking af van persoonlijke contacten. Professionals wisten niet wie ze in het andere land moesten bellen, hoe het systeem daar werkte en of ze de informatie die ze kregen konden vertrouwen. Slachtoffers vielen tussen de systemen in, werden zonder begeleiding teruggestuurd of kwamen opnieuw in handen van mensenhandelaars.",
    "What the project did": "Wat het project heeft gedaan",
    "The project was led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Belgian specialised centre for victims of trafficking in Antwerp, as partners. Between 1 February 2014 and 31 January 2016 it:": "Het project stond onder leiding van het ministerie van Binnenlandse Zaken van Hongarije, met als partners het Nederlandse ministerie van Veiligheid en Justitie en Payoke, het Belgische gespecialiseerde centrum voor slachtoffers van mensenhandel in Antwerpen. Tussen 1 februari 2014 en 31 januari 2016 heeft het project:",
    "built a transnational referral mechanism (TRM) between Hungary, Belgium and the Netherlands, following the five stages of the European TRM guidelines: identification; first assistance and protection; long-term assistance and social inclusion; return and social inclusion; criminal and civil proceedings;": "een transnationaal doorverwijzingsmechanisme (TRM) opgezet tussen Hongarije, België en Nederland, volgens de vijf fasen van de Europese TRM-richtlijnen: identificatie; eerste hulp en bescherming; langdurige hulp en sociale inclusie; terugkeer en sociale inclusie; strafrechtelijke en civiele procedures;",
    "wrote a training handbook for professional and academic use;": "een trainingshandboek geschreven voor professioneel en academisch gebruik;",
    "held three professional workshops, one in each partner country;": "drie workshops voor professionals gehouden, één in elk partnerland;",
    "organised study visits in which experts learned how the Hungarian, Dutch and Belgian authorities and services work;": "studiebezoeken georganiseerd waarin experts leerden hoe de Hongaarse, Nederlandse en Belgische autoriteiten en diensten werken;",
    "built this online platform, with a forum where vetted professionals can discuss cases.": "dit onlineplatform gebouwd, met een forum waar gescreende professionals casussen kunnen bespreken.",
    "Aims": "Doelen",
    "The project aimed to help victims of sexual and labour exploitation to return safely and to reintegrate; to understand what victims need and what the services and NGOs involved can offer; and to build trust between the professionals who have to work together across borders.": "Het project wilde slachtoffers van seksuele uitbuiting en arbeidsuitbuiting helpen om veilig terug te keren en hun leven weer op te bouwen; inzicht geven in wat slachtoffers nodig hebben en wat de betrokken diensten en ngo's kunnen bieden; en vertrouwen opbouwen tussen de professionals die over de grenzen heen moeten samenwerken.",
    "Funding": "Financiering",
    "RAVOT-EUR was co-funded by the Prevention of and Fight against Crime Programme (ISEC 2012) of the European Union, grant HOME/2012/ISEC/AG/4000004405. The total budget was EUR 346,069, of which EUR 311,462 came from the European Union.": "RAVOT-EUR werd medegefinancierd door het programma Preventie en bestrijding van criminaliteit (ISEC 2012) van de Europese Unie, subsidie HOME/2012/ISEC/AG/4000004405. Het totale budget bedroeg EUR 346.069, waarvan EUR 311.462 afkomstig was van de Europese Unie.",
    "Disclaimer": "Disclaimer",
    "This website reflects only the authors' views. The European Commission is not responsible for any use that may be made of the information it contains.": "Deze website geeft alleen de standpunten van de auteurs weer. De Europese Commissie is niet verantwoordelijk voor het gebruik dat van de informatie op deze website wordt gemaakt.",
    "Code of conduct for the professionals' forum": "Gedragscode voor het forum voor professionals",
    "code-of-conduct": "gedragscode",
    "The forum is a closed space where vetted professionals discuss cases across borders. These rules protect the people whose situations we discuss, and the trust between us.": "Het forum is een besloten ruimte waar gescreende professionals grensoverschrijdende casussen bespreken. Deze regels beschermen de mensen over wier situatie we spreken, en het vertrouwen tussen ons.",
    "1. Never identify a victim": "1. Maak een slachtoffer nooit herkenbaar",
    'Do not post names, initials, dates of birth, addresses, phone numbers, photos, case or file numbers, or any combination of details (a small town, an unusual job, a specific date) that could identify a victim or a witness. Describe the situation, not the person: "a Hungarian woman in her twenties, exploited in prostitution in Antwerp" is enough to ask for advice. When a case needs personal data to be exchanged, use the official channels of your organisation, not the forum.': 'Plaats geen namen, initialen, geboortedata, adressen, telefoonnummers, foto\'s, zaak- of dossiernummers, of een combinatie van gegevens (een kleine plaats, een ongewoon beroep, een specifieke datum) waardoor een slachtoffer of getuige herkenbaar kan worden. Beschrijf de situatie, niet de persoon: "een Hongaarse vrouw van in de twintig, uitgebuit in de prostitutie in Antwerpen" is genoeg om advies te vragen. Moeten er voor een zaak persoonsgegevens worden uitgewisseld, gebruik dan de officiële kanalen van uw organisatie, niet het forum.',
    "2. Confidentiality": "2. Vertrouwelijkheid",
    "What is written in the forum stays in the forum. Do not copy, forward or screenshot posts for people outside it without the author's agreement. Information about ongoing investigations must not be shared at all. Remember that even a vetted space can be breached: write as if a post might one day be read by someone else.": "Wat op het forum wordt geschreven, blijft op het forum. Kopieer berichten niet, stuur ze niet door en maak er geen schermafbeeldingen van voor mensen buiten het forum zonder toestemming van de auteur. Informatie over lopende onderzoeken wordt helemaal niet gedeeld. Bedenk dat ook een afgeschermde ruimte kan uitlekken: schrijf alsof een bericht ooit door iemand anders gelezen kan worden.",
    "3. Respect": "3. Respect",
    "Members come from police forces, prosecution services, NGOs, shelters, ministries and universities, and work in different legal systems. Disagree with arguments, not with people. Speak about victims with dignity: they are people to whom something was done, not cases or numbers. Write so that colleagues who read your post in their second or third language can follow you.": "Leden komen van politiediensten, het openbaar ministerie, ngo's, opvanginstellingen, ministeries en universiteiten, en werken in verschillende rechtsstelsels. Ga in tegen argumenten, niet tegen mensen. Spreek met waardigheid over slachtoffers: het zijn mensen die iets is aangedaan, geen zaken of nummers. Schrijf zo dat collega's die uw bericht in hun tweede of derde taal lezen, u kunnen volgen.",
    "4. Cross-border trust": "4. Vertrouwen over de grenzen heen",
    "The forum exists so that a professional in one country knows whom to trust in another. Be clear about your role and what you can and cannot do. If you promise to follow up, do it or say that you cannot. Correct information you posted when you learn that it is wrong.": "Het forum bestaat zodat een professional in het ene land weet wie hij of zij in een ander land kan vertrouwen. Wees duidelijk over uw rol en over wat u wel en niet kunt doen. Belooft u iets op te volgen, doe het dan, of laat weten dat het niet lukt. Corrigeer informatie die u hebt geplaatst zodra u merkt dat die niet klopt.",
    "5. Moderation": "5. Moderatie",
    "Moderators remove posts that break these rules and may suspend members who repeatedly ignore them. If you see a post that identifies someone, report it at once: moderators hide it while they review it. Every moderation decision is recorded in the audit log.": "Moderators verwijderen berichten die deze regels overtreden en kunnen leden schorsen die ze herhaaldelijk negeren. Ziet u een bericht waarin iemand herkenbaar is, meld het dan meteen: moderators verbergen het zolang ze het beoordelen. Elke moderatiebeslissing wordt vastgelegd in het auditlogboek.",
    "Privacy notice": "Privacyverklaring",
    "privacy-notice": "privacyverklaring",
    "What this website stores about you, why, and for how long.": "Welke gegevens deze website over u bewaart, waarom en hoe lang.",
    "Reading the public pages": "De openbare pagina's lezen",
    "You can read the public pages, including the get-help page, without an account. We do not use analytics, advertising or tracking of any kind, and the site loads nothing from other websites. The web server keeps a technical log (address, time, page requested) for security, which is deleted after a short period.": "U kunt de openbare pagina's, ook de pagina Hulp zoeken, lezen zonder account. We gebruiken geen analysetools, advertenties of tracking van welke aard ook, en de site laadt niets van andere websites. De webserver houdt voor de beveiliging een technisch logboek bij (adres, tijdstip, opgevraagde pagina), dat na korte tijd wordt verwijderd.",
    "Cookies": "Cookies",
    "The site sets only two kinds of cookie, both strictly necessary: a session cookie when you sign in (and a security token when you submit a form), and a language cookie that remembers the language you chose. No cookie is used to follow you across websites.": "De site plaatst slechts twee soorten cookies, allebei strikt noodzakelijk: een sessiecookie wanneer u inlogt (en een beveiligingstoken wanneer u een formulier verstuurt), en een taalcookie die de gekozen taal onthoudt. Er worden geen cookies gebruikt om u over websites heen te volgen.",
    "Accounts": "Accounts",
    "If you create an account we store your e-mail address, your name, your preferred language, a secure hash of your password (never the password itself) and, for staff, the settings of your two-factor authentication. We use them to let you sign in and to write to you about your account.": "Als u een account aanmaakt, bewaren we uw e-mailadres, uw naam, uw voorkeurstaal, een veilige hash van uw wachtwoord (nooit het wachtwoord zelf) en, voor medewerkers, de instellingen van uw tweestapsverificatie. We gebruiken die gegevens om u te laten inloggen en om u over uw account te schrijven.",
    "Membership applications": "Aanvragen voor lidmaatschap",
    "Professionals who apply for access to the forum give their organisation, role, country and the name of a reference. Moderators use this only to check that the applicant is a professional working against trafficking. Rejected applications are deleted after a limited period; accepted ones are kept while the membership lasts.": "Professionals die toegang tot het forum aanvragen, geven hun organisatie, functie, land en de naam van een referentie op. Moderators gebruiken die gegevens uitsluitend om na te gaan of de aanvrager een professional is die zich inzet tegen mensenhandel. Afgewezen aanvragen worden na een beperkte periode verwijderd; goedgekeurde aanvragen worden bewaard zolang het lidmaatschap duurt.",
    "Forum posts": "Forumberichten",
    "Posts are stored with their author and date and are visible only to vetted members. The code of conduct forbids personal data about victims; moderators remove such data when they find it.": "Berichten worden opgeslagen met auteur en datum en zijn alleen zichtbaar voor gescreende leden. De gedragscode verbiedt persoonsgegevens over slachtoffers; moderators verwijderen zulke gegevens zodra ze die aantreffen.",
    "Audit log": "Auditlogboek",
    "To protect the forum we record security-relevant actions: sign-ins, changes to membership, moderation decisions and edits of pages, with the person who made them and the time. Only administrators can read this log.": "Om het forum te beschermen leggen we handelingen vast die van belang zijn voor de beveiliging: aanmeldingen, wijzigingen in lidmaatschappen, moderatiebeslissingen en bewerkingen van pagina's, met de persoon die ze uitvoerde en het tijdstip. Alleen beheerders kunnen dit logboek inzien.",
    "How long we keep data": "Hoe lang we gegevens bewaren",
    "Rejected applications, and applications that were never sent or never completed, are deleted six months after the decision or the last change. Twelve months after a membership has expired or been revoked, its application is reduced to what the record of decisions needs: the account, the state, the dates and the versions of the terms accepted. In the audit log, people are replaced by pseudonyms after five years. Sign-in sessions are deleted the night after they expire. Search terms are not stored, and the web server's log leaves out search terms and what is sent to the get-help and membership pages.": "Afgewezen aanvragen, en aanvragen die nooit zijn verstuurd of nooit zijn aangevuld, worden zes maanden na de beslissing of de laatste wijziging verwijderd. Twaalf maanden nadat een lidmaatschap is verlopen of ingetrokken, wordt de aanvraag teruggebracht tot wat het overzicht van beslissingen nodig heeft: het account, de status, de data en de versies van de aanvaarde voorwaarden. In het auditlogboek worden personen na vijf jaar vervangen door pseudoniemen. Aanmeldsessies worden verwijderd in de nacht nadat ze zijn verlopen. Zoektermen worden niet opgeslagen, en het logboek van de webserver laat zoektermen weg, evenals wat naar de pagina's Hulp zoeken en lidmaatschap wordt verstuurd.",
    "Your rights": "Uw rechten",
    "Under the General Data Protection Regulation you may ask to see, correct or delete the data we hold about you, and you may complain to your national data protection authority. Write to privacy@example.org (sample address).": "Op grond van de Algemene verordening gegevensbescherming (AVG) kunt u vragen om de gegevens die we over u bewaren in te zien, te corrigeren of te verwijderen, en kunt u een klacht indienen bij de gegevensbeschermingsautoriteit van uw land. Schrijf naar privacy@example.org (voorbeeldadres).",
}

# Home page body (home.demo_home)
STRINGS |= {
    "RAVOT-EUR: referral of and assistance for victims of human trafficking between Hungary, Belgium and the Netherlands.": "RAVOT-EUR: doorverwijzing van en hulp aan slachtoffers van mensenhandel tussen Hongarije, België en Nederland.",
    "RAVOT-EUR connects the police, prosecutors, shelters, social services and NGOs that help victims of human trafficking from Hungary who are found in Belgium and the Netherlands. It offers a transnational referral mechanism, a training handbook, reports from workshops and study visits, and a closed forum for vetted professionals.": "RAVOT-EUR verbindt de politie, het openbaar ministerie, de opvang, de maatschappelijke diensten en de ngo's die slachtoffers van mensenhandel uit Hongarije helpen die in België en Nederland worden aangetroffen. Het biedt een transnationaal doorverwijzingsmechanisme, een trainingshandboek, verslagen van workshops en studiebezoeken, en een besloten forum voor gescreende professionals.",
    "The project was led by <b>Hungary's Ministry of Interior</b>, with the <b>Dutch Ministry of Security and Justice</b> and <b>Payoke</b>, the Belgian specialised centre for victims of trafficking, as partners. It ran from 1 February 2014 to 31 January 2016 with a budget of EUR 346,069, of which EUR 311,462 from the European Union.": "Het project stond onder leiding van het <b>ministerie van Binnenlandse Zaken van Hongarije</b>, met als partners het <b>Nederlandse ministerie van Veiligheid en Justitie</b> en <b>Payoke</b>, het Belgische gespecialiseerde centrum voor slachtoffers van mensenhandel. Het liep van 1 februari 2014 tot en met 31 januari 2016, met een budget van EUR 346.069, waarvan EUR 311.462 van de Europese Unie.",
    "Do you need help now?": "Heeft u nu hulp nodig?",
    "If you are forced to work, cannot leave, or someone keeps your documents or your money, you can get help in Hungary, Belgium and the Netherlands, free and in your language.": "Wordt u gedwongen te werken, kunt u niet weg, of houdt iemand uw papieren of uw geld vast? Dan kunt u hulp krijgen in Hongarije, België en Nederland, gratis en in uw eigen taal.",
    "Professionals' forum": "Forum voor professionals",
    "A closed space where vetted professionals discuss cases across borders.": "Een besloten ruimte waar gescreende professionals grensoverschrijdende casussen bespreken.",
    "/en/forum/": "/nl/forum/",
    "Help lines in Hungary, Belgium and the Netherlands, and advice on staying safe.": "Hulplijnen in Hongarije, België en Nederland, en tips om veilig te blijven.",
    "News": "Nieuws",
    "Events, publications and news from the project.": "Evenementen, publicaties en nieuws van het project.",
    "This project is co-funded by the Prevention of and Fight against Crime Programme (ISEC) of the European Union (grant HOME/2012/ISEC/AG/4000004405).": "Dit project wordt medegefinancierd door het programma Preventie en bestrijding van criminaliteit (ISEC) van de Europese Unie (subsidie HOME/2012/ISEC/AG/4000004405).",
    "The content of this website reflects only the authors' views. The European Commission is not responsible for any use that may be made of the information it contains.": "De inhoud van deze website geeft alleen de standpunten van de auteurs weer. De Europese Commissie is niet verantwoordelijk voor het gebruik dat van de informatie op deze website wordt gemaakt.",
}

# Home page entry points to the handbook, reports and directory (home.demo_home)
STRINGS |= {
    "Handbook": "Handboek",
    "The training handbook: the five stages of the referral mechanism, indicators of sexual and labour exploitation, cooperation and data protection.": "Het trainingshandboek: de vijf fasen van het doorverwijzingsmechanisme, signalen van seksuele uitbuiting en arbeidsuitbuiting, samenwerking en gegevensbescherming.",
    "Reports": "Verslagen",
    "Findings and recommendations from the workshops and study visits in the three countries.": "Bevindingen en aanbevelingen uit de workshops en studiebezoeken in de drie landen.",
    "Directory": "Sociale kaart",
    "Organisations and contact points that work with victims of trafficking.": "Organisaties en contactpunten die met slachtoffers van mensenhandel werken.",
}

# Handbook index and chapters 1 and 2 (handbook.demo)
STRINGS |= {
    "handbook": "handboek",
    "The RAVOT-EUR training handbook on the transnational referral of victims of trafficking in human beings.": "Het trainingshandboek van RAVOT-EUR over de grensoverschrijdende doorverwijzing van slachtoffers van mensenhandel.",
    "The RAVOT-EUR training handbook explains how professionals in Hungary, Belgium and the Netherlands identify, protect and refer victims of trafficking in human beings across borders. Its chapters follow the five stages of the European guidelines for transnational referral mechanisms, from the first signs of exploitation to the end of criminal and civil proceedings. It is written for police officers, labour inspectors, prosecutors, social workers, shelter staff and students.": "Het trainingshandboek van RAVOT-EUR beschrijft hoe professionals in Hongarije, België en Nederland slachtoffers van mensenhandel herkennen, beschermen en over de grens doorverwijzen. De hoofdstukken volgen de vijf fasen van de Europese richtlijnen voor transnationale doorverwijzingsmechanismen, van de eerste signalen van uitbuiting tot het einde van de strafrechtelijke en civiele procedures. Het is geschreven voor politiemensen, arbeidsinspecteurs, officieren van justitie en magistraten, maatschappelijk werkers, medewerkers van opvanginstellingen en studenten.",
    # Chapter 1
    "Understanding trafficking in human beings": "Mensenhandel begrijpen",
    "understanding-trafficking": "mensenhandel-begrijpen",
    "What trafficking in human beings is in law and in practice, how sexual and labour exploitation of Hungarian victims in Belgium and the Netherlands typically happen, and why referral across borders is needed.": "Wat mensenhandel is, in de wet en in de praktijk, hoe seksuele uitbuiting en arbeidsuitbuiting van Hongaarse slachtoffers in België en Nederland meestal verlopen, en waarom doorverwijzing over de grens nodig is.",
    "A definition in three parts": "Een definitie in drie delen",
    "The international definition comes from the Palermo Protocol of 2000, and the European Union took it over in Directive 2011/36/EU. Trafficking in human beings has three elements: an <b>act</b> (recruiting, transporting, transferring, harbouring or receiving a person), a <b>means</b> (threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving payments to someone who controls the person) and a <b>purpose</b> of exploitation.": "De internationale definitie komt uit het Protocol van Palermo uit 2000; de Europese Unie nam haar over in Richtlijn 2011/36/EU. Mensenhandel bestaat uit drie elementen: een <b>handeling</b> (het werven, vervoeren, overbrengen, huisvesten of opnemen van een persoon), een <b>middel</b> (dreiging, geweld, dwang, ontvoering, fraude, misleiding, misbruik van macht of van een kwetsbare positie, of betalingen aan iemand die zeggenschap over de persoon heeft) en een <b>oogmerk</b> van uitbuiting.",
    "When one of the means has been used, the consent of the victim is irrelevant. For children, the means do not have to be proven at all: recruiting or moving a child for exploitation is trafficking.": "Is een van die middelen gebruikt, dan doet de instemming van het slachtoffer niet ter zake. Bij kinderen hoeft het middel helemaal niet bewezen te worden: wie een kind werft of vervoert met het oog op uitbuiting, maakt zich schuldig aan mensenhandel.",
    "Trafficking is not the same as smuggling": "Mensenhandel is iets anders dan mensensmokkel",
    "Smuggling is helping someone to cross a border irregularly, for money; it ends at the border and it is a crime against the state. Trafficking is a crime against a person, it does not require crossing a border, and the exploitation is its point. Most Hungarian victims in Belgium and the Netherlands travelled legally, as citizens of the European Union.": "Mensensmokkel is iemand tegen betaling helpen om illegaal een grens over te gaan; het houdt op bij de grens en is een misdrijf tegen de staat. Mensenhandel is een misdrijf tegen een persoon, er hoeft geen grens voor te worden overgestoken, en de uitbuiting is het doel. De meeste Hongaarse slachtoffers in België en Nederland reisden legaal, als burgers van de Europese Unie.",
    "Forms of exploitation": "Vormen van uitbuiting",
    "The directive names sexual exploitation, forced labour or services, slavery and practices similar to slavery, servitude, forced begging, the exploitation of criminal activities and the removal of organs. The professionals who took part in RAVOT-EUR met above all the first two.": "De richtlijn noemt seksuele uitbuiting, gedwongen arbeid of diensten, slavernij en met slavernij vergelijkbare praktijken, dienstbaarheid, gedwongen bedelarij, uitbuiting van criminele activiteiten en orgaanverwijdering. De professionals die aan RAVOT-EUR deelnamen, kregen vooral met de eerste twee te maken.",
    "Sexual exploitation": "Seksuele uitbuiting",
    "Young Hungarian women and men are recruited by acquaintances, relatives or a new partner who promises a shared future abroad. In the so-called lover-boy method, the recruiter first builds an emotional bond and then pushes the person into prostitution in the window districts, clubs or private flats of Belgian and Dutch cities. Control is kept through debts, threats against the family at home, isolation and the victim's own loyalty to the exploiter.": "Jonge Hongaarse vrouwen en mannen worden geworven door kennissen, familieleden of een nieuwe partner die een gezamenlijke toekomst in het buitenland belooft. Bij de zogenoemde loverboymethode bouwt de werver eerst een emotionele band op en duwt hij de persoon daarna de prostitutie in: achter de ramen, in clubs of in privéwoningen in Belgische en Nederlandse steden. De controle blijft in stand door schulden, bedreiging van de familie thuis, isolement en de loyaliteit van het slachtoffer zelf aan de uitbuiter.",
    "Labour exploitation": "Arbeidsuitbuiting",
    "Men and women are recruited for work in agriculture and horticulture, meat processing, construction, cleaning or distribution centres. They are charged for transport, housing and tools, paid far less than promised or not at all, and cannot leave because of debts or because their documents are kept. Exploitation often hides behind subcontracting chains and self-employed status.": "Mannen en vrouwen worden geworven voor werk in de land- en tuinbouw, de vleesverwerking, de bouw, de schoonmaak of distributiecentra. Ze moeten betalen voor vervoer, huisvesting en gereedschap, krijgen veel minder dan beloofd of helemaal niets, en kunnen niet weg vanwege schulden of omdat hun papieren worden vastgehouden. De uitbuiting gaat vaak schuil achter ketens van onderaannemers en schijnzelfstandigheid.",
    "Who becomes a victim": "Wie wordt slachtoffer",
    "Traffickers look for people with few choices: poverty and long-term unemployment, debts, little schooling, a childhood in state care, violence at home, or a mild intellectual disability. People from marginalised communities, among them Roma communities in north-eastern Hungary, are over-represented among identified victims. None of this makes a person responsible for their own exploitation.": "Mensenhandelaars zoeken mensen met weinig keuzes: armoede en langdurige werkloosheid, schulden, weinig scholing, een jeugd in de jeugdzorg, geweld thuis of een lichte verstandelijke beperking. Mensen uit gemarginaliseerde gemeenschappen, onder wie Roma-gemeenschappen in het noordoosten van Hongarije, zijn oververtegenwoordigd onder de geïdentificeerde slachtoffers. Niets hiervan maakt iemand verantwoordelijk voor de eigen uitbuiting.",
    "The law in the three countries": "De wet in de drie landen",
    "Each partner country has written the European definition into its criminal code: Hungary in section 192 of the Criminal Code (Act C of 2012), Belgium in article 433quinquies of the Criminal Code, and the Netherlands in article 273f of the Criminal Code (Wetboek van Strafrecht). The wording differs, and so does what the courts accept as proof of exploitation. Professionals who refer a victim across a border should not assume that the other country will call the same facts by the same name.": "Elk partnerland heeft de Europese definitie in zijn strafwetboek opgenomen: Hongarije in artikel 192 van het Wetboek van Strafrecht (wet C van 2012), België in artikel 433quinquies van het Strafwetboek en Nederland in artikel 273f van het Wetboek van Strafrecht. De formulering verschilt, en ook wat de rechter als bewijs van uitbuiting aanvaardt. Wie een slachtoffer over de grens doorverwijst, mag er niet van uitgaan dat het andere land dezelfde feiten ook zo benoemt.",
    "We used to ask whether she was a victim in our law. Now we first ask what she needs, and then who can give it to her.": "Vroeger vroegen we ons af of zij volgens onze wet een slachtoffer was. Nu vragen we eerst wat ze nodig heeft, en dan wie haar dat kan geven.",
    "A social worker at the workshop in Antwerp (sample quotation)": "Een maatschappelijk werker tijdens de workshop in Antwerpen (voorbeeldcitaat)",
    # Chapter 2
    "Identification of victims": "Identificatie van slachtoffers",
    "identification": "identificatie",
    "Who identifies victims in the three countries, which signs point to sexual or labour exploitation, and how to talk to a person who may be a victim.": "Wie slachtoffers identificeert in de drie landen, welke signalen wijzen op seksuele uitbuiting of arbeidsuitbuiting, en hoe u praat met iemand die mogelijk slachtoffer is.",
    "Why identification comes first": "Waarom identificatie voorop staat",
    "Every right a victim has depends on someone recognising them as a possible victim: shelter, a reflection period, medical and legal help, and protection in criminal proceedings. Many victims do not see themselves as victims, fear the police or their exploiters, or have been told that they will be punished. Identification is therefore the task of every professional who may meet them, not only of specialised units.": "Elk recht van een slachtoffer hangt ervan af dat iemand hem of haar als mogelijk slachtoffer herkent: opvang, bedenktijd, medische en juridische hulp, en bescherming in het strafproces. Veel slachtoffers zien zichzelf niet als slachtoffer, zijn bang voor de politie of voor hun uitbuiters, of hebben te horen gekregen dat ze gestraft zullen worden. Identificatie is daarom een taak van iedere professional die hen kan tegenkomen, niet alleen van gespecialiseerde diensten.",
    "Who identifies": "Wie identificeert",
    "In <b>Belgium</b> the police, the social inspection services and the specialised centres work together under the multidisciplinary circular of 2008; the specialised centres decide, with the public prosecutor, whether a person enters the victim procedure. In <b>the Netherlands</b> the police must offer the reflection period at the slightest indication of trafficking; labour inspectors, care workers and the Royal Netherlands Marechaussee also report possible victims to CoMensha, the national coordination centre. In <b>Hungary</b> a government decree of 2012 lists the authorities and organisations that must identify victims, among them the police, consular staff, health services and the victim support service, and gives them a common questionnaire.": "In <b>België</b> werken politie, sociale inspectiediensten en de gespecialiseerde opvangcentra samen op basis van de multidisciplinaire omzendbrief van 2008; de gespecialiseerde centra beslissen samen met het parket of iemand in de slachtofferprocedure komt. In <b>Nederland</b> moet de politie bij de geringste aanwijzing van mensenhandel de bedenktijd aanbieden; ook arbeidsinspecteurs, hulpverleners en de Koninklijke Marechaussee melden mogelijke slachtoffers bij CoMensha, het landelijk coördinatiecentrum. In <b>Hongarije</b> somt een regeringsbesluit uit 2012 de instanties en organisaties op die slachtoffers moeten identificeren, waaronder de politie, consulair personeel, de gezondheidszorg en de slachtofferhulpdienst, en geeft het hun een gemeenschappelijke vragenlijst.",
    "Indicators": "Signalen",
    "No single sign proves trafficking, and most victims show only some of them. Indicators are reasons to look further and to offer help, not a checklist to be completed before a person is taken seriously.": "Geen enkel signaal bewijst mensenhandel, en bij de meeste slachtoffers ziet u er maar enkele. Signalen zijn een reden om verder te kijken en hulp aan te bieden, geen checklist die eerst helemaal moet kloppen voordat iemand serieus wordt genomen.",
    "General indicators": "Algemene signalen",
    "Someone else keeps the person's identity documents.": "Iemand anders houdt de identiteitspapieren van de persoon in bezit.",
    "The person has a debt to the recruiter or employer that keeps growing.": "De persoon heeft een schuld bij de werver of werkgever die steeds hoger wordt.",
    "The person cannot move freely or is always accompanied.": "De persoon kan zich niet vrij bewegen of wordt altijd begeleid.",
    "The person does not know their own address or the town they are in.": "De persoon kent het eigen adres niet, of weet niet in welke plaats hij of zij is.",
    "The person shows fear, anxiety or signs of physical abuse.": "De persoon toont angst, spanning of sporen van lichamelijk geweld.",
    "The person's story seems learned by heart or told for someone else.": "Het verhaal van de persoon klinkt uit het hoofd geleerd of lijkt voor iemand anders bedoeld.",
    "Indicators of sexual exploitation": "Signalen van seksuele uitbuiting",
    "The person works long hours every day and cannot refuse clients.": "De persoon werkt elke dag lange uren en kan geen klanten weigeren.",
    "Most or all of the earnings go to someone else.": "Het grootste deel van de verdiensten, of alles, gaat naar iemand anders.",
    "The person sleeps where they work, or is moved often between cities.": "De persoon slaapt op de werkplek, of wordt vaak van stad naar stad verplaatst.",
    "A partner or friend arranged the work and keeps the money.": "Een partner of vriend heeft het werk geregeld en houdt het geld.",
    "Advertisements for the person are placed by someone else.": "Advertenties voor de persoon worden door iemand anders geplaatst.",
    "Indicators of labour exploitation": "Signalen van arbeidsuitbuiting",
    "Wages are far below the legal minimum, or are paid late or not at all.": "Het loon ligt ver onder het wettelijk minimum, of wordt te laat of helemaal niet betaald.",
    "Costs of transport, housing or tools are deducted from the wage.": "Kosten voor vervoer, huisvesting of gereedschap worden op het loon ingehouden.",
    "Many workers live in crowded housing provided by the employer.": "Veel werknemers wonen op elkaar gepakt in huisvesting van de werkgever.",
    "Working hours are excessive, without days off.": "De werktijden zijn buitensporig lang, zonder vrije dagen.",
    "The person has no contract, or signed one in a language they do not understand.": "De persoon heeft geen contract, of heeft er een getekend in een taal die hij of zij niet begrijpt.",
    "Talking to a possible victim": "In gesprek met een mogelijk slachtoffer",
    "Speak to the person alone, in a quiet place, and never in front of someone who may control them. Use a professional interpreter, not a friend or co-worker who came with the person. Explain who you are, what will happen with the information, and that help does not depend on making a statement to the police. Do not push for details of the exploitation in a first conversation: safety and basic needs come first.": "Spreek de persoon alleen, op een rustige plek, en nooit waar iemand bij is die hem of haar mogelijk onder controle houdt. Werk met een professionele tolk, niet met een vriend of collega die met de persoon is meegekomen. Leg uit wie u bent, wat er met de informatie gebeurt, en dat hulp niet afhangt van aangifte bij de politie. Vraag in een eerste gesprek niet door naar details van de uitbuiting: veiligheid en basisbehoeften gaan voor.",
    "Do not wait for certainty": "Wacht niet op zekerheid",
    "Refer the person to a specialised service as soon as there are reasonable grounds to believe that they may be a victim. Deciding whether the facts amount to trafficking in law is the task of the prosecutor and the court, later.": "Verwijs de persoon door naar een gespecialiseerde dienst zodra er redelijke gronden zijn om aan te nemen dat hij of zij slachtoffer kan zijn. Of de feiten juridisch mensenhandel opleveren, is later aan het openbaar ministerie en de rechter.",
}

# Directory and referral pathways (directory.demo) and their entry point on the home page (home.demo_home)
STRINGS |= {
    "directory": "sociale-kaart",
    "Organisations in Hungary, Belgium and the Netherlands that help victims of human trafficking, with their public contacts.": "Organisaties in Hongarije, België en Nederland die slachtoffers van mensenhandel helpen, met hun openbare contactgegevens.",
    "Organisations in Hungary, Belgium and the Netherlands that identify, protect and support victims of human trafficking, and the police and prosecutors who handle their cases. Filter by country, stage of the referral, service, language or target group. Most entries in this demonstration are samples with made-up contact details; the three project partners are listed under their real names.": "Organisaties in Hongarije, België en Nederland die slachtoffers van mensenhandel herkennen, beschermen en ondersteunen, en de politie en het openbaar ministerie die hun zaken behandelen. Filter op land, fase van de doorverwijzing, dienst, taal of doelgroep. De meeste vermeldingen in deze demonstratie zijn voorbeelden met verzonnen contactgegevens; de drie projectpartners staan er onder hun echte naam in.",
    "Who do I contact?": "Bij wie kan ik terecht?",
    "who-do-i-contact": "met-wie-neem-ik-contact-op",
    "Referral pathways between Hungary, Belgium and the Netherlands: what happens at each stage and whom to contact.": "Doorverwijzingsroutes tussen Hongarije, België en Nederland: wat er in elke fase gebeurt en met wie u contact opneemt.",
    "A victim from one country identified in another: what has to happen at each of the five stages of the transnational referral mechanism, and whom to contact on both sides. Choose the two countries; the page can be printed.": "Een slachtoffer uit het ene land dat in een ander land wordt herkend: wat er in elk van de vijf fasen van het transnationale doorverwijzingsmechanisme moet gebeuren, en met wie u aan beide kanten contact opneemt. Kies de twee landen; de pagina kan worden afgedrukt.",
    "Referral pathways between Hungary, Belgium and the Netherlands: what to do at each stage and whom to call.": "Doorverwijzingsroutes tussen Hongarije, België en Nederland: wat u in elke fase doet en wie u belt.",
}

# Partners and accessibility statement (home.demo)
STRINGS |= {
    "Partners": "Partners",
    "partners": "partners",
    "Three organisations from the three countries on the main route of Hungarian victims of trafficking ran RAVOT-EUR together.": "Drie organisaties uit de drie landen op de belangrijkste route van Hongaarse slachtoffers van mensenhandel voerden RAVOT-EUR samen uit.",
    "Ministry of Interior of Hungary (lead partner)": "Ministerie van Binnenlandse Zaken van Hongarije (hoofdpartner)",
    "The Hungarian Ministry of Interior coordinates the national policy against trafficking in human beings and hosts the National Coordinator. It led the project, managed the EU grant and connected the referral mechanism to the Hungarian victim identification and victim support system, including the services that receive victims who return to Hungary.": "Het Hongaarse ministerie van Binnenlandse Zaken coördineert het nationale beleid tegen mensenhandel; ook de nationaal coördinator is er ondergebracht. Het ministerie leidde het project, beheerde de EU-subsidie en verbond het doorverwijzingsmechanisme met het Hongaarse systeem voor de identificatie en ondersteuning van slachtoffers, met inbegrip van de diensten die slachtoffers opvangen wanneer zij naar Hongarije terugkeren.",
    "Ministry of Security and Justice of the Netherlands": "Ministerie van Veiligheid en Justitie van Nederland",
    "The Dutch Ministry of Security and Justice is responsible for the police, the public prosecution service and the policy on victims of trafficking in the Netherlands. It brought the experience of the Dutch approach, in which municipalities, care coordinators, the police and the labour inspectorate work together, and hosted the workshop and study visit in the Netherlands.": "Het Nederlandse ministerie van Veiligheid en Justitie is verantwoordelijk voor de politie, het openbaar ministerie en het beleid voor slachtoffers van mensenhandel in Nederland. Het bracht de ervaring in met de Nederlandse aanpak, waarin gemeenten, zorgcoördinatoren, de politie en de arbeidsinspectie samenwerken, en was gastheer van de workshop en het studiebezoek in Nederland.",
    "Payoke (Belgium)": "Payoke (België)",
    "Payoke is one of the three specialised centres in Belgium recognised to receive and support victims of trafficking in human beings. It offers shelter, psychological, administrative and legal support, and accompanies victims through criminal proceedings. In the project it brought the everyday knowledge of the people who support victims, and hosted the Belgian workshop.": "Payoke is een van de drie erkende gespecialiseerde centra in België voor de opvang en begeleiding van slachtoffers van mensenhandel. Het biedt opvang en psychologische, administratieve en juridische ondersteuning, en staat slachtoffers bij tijdens de strafprocedure. In het project bracht Payoke de dagelijkse praktijkkennis in van de mensen die slachtoffers begeleiden, en het was gastheer van de Belgische workshop.",
    "Many more organisations took part in the workshops and study visits: police units, labour inspectorates, prosecutors, shelters, NGOs, consular staff and researchers from the three countries. Their experience is collected in the handbook and the reports on this site.": "Aan de workshops en studiebezoeken namen nog veel meer organisaties deel: politie-eenheden, arbeidsinspecties, het openbaar ministerie, opvanginstellingen, ngo's, consulair personeel en onderzoekers uit de drie landen. Hun ervaring is gebundeld in het handboek en de verslagen op deze site.",
    "Accessibility statement": "Toegankelijkheidsverklaring",
    "accessibility-statement": "toegankelijkheidsverklaring",
    "We want everyone to be able to use this website, including people who use a keyboard, a screen reader or magnification.": "We willen dat iedereen deze website kan gebruiken, ook mensen die een toetsenbord, een schermlezer of schermvergroting gebruiken.",
    "How accessible this website is": "Hoe toegankelijk deze website is",
    "The website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Pages use headings, landmarks and labelled form fields; every function works with a keyboard, and the focus is always visible; colours have enough contrast; text can be enlarged to 200% without loss of content; and all pages can be read and all forms sent without JavaScript.": "De website streeft ernaar te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Pagina's gebruiken koppen, landmarks en formuliervelden met een label; elke functie werkt met een toetsenbord en de focus is altijd zichtbaar; kleuren hebben voldoende contrast; tekst kan tot 200% worden vergroot zonder dat er inhoud verloren gaat; en alle pagina's zijn te lezen en alle formulieren te versturen zonder JavaScript.",
    'The quick exit button is the first control after the "Skip to main content" link on every page, and pressing the Shift key three times in a row leaves the site from anywhere.': "De knop ‘Deze site snel verlaten’ is op elke pagina het eerste bedieningselement na de link ‘Ga naar de inhoud’, en door drie keer achter elkaar op de Shift-toets te drukken verlaat u de site vanaf elke plek.",
    "Known limitations": "Bekende beperkingen",
    "Some older documents attached to reports are PDF files that were not produced with accessibility in mind. If you need one in another format, tell us and we will provide it.": "Sommige oudere documenten bij de verslagen zijn pdf-bestanden die niet met het oog op toegankelijkheid zijn gemaakt. Heeft u er een nodig in een ander formaat, laat het ons dan weten; dan zorgen wij ervoor.",
    "Feedback": "Feedback",
    "If you find a problem we have not mentioned, write to accessibility@example.org (sample address). We aim to reply within ten working days.": "Vindt u een probleem dat we hier niet noemen? Schrijf dan naar accessibility@example.org (voorbeeldadres). We streven ernaar binnen tien werkdagen te antwoorden.",
}

# News index: its title and introduction (news.demo); the news items follow below
STRINGS |= {
    "News": "Nieuws",
    "news": "nieuws",
    "Milestones, events and publications of the RAVOT-EUR project (February 2014 to January 2016).": "Mijlpalen, evenementen en publicaties van het RAVOT-EUR-project (februari 2014 tot januari 2016).",
}

# Handbook chapters 3 to 7 (handbook.demo)
STRINGS |= {
    # Chapter 3
    "First assistance and protection": "Eerste hulp en bescherming",
    "first-assistance-and-protection": "eerste-hulp-en-bescherming",
    "What a presumed victim is entitled to in the first weeks, how the reflection period works, and how shelter and support are organised in Belgium, the Netherlands and Hungary.": (
        f"Waar een vermoedelijk slachtoffer in de eerste weken recht op heeft, hoe de bedenktijd werkt en hoe opvang "
        f"en begeleiding in {PLACES['Belgium']}, {PLACES['the Netherlands']} en {PLACES['Hungary']} zijn georganiseerd."
    ),
    "What every presumed victim is entitled to": "Waar elk vermoedelijk slachtoffer recht op heeft",
    "Under Directive 2011/36/EU, assistance starts as soon as there are reasonable grounds to believe that a person may be a victim, and it may not depend on the victim's willingness to cooperate in the criminal investigation. It covers at least safe accommodation, material assistance, medical treatment including psychological help, counselling and information, and interpretation and translation where needed.": (
        "Volgens Richtlijn 2011/36/EU begint de bijstand zodra er redelijke gronden zijn om aan te nemen dat iemand "
        "slachtoffer zou kunnen zijn, en mag die bijstand niet afhangen van de bereidheid van het slachtoffer om mee te "
        "werken aan het strafrechtelijk onderzoek. Zij omvat ten minste veilige huisvesting, materiële bijstand, "
        "medische behandeling, waaronder psychologische bijstand, advies en informatie, en zo nodig vertaal- en "
        "tolkdiensten."
    ),
    "The reflection period": "De bedenktijd",
    "The reflection period gives a presumed victim time to recover and to escape the influence of the traffickers, and to decide in peace whether to cooperate with the authorities. During that time the person may not be expelled. Directive 2004/81/EC requires it for third-country nationals. Hungarian victims, as citizens of the European Union, do not need a residence permit to stay in Belgium or the Netherlands, but entering the same victim procedure is usually what opens specialised shelter and support to them.": (
        "De bedenktijd geeft een vermoedelijk slachtoffer de tijd om te herstellen, zich aan de invloed van de "
        "mensenhandelaars te onttrekken en in alle rust te beslissen of hij of zij met de autoriteiten wil "
        "samenwerken. In die periode mag de persoon niet worden uitgezet. Richtlijn 2004/81/EG schrijft de bedenktijd "
        "voor onderdanen van derde landen voor. Hongaarse slachtoffers hebben als burgers van de Europese Unie geen "
        f"verblijfsvergunning nodig om in {PLACES['Belgium']} of {PLACES['the Netherlands']} te verblijven, maar "
        "meestal krijgen zij pas toegang tot gespecialiseerde opvang en begeleiding wanneer zij in dezelfde "
        "slachtofferprocedure komen."
    ),
    "The three systems in broad terms": "De drie systemen in grote lijnen",
    "Belgium": PLACES["Belgium"],
    "Belgium recognises three specialised centres for victims of trafficking: Payoke in Antwerp, PAG-ASA in Brussels and Sürya in Liège. They provide shelter or ambulatory support, psychological and legal help, and accompany the victim through the victim procedure. The status is granted in steps, linked to the victim breaking contact with the exploiters, accepting support from a specialised centre and, after the reflection period, cooperating with the justice system.": (
        f"{PLACES['Belgium']} heeft drie gespecialiseerde centra voor slachtoffers van mensenhandel erkend: Payoke in "
        f"{PLACES['Antwerp']}, PAG-ASA in {PLACES['Brussels']} en Sürya in {PLACES['Liège']}. Zij bieden residentiële "
        "opvang of ambulante begeleiding en psychologische en juridische hulp, en staan het slachtoffer bij tijdens de "
        "slachtofferprocedure. Het statuut wordt stapsgewijs toegekend, op voorwaarde dat het slachtoffer de contacten "
        "met de uitbuiters verbreekt, de begeleiding door een gespecialiseerd centrum aanvaardt en na de bedenktijd "
        "met het gerecht samenwerkt."
    ),
    "The Netherlands": PLACES["The Netherlands"],
    "CoMensha, the coordination centre against human trafficking, registers presumed victims on behalf of the authorities and arranges a place in the categorical shelters or in regular care. The reflection period is set out in chapter B8/3 of the Aliens Circular. Municipalities and care coordinators organise longer-term support once the first weeks are over.": (
        "CoMensha, het Coördinatiecentrum tegen Mensenhandel, registreert vermoedelijke slachtoffers namens de "
        "autoriteiten en regelt een plaats in de categorale opvang of in de reguliere zorg. De bedenktijd is geregeld "
        "in hoofdstuk B8/3 van de Vreemdelingencirculaire. Zodra de eerste weken voorbij zijn, organiseren gemeenten "
        "en zorgcoördinatoren de ondersteuning op langere termijn."
    ),
    "Hungary": PLACES["Hungary"],
    "The victim support service (Áldozatsegítő Szolgálat), the state service for victims of crime, gives information, emotional and practical support and, where the conditions are met, immediate financial aid and state compensation. Shelters for victims of trafficking are run by NGOs and churches under contract with the state. For Hungarian victims identified abroad, the Hungarian consulate, the victim support service and the shelters are the main partners for a safe return.": (
        "De slachtofferhulpdienst (Áldozatsegítő Szolgálat), de overheidsdienst voor slachtoffers van misdrijven, "
        "geeft informatie en emotionele en praktische steun en, als aan de voorwaarden is voldaan, onmiddellijke "
        "financiële hulp en schadevergoeding door de staat. De opvanghuizen voor slachtoffers van mensenhandel worden "
        "beheerd door ngo's en kerkelijke organisaties, op basis van een overeenkomst met de staat. Voor Hongaarse "
        "slachtoffers die in het buitenland zijn geïdentificeerd, zijn het Hongaarse consulaat, de "
        "slachtofferhulpdienst en de opvanghuizen de belangrijkste partners voor een veilige terugkeer."
    ),
    "First hours: a short checklist": "De eerste uren: een korte checklist",
    "Is the person safe now, and do they need medical care?": "Is de persoon nu veilig, en heeft hij of zij medische zorg nodig?",
    "Does the person understand what is said? Call an interpreter.": "Begrijpt de persoon wat er wordt gezegd? Schakel een tolk in.",
    "Has the specialised service (centre, CoMensha or victim support service) been informed?": (
        "Is de gespecialiseerde dienst (het centrum, CoMensha of de slachtofferhulpdienst) op de hoogte gebracht?"
    ),
    "Does the person have somewhere safe to sleep tonight?": "Heeft de persoon vannacht een veilige slaapplaats?",
    "Does anyone at home need protection from threats?": "Heeft iemand thuis bescherming nodig tegen bedreigingen?",
    # Chapter 4
    "Transnational referral, step by step": "Transnationale doorverwijzing, stap voor stap",
    "transnational-referral": "transnationale-doorverwijzing",
    "How a referral between Hungary and Belgium or the Netherlands is prepared, agreed and followed up, with a worked example.": (
        f"Hoe een doorverwijzing tussen {PLACES['Hungary']} en {PLACES['Belgium']} of {PLACES['the Netherlands']} "
        "wordt voorbereid, afgesproken en opgevolgd, met een uitgewerkt voorbeeld."
    ),
    "What a transnational referral is": "Wat een transnationale doorverwijzing is",
    "A transnational referral mechanism is the set of agreed steps and contact points by which the services of two or more countries hand over and share the care of a victim. It does not replace the national systems described in the previous chapter: it links them, so that nothing is lost when a person crosses a border, whether to go home or to take part in proceedings in another country.": (
        "Een transnationaal doorverwijzingsmechanisme is het geheel van afgesproken stappen en contactpunten waarmee "
        "de diensten van twee of meer landen de zorg voor een slachtoffer aan elkaar overdragen en samen dragen. Het "
        "vervangt de nationale systemen uit het vorige hoofdstuk niet, maar verbindt ze, zodat er niets verloren gaat "
        "wanneer iemand een grens oversteekt, of dat nu is om naar huis te gaan of om in een ander land aan een "
        "procedure deel te nemen."
    ),
    "The steps": "De stappen",
    "1. Consent and information": "1. Toestemming en informatie",
    "A referral is made with the victim, not about the victim. Explain in the person's language which services in the other country would be contacted, what information would be shared and why. Record the person's consent, and respect a refusal.": (
        "Een doorverwijzing gebeurt met het slachtoffer, niet over het slachtoffer. Leg in de taal van de persoon uit "
        "met welke diensten in het andere land contact zou worden opgenomen, welke informatie zou worden gedeeld en "
        "waarom. Leg de toestemming van de persoon vast, en respecteer een weigering."
    ),
    "2. Contacting the counterpart": "2. Contact met de partnerdienst",
    "Use the contact points agreed in the mechanism: the specialised centres in Belgium, CoMensha in the Netherlands, and the victim support service and the national coordinator in Hungary. Police information goes through police channels. Do not rely on a personal mobile number of a colleague you met once: people change jobs.": (
        f"Gebruik de contactpunten die in het mechanisme zijn afgesproken: de gespecialiseerde centra in "
        f"{PLACES['Belgium']}, CoMensha in {PLACES['the Netherlands']}, en de slachtofferhulpdienst en de nationaal "
        f"coördinator in {PLACES['Hungary']}. Politie-informatie loopt via politiekanalen. Vertrouw niet op het "
        "privénummer van een collega die u één keer hebt ontmoet: mensen veranderen van baan."
    ),
    "3. Joint assessment of needs and risks": "3. Gezamenlijke inschatting van behoeften en risico's",
    "Both sides assess the victim's needs (health, housing, income, family, legal status) and the risks (threats from the network, debts, the situation in the home town). The assessment decides what is prepared before the person moves.": (
        "Beide kanten brengen de behoeften van het slachtoffer in kaart (gezondheid, huisvesting, inkomen, familie, "
        "juridische status) en de risico's (bedreigingen door het netwerk, schulden, de situatie in de woonplaats). "
        "Die inschatting bepaalt wat er wordt voorbereid voordat de persoon vertrekt."
    ),
    "4. Handover": "4. Overdracht",
    "Agree on a date, who accompanies the person, who meets them on arrival, and what documents travel with them. Share only the information the receiving service needs to help.": (
        "Maak afspraken over de datum, over wie de persoon begeleidt en wie hem of haar bij aankomst opvangt, en over "
        "de documenten die meegaan. Deel alleen de informatie die de ontvangende dienst nodig heeft om te kunnen helpen."
    ),
    "5. Follow-up": "5. Opvolging",
    "The referring service asks, with the victim's consent, whether the person arrived and received the support agreed. Follow-up is also how the two services learn from each case.": (
        "De doorverwijzende dienst gaat met toestemming van het slachtoffer na of de persoon is aangekomen en de "
        "afgesproken ondersteuning heeft gekregen. Door die opvolging leren beide diensten ook van elke zaak."
    ),
    "A worked example": "Een uitgewerkt voorbeeld",
    "Sample case (invented for training)": "Voorbeeldcasus (verzonnen voor de training)",
    "A 23-year-old Hungarian woman is found by the police during a check in a window prostitution district. She tells the specialised centre that her boyfriend keeps her earnings and has threatened her younger brother at home. After the reflection period she decides to make a statement and, some months later, wishes to go home. The centre contacts the Hungarian contact point; together they check the risk in her home town, a shelter place in another county is found, and the victim support service explains her right to state compensation. A worker from the shelter meets her at the bus station. The centre's follow-up after three months shows that she has started a training course.": (
        "Een 23-jarige Hongaarse vrouw wordt door de politie aangetroffen tijdens een controle in een "
        "raamprostitutiegebied. Zij vertelt het gespecialiseerde centrum dat haar vriend haar verdiensten afneemt en "
        "haar jongere broer thuis heeft bedreigd. Na de bedenktijd besluit zij een verklaring af te leggen, en enkele "
        "maanden later wil zij naar huis. Het centrum neemt contact op met het Hongaarse contactpunt; samen beoordelen "
        "zij het risico in haar woonplaats, er wordt een opvangplaats in een andere provincie gevonden en de "
        "slachtofferhulpdienst legt haar uit dat zij recht heeft op schadevergoeding door de staat. Een medewerker van "
        "het opvanghuis haalt haar op bij het busstation. Bij de opvolging door het centrum na drie maanden blijkt dat "
        "zij een opleiding is begonnen."
    ),
    # Chapter 5
    "Safe return and reintegration": "Veilige terugkeer en re-integratie",
    "return-and-reintegration": "terugkeer-en-re-integratie",
    "How a voluntary return is prepared, what a returning victim needs in the first months at home, and how to reduce the risk of being trafficked again.": (
        "Hoe een vrijwillige terugkeer wordt voorbereid, wat een teruggekeerd slachtoffer in de eerste maanden thuis "
        "nodig heeft, en hoe u het risico verkleint dat hij of zij opnieuw slachtoffer van mensenhandel wordt."
    ),
    "Return is a choice, not the end of the case": "Terugkeer is een keuze, niet het einde van de zaak",
    "A return must be voluntary, safe and prepared. Some victims want to go home at once; others need months of support first, or decide to stay. A return organised in a hurry, without a place to go and without income, is the single most common path back into exploitation.": (
        "Een terugkeer moet vrijwillig, veilig en goed voorbereid zijn. Sommige slachtoffers willen meteen naar huis; "
        "anderen hebben eerst maandenlang ondersteuning nodig, of besluiten te blijven. Een haastig georganiseerde "
        "terugkeer, zonder verblijfplaats en zonder inkomen, is de meest voorkomende weg terug naar uitbuiting."
    ),
    "Before departure": "Vóór het vertrek",
    "Assess the risk in the home town together with the receiving service: are the recruiters from the same place or family?": (
        "Beoordeel samen met de ontvangende dienst het risico in de woonplaats: komen de wervers uit dezelfde plaats "
        "of dezelfde familie?"
    ),
    "Arrange identity documents; the consulate can issue an emergency travel document.": (
        "Regel identiteitsdocumenten; het consulaat kan een noodreisdocument afgeven."
    ),
    "Agree who pays for the journey. Assisted voluntary return programmes, such as those of the International Organization for Migration, may help.": (
        "Spreek af wie de reis betaalt. Programma's voor begeleide vrijwillige terugkeer, zoals die van de "
        "Internationale Organisatie voor Migratie (IOM), kunnen daarbij helpen."
    ),
    "Make sure the person knows how to reach the police, the lawyer or the prosecutor if the criminal case continues.": (
        "Zorg ervoor dat de persoon weet hoe hij of zij de politie, de advocaat of het openbaar ministerie kan "
        "bereiken als de strafzaak doorloopt."
    ),
    "Arrival and the first months": "Aankomst en de eerste maanden",
    "Someone the victim already knows by name should meet them on arrival. The first months are about housing, health care, income and, often, debts: victims frequently return with debts to the network or to lenders at home. Reintegration support should include help with education or training and work, because without income the offer of a new job abroad will come again.": (
        "Bij aankomst hoort iemand het slachtoffer op te vangen die hij of zij al bij naam kent. In de eerste maanden "
        "draait het om huisvesting, gezondheidszorg, inkomen en vaak ook schulden: slachtoffers keren vaak terug met "
        "schulden bij het netwerk of bij geldschieters thuis. Re-integratiesteun moet ook hulp bij scholing of "
        "opleiding en bij het vinden van werk omvatten, want zonder inkomen komt het aanbod van een nieuwe baan in het "
        "buitenland vroeg of laat opnieuw."
    ),
    "Long-term assistance and social inclusion": "Langdurige hulp en sociale inclusie",
    "The TRM guidelines treat long-term assistance as a stage of its own. Social inclusion takes time: therapy for trauma, rebuilding relations with family, and for some victims care for a child. Services should agree at the start how long support lasts and who takes over when a project ends.": (
        "De TRM-richtlijnen behandelen langdurige hulp als een afzonderlijke fase. Sociale inclusie kost tijd: "
        "traumabehandeling, het herstel van de band met de familie en, voor sommige slachtoffers, de zorg voor een "
        "kind. Diensten spreken het best bij het begin af hoe lang de ondersteuning duurt en wie het overneemt "
        "wanneer een project afloopt."
    ),
    "Signs that a returned victim is at risk again": "Signalen dat een teruggekeerd slachtoffer opnieuw gevaar loopt",
    "Contact with the recruiter or the recruiter's family resumes.": "Er is weer contact met de werver of met diens familie.",
    "Debts grow and there is no regular income.": "De schulden lopen op en er is geen vast inkomen.",
    "The person receives a new job offer abroad through acquaintances.": (
        "De persoon krijgt via kennissen een nieuw werkaanbod in het buitenland."
    ),
    "The person breaks off contact with the support service.": "De persoon verbreekt het contact met de hulpverlening.",
    # Chapter 6
    "Criminal and civil proceedings and compensation": "Strafrechtelijke en civiele procedures en schadevergoeding",
    "criminal-and-civil-proceedings": "strafrechtelijke-en-civiele-procedures",
    "The rights of victims in criminal proceedings, giving evidence from another country, the non-punishment principle, and how victims obtain compensation.": (
        "De rechten van slachtoffers in het strafproces, getuigen vanuit een ander land, het non-punishmentbeginsel "
        "en hoe slachtoffers schadevergoeding krijgen."
    ),
    "The victim's rights in proceedings": "De rechten van het slachtoffer in de procedure",
    "Directive 2011/36/EU and the Victims' Rights Directive (2012/29/EU) give victims of trafficking the right to information, to free legal counselling and representation, to an interpreter, and to protection during investigations and trials: interviews without unjustified delay and by trained persons, as few interviews as possible, no unnecessary questions about private life, and the possibility of testifying without being present in the courtroom.": (
        "Richtlijn 2011/36/EU en de Slachtofferrichtlijn (2012/29/EU) geven slachtoffers van mensenhandel recht op "
        "informatie, op kosteloos juridisch advies en kosteloze juridische vertegenwoordiging, op een tolk en op "
        "bescherming tijdens het onderzoek en het proces: verhoren zonder onnodige vertraging en door daartoe "
        "opgeleide personen, zo weinig mogelijk verhoren, geen onnodige vragen over het privéleven, en de "
        "mogelijkheid om te getuigen zonder in de rechtszaal aanwezig te zijn."
    ),
    "Giving evidence across borders": "Getuigen over de grens heen",
    "A victim who has returned to Hungary may still be needed as a witness in Belgium or the Netherlands. Hearings by video link, mutual legal assistance requests and joint investigation teams supported by Eurojust allow a victim to give evidence without travelling back to the place where they were exploited. Agree early with the prosecutor how the victim will be informed about the progress of the case once they are home.": (
        f"Een slachtoffer dat naar {PLACES['Hungary']} is teruggekeerd, kan nog steeds nodig zijn als getuige in "
        f"{PLACES['Belgium']} of {PLACES['the Netherlands']}. Dankzij verhoren per videoverbinding, "
        "rechtshulpverzoeken en gemeenschappelijke onderzoeksteams met steun van Eurojust kan een slachtoffer een "
        "verklaring afleggen zonder terug te reizen naar de plaats waar hij of zij werd uitgebuit. Spreek tijdig met "
        "het openbaar ministerie af hoe het slachtoffer op de hoogte wordt gehouden van de voortgang van de zaak zodra "
        "hij of zij thuis is."
    ),
    "Non-punishment": "Het non-punishmentbeginsel",
    "Victims are often forced to commit offences: working without permits, using false documents, theft, or drug cultivation. Article 8 of Directive 2011/36/EU allows the authorities not to prosecute or punish victims for crimes they were compelled to commit. Raise this with the prosecutor as early as possible.": (
        "Slachtoffers worden vaak gedwongen strafbare feiten te plegen: werken zonder vergunning, valse documenten "
        "gebruiken, diefstal of drugsteelt. Op grond van artikel 8 van Richtlijn 2011/36/EU kunnen de autoriteiten "
        "afzien van vervolging of bestraffing van slachtoffers voor strafbare feiten waartoe zij werden gedwongen. "
        "Breng dit zo vroeg mogelijk ter sprake bij het openbaar ministerie."
    ),
    "Compensation": "Schadevergoeding",
    "Victims can claim damages from the offenders, usually by joining the criminal case as a civil party, and may also claim state compensation for violent intentional crime. Each partner country has a state fund: the Commission for financial aid to victims of intentional acts of violence in Belgium, the Violent Offences Compensation Fund (Schadefonds Geweldsmisdrijven) in the Netherlands, and state compensation through the victim support service in Hungary. Under Directive 2004/80/EC a victim living in Hungary can apply for compensation from another member state through the Hungarian assisting authority.": (
        "Slachtoffers kunnen schadevergoeding vorderen van de daders, meestal door zich in de strafzaak burgerlijke "
        "partij te stellen of zich als benadeelde partij te voegen, en kunnen daarnaast een tegemoetkoming van de "
        "staat vragen voor opzettelijke geweldsmisdrijven. Elk partnerland heeft daarvoor een staatsfonds: in "
        f"{PLACES['Belgium']} de Commissie voor financiële hulp aan slachtoffers van opzettelijke gewelddaden, in "
        f"{PLACES['the Netherlands']} het Schadefonds Geweldsmisdrijven, en in {PLACES['Hungary']} de "
        "schadevergoeding door de staat via de slachtofferhulpdienst. Op grond van Richtlijn 2004/80/EG kan een "
        f"slachtoffer dat in {PLACES['Hungary']} woont, via de Hongaarse bijstandverlenende autoriteit "
        "schadeloosstelling aanvragen in een andere lidstaat."
    ),
    "Confiscated assets": "Inbeslaggenomen vermogen",
    "Ask the prosecutor whether assets seized from the offenders can be used to pay the victim's damages. Where the law allows it, this is often the only compensation a victim will actually receive.": (
        "Vraag het openbaar ministerie of vermogen dat bij de daders in beslag is genomen, kan worden gebruikt om de "
        "schade van het slachtoffer te vergoeden. Waar de wet dat toelaat, is dat vaak de enige schadevergoeding die "
        "een slachtoffer werkelijk ontvangt."
    ),
    # Chapter 7
    "Working together across borders": "Grensoverschrijdend samenwerken",
    "working-together-across-borders": "grensoverschrijdend-samenwerken",
    "Building trust between professionals of three countries, and sharing information about victims lawfully and safely.": (
        "Vertrouwen opbouwen tussen professionals uit drie landen, en informatie over slachtoffers rechtmatig en "
        "veilig delen."
    ),
    "Trust is built before the case": "Vertrouwen bouwt u op voordat de zaak zich aandient",
    "The workshops and study visits of RAVOT-EUR showed that referral works when the people at both ends know each other's role, limits and working language. A police officer in Budapest who has visited a Belgian specialised centre knows what the centre can promise; a Dutch care coordinator who has met a Hungarian shelter worker knows whom to ask. Keep such contacts alive, and keep the contact lists of your organisation up to date.": (
        "De workshops en studiebezoeken van RAVOT-EUR lieten zien dat doorverwijzing werkt wanneer de mensen aan "
        "beide kanten elkaars rol, grenzen en werktaal kennen. Een politiemedewerker in "
        f"{PLACES['Budapest']} die een Belgisch gespecialiseerd centrum heeft bezocht, weet wat dat centrum kan "
        "beloven; een Nederlandse zorgcoördinator die een medewerker van een Hongaars opvanghuis heeft ontmoet, weet "
        "bij wie hij of zij terechtkan. Houd zulke contacten levend, en houd de contactlijsten van uw organisatie "
        "actueel."
    ),
    "Different systems, different words": "Andere systemen, andere woorden",
    "The same word can mean different things in the three countries: identification, victim status, shelter, even victim. When in doubt, describe what will happen instead of using a label, and ask your counterpart to do the same.": (
        "Hetzelfde woord kan in de drie landen iets anders betekenen: identificatie, slachtofferstatus, opvang, zelfs "
        "slachtoffer. Beschrijf bij twijfel wat er gaat gebeuren in plaats van een etiket te gebruiken, en vraag uw "
        "collega aan de andere kant hetzelfde te doen."
    ),
    "Sharing information lawfully": "Informatie rechtmatig delen",
    "Information about a victim is personal data, and much of it, such as health, sexual life or criminal proceedings, is of a special, sensitive kind. European data protection law requires a lawful basis, a clear purpose and no more data than that purpose needs. In practice:": (
        "Gegevens over een slachtoffer zijn persoonsgegevens, en veel daarvan, zoals gegevens over "
        "gezondheid, seksueel leven of strafrechtelijke procedures, zijn bijzonder gevoelig. Het Europese "
        "gegevensbeschermingsrecht vereist een rechtsgrond, een duidelijk doel en niet meer gegevens dan voor dat doel "
        "nodig zijn. In de praktijk:"
    ),
    "Share only what the receiving service needs in order to help.": "Deel alleen wat de ontvangende dienst nodig heeft om te kunnen helpen.",
    "Ask for the victim's informed consent, and record it.": "Vraag de geïnformeerde toestemming van het slachtoffer, en leg die vast.",
    "Use the secure channels of your organisation; police information goes through police channels.": (
        "Gebruik de beveiligde kanalen van uw organisatie; politie-informatie loopt via politiekanalen."
    ),
    "Never put a victim's identifying details in e-mail subjects, chat groups or the forum of this platform.": (
        "Vermeld nooit gegevens waaraan een slachtoffer herkenbaar is in de onderwerpregel van een e-mail, in "
        "chatgroepen of op het forum van dit platform."
    ),
    "Agree how long the information is kept, and delete it afterwards.": (
        "Spreek af hoe lang de informatie wordt bewaard, en verwijder die daarna."
    ),
    "A leak can endanger a life": "Een lek kan een leven in gevaar brengen",
    "Traffickers often know the victim's family and home town. A detail that seems harmless, such as the date of a return journey, can be enough to find the person. When you are unsure whether to share something, ask first.": (
        "Mensenhandelaars kennen vaak de familie en de woonplaats van het slachtoffer. Een detail dat onschuldig "
        "lijkt, zoals de datum van de terugreis, kan genoeg zijn om de persoon te vinden. Twijfelt u of u iets kunt "
        "delen, vraag het dan eerst na."
    ),
}

# Reports index and the five reports (reports.demo)
STRINGS |= {
    "reports": "verslagen",
    "Reports of the three professional workshops, one in each partner country, and of the study visits in which experts learned how the Hungarian, Dutch and Belgian authorities and services work.": (
        "Verslagen van de drie workshops voor professionals, één in elk partnerland, en van de studiebezoeken waarin "
        "experts leerden hoe de Hongaarse, Nederlandse en Belgische autoriteiten en diensten werken."
    ),
    # Shared by the reports
    "Opening": "Opening",
    "Sample content": "Voorbeeldinhoud",
    "This report is sample content for the demonstration site. RAVOT-EUR's workshops and study visits took place; the dates, agenda, numbers and details given here are illustrative.": (
        "Dit verslag is voorbeeldinhoud voor de demonstratiesite. De workshops en studiebezoeken van RAVOT-EUR hebben "
        "echt plaatsgevonden; de data, het programma, de aantallen en de details die hier worden vermeld, dienen ter "
        "illustratie."
    ),
    "Programme of the event": "Programma",
    "Abstract illustration: a round table with eight seats.": "Abstracte illustratie: een ronde tafel met acht stoelen.",
    "Sample illustration; the demonstration site has no photographs of the event.": (
        "Voorbeeldillustratie; de demonstratiesite heeft geen foto's van het evenement."
    ),
    "Ministry of Interior of Hungary": f"Ministerie van Binnenlandse Zaken van {PLACES['Hungary']}",
    "Payoke": "Payoke",
    # Workshop in Budapest
    "Workshop in Budapest: identification and the first contact": (
        f"Workshop in {PLACES['Budapest']}: identificatie en het eerste contact"
    ),
    "workshop-budapest-2014": "workshop-boedapest-2014",
    "The first professional workshop brought Hungarian, Belgian and Dutch police officers, prosecutors, victim support workers and NGOs together to compare how victims are identified and who is the first contact in each country.": (
        "De eerste workshop bracht Hongaarse, Belgische en Nederlandse politiemensen, aanklagers, "
        "slachtofferhulpverleners en ngo's samen om te vergelijken hoe slachtoffers worden geïdentificeerd en wie in "
        "elk land het eerste contact met hen heeft."
    ),
    "Budapest": PLACES["Budapest"],
    "Welcome by the project lead and the partners.": "Welkomstwoord van de projectleiding en de partners.",
    "Trafficking of Hungarian victims to Belgium and the Netherlands": (
        f"Mensenhandel met Hongaarse slachtoffers naar {PLACES['Belgium']} en {PLACES['the Netherlands']}"
    ),
    "Case patterns seen by the police and the specialised centres.": (
        "Patronen in de zaken die de politie en de gespecialiseerde centra zien."
    ),
    "Identification in three systems": "Identificatie in drie systemen",
    "Short presentations by a Hungarian, a Belgian and a Dutch practitioner.": (
        "Korte presentaties door een Hongaarse, een Belgische en een Nederlandse professional uit de praktijk."
    ),
    "Working groups: indicators of sexual and of labour exploitation": (
        "Werkgroepen: signalen van seksuele uitbuiting en van arbeidsuitbuiting"
    ),
    "Who calls whom? Mapping the contact points": "Wie belt wie? De contactpunten in kaart",
    "Conclusions and next steps": "Conclusies en volgende stappen",
    "Participants agreed that most Hungarian victims in Belgium and the Netherlands are identified late, often after months of exploitation, and rarely on their own initiative. In all three countries the police are the most frequent first contact, but labour inspectors, health workers and consular staff meet victims too and are less familiar with the indicators.": (
        f"De deelnemers waren het erover eens dat de meeste Hongaarse slachtoffers in {PLACES['Belgium']} en "
        f"{PLACES['the Netherlands']} laat worden geïdentificeerd, vaak na maanden van uitbuiting, en zelden op eigen "
        "initiatief. In alle drie de landen is de politie het vaakst het eerste contact, maar ook arbeidsinspecteurs, "
        "zorgverleners en consulair personeel komen slachtoffers tegen, en zij zijn minder vertrouwd met de signalen."
    ),
    "What works": "Wat werkt",
    "The Belgian multidisciplinary approach, in which the police and the specialised centres decide together.": (
        "De Belgische multidisciplinaire aanpak, waarin de politie en de gespecialiseerde centra samen beslissen."
    ),
    "The Dutch principle that the reflection period is offered at the slightest indication.": (
        "Het Nederlandse uitgangspunt dat de bedenktijd bij de geringste aanwijzing wordt aangeboden."
    ),
    "The Hungarian common identification questionnaire, which gives non-specialists a place to start.": (
        "De gemeenschappelijke Hongaarse identificatievragenlijst, die niet-specialisten houvast biedt om te beginnen."
    ),
    "What gets in the way": "Wat in de weg staat",
    "Practitioners do not know whom to call in the other country, and contacts depend on individuals.": (
        "Professionals weten niet wie ze in het andere land moeten bellen, en contacten hangen af van individuele "
        "personen."
    ),
    "Victims fear that cooperation with the police abroad will endanger their families at home.": (
        "Slachtoffers vrezen dat samenwerking met de politie in het buitenland hun familie thuis in gevaar brengt."
    ),
    "The same term, such as 'identified victim', means different things in the three systems.": (
        "Dezelfde term, zoals ‘geïdentificeerd slachtoffer’, betekent in de drie systemen iets anders."
    ),
    "Name one contact point per country and per profession for transnational referrals, and publish the list to vetted professionals.": (
        "Wijs per land en per beroepsgroep één contactpunt aan voor transnationale doorverwijzingen, en stel de lijst "
        "ter beschikking van gescreende professionals."
    ),
    "Train consular staff and labour inspectors on the indicators of labour exploitation.": (
        "Train consulair personeel en arbeidsinspecteurs in het herkennen van signalen van arbeidsuitbuiting."
    ),
    "Use the handbook's indicator lists in all three languages as a common reference.": (
        "Gebruik de signalenlijsten uit het handboek in alle drie de talen als gemeenschappelijk referentiekader."
    ),
    # Workshop in The Hague
    "Workshop in The Hague: first assistance, shelter and the reflection period": (
        f"Workshop in {PLACES['The Hague']}: eerste hulp, opvang en de bedenktijd"
    ),
    "workshop-the-hague-2015": "workshop-den-haag-2015",
    "The second workshop looked at what happens in the first weeks after identification: the reflection period, shelter and care, and how a Hungarian victim can be supported from both sides of the border.": (
        "De tweede workshop ging over wat er in de eerste weken na de identificatie gebeurt: de bedenktijd, opvang en "
        "zorg, en hoe een Hongaars slachtoffer aan beide kanten van de grens kan worden ondersteund."
    ),
    "The Hague": PLACES["The Hague"],
    "The reflection period and shelter in the Netherlands": f"Bedenktijd en opvang in {PLACES['the Netherlands']}",
    "Presentation by a policy officer and a shelter coordinator.": (
        "Presentatie door een beleidsmedewerker en een coördinator van een opvanginstelling."
    ),
    "From registration to shelter: the role of a national coordination centre": (
        "Van registratie tot opvang: de rol van een nationaal coördinatiecentrum"
    ),
    "Case discussion: a Hungarian victim of labour exploitation in the greenhouse sector": (
        "Casusbespreking: een Hongaars slachtoffer van arbeidsuitbuiting in de glastuinbouw"
    ),
    "Belgian and Hungarian responses to the same case": "De Belgische en de Hongaarse aanpak van dezelfde casus",
    "Agreement on the first-assistance stage of the referral mechanism": (
        "Afspraken over de fase van eerste hulp in het doorverwijzingsmechanisme"
    ),
    "The first weeks decide whether a victim stays in contact with the support services. Participants from the three countries found that their rules for first assistance are close in substance, but differ in who decides and how long each step takes.": (
        "De eerste weken bepalen of een slachtoffer in contact blijft met de hulpverlening. De deelnemers uit de drie "
        "landen stelden vast dat hun regels voor eerste hulp inhoudelijk dicht bij elkaar liggen, maar verschillen in "
        "wie beslist en hoe lang elke stap duurt."
    ),
    "Hungarian victims, as EU citizens, are sometimes not offered the same support as third-country nationals, because practitioners think the reflection period does not apply to them.": (
        "Hongaarse slachtoffers krijgen als EU-burgers soms niet dezelfde ondersteuning aangeboden als onderdanen van "
        "derde landen, omdat professionals denken dat de bedenktijd niet voor hen geldt."
    ),
    "Interpretation into Hungarian is not always available at once, especially outside office hours.": (
        "Een tolk Hongaars is niet altijd meteen beschikbaar, vooral niet buiten kantooruren."
    ),
    "Victims of labour exploitation are less often placed in specialised shelters than victims of sexual exploitation.": (
        "Slachtoffers van arbeidsuitbuiting worden minder vaak in gespecialiseerde opvang geplaatst dan slachtoffers "
        "van seksuele uitbuiting."
    ),
    "Make clear in national guidance that victims who are EU citizens are entitled to the same assistance.": (
        "Maak in de nationale leidraden duidelijk dat slachtoffers die EU-burger zijn, recht hebben op dezelfde hulp."
    ),
    "Keep a list of Hungarian interpreters with experience of working with victims.": (
        "Houd een lijst bij van tolken Hongaars die ervaring hebben met het werken met slachtoffers."
    ),
    "Inform the Hungarian contact point, with the victim's consent, within the first week, so that return or family support can be prepared in time.": (
        "Informeer het Hongaarse contactpunt, met toestemming van het slachtoffer, binnen de eerste week, zodat een "
        "terugkeer of steun aan de familie tijdig kan worden voorbereid."
    ),
    # Workshop in Antwerp
    "Workshop in Antwerp: return, reintegration and proceedings": (
        f"Workshop in {PLACES['Antwerp']}: terugkeer, re-integratie en procedures"
    ),
    "workshop-antwerp-2015": "workshop-antwerpen-2015",
    "The third workshop, hosted by Payoke, dealt with the later stages of referral: safe return and reintegration in Hungary, and the victim's part in criminal and civil proceedings after going home.": (
        "De derde workshop, met Payoke als gastheer, ging over de latere fasen van de doorverwijzing: veilige terugkeer "
        f"en re-integratie in {PLACES['Hungary']}, en de rol van het slachtoffer in strafrechtelijke en civiele "
        "procedures na de terugkeer naar huis."
    ),
    "Antwerp": PLACES["Antwerp"],
    "Opening by the host": "Opening door de gastheer",
    "The Belgian victim status and the specialised centres": (
        "Het Belgische statuut van slachtoffer van mensenhandel en de gespecialiseerde centra"
    ),
    "Preparing a safe return: risk assessment with the receiving country": (
        "Een veilige terugkeer voorbereiden: risico-inschatting samen met het land van ontvangst"
    ),
    "Working groups: reintegration, debts and the risk of re-trafficking": (
        "Werkgroepen: re-integratie, schulden en het risico om opnieuw slachtoffer van mensenhandel te worden"
    ),
    "Testifying from abroad: video hearings and joint investigation teams": (
        "Getuigen vanuit het buitenland: verhoren per video en gemeenschappelijke onderzoeksteams"
    ),
    "Compensation across borders": "Schadevergoeding over de grens heen",
    "Closing: the referral mechanism in five stages": "Afsluiting: het doorverwijzingsmechanisme in vijf fasen",
    "Participants agreed that a return is only safe when it is prepared with the receiving services, and that the criminal case should not stop a victim from going home when they wish to.": (
        "De deelnemers waren het erover eens dat een terugkeer alleen veilig is als die samen met de ontvangende "
        "diensten wordt voorbereid, en dat de strafzaak een slachtoffer er niet van mag weerhouden naar huis te gaan "
        "wanneer hij of zij dat wil."
    ),
    "Returns are often organised at short notice, leaving the Hungarian shelters and the victim support service too little time to prepare.": (
        "Terugkeer wordt vaak op korte termijn georganiseerd, waardoor de Hongaarse opvanghuizen en de "
        "slachtofferhulpdienst te weinig tijd hebben om zich voor te bereiden."
    ),
    "Victims who return rarely hear about the outcome of the criminal case or about their right to compensation.": (
        "Slachtoffers die terugkeren, horen zelden iets over de afloop van de strafzaak of over hun recht op "
        "schadevergoeding."
    ),
    "Video hearings are possible in all three countries, but are used less than they could be.": (
        "Verhoren per video zijn in alle drie de landen mogelijk, maar worden minder gebruikt dan zou kunnen."
    ),
    "Agree a minimum notice period for planned returns, except when the victim's safety requires otherwise.": (
        "Spreek voor een geplande terugkeer een minimale aankondigingstermijn af, behalve wanneer de veiligheid van "
        "het slachtoffer anders vereist."
    ),
    "Appoint, for each returning victim, one person in the sending country who keeps the victim informed about the proceedings.": (
        "Wijs voor elk terugkerend slachtoffer in het land van vertrek één persoon aan die het slachtoffer op de "
        "hoogte houdt van de procedure."
    ),
    "Tell victims about state compensation and cross-border applications before they leave.": (
        "Informeer slachtoffers vóór hun vertrek over schadevergoeding door de staat en over grensoverschrijdende "
        "aanvragen."
    ),
    # Study visit to Belgium
    "Study visit of Hungarian experts to Belgium": f"Studiebezoek van Hongaarse experts aan {PLACES['Belgium']}",
    "study-visit-belgium-2015": "studiebezoek-belgie-2015",
    "Hungarian police officers, prosecutors and victim support workers visited a specialised centre, a shelter and a police unit in Belgium to see how the Belgian victim status works in practice.": (
        "Hongaarse politiemensen, aanklagers en slachtofferhulpverleners bezochten een gespecialiseerd centrum, een "
        f"opvanghuis en een politie-eenheid in {PLACES['Belgium']} om te zien hoe het Belgische statuut van "
        "slachtoffer van mensenhandel in de praktijk werkt."
    ),
    "Antwerp and Brussels": f"{PLACES['Antwerp']} en {PLACES['Brussels']}",
    "Visit to a specialised centre: intake, shelter and legal support": (
        "Bezoek aan een gespecialiseerd centrum: intake, opvang en juridische ondersteuning"
    ),
    "Meeting with a police unit specialised in trafficking": (
        "Ontmoeting met een politie-eenheid die gespecialiseerd is in mensenhandel"
    ),
    "Meeting with a public prosecutor's office": "Ontmoeting met een parket van de procureur des Konings",
    "Meeting with the federal coordination of the fight against trafficking": (
        "Ontmoeting met de federale coördinatie van de strijd tegen mensenhandel"
    ),
    "Review of the visit and agreements on contact points": "Terugblik op het bezoek en afspraken over contactpunten",
    "The visitors saw how closely the Belgian police, prosecutors and specialised centres work together in individual cases, and how the centres accompany a victim through every step of the victim procedure.": (
        "De bezoekers zagen hoe nauw de Belgische politie, de parketten en de gespecialiseerde centra in individuele "
        "zaken samenwerken, en hoe de centra een slachtoffer bij elke stap van de slachtofferprocedure begeleiden."
    ),
    "The specialised centres are the single entry point for support, which makes it easy for a foreign partner to know whom to contact.": (
        "De gespecialiseerde centra zijn het enige toegangspunt tot de hulpverlening, zodat een buitenlandse partner "
        "gemakkelijk weet met wie hij contact moet opnemen."
    ),
    "Belgian practitioners asked for earlier information on the situation in the victim's home town in Hungary.": (
        "Belgische professionals vroegen om eerder informatie te krijgen over de situatie in de woonplaats van het "
        f"slachtoffer in {PLACES['Hungary']}."
    ),
    "Exchange a short description of each country's procedure, in the other's language, for use in training.": (
        "Wissel een korte beschrijving van de procedure van elk land uit, in de taal van het andere land, voor gebruik "
        "in trainingen."
    ),
    "Hold a joint case review once a year between the Belgian centres and the Hungarian contact points.": (
        "Houd eenmaal per jaar een gezamenlijke casusbespreking tussen de Belgische centra en de Hongaarse "
        "contactpunten."
    ),
    # Study visit to Hungary
    "Study visit of Belgian and Dutch experts to Hungary": (
        f"Studiebezoek van Belgische en Nederlandse experts aan {PLACES['Hungary']}"
    ),
    "study-visit-hungary-2015": "studiebezoek-hongarije-2015",
    "Experts from Belgium and the Netherlands visited Hungarian authorities, the victim support service and a shelter to learn how Hungarian victims are received and supported after their return.": (
        f"Experts uit {PLACES['Belgium']} en {PLACES['the Netherlands']} bezochten Hongaarse autoriteiten, de "
        "slachtofferhulpdienst en een opvanghuis om te leren hoe Hongaarse slachtoffers na hun terugkeer worden "
        "opgevangen en ondersteund."
    ),
    "The Hungarian anti-trafficking strategy and the national coordinator": (
        "De Hongaarse strategie tegen mensenhandel en de nationaal coördinator"
    ),
    "Visit to the victim support service": "Bezoek aan de slachtofferhulpdienst",
    "Visit to a shelter for victims of trafficking": "Bezoek aan een opvanghuis voor slachtoffers van mensenhandel",
    "Travel outside Budapest; meeting with the shelter's social workers.": (
        f"Reis naar een plaats buiten {PLACES['Budapest']}; ontmoeting met de maatschappelijk werkers van het "
        "opvanghuis."
    ),
    "Meeting with the police unit responsible for trafficking cases": (
        "Ontmoeting met de politie-eenheid die verantwoordelijk is voor mensenhandelzaken"
    ),
    "Conclusions": "Conclusies",
    "The visitors learned that the Hungarian system relies on a small number of shelters and on NGOs that are well connected to local services, and that the first weeks after return are where support is most needed and most often missing.": (
        "De bezoekers leerden dat het Hongaarse systeem steunt op een klein aantal opvanghuizen en op ngo's met goede "
        "banden met de lokale diensten, en dat ondersteuning in de eerste weken na de terugkeer het hardst nodig is en "
        "juist dan het vaakst ontbreekt."
    ),
    "Returning victims often arrive with debts and without documents, which delays access to benefits and work.": (
        "Terugkerende slachtoffers komen vaak aan met schulden en zonder documenten, waardoor hun toegang tot "
        "uitkeringen en werk vertraging oploopt."
    ),
    "Shelter places are limited; early notice from Belgium and the Netherlands makes it possible to find one.": (
        f"Er zijn weinig opvangplaatsen; als {PLACES['Belgium']} en {PLACES['the Netherlands']} een terugkeer tijdig "
        "melden, kan er toch een worden gevonden."
    ),
    "Follow-up after return depends on the victim's consent and on informal contacts, and is rarely recorded.": (
        "De opvolging na terugkeer hangt af van de toestemming van het slachtoffer en van informele contacten, en "
        "wordt zelden vastgelegd."
    ),
    "Use the referral mechanism's handover step for every planned return, with a named person on each side.": (
        "Gebruik bij elke geplande terugkeer de overdrachtsstap van het doorverwijzingsmechanisme, met aan beide "
        "kanten een vaste contactpersoon die bij naam bekend is."
    ),
    "Include debt advice and help with documents in the reintegration plan from the start.": (
        "Neem schuldhulp en hulp bij documenten vanaf het begin op in het re-integratieplan."
    ),
    "Record follow-up with the victim's consent, so that the partners can see what happens after return.": (
        "Leg de opvolging met toestemming van het slachtoffer vast, zodat de partners kunnen zien wat er na de "
        "terugkeer gebeurt."
    ),
}

# The five news items (news.demo)
STRINGS |= {
    # Shared by the news items
    "This news item is sample content for the demonstration site. The project, its partners and its timeline are real; the exact date and the details of the event described here are illustrative.": (
        "Dit nieuwsbericht is voorbeeldinhoud voor de demonstratiesite. Het project, de partners en de tijdlijn zijn "
        "echt; de precieze datum en de details van het hier beschreven evenement dienen ter illustratie."
    ),
    # RAVOT-EUR kicks off in Budapest
    "RAVOT-EUR kicks off in Budapest": f"RAVOT-EUR van start in {PLACES['Budapest']}",
    "ravot-eur-kicks-off-in-budapest": "ravot-eur-van-start-in-boedapest",
    "Hungary's Ministry of Interior, the Dutch Ministry of Security and Justice and Payoke met in Budapest to start two years of work on a transnational referral mechanism for victims of human trafficking.": (
        f"Het ministerie van Binnenlandse Zaken van {PLACES['Hungary']}, het Nederlandse ministerie van Veiligheid en "
        f"Justitie en Payoke kwamen in {PLACES['Budapest']} bijeen voor de start van twee jaar werk aan een "
        "transnationaal doorverwijzingsmechanisme voor slachtoffers van mensenhandel."
    ),
    "Abstract illustration: three connected circles standing for Hungary, Belgium and the Netherlands.": (
        f"Abstracte illustratie: drie verbonden cirkels die staan voor {PLACES['Hungary']}, {PLACES['Belgium']} en "
        f"{PLACES['the Netherlands']}."
    ),
    "RAVOT-EUR, short for <i>Referral of and assistance for victims of human trafficking in Europe</i>, started on 1 February 2014. The project is funded by the European Union's programme Prevention of and Fight against Crime (ISEC 2012) and runs until 31 January 2016. It is led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Antwerp centre for victims of human trafficking, as partners.": (
        "RAVOT-EUR, kort voor <i>Referral of and assistance for victims of human trafficking in Europe</i>, is op "
        "1 februari 2014 van start gegaan. Het project wordt medegefinancierd door het programma Preventie en "
        "bestrijding van criminaliteit (ISEC 2012) van de Europese Unie en loopt tot en met 31 januari 2016. Het staat "
        f"onder leiding van het ministerie van Binnenlandse Zaken van {PLACES['Hungary']}, met als partners het "
        "Nederlandse ministerie van Veiligheid en Justitie en Payoke, het centrum voor slachtoffers van mensenhandel "
        f"in {PLACES['Antwerp']}."
    ),
    "Why these three countries": "Waarom deze drie landen",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking for sexual and labour exploitation are most often found. When a victim is identified abroad, police officers, social workers, shelters and prosecutors in two countries have to work together: to protect the person, to organise a safe return if the victim wants it, and to support criminal and civil proceedings. Without agreed routes this cooperation depends on personal contacts.": (
        f"{PLACES['Belgium']} en {PLACES['the Netherlands']} zijn de landen waar Hongaarse slachtoffers van "
        "mensenhandel met het oog op seksuele uitbuiting en arbeidsuitbuiting het vaakst worden aangetroffen. Wordt "
        "een slachtoffer in het buitenland geïdentificeerd, dan moeten politiemensen, maatschappelijk werkers, "
        "opvanginstellingen en het openbaar ministerie in twee landen samenwerken: om de persoon te beschermen, om een "
        "veilige terugkeer te organiseren als het slachtoffer dat wil, en om strafrechtelijke en civiele procedures "
        "te ondersteunen. Zonder afgesproken routes hangt die samenwerking af van persoonlijke contacten."
    ),
    "At the kick-off meeting the partners agreed on the work plan: a transnational referral mechanism that follows the five stages of the European TRM guidelines (identification; first assistance and protection; long-term assistance and social inclusion; return and social inclusion; criminal and civil proceedings), three professional workshops, study visits, a training handbook and an online platform where vetted professionals can find each other.": (
        "Tijdens de startbijeenkomst legden de partners het werkplan vast: een transnationaal "
        "doorverwijzingsmechanisme volgens de vijf fasen van de Europese TRM-richtlijnen (identificatie; eerste hulp "
        "en bescherming; langdurige hulp en sociale inclusie; terugkeer en sociale inclusie; strafrechtelijke en "
        "civiele procedures), drie workshops voor professionals, studiebezoeken, een trainingshandboek en een "
        "onlineplatform waar gescreende professionals elkaar kunnen vinden."
    ),
    "The total budget is EUR 346,069, of which EUR 311,462 is contributed by the European Union (grant HOME/2012/ISEC/AG/4000004405).": (
        "Het totale budget bedraagt EUR 346.069, waarvan EUR 311.462 wordt bijgedragen door de Europese Unie "
        "(subsidie HOME/2012/ISEC/AG/4000004405)."
    ),
    # Workshops and study visits bring professionals together
    "Workshops and study visits bring professionals together": "Workshops en studiebezoeken brengen professionals samen",
    "workshops-and-study-visits": "workshops-en-studiebezoeken",
    "Three professional workshops, one in each partner country, and a series of study visits let police officers, prosecutors, social workers and shelter staff see how their counterparts work.": (
        "Drie workshops voor professionals, één in elk partnerland, en een reeks studiebezoeken laten politiemensen, "
        "aanklagers, maatschappelijk werkers en medewerkers van opvanginstellingen zien hoe hun collega's in de andere "
        "landen werken."
    ),
    "Referral across borders only works when the people at both ends know and trust each other. RAVOT-EUR therefore holds a professional workshop in Hungary, in Belgium and in the Netherlands. Each workshop brings together the authorities and organisations that meet victims: labour inspectors, police and border guards, public prosecutors, victim support services, shelters and NGOs.": (
        "Doorverwijzing over de grens werkt alleen als de mensen aan beide kanten elkaar kennen en vertrouwen. Daarom "
        f"organiseert RAVOT-EUR een workshop voor professionals in {PLACES['Hungary']}, in {PLACES['Belgium']} en in "
        f"{PLACES['the Netherlands']}. Elke workshop brengt de autoriteiten en organisaties samen die met slachtoffers "
        "in aanraking komen: arbeidsinspecteurs, politie en grenswachten, het openbaar ministerie, "
        "slachtofferhulpdiensten, opvanginstellingen en ngo's."
    ),
    "Learning how the other system works": "Leren hoe het andere systeem werkt",
    "During the study visits experts spend time with the services of another partner country. They learn who decides on a victim's right to stay and to shelter, how identification works when a victim does not see themself as a victim, and which documents a Hungarian victim needs for a safe return. The findings of every workshop and study visit are published in the reports section.": (
        "Tijdens de studiebezoeken lopen experts een tijd mee met de diensten van een ander partnerland. Ze leren wie "
        "beslist over het verblijfsrecht van een slachtoffer en over diens recht op opvang, hoe identificatie werkt "
        "wanneer iemand zichzelf niet als slachtoffer ziet, en welke documenten een Hongaars slachtoffer nodig heeft "
        "voor een veilige terugkeer. De bevindingen van elke workshop en elk studiebezoek worden gepubliceerd in de "
        "rubriek Verslagen."
    ),
    # Training handbook on transnational referral published
    "Training handbook on transnational referral published": (
        "Trainingshandboek over transnationale doorverwijzing verschenen"
    ),
    "training-handbook-published": "trainingshandboek-verschenen",
    "The RAVOT-EUR handbook describes, stage by stage, how professionals in Hungary, Belgium and the Netherlands refer and assist victims of trafficking across borders. It is written for training and for academic use.": (
        "Het handboek van RAVOT-EUR beschrijft fase voor fase hoe professionals in "
        f"{PLACES['Hungary']}, {PLACES['Belgium']} en {PLACES['the Netherlands']} slachtoffers van mensenhandel over "
        "de grens doorverwijzen en bijstaan. Het is geschreven voor training en voor academisch gebruik."
    ),
    "Abstract illustration: an open book in dark blue and ochre.": (
        "Abstracte illustratie: een opengeslagen boek in donkerblauw en oker."
    ),
    "The handbook brings together what the partners learned in the workshops and study visits. Its chapters follow the five stages of transnational referral, from the first signs that someone may be a victim to the end of criminal and civil proceedings, and add a chapter on cooperation and data protection between professionals.": (
        "Het handboek bundelt wat de partners in de workshops en studiebezoeken hebben geleerd. De hoofdstukken volgen "
        "de vijf fasen van transnationale doorverwijzing, van de eerste signalen dat iemand slachtoffer kan zijn tot "
        "het einde van de strafrechtelijke en civiele procedures, aangevuld met een hoofdstuk over samenwerking en "
        "gegevensbescherming tussen professionals."
    ),
    "Each chapter explains who is responsible in each of the three countries, what a victim is entitled to, and what the professionals on both sides of a border need from each other. The chapter on identification includes lists of indicators of sexual and of labour exploitation.": (
        "Elk hoofdstuk legt uit wie in elk van de drie landen verantwoordelijk is, waar een slachtoffer recht op heeft "
        "en wat de professionals aan weerszijden van een grens van elkaar nodig hebben. Het hoofdstuk over "
        "identificatie bevat lijsten met signalen van seksuele uitbuiting en van arbeidsuitbuiting."
    ),
    "The handbook can be read on this site chapter by chapter or printed as a whole. Trainers may use it freely in courses for police, prosecutors, social workers and students.": (
        "Het handboek kan op deze site per hoofdstuk worden gelezen of in zijn geheel worden afgedrukt. Trainers mogen "
        "het vrij gebruiken in cursussen voor politie, openbaar ministerie, maatschappelijk werkers en studenten."
    ),
    # Online platform for professionals opens
    "Online platform for professionals opens": "Onlineplatform voor professionals geopend",
    "online-platform-opens": "onlineplatform-geopend",
    "The RAVOT-EUR platform combines public information for victims and the public with a closed forum where vetted professionals from the three countries can discuss referrals.": (
        "Het platform van RAVOT-EUR combineert openbare informatie voor slachtoffers en het brede publiek met een "
        "besloten forum waar gescreende professionals uit de drie landen doorverwijzingen kunnen bespreken."
    ),
    "Abstract illustration: speech bubbles in teal and light grey.": (
        "Abstracte illustratie: tekstballonnen in groenblauw en lichtgrijs."
    ),
    "The public part of the platform holds the training handbook, the reports of the workshops and study visits, and a page for people who need help now, with help lines in each country and a quick exit button on every page.": (
        "Het openbare deel van het platform bevat het trainingshandboek, de verslagen van de workshops en "
        "studiebezoeken, en een pagina voor mensen die nu hulp nodig hebben, met hulplijnen in elk land en op elke "
        "pagina een knop om de site snel te verlaten."
    ),
    "A closed space for vetted professionals": "Een besloten ruimte voor gescreende professionals",
    "Professionals who work with victims can apply for an account. After their organisation and role have been checked, they can use a directory of contact points and a forum to prepare referrals with their colleagues abroad. Personal data of victims does not belong in the forum: members discuss procedures and arrange contacts, and exchange case files only through the official channels of their organisations.": (
        "Professionals die met slachtoffers werken, kunnen een account aanvragen. Nadat hun organisatie en functie "
        "zijn gecontroleerd, kunnen zij een sociale kaart met contactpunten en een forum gebruiken om doorverwijzingen "
        "met hun collega's in het buitenland voor te bereiden. Persoonsgegevens van slachtoffers horen niet op het "
        "forum: leden bespreken procedures en leggen contacten, en wisselen dossiers alleen uit via de officiële "
        "kanalen van hun organisatie."
    ),
    # Closing conference
    "Closing conference looks back on two years of cooperation": "Slotconferentie blikt terug op twee jaar samenwerking",
    "closing-conference": "slotconferentie",
    "At the closing conference the partners presented the referral mechanism, the handbook and the platform, and discussed how cooperation between Hungary, Belgium and the Netherlands continues after the project.": (
        "Op de slotconferentie presenteerden de partners het doorverwijzingsmechanisme, het handboek en het platform, "
        f"en bespraken zij hoe de samenwerking tussen {PLACES['Hungary']}, {PLACES['Belgium']} en "
        f"{PLACES['the Netherlands']} na het project wordt voortgezet."
    ),
    "The project ends on 31 January 2016. At the closing conference the partners looked back on what changed since the kick-off: the professionals who refer victims across the three borders now know whom to call, the five stages of referral are described in one handbook, and the platform gives them a place to stay in touch.": (
        "Het project loopt af op 31 januari 2016. Op de slotconferentie blikten de partners terug op wat er sinds de "
        "start is veranderd: de professionals die slachtoffers tussen de drie landen doorverwijzen, weten nu wie ze "
        "moeten bellen, de vijf fasen van de doorverwijzing zijn in één handboek beschreven, en het platform biedt hun "
        "een plek om contact te houden."
    ),
    "Participants also named what remains to be done: faster exchange of information when a victim wants to return home, long-term support after return, and keeping contact lists up to date when people change jobs. The platform stays open so that this work can go on.": (
        "De deelnemers noemden ook wat er nog moet gebeuren: snellere uitwisseling van informatie wanneer een "
        "slachtoffer naar huis wil, langdurige ondersteuning na terugkeer, en het actueel houden van contactlijsten "
        "wanneer mensen van baan veranderen. Het platform blijft open, zodat dit werk kan doorgaan."
    ),
}

# Directory: a city on its own (an organisation's city, a report's place) is its PLACES form (directory.demo)
STRINGS |= {place: dutch for place, dutch in PLACES.items()}

# Directory: the three project partners, under their real names (directory.demo)
STRINGS |= {
    "Ministry of Security and Justice of the Netherlands (Ministerie van Veiligheid en Justitie)": (
        f"Ministerie van Veiligheid en Justitie ({PLACES['the Netherlands']})"
    ),
    "Partner of the RAVOT-EUR project, responsible for the police, the public prosecution service and migration policy in the Netherlands at the time of the project (since 2017 the Ministry of Justice and Security). Contact details are not listed here: please use the ministry's official website.": (
        "Partner in het RAVOT-EUR-project; ten tijde van het project verantwoordelijk voor de politie, het openbaar "
        f"ministerie en het migratiebeleid in {PLACES['the Netherlands']} (sinds 2017 het ministerie van Justitie en "
        "Veiligheid). Contactgegevens staan hier niet vermeld: raadpleeg de officiële website van het ministerie."
    ),
    "Ministry of Interior of Hungary (Belügyminisztérium)": (
        f"Ministerie van Binnenlandse Zaken van {PLACES['Hungary']} (Belügyminisztérium)"
    ),
    "Lead partner of the RAVOT-EUR project. The ministry is responsible for the police and for coordinating Hungary's action against trafficking in human beings. Contact details are not listed here: please use the ministry's official website.": (
        "Hoofdpartner van het RAVOT-EUR-project. Het ministerie is verantwoordelijk voor de politie en voor de "
        f"coördinatie van de aanpak van mensenhandel in {PLACES['Hungary']}. Contactgegevens staan hier niet vermeld: "
        "raadpleeg de officiële website van het ministerie."
    ),
    "Partner of the RAVOT-EUR project and one of the three specialised centres for victims of human trafficking recognised in Belgium. It offers shelter and accompanies victims through the Belgian victim status procedure. Contact details are not listed here: please use Payoke's own website.": (
        "Partner in het RAVOT-EUR-project en een van de drie erkende gespecialiseerde centra voor slachtoffers van "
        f"mensenhandel in {PLACES['Belgium']}. Payoke biedt opvang en begeleidt slachtoffers tijdens de Belgische "
        "procedure voor het statuut van slachtoffer van mensenhandel. Contactgegevens staan hier niet vermeld: "
        "raadpleeg de eigen website van Payoke."
    ),
}

# Directory: the sample organisations, fictitious, with descriptive Dutch names (directory.demo)
STRINGS |= {
    # What the twelve kinds of sample organisation share in every country
    **{f"Sample Street {number}": f"Voorbeeldstraat {number}" for number in range(1, 13)},
    "Sample entry, not a real organisation. Investigates human trafficking, identifies presumed victims and refers them to assistance. Takes reports from other countries' police through the usual police cooperation channels.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Onderzoekt mensenhandel, identificeert vermoedelijke "
        "slachtoffers en verwijst hen door naar de hulpverlening. Neemt meldingen van de politie van andere landen aan "
        "via de gebruikelijke kanalen voor politiesamenwerking."
    ),
    "Office: Monday to Friday 8:00–16:00; duty officer 24/7": (
        "Kantoor: maandag tot en met vrijdag 8:00–16:00; piketdienst 24/7"
    ),
    "Sample entry, not a real organisation. A prosecutor specialised in trafficking cases leads investigations, decides on charges and informs victims of their rights as injured parties.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Een magistraat van het openbaar ministerie die "
        "gespecialiseerd is in mensenhandelzaken, leidt het onderzoek, beslist over vervolging en informeert "
        "slachtoffers over hun rechten als benadeelde partij."
    ),
    "Monday to Friday 8:30–16:30": "Maandag tot en met vrijdag 8:30–16:30",
    "Sample entry, not a real organisation. A specialised shelter at a confidential address for women and their children. Offers a safe place to stay, medical and psychological care and time to decide on the next steps.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Gespecialiseerde opvang op een geheim adres voor vrouwen en "
        "hun kinderen. Biedt een veilige verblijfplaats, medische en psychologische zorg en tijd om over de volgende "
        "stappen te beslissen."
    ),
    "Admissions 24 hours a day, 7 days a week": "Opname 24 uur per dag, 7 dagen per week",
    "Sample entry, not a real organisation. Free legal advice and representation for victims: residence, labour claims, civil party claims in criminal proceedings and compensation.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Gratis juridisch advies en bijstand voor slachtoffers: "
        "verblijf, arbeidsrechtelijke vorderingen, vorderingen als burgerlijke of benadeelde partij in het strafproces, "
        "en schadevergoeding."
    ),
    "Tuesday and Thursday 10:00–17:00, and by appointment": "Dinsdag en donderdag 10:00–17:00, en op afspraak",
    "Sample entry, not a real organisation. Inspects workplaces in agriculture, construction, cleaning and hospitality; identifies signs of labour exploitation and refers presumed victims to the police and assistance services.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Inspecteert werkplekken in de land- en tuinbouw, de bouw, de "
        "schoonmaak en de horeca; herkent signalen van arbeidsuitbuiting en verwijst vermoedelijke slachtoffers door "
        "naar de politie en de hulpverlening."
    ),
    "Monday to Friday 8:00–16:00": "Maandag tot en met vrijdag 8:00–16:00",
    "Sample entry, not a real organisation. Municipal social services: case management, access to housing, health insurance, schooling and employment programmes for victims who stay.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Gemeentelijke sociale dienst: casemanagement, toegang tot "
        "huisvesting, ziektekostenverzekering, onderwijs en werkgelegenheidsprogramma's voor slachtoffers die "
        "blijven."
    ),
    "Monday to Friday 9:00–17:00": "Maandag tot en met vrijdag 9:00–17:00",
    "Sample entry, not a real organisation. Prepares voluntary returns with the country of origin: risk assessment, travel, reception on arrival and reintegration support for up to a year.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Bereidt samen met het land van herkomst vrijwillige "
        "terugkeer voor: risico-inschatting, reis, opvang bij aankomst en re-integratiesteun gedurende maximaal een "
        "jaar."
    ),
    "Sample entry, not a real organisation. Trained interpreters for police interviews, medical visits and legal consultations, in person or by phone, bound by confidentiality.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Opgeleide tolken voor politieverhoren, medische afspraken en "
        "juridische consulten, ter plaatse of telefonisch, gebonden aan geheimhouding."
    ),
    "Bookings by phone 24/7": "Telefonisch reserveren 24/7",
    "Sample entry, not a real organisation. Accompanies returning victims for the first months: housing, training, a job and counselling, in cooperation with the organisations of the sending country.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Begeleidt teruggekeerde slachtoffers in de eerste maanden: "
        "huisvesting, opleiding, werk en psychosociale begeleiding, in samenwerking met de organisaties van het land "
        "van waaruit zij terugkeren."
    ),
    "Monday to Friday 9:00–16:00": "Maandag tot en met vrijdag 9:00–16:00",
    "Sample entry, not a real organisation. A confidential line for victims, witnesses and professionals who suspect trafficking: advice, and referral to the right service the same day.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Een vertrouwelijke lijn voor slachtoffers, getuigen en "
        "professionals die mensenhandel vermoeden: advies, en nog dezelfde dag doorverwijzing naar de juiste dienst."
    ),
    "24 hours a day, 7 days a week": "24 uur per dag, 7 dagen per week",
    "Sample entry, not a real organisation. Protects children and young people who are presumed victims, appoints a guardian where needed and places them in a safe home.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Beschermt kinderen en jongeren die vermoedelijk slachtoffer "
        "zijn, zorgt zo nodig voor de aanstelling van een voogd en plaatst hen in een veilige woonomgeving."
    ),
    "Emergency admissions 24/7": "Spoedopnames 24/7",
    "Sample entry, not a real organisation. A university centre that studies trafficking and runs a students' legal clinic supervised by lawyers; also helps professionals with risk assessments for returns.": (
        "Voorbeeldvermelding, geen bestaande organisatie. Een universitair centrum dat onderzoek doet naar mensenhandel "
        "en een juridische studentenpraktijk onder begeleiding van advocaten heeft; helpt professionals ook bij "
        "risico-inschattingen voor een terugkeer."
    ),
    "By appointment": "Op afspraak",
    # Belgium
    "Anti-trafficking police unit Antwerp": f"Politie-eenheid mensenhandel {PLACES['Antwerp']}",
    "Public prosecutor's office Brussels": f"Parket {PLACES['Brussels']}",
    "Safe House Liège": f"Opvanghuis {PLACES['Liège']}",
    "Legal Aid Clinic Ghent": f"Rechtshulpcentrum {PLACES['Ghent']}",
    "Labour inspection, Charleroi office": f"Arbeidsinspectie, kantoor {PLACES['Charleroi']}",
    "Social services Bruges": f"Sociale dienst {PLACES['Bruges']}",
    "Return and Reintegration Office Leuven": f"Bureau Terugkeer en Re-integratie {PLACES['Leuven']}",
    "Community Interpreters Brussels": f"Tolkendienst {PLACES['Brussels']}",
    "Reintegration Network Antwerp": f"Re-integratienetwerk {PLACES['Antwerp']}",
    "Victims' Hotline Brussels": f"Hulplijn voor slachtoffers {PLACES['Brussels']}",
    "Youth Protection Centre Liège": f"Centrum voor jeugdbescherming {PLACES['Liège']}",
    "Centre for Trafficking Studies Ghent": f"Onderzoekscentrum Mensenhandel {PLACES['Ghent']}",
    # Hungary
    "Anti-trafficking police unit Budapest": f"Politie-eenheid mensenhandel {PLACES['Budapest']}",
    "Public prosecutor's office Debrecen": f"Parket {PLACES['Debrecen']}",
    "Safe House Miskolc": f"Opvanghuis {PLACES['Miskolc']}",
    "Legal Aid Clinic Pécs": f"Rechtshulpcentrum {PLACES['Pécs']}",
    "Labour inspection, Szeged office": f"Arbeidsinspectie, kantoor {PLACES['Szeged']}",
    "Social services Győr": f"Sociale dienst {PLACES['Győr']}",
    "Return and Reintegration Office Nyíregyháza": f"Bureau Terugkeer en Re-integratie {PLACES['Nyíregyháza']}",
    "Community Interpreters Budapest": f"Tolkendienst {PLACES['Budapest']}",
    "Reintegration Network Budapest": f"Re-integratienetwerk {PLACES['Budapest']}",
    "Victims' Hotline Debrecen": f"Hulplijn voor slachtoffers {PLACES['Debrecen']}",
    "Youth Protection Centre Miskolc": f"Centrum voor jeugdbescherming {PLACES['Miskolc']}",
    "Centre for Trafficking Studies Pécs": f"Onderzoekscentrum Mensenhandel {PLACES['Pécs']}",
    # The Netherlands
    "Anti-trafficking police unit Amsterdam": f"Politie-eenheid mensenhandel {PLACES['Amsterdam']}",
    "Public prosecutor's office Rotterdam": f"Parket {PLACES['Rotterdam']}",
    "Safe House The Hague": f"Opvanghuis {PLACES['The Hague']}",
    "Legal Aid Clinic Utrecht": f"Rechtshulpcentrum {PLACES['Utrecht']}",
    "Labour inspection, Eindhoven office": f"Arbeidsinspectie, kantoor {PLACES['Eindhoven']}",
    "Social services Groningen": f"Sociale dienst {PLACES['Groningen']}",
    "Return and Reintegration Office Zwolle": f"Bureau Terugkeer en Re-integratie {PLACES['Zwolle']}",
    "Community Interpreters Amsterdam": f"Tolkendienst {PLACES['Amsterdam']}",
    "Reintegration Network Amsterdam": f"Re-integratienetwerk {PLACES['Amsterdam']}",
    "Victims' Hotline Rotterdam": f"Hulplijn voor slachtoffers {PLACES['Rotterdam']}",
    "Youth Protection Centre The Hague": f"Centrum voor jeugdbescherming {PLACES['The Hague']}",
    "Centre for Trafficking Studies Utrecht": f"Onderzoekscentrum Mensenhandel {PLACES['Utrecht']}",
}

# Directory: pathway guidance per country and stage of the referral mechanism (directory.demo)
STRINGS |= {
    # Belgium · 1. Identification
    "In Belgium front-line services (police, social and labour inspection, hospitals, social services) identify presumed victims with the indicators of the multidisciplinary circular on victims of trafficking. A presumed victim must be referred to one of the three specialised centres — Payoke (Antwerp), PAG-ASA (Brussels) or Sürya (Liège) — to enter the victim status procedure.": (
        f"In {PLACES['Belgium']} herkennen eerstelijnsdiensten (politie, sociale inspectie en arbeidsinspectie, "
        "ziekenhuizen, sociale diensten) vermoedelijke slachtoffers aan de hand van de indicatoren van de "
        "multidisciplinaire omzendbrief over slachtoffers van mensenhandel. Een vermoedelijk slachtoffer moet worden "
        f"doorverwezen naar een van de drie gespecialiseerde centra — Payoke ({PLACES['Antwerp']}), PAG-ASA "
        f"({PLACES['Brussels']}) of Sürya ({PLACES['Liège']}) — om in de procedure voor het statuut van slachtoffer "
        "van mensenhandel te komen."
    ),
    "Contact the specialised centre straight away, also outside office hours.": (
        "Neem meteen contact op met het gespecialiseerde centrum, ook buiten de kantooruren."
    ),
    "Inform the reference magistrate for trafficking of the judicial district.": (
        "Breng de referentiemagistraat mensenhandel van het gerechtelijk arrondissement op de hoogte."
    ),
    # Belgium · 2. First assistance and protection
    "The specialised centre offers shelter, medical and psychological care, legal support and interpretation. A reflection period of 45 days gives the victim time to recover and decide whether to make statements.": (
        "Het gespecialiseerde centrum biedt opvang, medische en psychologische zorg, juridische ondersteuning en "
        "tolkhulp. Een bedenktijd van 45 dagen geeft het slachtoffer de tijd om te herstellen en te beslissen of hij "
        "of zij verklaringen wil afleggen."
    ),
    "During the procedure the victim must break contact with the suspected exploiters and accept the centre's guidance.": (
        "Tijdens de procedure moet het slachtoffer alle contact met de vermoedelijke uitbuiters verbreken en de "
        "begeleiding door het centrum aanvaarden."
    ),
    "Children are referred to the guardianship service and to youth care.": (
        "Kinderen worden doorverwezen naar de Dienst Voogdij en naar de jeugdhulp."
    ),
    # Belgium · 3. Long-term assistance and social inclusion
    "Victims who cooperate with the justice system receive a temporary residence document, which can lead to permanent residence, for example when the case ends in a conviction. The specialised centre accompanies them with housing, training and work.": (
        "Slachtoffers die met het gerecht samenwerken, krijgen een tijdelijk verblijfsdocument, dat kan leiden tot een "
        "verblijf van onbepaalde duur, bijvoorbeeld wanneer de zaak eindigt met een veroordeling. Het gespecialiseerde "
        "centrum begeleidt hen bij huisvesting, opleiding en werk."
    ),
    "Keep the centre informed of every step in the criminal case: residence depends on it.": (
        "Houd het centrum op de hoogte van elke stap in de strafzaak: het verblijfsrecht hangt ervan af."
    ),
    "EU citizens' residence is arranged through the same centres.": (
        "Ook het verblijf van EU-burgers wordt via dezelfde centra geregeld."
    ),
    # Belgium · 4. Return and social inclusion
    "Voluntary return is prepared with the specialised centre and the voluntary return programme (Fedasil with its partners), which pays for the journey and can give reintegration support in the country of origin.": (
        "Vrijwillige terugkeer wordt voorbereid met het gespecialiseerde centrum en het programma voor vrijwillige "
        "terugkeer (Fedasil en zijn partners), dat de reis betaalt en re-integratiesteun in het land van herkomst kan "
        "bieden."
    ),
    "Make a risk assessment with the victim before any return.": (
        "Maak vóór elke terugkeer samen met het slachtoffer een risico-inschatting."
    ),
    "Contact the organisations of the country of origin in this directory before the departure date, and agree who meets the victim.": (
        "Neem vóór de vertrekdatum contact op met de organisaties van het land van herkomst op deze sociale kaart, en "
        "spreek af wie het slachtoffer opvangt."
    ),
    # Belgium · 5. Criminal and civil proceedings
    "Victims report to the police or the labour inspection; the public prosecutor's office has a reference magistrate for trafficking in each judicial district. The victim can join the proceedings as a civil party and claim damages; the specialised centres can also act as civil party.": (
        "Slachtoffers doen aangifte bij de politie of de arbeidsinspectie; het parket heeft in elk gerechtelijk "
        "arrondissement een referentiemagistraat mensenhandel. Het slachtoffer kan zich burgerlijke partij stellen en "
        "schadevergoeding vorderen; ook de gespecialiseerde centra kunnen zich burgerlijke partij stellen."
    ),
    "Legal aid is free for victims with limited means.": (
        "Juridische bijstand is kosteloos voor slachtoffers met beperkte middelen."
    ),
    "When the offender cannot pay, the Commission for financial assistance to victims of intentional acts of violence can help.": (
        "Als de dader niet kan betalen, kan de Commissie voor financiële hulp aan slachtoffers van opzettelijke "
        "gewelddaden helpen."
    ),
    # Hungary · 1. Identification
    "In Hungary a government decree (354/2012) obliges a range of bodies to identify presumed victims: among others the police, victim support services, family and child welfare services, health-care providers, consular staff abroad and the labour authority. They use a standard identification questionnaire and send it to the victim support service.": (
        f"In {PLACES['Hungary']} verplicht een regeringsbesluit (354/2012) een reeks instanties om vermoedelijke "
        "slachtoffers te identificeren, onder meer de politie, de slachtofferhulpdiensten, de diensten voor gezins- en "
        "kinderwelzijn, zorgverleners, consulair personeel in het buitenland en de arbeidsinspectie. Zij gebruiken een "
        "gestandaardiseerde identificatievragenlijst en sturen die naar de slachtofferhulpdienst."
    ),
    "Consular staff of Hungary can start the identification of a Hungarian citizen found abroad.": (
        f"Consulair personeel van {PLACES['Hungary']} kan de identificatie starten van een Hongaarse burger die in het "
        "buitenland wordt aangetroffen."
    ),
    "Any sign of trafficking is enough to start: the victim does not have to make a complaint first.": (
        "Elk signaal van mensenhandel is voldoende om te beginnen: het slachtoffer hoeft niet eerst aangifte te doen."
    ),
    # Hungary · 2. First assistance and protection
    "The victim support service informs the victim of their rights and can give immediate financial help (for example for travel, clothing or accommodation). The national crisis line can arrange a place in a shelter for victims of trafficking.": (
        "De slachtofferhulpdienst informeert het slachtoffer over zijn of haar rechten en kan onmiddellijke "
        "financiële hulp geven (bijvoorbeeld voor reiskosten, kleding of onderdak). De nationale crisislijn kan een "
        "plaats regelen in een opvanghuis voor slachtoffers van mensenhandel."
    ),
    "Arrange an interpreter for every interview.": "Regel voor elk gesprek en elk verhoor een tolk.",
    "Check health needs first: medical care is available in an emergency regardless of insurance.": (
        "Ga eerst na welke medische zorg nodig is: in noodgevallen is medische zorg beschikbaar, ongeacht de "
        "verzekering."
    ),
    "Give the victim time to recover and decide before asking for a statement.": (
        "Geef het slachtoffer tijd om te herstellen en te beslissen voordat u om een verklaring vraagt."
    ),
    # Hungary · 3. Long-term assistance and social inclusion
    "After the shelter, transitional (“half-way”) housing, family support services and employment programmes help victims rebuild their lives in Hungary. A case manager keeps the plan together and stays the contact point for partners abroad.": (
        "Na het opvanghuis helpen overgangshuisvesting (zogenoemde doorstroomwoningen), gezinsondersteunende diensten "
        f"en werkgelegenheidsprogramma's slachtoffers om hun leven in {PLACES['Hungary']} weer op te bouwen. Een casemanager "
        "bewaakt het plan als geheel en blijft het aanspreekpunt voor partners in het buitenland."
    ),
    "Help with identity documents, health insurance and registration of an address.": (
        "Help bij identiteitsdocumenten, ziektekostenverzekering en de inschrijving op een adres."
    ),
    "Plan education or vocational training with the victim.": (
        "Plan samen met het slachtoffer onderwijs of een beroepsopleiding."
    ),
    # Hungary · 4. Return and social inclusion
    "When a Hungarian victim returns from abroad, the return is prepared before departure with the organisations in Hungary: a risk assessment (is the family or home town safe?), who meets the victim on arrival, and a place to stay.": (
        "Wanneer een Hongaars slachtoffer uit het buitenland terugkeert, wordt de terugkeer vóór het vertrek "
        f"voorbereid met de organisaties in {PLACES['Hungary']}: een risico-inschatting (zijn de familie en de "
        "woonplaats veilig?), wie het slachtoffer bij aankomst opvangt, en een verblijfplaats."
    ),
    "The consulate can issue an emergency travel document.": "Het consulaat kan een noodreisdocument afgeven.",
    "Agree who informs the victim support service and the receiving shelter, and send the case summary with the victim's consent.": (
        "Spreek af wie de slachtofferhulpdienst en het ontvangende opvanghuis informeert, en stuur met toestemming van "
        "het slachtoffer de samenvatting van het dossier mee."
    ),
    "Plan follow-up support for at least the first months.": "Plan nazorg voor ten minste de eerste maanden.",
    # Hungary · 5. Criminal and civil proceedings
    "Report the crime to the police; the prosecution service directs the investigation. In criminal proceedings the victim is an injured party, can claim damages as a civil party and can ask to be treated as a vulnerable witness (for example a separate hearing room or a recorded interview).": (
        "Doe aangifte bij de politie; het openbaar ministerie leidt het onderzoek. In het strafproces is het "
        "slachtoffer benadeelde, kan het als burgerlijke partij schadevergoeding vorderen en kan het vragen om als "
        "kwetsbare getuige te worden behandeld (bijvoorbeeld met een aparte verhoorruimte of een opgenomen verhoor)."
    ),
    "State compensation for victims of violent crime is applied for through the victim support service.": (
        "Schadevergoeding door de staat voor slachtoffers van geweldsmisdrijven wordt aangevraagd via de "
        "slachtofferhulpdienst."
    ),
    "Evidence can be exchanged with Belgium and the Netherlands through a European Investigation Order or a joint investigation team.": (
        f"Bewijs kan met {PLACES['Belgium']} en {PLACES['the Netherlands']} worden uitgewisseld via een Europees "
        "onderzoeksbevel of een gemeenschappelijk onderzoeksteam."
    ),
    # The Netherlands · 1. Identification
    "In the Netherlands the police must act on even the slightest indication of trafficking. Police, the Royal Marechaussee, the Labour Inspectorate and care professionals report presumed victims to CoMensha, the national coordination centre, which registers them and helps find a place in care.": (
        f"In {PLACES['the Netherlands']} moet de politie al bij de geringste aanwijzing van mensenhandel optreden. "
        "Politie, Koninklijke Marechaussee, Inspectie SZW (de arbeidsinspectie) en zorgprofessionals melden "
        "vermoedelijke slachtoffers bij CoMensha, het landelijk coördinatiecentrum, dat hen registreert en helpt een "
        "plaats in de zorg te vinden."
    ),
    "Foreign nationals from outside the EU must be offered the residence scheme for victims of trafficking as soon as there is an indication.": (
        "Aan vreemdelingen van buiten de EU moet de verblijfsregeling voor slachtoffers van mensenhandel worden "
        "aangeboden zodra er een aanwijzing is."
    ),
    "Regional care coordinators know the local shelters and services.": (
        "Regionale zorgcoördinatoren kennen de lokale opvang en voorzieningen."
    ),
    # The Netherlands · 2. First assistance and protection
    "Victims are placed in specialised shelters, including category-specific shelters for victims of trafficking, with medical care, psychological support and legal aid. Non-EU victims get a reflection period of up to three months to decide whether to report.": (
        "Slachtoffers worden in gespecialiseerde opvang geplaatst, waaronder de categorale opvang voor slachtoffers "
        "van mensenhandel, met medische zorg, psychologische ondersteuning en rechtshulp. Slachtoffers van buiten de "
        "EU krijgen een bedenktijd van maximaal drie maanden om te beslissen of zij aangifte doen."
    ),
    "A specialised lawyer is free of charge for victims of trafficking.": (
        "Voor slachtoffers van mensenhandel is een gespecialiseerde advocaat kosteloos."
    ),
    "Arrange a professional interpreter; do not use companions of the victim to translate.": (
        "Regel een professionele tolk; laat niet tolken door mensen die het slachtoffer vergezellen."
    ),
    # The Netherlands · 3. Long-term assistance and social inclusion
    "Municipalities are responsible for longer-term care, housing and income support; a care coordinator makes the plan with the victim. Victims who report or cooperate with the investigation can obtain a temporary residence permit, and in some cases continued residence.": (
        "Gemeenten zijn verantwoordelijk voor zorg, huisvesting en inkomensondersteuning op langere termijn; een "
        "zorgcoördinator stelt samen met het slachtoffer het plan op. Slachtoffers die aangifte doen of meewerken aan "
        "het opsporingsonderzoek, kunnen een tijdelijke verblijfsvergunning krijgen, en in sommige gevallen voortgezet "
        "verblijf."
    ),
    "Plan language lessons, education and work early.": "Plan taallessen, onderwijs en werk al vroeg in.",
    "Keep the case manager in the country of origin informed if a return remains possible.": (
        "Houd de casemanager in het land van herkomst op de hoogte als terugkeer mogelijk blijft."
    ),
    # The Netherlands · 4. Return and social inclusion
    "Voluntary return is prepared with the victim, the care coordinator and a return organisation such as IOM, which can arrange the journey and reintegration support in the country of origin.": (
        "Vrijwillige terugkeer wordt voorbereid met het slachtoffer, de zorgcoördinator en een terugkeerorganisatie "
        "zoals IOM, die de reis en re-integratiesteun in het land van herkomst kan regelen."
    ),
    "Assess the risks of return (traffickers at home, debts, family pressure) with the victim.": (
        "Breng samen met het slachtoffer de risico's van terugkeer in kaart (mensenhandelaars in het land van "
        "herkomst, schulden, druk vanuit de familie)."
    ),
    "Agree with the receiving organisations, listed in this directory, who meets the victim on arrival.": (
        "Spreek met de ontvangende organisaties, die op deze sociale kaart staan, af wie het slachtoffer bij aankomst "
        "opvangt."
    ),
    # The Netherlands · 5. Criminal and civil proceedings
    "Victims report to the police, where specialised trafficking officers take the statement; the Public Prosecution Service has prosecutors specialised in trafficking. The victim can join the proceedings as an injured party to claim damages.": (
        "Slachtoffers doen aangifte bij de politie, waar in mensenhandel gespecialiseerde rechercheurs de aangifte "
        "opnemen; het Openbaar Ministerie heeft officieren van justitie die gespecialiseerd zijn in mensenhandel. Het "
        "slachtoffer kan zich in het strafproces voegen als benadeelde partij om schadevergoeding te vorderen."
    ),
    "The Violent Offences Compensation Fund can pay compensation when the damage is not paid by the offender.": (
        "Het Schadefonds Geweldsmisdrijven kan een tegemoetkoming uitkeren wanneer de dader de schade niet vergoedt."
    ),
    "The victim has the right to a lawyer, an interpreter and to be informed of the progress of the case.": (
        "Het slachtoffer heeft recht op een advocaat en een tolk, en op informatie over de voortgang van de zaak."
    ),
}

# Handbook tables (chapters 3 and 4). wagtail-localize does not extract TableBlock cells yet,
# so these are not applied today and the tables stay in English; they are here so that the
# catalogue is complete as soon as the table block offers its caption and cells as segments.
STRINGS |= {
    # Chapter 3
    "First assistance in the three partner countries, as it stood during the project (check current rules before relying on it)": (
        "Eerste hulp in de drie partnerlanden, zoals die tijdens het project geregeld was (controleer de huidige "
        "regels voordat u hierop vertrouwt)"
    ),
    "Netherlands": PLACES["the Netherlands"],
    "Entry into assistance": "Toegang tot de hulp",
    "Through one of the three specialised centres, with the police or the social inspection": (
        "Via een van de drie gespecialiseerde centra, samen met de politie of de sociale inspectie"
    ),
    "Report to CoMensha, which registers the person and finds a place in a shelter": (
        "Melding bij CoMensha, dat de persoon registreert en een opvangplaats zoekt"
    ),
    "Identification by the bodies named in the government decree; referral to the victim support service and a shelter": (
        "Identificatie door de instanties die in het regeringsbesluit worden genoemd; doorverwijzing naar de "
        "slachtofferhulpdienst en een opvanghuis"
    ),
    "Specialised support": "Gespecialiseerde begeleiding",
    "Payoke (Antwerp), PAG-ASA (Brussels), Sürya (Liège)": (
        f"Payoke ({PLACES['Antwerp']}), PAG-ASA ({PLACES['Brussels']}), Sürya ({PLACES['Liège']})"
    ),
    "Categorical shelters for victims (COSM) and regional care coordinators": (
        "Categorale opvang voor slachtoffers (COSM) en regionale zorgcoördinatoren"
    ),
    "Shelters run by NGOs under contract with the ministry responsible for social affairs": (
        "Opvanghuizen van ngo's, op basis van een overeenkomst met het ministerie dat bevoegd is voor sociale zaken"
    ),
    "Reflection period": "Bedenktijd",
    "45 days": "45 dagen",
    "Up to three months (chapter B8/3 of the Aliens Circular)": (
        "Maximaal drie maanden (hoofdstuk B8/3 van de Vreemdelingencirculaire)"
    ),
    "30 days for third-country nationals": "30 dagen voor onderdanen van derde landen",
    "National coordination": "Nationale coördinatie",
    "Interdepartmental coordination unit; Myria as independent rapporteur": (
        "Interdepartementale Coördinatiecel; Myria als onafhankelijk rapporteur"
    ),
    "Task Force on trafficking; National Rapporteur": "Taskforce Mensenhandel; Nationaal Rapporteur",
    "National coordinator at the Ministry of Interior": "Nationaal coördinator bij het ministerie van Binnenlandse Zaken",
    # Chapter 4
    "Who does what in a referral from Belgium to Hungary (example)": (
        f"Wie doet wat bij een doorverwijzing van {PLACES['Belgium']} naar {PLACES['Hungary']} (voorbeeld)"
    ),
    "Step": "Stap",
    "Belgian side": "Belgische kant",
    "Hungarian side": "Hongaarse kant",
    "Consent": "Toestemming",
    "Specialised centre explains and records consent": (
        "Het gespecialiseerde centrum geeft uitleg en legt de toestemming vast"
    ),
    "—": "—",
    "Contact": "Contact",
    "Specialised centre contacts the Hungarian contact point": (
        "Het gespecialiseerde centrum neemt contact op met het Hongaarse contactpunt"
    ),
    "National coordinator or victim support service confirms receipt": (
        "De nationaal coördinator of de slachtofferhulpdienst bevestigt de ontvangst"
    ),
    "Assessment": "Inschatting",
    "Centre shares the needs assessment": "Het centrum deelt de inschatting van de behoeften",
    "Shelter and victim support service check what they can offer": (
        "Het opvanghuis en de slachtofferhulpdienst gaan na wat zij kunnen bieden"
    ),
    "Handover": "Overdracht",
    "Centre accompanies the person to departure": "Het centrum begeleidt de persoon tot aan het vertrek",
    "Shelter worker meets the person on arrival": "Een medewerker van het opvanghuis vangt de persoon bij aankomst op",
    "Follow-up": "Opvolging",
    "Centre asks after one and three months": "Het centrum informeert na één en na drie maanden",
    "Victim support service reports, with consent": "De slachtofferhulpdienst koppelt terug, met toestemming",
}
