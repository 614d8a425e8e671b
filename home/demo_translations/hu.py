# ruff: noqa: E501  (translations are prose: long lines read better than broken sentences)
"""Hungarian translations of the demo pages: English source segment -> translation."""

# Place names in Hungarian, the one glossary for every translation below: a page, report or
# directory entry that names a place uses exactly this form (with Hungarian suffixes where needed).
PLACES = {
    "The Hague": "Hága",
    "Antwerp": "Antwerpen",
    "Brussels": "Brüsszel",
    "Ghent": "Gent",
    "Liège": "Liège",
    "Leuven": "Leuven",
    "Bruges": "Brugge",
    "Charleroi": "Charleroi",
    "Amsterdam": "Amszterdam",
    "Rotterdam": "Rotterdam",
    "Utrecht": "Utrecht",
    "Eindhoven": "Eindhoven",
    "Zwolle": "Zwolle",
    "Groningen": "Groningen",
    "Budapest": "Budapest",
    "Pécs": "Pécs",
    "Szeged": "Szeged",
    "Debrecen": "Debrecen",
    "Miskolc": "Miskolc",
    "Nyíregyháza": "Nyíregyháza",
    "Győr": "Győr",
    "Belgium": "Belgium",
    "Hungary": "Magyarország",
    "the Netherlands": "Hollandia",
}

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
        "előkészítésében: az iratokkal, az utazással, és megérkezése után is, például szállással, "
        "egészségügyi ellátással és álláskereséssel. A RAVOT-EUR azért jött létre, hogy Magyarország, Belgium "
        "és Hollandia szakemberei ezt közösen intézhessék."
    ),
    "The organisations below help victims of human trafficking and the people around them. You can contact them even if you are not sure whether what happened to you is trafficking. Entries marked “Sample entry” are placeholders on this demonstration site, not real services.": (
        "Az alábbi szervezetek az emberkereskedelem áldozatainak és hozzátartozóiknak segítenek. Akkor is fordulhat "
        "hozzájuk, ha nem biztos benne, hogy emberkereskedelem történt-e Önnel. A mintaként jelölt bejegyzések ezen a "
        "bemutató oldalon csak helykitöltők, nem valódi szolgáltatások."
    ),
}

# About, code of conduct and privacy notice (home.demo)
STRINGS |= {
    "About RAVOT-EUR": "A RAVOT-EUR projektről",
    "about": "a-projektrol",
    "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) built a transnational referral mechanism between Hungary, Belgium and the Netherlands.": "A RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe – az emberkereskedelem áldozatainak továbbirányítása és támogatása Európában) nemzetközi áldozat-továbbirányítási mechanizmust hozott létre Magyarország, Belgium és Hollandia között.",
    "Why this project": "Miért volt szükség a projektre?",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking in human beings are most often found. They are exploited in prostitution, in agriculture, in construction, in cleaning and in food processing. When such a person is identified, the police, the shelters, the social services and the courts of at least two countries need to work together: to protect the person, to support a safe return if that is what they want, and to bring the offenders to justice.": "Belgium és Hollandia azok az országok, ahol a magyar emberkereskedelem-áldozatokat a leggyakrabban azonosítják. Prostitúcióban, a mezőgazdaságban, az építőiparban, a takarításban és az élelmiszer-feldolgozásban zsákmányolják ki őket. Ha egy ilyen személyt azonosítanak, legalább két ország rendőrségének, áldozatsegítő szálláshelyeinek, szociális szolgálatainak és bíróságainak kell együttműködnie: hogy megvédjék az érintettet, támogassák a biztonságos hazatérését, ha ezt szeretné, és hogy az elkövetők bíróság elé kerüljenek.",
    "Before RAVOT-EUR, that cooperation depended on individual contacts. Professionals did not know whom to call in the other country, how the other system worked, or whether they could trust the information they received. Victims fell between the systems, were returned without support, or were re-trafficked.": "A RAVOT-EUR előtt ez az együttműködés személyes kapcsolatokon múlt. A szakemberek nem tudták, kit hívjanak a másik országban, hogyan működik ott a rendszer, és megbízhatnak-e a kapott információkban. Az áldozatok kiestek a rendszerek közötti résekben, támogatás nélkül küldték haza őket, vagy ismét emberkereskedők kezébe kerültek.",
    "What the project did": "Mit valósított meg a projekt?",
    "The project was led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Belgian specialised centre for victims of trafficking in Antwerp, as partners. Between 1 February 2014 and 31 January 2016 it:": (
        "A projektet Magyarország Belügyminisztériuma vezette, partnerként a holland Biztonsági és "
        "Igazságügyi Minisztérium, valamint a Payoke, az emberkereskedelem áldozatainak Antwerpenben működő "
        "belga szakosított központja vett részt benne. 2014. február 1. és 2016. január 31. között a projekt:"
    ),
    "built a transnational referral mechanism (TRM) between Hungary, Belgium and the Netherlands, following the five stages of the European TRM guidelines: identification; first assistance and protection; long-term assistance and social inclusion; return and social inclusion; criminal and civil proceedings;": "nemzetközi áldozat-továbbirányítási mechanizmust (TRM) épített ki Magyarország, Belgium és Hollandia között az európai TRM-iránymutatás öt szakasza szerint: áldozatazonosítás; első segítségnyújtás és védelem; hosszú távú támogatás és társadalmi befogadás; hazatérés és társadalmi befogadás; büntető- és polgári eljárások;",
    "wrote a training handbook for professional and academic use;": "képzési kézikönyvet írt szakmai és felsőoktatási használatra;",
    "held three professional workshops, one in each partner country;": "három szakmai műhelyt tartott, mindegyik partnerországban egyet;",
    "organised study visits in which experts learned how the Hungarian, Dutch and Belgian authorities and services work;": "tanulmányutakat szervezett, amelyeken a szakértők megismerték a magyar, a holland és a belga hatóságok és szolgáltatók működését;",
    "built this online platform, with a forum where vetted professionals can discuss cases.": "létrehozta ezt az online platformot, amelynek fórumán ellenőrzött szakemberek egyeztethetnek az esetekről.",
    "Aims": "Célok",
    "The project aimed to help victims of sexual and labour exploitation to return safely and to reintegrate; to understand what victims need and what the services and NGOs involved can offer; and to build trust between the professionals who have to work together across borders.": "A projekt célja az volt, hogy segítse a szexuális és munkacélú kizsákmányolás áldozatainak biztonságos hazatérését és társadalmi visszailleszkedését; feltárja, mire van szükségük az áldozatoknak, és mit tudnak nyújtani az érintett szolgáltatók és civil szervezetek; valamint bizalmat építsen a határokon átnyúlóan együttműködő szakemberek között.",
    "Funding": "Finanszírozás",
    "RAVOT-EUR was co-funded by the Prevention of and Fight against Crime Programme (ISEC 2012) of the European Union, grant HOME/2012/ISEC/AG/4000004405. The total budget was EUR 346,069, of which EUR 311,462 came from the European Union.": "A RAVOT-EUR az Európai Unió „A bűnmegelőzés és a bűnözés elleni küzdelem” programjának (ISEC 2012) társfinanszírozásával valósult meg, támogatási szám: HOME/2012/ISEC/AG/4000004405. A teljes költségvetés 346 069 euró volt, ebből 311 462 eurót az Európai Unió biztosított.",
    "Disclaimer": "Jogi nyilatkozat",
    "This website reflects only the authors' views. The European Commission is not responsible for any use that may be made of the information it contains.": "Ez a weboldal kizárólag a szerzők véleményét tükrözi. Az Európai Bizottság nem felelős az itt közölt információk bármilyen felhasználásáért.",
    "Code of conduct for the professionals' forum": "Magatartási kódex a szakmai fórumhoz",
    "code-of-conduct": "magatartasi-kodex",
    "The forum is a closed space where vetted professionals discuss cases across borders. These rules protect the people whose situations we discuss, and the trust between us.": "A fórum zárt tér, ahol ellenőrzött szakemberek határokon átnyúló esetekről egyeztetnek. Ezek a szabályok azokat védik, akiknek a helyzetéről beszélünk, és a közöttünk lévő bizalmat.",
    "1. Never identify a victim": "1. Soha ne tegye azonosíthatóvá az áldozatot",
    'Do not post names, initials, dates of birth, addresses, phone numbers, photos, case or file numbers, or any combination of details (a small town, an unusual job, a specific date) that could identify a victim or a witness. Describe the situation, not the person: "a Hungarian woman in her twenties, exploited in prostitution in Antwerp" is enough to ask for advice. When a case needs personal data to be exchanged, use the official channels of your organisation, not the forum.': "Ne tegyen közzé nevet, monogramot, születési dátumot, címet, telefonszámot, fényképet, ügy- vagy aktaszámot, sem olyan adatok együttesét (egy kis település, egy szokatlan munka, egy konkrét dátum), amelyek alapján egy áldozat vagy tanú azonosítható. A helyzetet írja le, ne a személyt: „egy húszas éveiben járó magyar nő, akit Antwerpenben prostitúcióban zsákmányoltak ki” elég ahhoz, hogy tanácsot kérjen. Ha egy ügyben személyes adatokat kell átadni, a szervezete hivatalos csatornáit használja, ne a fórumot.",
    "2. Confidentiality": "2. Titoktartás",
    "What is written in the forum stays in the forum. Do not copy, forward or screenshot posts for people outside it without the author's agreement. Information about ongoing investigations must not be shared at all. Remember that even a vetted space can be breached: write as if a post might one day be read by someone else.": "Ami a fórumon elhangzik, a fórumon marad. A szerző hozzájárulása nélkül ne másolja, ne továbbítsa és ne mentse képernyőképként a hozzászólásokat a fórumon kívüli személyek számára. Folyamatban lévő nyomozásokról egyáltalán nem szabad információt megosztani. Ne feledje, hogy egy ellenőrzött tér is kiszivároghat: úgy írjon, mintha a hozzászólását egyszer más is elolvashatná.",
    "3. Respect": "3. Tisztelet",
    "Members come from police forces, prosecution services, NGOs, shelters, ministries and universities, and work in different legal systems. Disagree with arguments, not with people. Speak about victims with dignity: they are people to whom something was done, not cases or numbers. Write so that colleagues who read your post in their second or third language can follow you.": "A tagok rendőrségtől, ügyészségtől, civil szervezetektől, áldozatsegítő szálláshelyekről, minisztériumokból és egyetemekről érkeznek, és eltérő jogrendszerekben dolgoznak. Az érvekkel vitatkozzon, ne az emberekkel. Méltósággal beszéljen az áldozatokról: olyan emberek ők, akikkel valami történt, nem ügyek vagy számok. Úgy fogalmazzon, hogy azok a kollégák is követni tudják, akik a második vagy harmadik nyelvükön olvassák a hozzászólását.",
    "4. Cross-border trust": "4. Bizalom a határokon át",
    "The forum exists so that a professional in one country knows whom to trust in another. Be clear about your role and what you can and cannot do. If you promise to follow up, do it or say that you cannot. Correct information you posted when you learn that it is wrong.": "A fórum azért létezik, hogy az egyik ország szakembere tudja, kiben bízhat meg egy másik országban. Legyen egyértelmű a szerepét illetően, és abban, mit tud és mit nem tud megtenni. Ha megígéri, hogy utánajár valaminek, tegye meg, vagy jelezze, hogy nem tudja. Javítsa ki a közzétett információt, ha kiderül, hogy téves.",
    "5. Moderation": "5. Moderálás",
    "Moderators remove posts that break these rules and may suspend members who repeatedly ignore them. If you see a post that identifies someone, report it at once: moderators hide it while they review it. Every moderation decision is recorded in the audit log.": "A moderátorok eltávolítják a szabályokat sértő hozzászólásokat, és felfüggeszthetik azokat a tagokat, akik ismételten figyelmen kívül hagyják őket. Ha olyan hozzászólást lát, amely alapján valaki azonosítható, azonnal jelentse: a moderátorok a vizsgálat idejére elrejtik. Minden moderátori döntés bekerül az ellenőrzési naplóba.",
    "Privacy notice": "Adatkezelési tájékoztató",
    "privacy-notice": "adatkezelesi-tajekoztato",
    "What this website stores about you, why, and for how long.": "Milyen adatokat tárol Önről ez a weboldal, miért és mennyi ideig.",
    "Reading the public pages": "A nyilvános oldalak olvasása",
    "You can read the public pages, including the get-help page, without an account. We do not use analytics, advertising or tracking of any kind, and the site loads nothing from other websites. The web server keeps a technical log (address, time, page requested) for security, which is deleted after a short period.": "A nyilvános oldalakat, köztük a Segítség oldalt, fiók nélkül is olvashatja. Nem használunk semmilyen látogatottságmérést, hirdetést vagy követést, és az oldal semmit sem tölt be más weboldalakról. A webszerver biztonsági célból technikai naplót vezet (cím, időpont, lekért oldal), amelyet rövid idő után törlünk.",
    "Cookies": "Sütik",
    "The site sets only two kinds of cookie, both strictly necessary: a session cookie when you sign in (and a security token when you submit a form), and a language cookie that remembers the language you chose. No cookie is used to follow you across websites.": "Az oldal csak kétféle, feltétlenül szükséges sütit használ: munkamenet-sütit, amikor bejelentkezik (és biztonsági tokent, amikor űrlapot küld be), valamint nyelvi sütit, amely megjegyzi a választott nyelvet. Egyetlen süti sem követi Önt más weboldalakon.",
    "Accounts": "Fiókok",
    "If you create an account we store your e-mail address, your name, your preferred language, a secure hash of your password (never the password itself) and, for staff, the settings of your two-factor authentication. We use them to let you sign in and to write to you about your account.": "Ha fiókot hoz létre, tároljuk az e-mail-címét, a nevét, a választott nyelvét, a jelszava biztonságos lenyomatát (soha nem magát a jelszót), a munkatársak esetében pedig a kétlépcsős azonosítás beállításait. Ezeket arra használjuk, hogy be tudjon jelentkezni, és hogy a fiókjával kapcsolatban írhassunk Önnek.",
    "Membership applications": "Tagsági kérelmek",
    "Professionals who apply for access to the forum give their organisation, role, country and the name of a reference. Moderators use this only to check that the applicant is a professional working against trafficking. Rejected applications are deleted after a limited period; accepted ones are kept while the membership lasts.": "A fórumhoz hozzáférést kérő szakemberek megadják a szervezetüket, a beosztásukat, az országukat és egy referenciaszemély nevét. A moderátorok ezt kizárólag annak ellenőrzésére használják, hogy a kérelmező az emberkereskedelem elleni küzdelemben dolgozó szakember-e. Az elutasított kérelmeket korlátozott idő után töröljük; az elfogadottakat a tagság idejére megőrizzük.",
    "Forum posts": "Fórumhozzászólások",
    "Posts are stored with their author and date and are visible only to vetted members. The code of conduct forbids personal data about victims; moderators remove such data when they find it.": "A hozzászólásokat szerzőjükkel és dátumukkal együtt tároljuk, és csak az ellenőrzött tagok láthatják őket. A magatartási kódex tiltja az áldozatokra vonatkozó személyes adatok közlését; a moderátorok eltávolítják az ilyen adatokat, amint rájuk bukkannak.",
    "Audit log": "Ellenőrzési napló",
    "To protect the forum we record security-relevant actions: sign-ins, changes to membership, moderation decisions and edits of pages, with the person who made them and the time. Only administrators can read this log.": "A fórum védelme érdekében rögzítjük a biztonság szempontjából lényeges műveleteket: a bejelentkezéseket, a tagság változásait, a moderátori döntéseket és az oldalak szerkesztését, a műveletet végző személlyel és az időponttal együtt. Ezt a naplót csak az adminisztrátorok olvashatják.",
    "How long we keep data": "Meddig őrizzük az adatokat",
    "Rejected applications, and applications that were never sent or never completed, are deleted six months after the decision or the last change. Twelve months after a membership has expired or been revoked, its application is reduced to what the record of decisions needs: the account, the state, the dates and the versions of the terms accepted. In the audit log, people are replaced by pseudonyms after five years. Sign-in sessions are deleted the night after they expire. Search terms are not stored, and the web server's log leaves out search terms and what is sent to the get-help and membership pages.": "Az elutasított kérelmeket, valamint azokat, amelyeket soha nem küldtek el vagy soha nem egészítettek ki, a döntés vagy az utolsó módosítás után hat hónappal töröljük. Tizenkét hónappal azután, hogy egy tagság lejárt vagy visszavonták, a kérelemből csak az marad meg, amire a döntések nyilvántartásának szüksége van: a fiók, az állapot, a dátumok és az elfogadott feltételek változatai. Az ellenőrzési naplóban öt év után álnevek lépnek a személyek helyébe. A bejelentkezési munkameneteket a lejáratukat követő éjszakán töröljük. A keresőkifejezéseket nem tároljuk, és a webszerver naplója sem rögzíti a keresőkifejezéseket, sem azt, amit a segítségkérési és a tagsági oldalakra küldenek.",
    "Your rights": "Az Ön jogai",
    "Under the General Data Protection Regulation you may ask to see, correct or delete the data we hold about you, and you may complain to your national data protection authority. Write to privacy@example.org (sample address).": "Az általános adatvédelmi rendelet (GDPR) alapján kérheti, hogy betekinthessen az Önről tárolt adatokba, illetve hogy helyesbítsük vagy töröljük azokat, és panaszt tehet az országa adatvédelmi hatóságánál. Írjon a privacy@example.org címre (mintacím).",
}

# Home page body (home.demo_home)
STRINGS |= {
    "RAVOT-EUR: referral of and assistance for victims of human trafficking between Hungary, Belgium and the Netherlands.": "RAVOT-EUR: az emberkereskedelem áldozatainak továbbirányítása és támogatása Magyarország, Belgium és Hollandia között.",
    "RAVOT-EUR connects the police, prosecutors, shelters, social services and NGOs that help victims of human trafficking from Hungary who are found in Belgium and the Netherlands. It offers a transnational referral mechanism, a training handbook, reports from workshops and study visits, and a closed forum for vetted professionals.": (
        "A RAVOT-EUR összeköti a rendőrséget, az ügyészséget, az áldozatsegítő szálláshelyeket, a szociális "
        "szolgálatokat és a civil szervezeteket, amelyek a Belgiumban és Hollandiában azonosított, "
        "Magyarországról származó emberkereskedelem-áldozatoknak segítenek. Nemzetközi "
        "áldozat-továbbirányítási mechanizmust, képzési kézikönyvet, a szakmai műhelyekről és "
        "tanulmányutakról szóló beszámolókat, valamint zárt fórumot kínál ellenőrzött szakemberek számára."
    ),
    "The project was led by <b>Hungary's Ministry of Interior</b>, with the <b>Dutch Ministry of Security and Justice</b> and <b>Payoke</b>, the Belgian specialised centre for victims of trafficking, as partners. It ran from 1 February 2014 to 31 January 2016 with a budget of EUR 346,069, of which EUR 311,462 from the European Union.": (
        "A projektet <b>Magyarország Belügyminisztériuma</b> vezette, partnerei a <b>holland Biztonsági és "
        "Igazságügyi Minisztérium</b> és a <b>Payoke</b>, az emberkereskedelem áldozatainak belga szakosított "
        "központja voltak. A projekt 2014. február 1. és 2016. január 31. között futott, 346 069 eurós "
        "költségvetéssel, amelyből 311 462 eurót az Európai Unió biztosított."
    ),
    "Do you need help now?": "Most van szüksége segítségre?",
    "If you are forced to work, cannot leave, or someone keeps your documents or your money, you can get help in Hungary, Belgium and the Netherlands, free and in your language.": "Ha kényszerítik, hogy dolgozzon, nem mehet el, vagy valaki magánál tartja az iratait vagy a pénzét, Magyarországon, Belgiumban és Hollandiában is segítséget kaphat, ingyenesen és az Ön nyelvén.",
    "Professionals' forum": "Szakmai fórum",
    "A closed space where vetted professionals discuss cases across borders.": "Zárt tér, ahol ellenőrzött szakemberek határokon átnyúló esetekről egyeztetnek.",
    "/en/forum/": "/hu/forum/",
    "Help lines in Hungary, Belgium and the Netherlands, and advice on staying safe.": "Segélyvonalak Magyarországon, Belgiumban és Hollandiában, valamint tanácsok a biztonsága érdekében.",
    "News": "Hírek",
    "Events, publications and news from the project.": "Események, kiadványok és hírek a projektből.",
    "This project is co-funded by the Prevention of and Fight against Crime Programme (ISEC) of the European Union (grant HOME/2012/ISEC/AG/4000004405).": "A projekt az Európai Unió „A bűnmegelőzés és a bűnözés elleni küzdelem” (ISEC) programjának társfinanszírozásával valósul meg (támogatási szám: HOME/2012/ISEC/AG/4000004405).",
    "The content of this website reflects only the authors' views. The European Commission is not responsible for any use that may be made of the information it contains.": "A weboldal tartalma kizárólag a szerzők véleményét tükrözi. Az Európai Bizottság nem felelős az itt közölt információk bármilyen felhasználásáért.",
}

# Home page entry points to the handbook, reports and directory (home.demo_home)
STRINGS |= {
    "Handbook": "Kézikönyv",
    "The training handbook: the five stages of the referral mechanism, indicators of sexual and labour exploitation, cooperation and data protection.": "A képzési kézikönyv: az áldozatirányítási mechanizmus öt szakasza, a szexuális és a munkaerő-kizsákmányolás jelei, együttműködés és adatvédelem.",
    "Reports": "Beszámolók",
    "Findings and recommendations from the workshops and study visits in the three countries.": "A három országban tartott szakmai műhelyek és tanulmányutak megállapításai és ajánlásai.",
    "Directory": "Címtár",
    "Organisations and contact points that work with victims of trafficking.": "Az emberkereskedelem áldozataival foglalkozó szervezetek és kapcsolattartó pontok.",
}

# Handbook index and chapters 1 and 2 (handbook.demo)
STRINGS |= {
    "handbook": "kezikonyv",
    "The RAVOT-EUR training handbook on the transnational referral of victims of trafficking in human beings.": "A RAVOT-EUR képzési kézikönyve az emberkereskedelem áldozatainak nemzetközi továbbirányításáról.",
    "The RAVOT-EUR training handbook explains how professionals in Hungary, Belgium and the Netherlands identify, protect and refer victims of trafficking in human beings across borders. Its chapters follow the five stages of the European guidelines for transnational referral mechanisms, from the first signs of exploitation to the end of criminal and civil proceedings. It is written for police officers, labour inspectors, prosecutors, social workers, shelter staff and students.": (
        "A RAVOT-EUR képzési kézikönyve bemutatja, hogyan azonosítják, védik és irányítják tovább a határokon "
        "át az emberkereskedelem áldozatait Magyarország, Belgium és Hollandia szakemberei. Fejezetei a "
        "nemzetközi áldozatirányítási mechanizmusokról szóló európai iránymutatás öt szakaszát követik, a "
        "kizsákmányolás első jeleitől a büntető- és polgári eljárások lezárásáig. Rendőröknek, munkaügyi "
        "ellenőröknek, ügyészeknek, szociális munkásoknak, az áldozatokat befogadó szállások munkatársainak "
        "és egyetemi hallgatóknak szól."
    ),
    # Chapter 1
    "Understanding trafficking in human beings": "Mi az emberkereskedelem?",
    "understanding-trafficking": "mi-az-emberkereskedelem",
    "What trafficking in human beings is in law and in practice, how sexual and labour exploitation of Hungarian victims in Belgium and the Netherlands typically happen, and why referral across borders is needed.": "Mit jelent az emberkereskedelem a jogban és a gyakorlatban, hogyan zajlik jellemzően a magyar áldozatok szexuális és munkaerő-kizsákmányolása Belgiumban és Hollandiában, és miért van szükség határokon átnyúló áldozatirányításra.",
    "A definition in three parts": "Egy háromelemű fogalom",
    "The international definition comes from the Palermo Protocol of 2000, and the European Union took it over in Directive 2011/36/EU. Trafficking in human beings has three elements: an <b>act</b> (recruiting, transporting, transferring, harbouring or receiving a person), a <b>means</b> (threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving payments to someone who controls the person) and a <b>purpose</b> of exploitation.": "A nemzetközi fogalommeghatározás a 2000-es Palermói Jegyzőkönyvből származik, az Európai Unió a 2011/36/EU irányelvben vette át. Az emberkereskedelemnek három eleme van: egy <b>cselekmény</b> (egy személy toborzása, szállítása, átadása, elszállásolása vagy átvétele), egy <b>eszköz</b> (fenyegetés, erőszak, kényszer, emberrablás, csalás, megtévesztés, hatalommal vagy kiszolgáltatott helyzettel való visszaélés, illetve fizetség adása annak, aki a személy felett rendelkezik) és a kizsákmányolás <b>célja</b>.",
    "When one of the means has been used, the consent of the victim is irrelevant. For children, the means do not have to be proven at all: recruiting or moving a child for exploitation is trafficking.": "Ha az eszközök valamelyikét alkalmazták, az áldozat beleegyezése közömbös. Gyermekek esetében az eszközt egyáltalán nem kell bizonyítani: ha valaki kizsákmányolás céljából toboroz vagy szállít egy gyermeket, az emberkereskedelem.",
    "Trafficking is not the same as smuggling": "Az emberkereskedelem nem azonos az embercsempészéssel",
    "Smuggling is helping someone to cross a border irregularly, for money; it ends at the border and it is a crime against the state. Trafficking is a crime against a person, it does not require crossing a border, and the exploitation is its point. Most Hungarian victims in Belgium and the Netherlands travelled legally, as citizens of the European Union.": (
        "Az embercsempészés abban áll, hogy valaki pénzért segít másnak szabálytalanul átlépni egy határt; a "
        "határon véget ér, és az állam elleni bűncselekmény. Az emberkereskedelem a személy elleni "
        "bűncselekmény, nem kell hozzá határt átlépni, és a lényege a kizsákmányolás. A Belgiumban és "
        "Hollandiában azonosított magyar áldozatok többsége uniós polgárként, legálisan utazott ki."
    ),
    "Forms of exploitation": "A kizsákmányolás formái",
    "The directive names sexual exploitation, forced labour or services, slavery and practices similar to slavery, servitude, forced begging, the exploitation of criminal activities and the removal of organs. The professionals who took part in RAVOT-EUR met above all the first two.": "Az irányelv a szexuális kizsákmányolást, a kényszermunkát vagy kényszerszolgáltatást, a rabszolgaságot és a rabszolgasághoz hasonló gyakorlatokat, a szolgaságot, a kényszerkoldultatást, a bűncselekmények elkövetésére való kihasználást és a szervkivételt nevezi meg. A RAVOT-EUR-ben részt vevő szakemberek főként az első kettővel találkoztak.",
    "Sexual exploitation": "Szexuális kizsákmányolás",
    "Young Hungarian women and men are recruited by acquaintances, relatives or a new partner who promises a shared future abroad. In the so-called lover-boy method, the recruiter first builds an emotional bond and then pushes the person into prostitution in the window districts, clubs or private flats of Belgian and Dutch cities. Control is kept through debts, threats against the family at home, isolation and the victim's own loyalty to the exploiter.": "Fiatal magyar nőket és férfiakat ismerősök, rokonok vagy egy új partner toboroznak, aki közös jövőt ígér külföldön. Az úgynevezett loverboy-módszernél a toborzó először érzelmi kötődést alakít ki, majd prostitúcióra kényszeríti az illetőt belga és holland városok kirakatos negyedeiben, klubjaiban vagy magánlakásaiban. Az irányítást adósságokkal, az otthon maradt család megfenyegetésével, elszigeteléssel és az áldozatnak a kizsákmányolója iránti hűségével tartják fenn.",
    "Labour exploitation": "Munkaerő-kizsákmányolás",
    "Men and women are recruited for work in agriculture and horticulture, meat processing, construction, cleaning or distribution centres. They are charged for transport, housing and tools, paid far less than promised or not at all, and cannot leave because of debts or because their documents are kept. Exploitation often hides behind subcontracting chains and self-employed status.": "Férfiakat és nőket toboroznak mezőgazdasági és kertészeti munkára, húsfeldolgozásba, építőiparba, takarításra vagy logisztikai központokba. Fizetniük kell az utazásért, a szállásért és a munkaeszközökért, jóval kevesebbet kapnak az ígértnél vagy semmit, és nem tudnak elmenni, mert eladósodtak, vagy mert elvették az irataikat. A kizsákmányolás gyakran alvállalkozói láncok és színlelt egyéni vállalkozói jogviszony mögé rejtőzik.",
    "Who becomes a victim": "Kikből lesznek áldozatok?",
    "Traffickers look for people with few choices: poverty and long-term unemployment, debts, little schooling, a childhood in state care, violence at home, or a mild intellectual disability. People from marginalised communities, among them Roma communities in north-eastern Hungary, are over-represented among identified victims. None of this makes a person responsible for their own exploitation.": (
        "Az emberkereskedők olyan embereket keresnek, akiknek kevés választásuk van: szegénység és tartós "
        "munkanélküliség, adósságok, alacsony iskolázottság, állami gondoskodásban töltött gyermekkor, "
        "családon belüli erőszak vagy enyhe értelmi fogyatékosság. Az azonosított áldozatok között "
        "felülreprezentáltak a marginalizált közösségekből, köztük a Magyarország északkeleti részén élő roma "
        "közösségekből származók. Mindez senkit sem tesz felelőssé a saját kizsákmányolásáért."
    ),
    "The law in the three countries": "A jog a három országban",
    "Each partner country has written the European definition into its criminal code: Hungary in section 192 of the Criminal Code (Act C of 2012), Belgium in article 433quinquies of the Criminal Code, and the Netherlands in article 273f of the Criminal Code (Wetboek van Strafrecht). The wording differs, and so does what the courts accept as proof of exploitation. Professionals who refer a victim across a border should not assume that the other country will call the same facts by the same name.": "Mindhárom partnerország beépítette az európai fogalmat a büntető törvénykönyvébe: Magyarország a Büntető Törvénykönyvről szóló 2012. évi C. törvény 192. §-ába, Belgium a belga büntető törvénykönyv 433quinquies. cikkébe, Hollandia pedig a holland büntető törvénykönyv (Wetboek van Strafrecht) 273f. cikkébe. A megfogalmazás eltér, és az is, mit fogadnak el a bíróságok a kizsákmányolás bizonyítékaként. Aki határon át irányít tovább egy áldozatot, ne feltételezze, hogy a másik ország ugyanazokat a tényeket ugyanúgy minősíti.",
    "We used to ask whether she was a victim in our law. Now we first ask what she needs, and then who can give it to her.": "Régebben azt kérdeztük, hogy a mi jogunk szerint áldozat-e. Ma először azt kérdezzük, mire van szüksége, és csak aztán azt, hogy ki tudja ezt megadni neki.",
    "A social worker at the workshop in Antwerp (sample quotation)": "Egy szociális munkás az Antwerpenben tartott szakmai műhelyen (mintaidézet)",
    # Chapter 2
    "Identification of victims": "Az áldozatok azonosítása",
    "identification": "aldozatazonositas",
    "Who identifies victims in the three countries, which signs point to sexual or labour exploitation, and how to talk to a person who may be a victim.": "Ki végzi az áldozatazonosítást a három országban, milyen jelek utalnak szexuális vagy munkaerő-kizsákmányolásra, és hogyan beszéljünk azzal, aki áldozat lehet.",
    "Why identification comes first": "Miért az azonosítás az első lépés?",
    "Every right a victim has depends on someone recognising them as a possible victim: shelter, a reflection period, medical and legal help, and protection in criminal proceedings. Many victims do not see themselves as victims, fear the police or their exploiters, or have been told that they will be punished. Identification is therefore the task of every professional who may meet them, not only of specialised units.": "Az áldozat minden joga azon múlik, hogy valaki felismeri-e benne a lehetséges áldozatot: a biztonságos szállás, a gondolkodási idő, az orvosi és jogi segítség és a büntetőeljárásbeli védelem is. Sok áldozat nem tekinti magát áldozatnak, fél a rendőrségtől vagy a kizsákmányolóitól, vagy azt mondták neki, hogy megbüntetik. Az azonosítás ezért minden olyan szakember feladata, aki találkozhat velük, nem csak a szakosodott egységeké.",
    "Who identifies": "Ki azonosít?",
    "In <b>Belgium</b> the police, the social inspection services and the specialised centres work together under the multidisciplinary circular of 2008; the specialised centres decide, with the public prosecutor, whether a person enters the victim procedure. In <b>the Netherlands</b> the police must offer the reflection period at the slightest indication of trafficking; labour inspectors, care workers and the Royal Netherlands Marechaussee also report possible victims to CoMensha, the national coordination centre. In <b>Hungary</b> a government decree of 2012 lists the authorities and organisations that must identify victims, among them the police, consular staff, health services and the victim support service, and gives them a common questionnaire.": (
        "<b>Belgiumban</b> a rendőrség, a szociális felügyeleti szolgálatok és a szakosított központok a "
        "2008-as multidiszciplináris körlevél alapján működnek együtt; a szakosított központok az "
        "ügyészséggel közösen döntenek arról, hogy valaki bekerül-e az áldozati eljárásba. "
        "<b>Hollandiában</b> a rendőrségnek az emberkereskedelem legcsekélyebb jelére is fel kell ajánlania a "
        "gondolkodási időt; a munkaügyi ellenőrök, a segítő szakemberek és a Királyi Katonai Csendőrség "
        "(Koninklijke Marechaussee) is jelzik a lehetséges áldozatokat a CoMensha országos koordinációs "
        "központnak. <b>Magyarországon</b> egy 2012-es kormányrendelet sorolja fel azokat a hatóságokat és "
        "szervezeteket, amelyeknek az áldozatokat azonosítaniuk kell, köztük a rendőrséget, a konzuli "
        "tisztviselőket, az egészségügyi szolgáltatókat és az áldozatsegítő szolgálatot, és egységes "
        "kérdőívet ad a kezükbe."
    ),
    "Indicators": "Árulkodó jelek",
    "No single sign proves trafficking, and most victims show only some of them. Indicators are reasons to look further and to offer help, not a checklist to be completed before a person is taken seriously.": "Egyetlen jel sem bizonyítja az emberkereskedelmet, és a legtöbb áldozatnál csak néhány jelenik meg. A jelek okot adnak a további vizsgálódásra és a segítség felajánlására; nem olyan ellenőrző lista, amelynek minden pontjának teljesülnie kell, mielőtt valakit komolyan vesznek.",
    "General indicators": "Általános jelek",
    "Someone else keeps the person's identity documents.": "Valaki más tartja magánál az érintett személyazonosító okmányait.",
    "The person has a debt to the recruiter or employer that keeps growing.": "Az érintett tartozik a toborzónak vagy a munkáltatónak, és az adósság egyre nő.",
    "The person cannot move freely or is always accompanied.": "Az érintett nem mozoghat szabadon, vagy mindig kíséri valaki.",
    "The person does not know their own address or the town they are in.": "Az érintett nem tudja a saját címét, vagy azt, hogy melyik városban van.",
    "The person shows fear, anxiety or signs of physical abuse.": "Az érintetten félelem, szorongás vagy bántalmazás nyomai látszanak.",
    "The person's story seems learned by heart or told for someone else.": "Az érintett története betanultnak tűnik, vagy mintha valaki másnak szólna.",
    "Indicators of sexual exploitation": "A szexuális kizsákmányolás jelei",
    "The person works long hours every day and cannot refuse clients.": "Az érintett minden nap hosszú órákat dolgozik, és nem utasíthat vissza klienst.",
    "Most or all of the earnings go to someone else.": "A kereset nagy része vagy egésze valaki másé.",
    "The person sleeps where they work, or is moved often between cities.": "Az érintett a munkahelyén alszik, vagy gyakran költöztetik egyik városból a másikba.",
    "A partner or friend arranged the work and keeps the money.": "A munkát egy partner vagy barát intézte, és ő tartja meg a pénzt.",
    "Advertisements for the person are placed by someone else.": "Az érintettet hirdető szövegeket valaki más adja fel.",
    "Indicators of labour exploitation": "A munkaerő-kizsákmányolás jelei",
    "Wages are far below the legal minimum, or are paid late or not at all.": "A bér messze a törvényes minimum alatt van, vagy késve, esetleg egyáltalán nem fizetik ki.",
    "Costs of transport, housing or tools are deducted from the wage.": "Az utazás, a szállás vagy a munkaeszközök költségét levonják a bérből.",
    "Many workers live in crowded housing provided by the employer.": "Sok munkás él zsúfoltan a munkáltató által biztosított szálláson.",
    "Working hours are excessive, without days off.": "A munkaidő túlzottan hosszú, pihenőnap nélkül.",
    "The person has no contract, or signed one in a language they do not understand.": "Az érintettnek nincs szerződése, vagy olyan nyelven írt alá szerződést, amelyet nem ért.",
    "Talking to a possible victim": "Beszélgetés egy lehetséges áldozattal",
    "Speak to the person alone, in a quiet place, and never in front of someone who may control them. Use a professional interpreter, not a friend or co-worker who came with the person. Explain who you are, what will happen with the information, and that help does not depend on making a statement to the police. Do not push for details of the exploitation in a first conversation: safety and basic needs come first.": "Beszéljen az érintettel négyszemközt, nyugodt helyen, és soha ne olyasvalaki jelenlétében, aki befolyása alatt tarthatja. Hivatásos tolmácsot vegyen igénybe, ne az érintettel érkezett barátot vagy munkatársat. Mondja el, kicsoda Ön, mi lesz az elhangzott információkkal, és hogy a segítség nem függ attól, tesz-e feljelentést a rendőrségen. Az első beszélgetésben ne faggassa a kizsákmányolás részleteiről: a biztonság és az alapvető szükségletek az elsők.",
    "Do not wait for certainty": "Ne várjon a bizonyosságra",
    "Refer the person to a specialised service as soon as there are reasonable grounds to believe that they may be a victim. Deciding whether the facts amount to trafficking in law is the task of the prosecutor and the court, later.": "Irányítsa az érintettet szakosodott szolgálathoz, amint alapos okkal feltételezhető, hogy áldozat lehet. Azt, hogy a tények jogilag emberkereskedelemnek minősülnek-e, később az ügyészség és a bíróság dönti el.",
}

# Directory and referral pathways (directory.demo) and their entry point on the home page (home.demo_home)
STRINGS |= {
    "directory": "cimtar",
    "Organisations in Hungary, Belgium and the Netherlands that help victims of human trafficking, with their public contacts.": (
        "Magyarországon, Belgiumban és Hollandiában működő szervezetek, amelyek az emberkereskedelem "
        "áldozatainak segítenek, nyilvános elérhetőségeikkel."
    ),
    "Organisations in Hungary, Belgium and the Netherlands that identify, protect and support victims of human trafficking, and the police and prosecutors who handle their cases. Filter by country, stage of the referral, service, language or target group. Most entries in this demonstration are samples with made-up contact details; the three project partners are listed under their real names.": (
        "Magyarországon, Belgiumban és Hollandiában működő szervezetek, amelyek azonosítják, védik és "
        "támogatják az emberkereskedelem áldozatait, valamint az ügyeikkel foglalkozó rendőrség és ügyészség. "
        "Szűrhet ország, a továbbirányítás szakasza, szolgáltatás, nyelv vagy célcsoport szerint. A bemutató "
        "bejegyzéseinek többsége kitalált elérhetőségekkel szereplő minta; a projekt három partnere valódi "
        "nevén szerepel."
    ),
    "Who do I contact?": "Kihez forduljak?",
    "who-do-i-contact": "kihez-forduljak",
    "Referral pathways between Hungary, Belgium and the Netherlands: what happens at each stage and whom to contact.": "Továbbirányítási útvonalak Magyarország, Belgium és Hollandia között: mi történik az egyes szakaszokban, és kihez forduljon.",
    "A victim from one country identified in another: what has to happen at each of the five stages of the transnational referral mechanism, and whom to contact on both sides. Choose the two countries; the page can be printed.": "Egy ország állampolgárát egy másik országban azonosítják áldozatként: mi a teendő a nemzetközi továbbirányítási mechanizmus öt szakaszának mindegyikében, és kihez forduljon mindkét oldalon. Válassza ki a két országot; az oldal nyomtatható.",
    "Referral pathways between Hungary, Belgium and the Netherlands: what to do at each stage and whom to call.": "Továbbirányítási útvonalak Magyarország, Belgium és Hollandia között: mi a teendő az egyes szakaszokban, és kit hívjon.",
}

# Partners and accessibility statement (home.demo)
STRINGS |= {
    "Partners": "Partnerek",
    "partners": "partnerek",
    "Three organisations from the three countries on the main route of Hungarian victims of trafficking ran RAVOT-EUR together.": "A RAVOT-EUR projektet három szervezet valósította meg közösen abból a három országból, amelyek a magyar emberkereskedelem-áldozatok fő útvonalán fekszenek.",
    "Ministry of Interior of Hungary (lead partner)": "Magyarország Belügyminisztériuma (vezető partner)",
    "The Hungarian Ministry of Interior coordinates the national policy against trafficking in human beings and hosts the National Coordinator. It led the project, managed the EU grant and connected the referral mechanism to the Hungarian victim identification and victim support system, including the services that receive victims who return to Hungary.": "A magyar Belügyminisztérium koordinálja az emberkereskedelem elleni nemzeti szakpolitikát, és itt működik az emberkereskedelem elleni nemzeti koordinátor is. A minisztérium vezette a projektet, kezelte az uniós támogatást, és összekapcsolta a továbbirányítási mechanizmust a magyar áldozatazonosítási és áldozatsegítő rendszerrel, beleértve azokat a szolgáltatókat is, amelyek a Magyarországra hazatérő áldozatokat fogadják.",
    "Ministry of Security and Justice of the Netherlands": "Hollandia Biztonsági és Igazságügyi Minisztériuma",
    "The Dutch Ministry of Security and Justice is responsible for the police, the public prosecution service and the policy on victims of trafficking in the Netherlands. It brought the experience of the Dutch approach, in which municipalities, care coordinators, the police and the labour inspectorate work together, and hosted the workshop and study visit in the Netherlands.": (
        "A holland Biztonsági és Igazságügyi Minisztérium felel Hollandiában a rendőrségért, az ügyészségért "
        "és az emberkereskedelem áldozataival kapcsolatos szakpolitikáért. A projektbe a holland megközelítés "
        "tapasztalatait hozta, amelyben az önkormányzatok, az ellátást koordináló szakemberek, a rendőrség és "
        "a munkaügyi felügyelet együtt dolgoznak, és a minisztérium adott otthont a hollandiai szakmai "
        "műhelynek és tanulmányútnak."
    ),
    "Payoke (Belgium)": "Payoke (Belgium)",
    "Payoke is one of the three specialised centres in Belgium recognised to receive and support victims of trafficking in human beings. It offers shelter, psychological, administrative and legal support, and accompanies victims through criminal proceedings. In the project it brought the everyday knowledge of the people who support victims, and hosted the Belgian workshop.": (
        "A Payoke egyike annak a három szakosított központnak, amelyeket Belgiumban hivatalosan elismertek az "
        "emberkereskedelem áldozatainak befogadására és támogatására. Szállást biztosít, pszichológiai, "
        "ügyintézési és jogi támogatást nyújt, és végigkíséri az áldozatokat a büntetőeljáráson. A projektbe "
        "az áldozatokat nap mint nap segítő szakemberek gyakorlati tudását hozta, és a belgiumi szakmai "
        "műhelynek adott otthont."
    ),
    "Many more organisations took part in the workshops and study visits: police units, labour inspectorates, prosecutors, shelters, NGOs, consular staff and researchers from the three countries. Their experience is collected in the handbook and the reports on this site.": "A szakmai műhelyeken és a tanulmányutakon még számos szervezet vett részt a három országból: rendőri egységek, munkaügyi felügyeletek, ügyészek, áldozatsegítő szálláshelyek, civil szervezetek, konzuli tisztviselők és kutatók. Tapasztalataikat a kézikönyv és az oldalon olvasható beszámolók foglalják össze.",
    "Accessibility statement": "Akadálymentességi nyilatkozat",
    "accessibility-statement": "akadalymentessegi-nyilatkozat",
    "We want everyone to be able to use this website, including people who use a keyboard, a screen reader or magnification.": "Azt szeretnénk, hogy mindenki használni tudja ezt a weboldalt, azok is, akik billentyűzettel, képernyőolvasóval vagy képernyőnagyítóval dolgoznak.",
    "How accessible this website is": "Mennyire akadálymentes ez a weboldal?",
    "The website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Pages use headings, landmarks and labelled form fields; every function works with a keyboard, and the focus is always visible; colours have enough contrast; text can be enlarged to 200% without loss of content; and all pages can be read and all forms sent without JavaScript.": "A weboldal arra törekszik, hogy megfeleljen a webes tartalmak akadálymentességi irányelvei (Web Content Accessibility Guidelines, WCAG) 2.1-es változata AA szintű követelményeinek. Az oldalak címsorokat, tájékozódási pontokat (landmarkokat) és címkével ellátott űrlapmezőket használnak; minden funkció billentyűzettel is működik, és a fókusz mindig látható; a színek kontrasztja megfelelő; a szöveg tartalomvesztés nélkül 200%-ra nagyítható; és minden oldal elolvasható, minden űrlap elküldhető JavaScript nélkül is.",
    'The quick exit button is the first control after the "Skip to main content" link on every page, and pressing the Shift key three times in a row leaves the site from anywhere.': "A „Gyors kilépés” gomb minden oldalon az „Ugrás a fő tartalomra” hivatkozás utáni első vezérlőelem, a Shift billentyű háromszori, egymás utáni megnyomásával pedig bárhonnan elhagyhatja az oldalt.",
    "Known limitations": "Ismert hiányosságok",
    "Some older documents attached to reports are PDF files that were not produced with accessibility in mind. If you need one in another format, tell us and we will provide it.": "A beszámolókhoz csatolt néhány régebbi dokumentum olyan PDF-fájl, amely nem az akadálymentesség szempontjainak figyelembevételével készült. Ha valamelyikre más formátumban van szüksége, jelezze nekünk, és rendelkezésére bocsátjuk.",
    "Feedback": "Visszajelzés",
    "If you find a problem we have not mentioned, write to accessibility@example.org (sample address). We aim to reply within ten working days.": "Ha olyan problémát talál, amelyet itt nem említettünk, írjon az accessibility@example.org címre (mintacím). Igyekszünk tíz munkanapon belül válaszolni.",
}

# News index: its title and introduction (news.demo); the news items follow below
STRINGS |= {
    "News": "Hírek",
    "news": "hirek",
    "Milestones, events and publications of the RAVOT-EUR project (February 2014 to January 2016).": "A RAVOT-EUR projekt mérföldkövei, eseményei és kiadványai (2014. február – 2016. január).",
}

# ---- Handbook chapters 3-7, the reports, the news items, the directory and the pathway guidance ----

# Handbook chapters 3 to 7 (handbook.demo)
STRINGS |= {
    # Chapter 3
    "First assistance and protection": "Első segítségnyújtás és védelem",
    "first-assistance-and-protection": "elso-segitsegnyujtas-es-vedelem",
    "What a presumed victim is entitled to in the first weeks, how the reflection period works, and how shelter and support are organised in Belgium, the Netherlands and Hungary.": (
        "Mi illeti meg a feltételezett áldozatot az első hetekben, hogyan működik a gondolkodási idő, és "
        "hogyan szervezik a szállást és a támogatást Belgiumban, Hollandiában és Magyarországon."
    ),
    "What every presumed victim is entitled to": "Ami minden feltételezett áldozatot megillet",
    "Under Directive 2011/36/EU, assistance starts as soon as there are reasonable grounds to believe that a person may be a victim, and it may not depend on the victim's willingness to cooperate in the criminal investigation. It covers at least safe accommodation, material assistance, medical treatment including psychological help, counselling and information, and interpretation and translation where needed.": (
        "A 2011/36/EU irányelv szerint a segítségnyújtás attól a pillanattól kezdődik, hogy alapos okkal "
        "feltételezhető, hogy valaki áldozat lehet, és nem függhet attól, hajlandó-e az áldozat együttműködni "
        "a büntetőeljárásban. Legalább a következőkre terjed ki: megfelelő és biztonságos szállás, anyagi "
        "támogatás, orvosi kezelés, beleértve a pszichológiai segítséget, tanácsadás és tájékoztatás, "
        "valamint szükség esetén tolmácsolás és fordítás."
    ),
    "The reflection period": "A gondolkodási idő",
    "The reflection period gives a presumed victim time to recover and to escape the influence of the traffickers, and to decide in peace whether to cooperate with the authorities. During that time the person may not be expelled. Directive 2004/81/EC requires it for third-country nationals. Hungarian victims, as citizens of the European Union, do not need a residence permit to stay in Belgium or the Netherlands, but entering the same victim procedure is usually what opens specialised shelter and support to them.": (
        "A gondolkodási idő lehetővé teszi, hogy a feltételezett áldozat felépüljön, kikerüljön az "
        "emberkereskedők befolyása alól, és nyugodtan eldöntse, együttműködik-e a hatóságokkal. Ezalatt az "
        "érintett nem utasítható ki. A 2004/81/EK irányelv a harmadik országbeli állampolgárok számára írja "
        "elő. A magyar áldozatoknak uniós polgárként nincs szükségük tartózkodási engedélyre ahhoz, hogy "
        "Belgiumban vagy Hollandiában maradjanak, a szakosított szálláshoz és támogatáshoz azonban "
        "rendszerint nekik is ugyanabba az áldozati eljárásba kell bekerülniük."
    ),
    "The three systems in broad terms": "A három rendszer nagy vonalakban",
    "Belgium": PLACES["Belgium"],
    "Belgium recognises three specialised centres for victims of trafficking: Payoke in Antwerp, PAG-ASA in Brussels and Sürya in Liège. They provide shelter or ambulatory support, psychological and legal help, and accompany the victim through the victim procedure. The status is granted in steps, linked to the victim breaking contact with the exploiters, accepting support from a specialised centre and, after the reflection period, cooperating with the justice system.": (
        "Belgium három szakosított központot ismer el az emberkereskedelem áldozatai számára: a Payoke-ot "
        "Antwerpenben, a PAG-ASA-t Brüsszelben és a Süryát Liège-ben. Ezek szállást vagy ambuláns támogatást, "
        "pszichológiai és jogi segítséget nyújtanak, és végigkísérik az áldozatot az áldozati eljáráson. A "
        "jogállást több lépésben kapja meg az áldozat: feltétele, hogy megszakítsa a kapcsolatot a "
        "kizsákmányolóival, elfogadja egy szakosított központ támogatását, és a gondolkodási idő leteltével "
        "együttműködjön az igazságszolgáltatással."
    ),
    "The Netherlands": PLACES["the Netherlands"],
    "CoMensha, the coordination centre against human trafficking, registers presumed victims on behalf of the authorities and arranges a place in the categorical shelters or in regular care. The reflection period is set out in chapter B8/3 of the Aliens Circular. Municipalities and care coordinators organise longer-term support once the first weeks are over.": (
        "A CoMensha, az emberkereskedelem elleni koordinációs központ a hatóságok megbízásából "
        "nyilvántartásba veszi a feltételezett áldozatokat, és helyet biztosít számukra a kifejezetten az "
        "áldozatoknak fenntartott szálláshelyeken vagy az általános ellátórendszerben. A gondolkodási időt a "
        "holland idegenrendészeti körlevél (Vreemdelingencirculaire) B8/3. fejezete szabályozza. Az első "
        "hetek után a hosszabb távú támogatást az önkormányzatok és az ellátáskoordinátorok szervezik."
    ),
    "Hungary": PLACES["Hungary"],
    "The victim support service (Áldozatsegítő Szolgálat), the state service for victims of crime, gives information, emotional and practical support and, where the conditions are met, immediate financial aid and state compensation. Shelters for victims of trafficking are run by NGOs and churches under contract with the state. For Hungarian victims identified abroad, the Hungarian consulate, the victim support service and the shelters are the main partners for a safe return.": (
        "Az Áldozatsegítő Szolgálat, a bűncselekmények áldozatainak állami szolgálata tájékoztatást, érzelmi "
        "és gyakorlati támogatást, a feltételek fennállása esetén pedig azonnali pénzügyi segélyt és állami "
        "kárenyhítést nyújt. Az emberkereskedelem áldozatainak szálláshelyeit civil és egyházi szervezetek "
        "működtetik az állammal kötött szerződés alapján. A külföldön azonosított magyar áldozatok "
        "biztonságos hazatéréséhez a legfontosabb partnerek a magyar konzulátus, az Áldozatsegítő Szolgálat "
        "és a szálláshelyek."
    ),
    "First hours: a short checklist": "Az első órák: rövid ellenőrző lista",
    "Is the person safe now, and do they need medical care?": (
        "Biztonságban van-e most az érintett, és szüksége van-e orvosi ellátásra?"
    ),
    "Does the person understand what is said? Call an interpreter.": (
        "Érti-e az érintett, amit mondanak neki? Hívjon tolmácsot."
    ),
    "Has the specialised service (centre, CoMensha or victim support service) been informed?": (
        "Értesítették-e a szakosított szolgálatot (a központot, a CoMenshát vagy az áldozatsegítő szolgálatot)?"
    ),
    "Does the person have somewhere safe to sleep tonight?": (
        "Van-e az érintettnek biztonságos helye, ahol ma éjjel alhat?"
    ),
    "Does anyone at home need protection from threats?": (
        "Szüksége van-e valakinek otthon védelemre a fenyegetésekkel szemben?"
    ),
    # Chapter 4
    "Transnational referral, step by step": "Nemzetközi továbbirányítás lépésről lépésre",
    "transnational-referral": "nemzetkozi-tovabbiranyitas",
    "How a referral between Hungary and Belgium or the Netherlands is prepared, agreed and followed up, with a worked example.": (
        "Hogyan készítik elő, egyeztetik és követik nyomon a továbbirányítást Magyarország és Belgium vagy "
        "Hollandia között – egy kidolgozott példával."
    ),
    "What a transnational referral is": "Mi a nemzetközi továbbirányítás?",
    "A transnational referral mechanism is the set of agreed steps and contact points by which the services of two or more countries hand over and share the care of a victim. It does not replace the national systems described in the previous chapter: it links them, so that nothing is lost when a person crosses a border, whether to go home or to take part in proceedings in another country.": (
        "A nemzetközi áldozat-továbbirányítási mechanizmus azoknak az egyeztetett lépéseknek és "
        "kapcsolattartó pontoknak az összessége, amelyek révén két vagy több ország szolgáltatói átadják "
        "egymásnak, illetve megosztják egymással egy áldozat ellátását. Nem lép az előző fejezetben "
        "bemutatott nemzeti rendszerek helyébe, hanem összeköti őket, hogy semmi se vesszen el, amikor valaki "
        "átlépi a határt – akár azért, hogy hazatérjen, akár azért, hogy egy másik országban részt vegyen egy "
        "eljárásban."
    ),
    "The steps": "A lépések",
    "1. Consent and information": "1. Beleegyezés és tájékoztatás",
    "A referral is made with the victim, not about the victim. Explain in the person's language which services in the other country would be contacted, what information would be shared and why. Record the person's consent, and respect a refusal.": (
        "A továbbirányítás az áldozattal együtt történik, nem a feje fölött. Magyarázza el az érintett "
        "nyelvén, hogy a másik országban mely szolgáltatókat keresnék meg, milyen információkat osztanának "
        "meg velük, és miért. Rögzítse az érintett beleegyezését, és tartsa tiszteletben, ha nemet mond."
    ),
    "2. Contacting the counterpart": "2. Kapcsolatfelvétel a másik országbeli partnerrel",
    "Use the contact points agreed in the mechanism: the specialised centres in Belgium, CoMensha in the Netherlands, and the victim support service and the national coordinator in Hungary. Police information goes through police channels. Do not rely on a personal mobile number of a colleague you met once: people change jobs.": (
        "A mechanizmusban egyeztetett kapcsolattartó pontokat használja: Belgiumban a szakosított "
        "központokat, Hollandiában a CoMenshát, Magyarországon pedig az áldozatsegítő szolgálatot és a "
        "nemzeti koordinátort. A rendőrségi információk rendőrségi csatornákon haladnak. Ne egy egyszer "
        "látott kolléga saját mobilszámára hagyatkozzon: az emberek munkahelyet váltanak."
    ),
    "3. Joint assessment of needs and risks": "3. A szükségletek és a kockázatok közös felmérése",
    "Both sides assess the victim's needs (health, housing, income, family, legal status) and the risks (threats from the network, debts, the situation in the home town). The assessment decides what is prepared before the person moves.": (
        "Mindkét fél felméri az áldozat szükségleteit (egészség, lakhatás, jövedelem, család, jogállás) és a "
        "kockázatokat (a hálózat fenyegetései, adósságok, a helyzet a lakóhelyén). A felmérés alapján dől el, "
        "mit kell előkészíteni, mielőtt az érintett útnak indul."
    ),
    "4. Handover": "4. Átadás",
    "Agree on a date, who accompanies the person, who meets them on arrival, and what documents travel with them. Share only the information the receiving service needs to help.": (
        "Egyeztessék az időpontot, azt, hogy ki kíséri az érintettet, ki várja érkezéskor, és milyen iratok "
        "mennek vele. Csak azokat az információkat ossza meg, amelyekre a fogadó szolgáltatónak a "
        "segítségnyújtáshoz szüksége van."
    ),
    "5. Follow-up": "5. Utánkövetés",
    "The referring service asks, with the victim's consent, whether the person arrived and received the support agreed. Follow-up is also how the two services learn from each case.": (
        "A továbbirányító szolgáltató az áldozat beleegyezésével érdeklődik, hogy az érintett megérkezett-e, "
        "és megkapta-e a megbeszélt támogatást. Az utánkövetés révén a két szolgáltató minden esetből "
        "tanulhat is."
    ),
    "A worked example": "Egy kidolgozott példa",
    "Sample case (invented for training)": "Mintaeset (képzési célra kitalálva)",
    "A 23-year-old Hungarian woman is found by the police during a check in a window prostitution district. She tells the specialised centre that her boyfriend keeps her earnings and has threatened her younger brother at home. After the reflection period she decides to make a statement and, some months later, wishes to go home. The centre contacts the Hungarian contact point; together they check the risk in her home town, a shelter place in another county is found, and the victim support service explains her right to state compensation. A worker from the shelter meets her at the bus station. The centre's follow-up after three months shows that she has started a training course.": (
        "Egy 23 éves magyar nőre a rendőrség egy kirakatprostitúciós negyedben tartott ellenőrzés során talál "
        "rá. A szakosított központban elmondja, hogy a barátja elveszi a keresetét, és megfenyegette az "
        "otthon élő öccsét. A gondolkodási idő után úgy dönt, hogy vallomást tesz, néhány hónappal később "
        "pedig haza szeretne térni. A központ felveszi a kapcsolatot a magyar kapcsolattartó ponttal; közösen "
        "felmérik a kockázatot a lakóhelyén, egy másik megyében találnak számára helyet egy szálláshelyen, az "
        "áldozatsegítő szolgálat pedig tájékoztatja az állami kárenyhítéshez való jogáról. A buszpályaudvaron "
        "a szálláshely egyik munkatársa várja. A központ három hónap múlva végzett utánkövetéséből kiderül, "
        "hogy a nő elkezdett egy szakképzést."
    ),
    # Chapter 5
    "Safe return and reintegration": "Biztonságos hazatérés és visszailleszkedés",
    "return-and-reintegration": "hazateres-es-visszailleszkedes",
    "How a voluntary return is prepared, what a returning victim needs in the first months at home, and how to reduce the risk of being trafficked again.": (
        "Hogyan készítik elő az önkéntes hazatérést, mire van szüksége a hazatérő áldozatnak az otthon "
        "töltött első hónapokban, és hogyan csökkenthető annak kockázata, hogy ismét emberkereskedők "
        "áldozatává váljon."
    ),
    "Return is a choice, not the end of the case": "A hazatérés döntés kérdése, nem az ügy vége",
    "A return must be voluntary, safe and prepared. Some victims want to go home at once; others need months of support first, or decide to stay. A return organised in a hurry, without a place to go and without income, is the single most common path back into exploitation.": (
        "A hazatérésnek önkéntesnek, biztonságosnak és előkészítettnek kell lennie. Egyes áldozatok azonnal "
        "haza akarnak menni, másoknak előbb hónapokig tartó támogatásra van szükségük, vagy úgy döntenek, "
        "hogy maradnak. A sietve megszervezett hazatérés, amikor az érintettnek nincs hová mennie és nincs "
        "jövedelme, a leggyakoribb út vissza a kizsákmányolásba."
    ),
    "Before departure": "Indulás előtt",
    "Assess the risk in the home town together with the receiving service: are the recruiters from the same place or family?": (
        "Mérje fel a fogadó szolgáltatóval közösen a kockázatot az érintett lakóhelyén: ugyanarról a "
        "településről vagy ugyanabból a családból származnak-e a toborzók?"
    ),
    "Arrange identity documents; the consulate can issue an emergency travel document.": (
        "Intézze el a személyazonosító okmányokat; a konzulátus ideiglenes úti okmányt állíthat ki."
    ),
    "Agree who pays for the journey. Assisted voluntary return programmes, such as those of the International Organization for Migration, may help.": (
        "Egyeztessék, ki fizeti az utazást. Segíthetnek a támogatott önkéntes hazatérési programok, például a "
        "Nemzetközi Migrációs Szervezet (IOM) programjai."
    ),
    "Make sure the person knows how to reach the police, the lawyer or the prosecutor if the criminal case continues.": (
        "Győződjön meg róla, hogy az érintett tudja, hogyan érheti el a rendőrséget, az ügyvédjét vagy az "
        "ügyészt, ha a büntetőügy folytatódik."
    ),
    "Arrival and the first months": "Érkezés és az első hónapok",
    "Someone the victim already knows by name should meet them on arrival. The first months are about housing, health care, income and, often, debts: victims frequently return with debts to the network or to lenders at home. Reintegration support should include help with education or training and work, because without income the offer of a new job abroad will come again.": (
        "Érkezéskor olyasvalakinek kell várnia az áldozatot, akit az már név szerint ismer. Az első "
        "hónapokban a lakhatás, az egészségügyi ellátás, a jövedelem és gyakran az adósságok kerülnek "
        "előtérbe: az áldozatok sokszor úgy térnek haza, hogy tartoznak a hálózatnak vagy otthoni "
        "hitelezőknek. A visszailleszkedés támogatásának a tanulást vagy a szakképzést és a munkavállalást is "
        "segítenie kell, mert ha nincs jövedelme, előbb-utóbb ismét érkezik egy külföldi állásajánlat."
    ),
    "Long-term assistance and social inclusion": "Hosszú távú támogatás és társadalmi befogadás",
    "The TRM guidelines treat long-term assistance as a stage of its own. Social inclusion takes time: therapy for trauma, rebuilding relations with family, and for some victims care for a child. Services should agree at the start how long support lasts and who takes over when a project ends.": (
        "A TRM-iránymutatás a hosszú távú támogatást önálló szakaszként kezeli. A társadalmi befogadás időbe "
        "telik: traumaterápiát, a családi kapcsolatok újjáépítését, egyes áldozatoknál pedig egy gyermek "
        "gondozását is jelenti. A szolgáltatóknak már az elején meg kell állapodniuk abban, meddig tart a "
        "támogatás, és ki veszi át, amikor egy projekt véget ér."
    ),
    "Signs that a returned victim is at risk again": "Jelek, amelyek szerint a hazatért áldozat ismét veszélyben van",
    "Contact with the recruiter or the recruiter's family resumes.": (
        "Újra kapcsolatba kerül a toborzóval vagy annak családjával."
    ),
    "Debts grow and there is no regular income.": "Az adósságai nőnek, és nincs rendszeres jövedelme.",
    "The person receives a new job offer abroad through acquaintances.": (
        "Ismerősökön keresztül újabb külföldi állásajánlatot kap."
    ),
    "The person breaks off contact with the support service.": "Megszakítja a kapcsolatot a segítő szolgálattal.",
    # Chapter 6
    "Criminal and civil proceedings and compensation": "Büntető- és polgári eljárások, kártérítés",
    "criminal-and-civil-proceedings": "bunteto-es-polgari-eljarasok",
    "The rights of victims in criminal proceedings, giving evidence from another country, the non-punishment principle, and how victims obtain compensation.": (
        "Az áldozatok jogai a büntetőeljárásban, tanúvallomás egy másik országból, a büntetlenség elve, és "
        "hogyan jutnak kártérítéshez az áldozatok."
    ),
    "The victim's rights in proceedings": "Az áldozat jogai az eljárásban",
    "Directive 2011/36/EU and the Victims' Rights Directive (2012/29/EU) give victims of trafficking the right to information, to free legal counselling and representation, to an interpreter, and to protection during investigations and trials: interviews without unjustified delay and by trained persons, as few interviews as possible, no unnecessary questions about private life, and the possibility of testifying without being present in the courtroom.": (
        "A 2011/36/EU irányelv és az áldozatok jogairól szóló irányelv (2012/29/EU) alapján az "
        "emberkereskedelem áldozatainak joguk van a tájékoztatáshoz, az ingyenes jogi tanácsadáshoz és "
        "képviselethez, a tolmácshoz, valamint a védelemhez a nyomozás és a bírósági eljárás során: a "
        "meghallgatásokra indokolatlan késedelem nélkül és képzett személyek közreműködésével kerül sor, a "
        "meghallgatások száma a lehető legkevesebb, a magánéletre vonatkozó szükségtelen kérdések elmaradnak, "
        "és lehetőség van arra, hogy az áldozat a tárgyalóteremben való jelenlét nélkül tegyen tanúvallomást."
    ),
    "Giving evidence across borders": "Tanúvallomás a határokon át",
    "A victim who has returned to Hungary may still be needed as a witness in Belgium or the Netherlands. Hearings by video link, mutual legal assistance requests and joint investigation teams supported by Eurojust allow a victim to give evidence without travelling back to the place where they were exploited. Agree early with the prosecutor how the victim will be informed about the progress of the case once they are home.": (
        "A Magyarországra hazatért áldozatra tanúként továbbra is szükség lehet Belgiumban vagy Hollandiában. "
        "A videókonferencia útján tartott meghallgatás, a kölcsönös jogsegélykérelmek és az Eurojust által "
        "támogatott közös nyomozócsoportok révén az áldozat úgy tehet vallomást, hogy nem kell visszautaznia "
        "oda, ahol kizsákmányolták. Időben egyeztessen az ügyésszel arról, hogyan tájékoztatják majd az "
        "áldozatot az ügy állásáról, miután hazatért."
    ),
    "Non-punishment": "A büntetlenség elve",
    "Victims are often forced to commit offences: working without permits, using false documents, theft, or drug cultivation. Article 8 of Directive 2011/36/EU allows the authorities not to prosecute or punish victims for crimes they were compelled to commit. Raise this with the prosecutor as early as possible.": (
        "Az áldozatokat gyakran kényszerítik jogsértések elkövetésére: engedély nélküli munkavégzésre, hamis "
        "okmányok használatára, lopásra vagy kábítószer-növények termesztésére. A 2011/36/EU irányelv 8. "
        "cikke lehetővé teszi, hogy a hatóságok ne indítsanak büntetőeljárást az áldozatokkal szemben, "
        "illetve ne szabjanak ki rájuk büntetést azokért a bűncselekményekért, amelyek elkövetésére "
        "kényszerítették őket. Vesse fel ezt az ügyésznél minél korábban."
    ),
    "Compensation": "Kártérítés és kárenyhítés",
    "Victims can claim damages from the offenders, usually by joining the criminal case as a civil party, and may also claim state compensation for violent intentional crime. Each partner country has a state fund: the Commission for financial aid to victims of intentional acts of violence in Belgium, the Violent Offences Compensation Fund (Schadefonds Geweldsmisdrijven) in the Netherlands, and state compensation through the victim support service in Hungary. Under Directive 2004/80/EC a victim living in Hungary can apply for compensation from another member state through the Hungarian assisting authority.": (
        "Az áldozatok kártérítést követelhetnek az elkövetőktől, általában úgy, hogy magánfélként "
        "csatlakoznak a büntetőeljáráshoz, emellett szándékos erőszakos bűncselekmény esetén állami "
        "kárenyhítést is igényelhetnek. Mindegyik partnerországban működik erre állami alap: Belgiumban a "
        "szándékos erőszakos cselekmények áldozatainak pénzügyi segítségnyújtásával foglalkozó bizottság, "
        "Hollandiában az Erőszakos Bűncselekmények Kárenyhítési Alapja (Schadefonds Geweldsmisdrijven), "
        "Magyarországon pedig az áldozatsegítő szolgálaton keresztül igényelhető állami kárenyhítés. A "
        "2004/80/EK irányelv alapján a Magyarországon élő áldozat a magyar segítségnyújtó hatóságon keresztül "
        "egy másik tagállamtól is kérhet kárenyhítést."
    ),
    "Confiscated assets": "Elkobzott vagyon",
    "Ask the prosecutor whether assets seized from the offenders can be used to pay the victim's damages. Where the law allows it, this is often the only compensation a victim will actually receive.": (
        "Kérdezze meg az ügyészt, hogy az elkövetőktől lefoglalt vagyonból megtéríthető-e az áldozat kára. "
        "Ahol a jog ezt megengedi, az áldozat gyakran csak így jut ténylegesen kártérítéshez."
    ),
    # Chapter 7
    "Working together across borders": "Együttműködés a határokon át",
    "working-together-across-borders": "egyuttmukodes-a-hatarokon-at",
    "Building trust between professionals of three countries, and sharing information about victims lawfully and safely.": (
        "Bizalomépítés három ország szakemberei között, valamint az áldozatokra vonatkozó információk "
        "jogszerű és biztonságos megosztása."
    ),
    "Trust is built before the case": "A bizalom az ügy előtt épül",
    "The workshops and study visits of RAVOT-EUR showed that referral works when the people at both ends know each other's role, limits and working language. A police officer in Budapest who has visited a Belgian specialised centre knows what the centre can promise; a Dutch care coordinator who has met a Hungarian shelter worker knows whom to ask. Keep such contacts alive, and keep the contact lists of your organisation up to date.": (
        "A RAVOT-EUR szakmai műhelyei és tanulmányútjai megmutatták, hogy a továbbirányítás akkor működik, ha "
        "a két végponton dolgozó emberek ismerik egymás szerepét, lehetőségeinek határait és munkanyelvét. Az "
        "a rendőr Budapesten, aki járt már egy belga szakosított központban, tudja, mit ígérhet a központ; az "
        "a holland ellátáskoordinátor, aki találkozott egy magyar szálláshely munkatársával, tudja, kit "
        "kérdezzen. Ápolja ezeket a kapcsolatokat, és tartsa naprakészen a szervezete kapcsolattartási "
        "listáit."
    ),
    "Different systems, different words": "Eltérő rendszerek, eltérő szavak",
    "The same word can mean different things in the three countries: identification, victim status, shelter, even victim. When in doubt, describe what will happen instead of using a label, and ask your counterpart to do the same.": (
        "Ugyanaz a szó mást jelenthet a három országban: az azonosítás, az áldozati jogállás, a szálláshely, "
        "sőt maga az áldozat szó is. Ha bizonytalan, címke helyett írja le, mi fog történni, és kérje meg a "
        "partnerét, hogy ő is így tegyen."
    ),
    "Sharing information lawfully": "Jogszerű információmegosztás",
    "Information about a victim is personal data, and much of it, such as health, sexual life or criminal proceedings, is of a special, sensitive kind. European data protection law requires a lawful basis, a clear purpose and no more data than that purpose needs. In practice:": (
        "Az áldozatra vonatkozó információ személyes adat, és nagy része – például az egészségi állapotra, a "
        "szexuális életre vagy a büntetőeljárásokra vonatkozó adatok – különleges, érzékeny adat. Az európai "
        "adatvédelmi jog megköveteli, hogy az adatkezelésnek legyen jogalapja és egyértelmű célja, és csak "
        "annyi adatot kezeljenek, amennyit ez a cél megkíván. A gyakorlatban:"
    ),
    "Share only what the receiving service needs in order to help.": (
        "Csak azt ossza meg, amire a fogadó szolgáltatónak a segítségnyújtáshoz szüksége van."
    ),
    "Ask for the victim's informed consent, and record it.": (
        "Kérje az áldozat tájékoztatáson alapuló beleegyezését, és rögzítse azt."
    ),
    "Use the secure channels of your organisation; police information goes through police channels.": (
        "Használja a szervezete biztonságos csatornáit; a rendőrségi információk rendőrségi csatornákon haladnak."
    ),
    "Never put a victim's identifying details in e-mail subjects, chat groups or the forum of this platform.": (
        "Soha ne írja bele az áldozat azonosításra alkalmas adatait e-mailek tárgysorába, csevegőcsoportokba "
        "vagy ennek a platformnak a fórumába."
    ),
    "Agree how long the information is kept, and delete it afterwards.": (
        "Egyeztessék, meddig őrzik meg az információkat, és utána törölje őket."
    ),
    "A leak can endanger a life": "Egy kiszivárgott adat életet veszélyeztethet",
    "Traffickers often know the victim's family and home town. A detail that seems harmless, such as the date of a return journey, can be enough to find the person. When you are unsure whether to share something, ask first.": (
        "Az emberkereskedők gyakran ismerik az áldozat családját és lakóhelyét. Egy ártalmatlannak tűnő "
        "részlet, például a hazautazás időpontja is elég lehet ahhoz, hogy megtalálják az érintettet. Ha nem "
        "biztos benne, hogy megoszthat-e valamit, előbb kérdezzen."
    ),
}

# Reports index, the three workshops and the two study visits (reports.demo)
STRINGS |= {
    # Reports index
    "reports": "beszamolok",
    "Reports of the three professional workshops, one in each partner country, and of the study visits in which experts learned how the Hungarian, Dutch and Belgian authorities and services work.": (
        "Beszámolók a három – mindegyik partnerországban egy-egy – szakmai műhelyről, valamint azokról a "
        "tanulmányutakról, amelyeken a szakértők megismerték a magyar, a holland és a belga hatóságok és "
        "szolgáltatók működését."
    ),
    # Shared by every report: the sample note, the programme and the illustration
    "Sample content": "Mintatartalom",
    "This report is sample content for the demonstration site. RAVOT-EUR's workshops and study visits took place; the dates, agenda, numbers and details given here are illustrative.": (
        "Ez a beszámoló a bemutató oldal mintatartalma. A RAVOT-EUR szakmai műhelyei és tanulmányútjai "
        "valóban megvalósultak; az itt közölt időpontok, napirend, számadatok és részletek azonban csak "
        "szemléltető jellegűek."
    ),
    "Programme of the event": "A rendezvény programja",
    "Abstract illustration: a round table with eight seats.": "Absztrakt illusztráció: kerek asztal nyolc üléssel.",
    "Sample illustration; the demonstration site has no photographs of the event.": (
        "Mintaillusztráció; a bemutató oldalon nincsenek fényképek a rendezvényről."
    ),
    "Opening": "Megnyitó",
    # Workshop in Budapest, 2014
    "Workshop in Budapest: identification and the first contact": (
        "Szakmai műhely Budapesten: áldozatazonosítás és az első kapcsolatfelvétel"
    ),
    "workshop-budapest-2014": "szakmai-muhely-budapest-2014",
    "The first professional workshop brought Hungarian, Belgian and Dutch police officers, prosecutors, victim support workers and NGOs together to compare how victims are identified and who is the first contact in each country.": (
        "Az első szakmai műhelyen magyar, belga és holland rendőrök, ügyészek, áldozatsegítő munkatársak és "
        "civil szervezetek vetették össze, hogyan azonosítják az áldozatokat, és ki kerül velük elsőként "
        "kapcsolatba az egyes országokban."
    ),
    "Budapest": PLACES["Budapest"],
    "Ministry of Interior of Hungary": "Magyarország Belügyminisztériuma",
    "Welcome by the project lead and the partners.": "A projekt vezetőjének és a partnereknek a köszöntője.",
    "Trafficking of Hungarian victims to Belgium and the Netherlands": (
        "A Belgiumba és Hollandiába irányuló emberkereskedelem magyar áldozatai"
    ),
    "Case patterns seen by the police and the specialised centres.": (
        "Jellemző esettípusok a rendőrség és a szakosított központok tapasztalatai alapján."
    ),
    "Identification in three systems": "Áldozatazonosítás három rendszerben",
    "Short presentations by a Hungarian, a Belgian and a Dutch practitioner.": (
        "Egy magyar, egy belga és egy holland gyakorlati szakember rövid előadása."
    ),
    "Working groups: indicators of sexual and of labour exploitation": (
        "Munkacsoportok: a szexuális és a munkaerő-kizsákmányolás jelei"
    ),
    "Who calls whom? Mapping the contact points": "Ki kit hív? A kapcsolattartó pontok feltérképezése",
    "Conclusions and next steps": "Következtetések és a további lépések",
    "Participants agreed that most Hungarian victims in Belgium and the Netherlands are identified late, often after months of exploitation, and rarely on their own initiative. In all three countries the police are the most frequent first contact, but labour inspectors, health workers and consular staff meet victims too and are less familiar with the indicators.": (
        "A résztvevők egyetértettek abban, hogy a Belgiumban és Hollandiában élő magyar áldozatok többségét "
        "későn, gyakran csak hónapokig tartó kizsákmányolás után azonosítják, és ritkán a saját "
        "kezdeményezésükre. Mindhárom országban leggyakrabban a rendőrség kerül elsőként kapcsolatba velük, "
        "de a munkaügyi ellenőrök, az egészségügyi dolgozók és a konzuli tisztviselők is találkoznak "
        "áldozatokkal, és ők kevésbé ismerik az árulkodó jeleket."
    ),
    "What works": "Ami működik",
    "The Belgian multidisciplinary approach, in which the police and the specialised centres decide together.": (
        "A belga multidiszciplináris megközelítés, amelyben a rendőrség és a szakosított központok közösen döntenek."
    ),
    "The Dutch principle that the reflection period is offered at the slightest indication.": (
        "A holland elv, amely szerint a gondolkodási időt már a legcsekélyebb jel esetén is fel kell ajánlani."
    ),
    "The Hungarian common identification questionnaire, which gives non-specialists a place to start.": (
        "A magyar egységes azonosító kérdőív, amely a nem szakosodott szakembereknek is kiindulópontot ad."
    ),
    "What gets in the way": "Ami akadályozza",
    "Practitioners do not know whom to call in the other country, and contacts depend on individuals.": (
        "A szakemberek nem tudják, kit hívjanak a másik országban, a kapcsolatok pedig egyes személyeken múlnak."
    ),
    "Victims fear that cooperation with the police abroad will endanger their families at home.": (
        "Az áldozatok attól tartanak, hogy ha külföldön együttműködnek a rendőrséggel, azzal veszélybe "
        "sodorják az otthon maradt családjukat."
    ),
    "The same term, such as 'identified victim', means different things in the three systems.": (
        "Ugyanaz a fogalom – például az „azonosított áldozat” – mást jelent a három rendszerben."
    ),
    "Name one contact point per country and per profession for transnational referrals, and publish the list to vetted professionals.": (
        "Országonként és szakmánként jelöljenek ki egy-egy kapcsolattartó pontot a nemzetközi "
        "továbbirányításhoz, és tegyék elérhetővé a listát az ellenőrzött szakemberek számára."
    ),
    "Train consular staff and labour inspectors on the indicators of labour exploitation.": (
        "Képezzék a konzuli tisztviselőket és a munkaügyi ellenőröket a munkaerő-kizsákmányolás jeleinek "
        "felismerésére."
    ),
    "Use the handbook's indicator lists in all three languages as a common reference.": (
        "Közös viszonyítási alapként használják a kézikönyv mindhárom nyelven elérhető jellistáit."
    ),
    # Workshop in The Hague, 2015
    "Workshop in The Hague: first assistance, shelter and the reflection period": (
        "Szakmai műhely Hágában: első segítségnyújtás, szállás és gondolkodási idő"
    ),
    "workshop-the-hague-2015": "szakmai-muhely-haga-2015",
    "The second workshop looked at what happens in the first weeks after identification: the reflection period, shelter and care, and how a Hungarian victim can be supported from both sides of the border.": (
        "A második szakmai műhely azt vizsgálta, mi történik az azonosítást követő első hetekben: a "
        "gondolkodási időt, a szállást és az ellátást, valamint azt, hogyan támogatható egy magyar áldozat a "
        "határ mindkét oldaláról."
    ),
    "The Hague": PLACES["The Hague"],
    "The reflection period and shelter in the Netherlands": "A gondolkodási idő és a szállás Hollandiában",
    "Presentation by a policy officer and a shelter coordinator.": (
        "Egy szakpolitikai referens és egy szálláshely-koordinátor előadása."
    ),
    "From registration to shelter: the role of a national coordination centre": (
        "A nyilvántartásba vételtől a szállásig: az országos koordinációs központ szerepe"
    ),
    "Case discussion: a Hungarian victim of labour exploitation in the greenhouse sector": (
        "Esetmegbeszélés: egy magyar áldozat munkaerő-kizsákmányolása az üvegházi kertészetben"
    ),
    "Belgian and Hungarian responses to the same case": "Ugyanarra az esetre adott belga és magyar válaszok",
    "Agreement on the first-assistance stage of the referral mechanism": (
        "Megállapodás a továbbirányítási mechanizmus első segítségnyújtási szakaszáról"
    ),
    "The first weeks decide whether a victim stays in contact with the support services. Participants from the three countries found that their rules for first assistance are close in substance, but differ in who decides and how long each step takes.": (
        "Az első hetekben dől el, hogy az áldozat kapcsolatban marad-e a segítő szolgálatokkal. A három "
        "ország résztvevői megállapították, hogy az első segítségnyújtásra vonatkozó szabályaik tartalmukban "
        "közel állnak egymáshoz, abban azonban eltérnek, hogy ki dönt, és mennyi ideig tartanak az egyes "
        "lépések."
    ),
    "Hungarian victims, as EU citizens, are sometimes not offered the same support as third-country nationals, because practitioners think the reflection period does not apply to them.": (
        "A magyar áldozatoknak uniós polgárként olykor nem ajánlják fel ugyanazt a támogatást, mint a "
        "harmadik országbeli állampolgároknak, mert a szakemberek úgy vélik, hogy rájuk nem vonatkozik a "
        "gondolkodási idő."
    ),
    "Interpretation into Hungarian is not always available at once, especially outside office hours.": (
        "Magyar tolmács nem mindig áll azonnal rendelkezésre, különösen munkaidőn kívül."
    ),
    "Victims of labour exploitation are less often placed in specialised shelters than victims of sexual exploitation.": (
        "A munkaerő-kizsákmányolás áldozatait ritkábban helyezik el szakosított szálláshelyen, mint a "
        "szexuális kizsákmányolás áldozatait."
    ),
    "Make clear in national guidance that victims who are EU citizens are entitled to the same assistance.": (
        "A nemzeti iránymutatások mondják ki egyértelműen, hogy az uniós polgár áldozatokat ugyanaz a "
        "segítség illeti meg."
    ),
    "Keep a list of Hungarian interpreters with experience of working with victims.": (
        "Vezessenek listát azokról a magyar tolmácsokról, akiknek van tapasztalatuk az áldozatokkal végzett munkában."
    ),
    "Inform the Hungarian contact point, with the victim's consent, within the first week, so that return or family support can be prepared in time.": (
        "Az áldozat beleegyezésével már az első héten értesítsék a magyar kapcsolattartó pontot, hogy a "
        "hazatérést vagy a család támogatását időben elő lehessen készíteni."
    ),
    # Workshop in Antwerp, 2015
    "Workshop in Antwerp: return, reintegration and proceedings": (
        "Szakmai műhely Antwerpenben: hazatérés, visszailleszkedés és eljárások"
    ),
    "workshop-antwerp-2015": "szakmai-muhely-antwerpen-2015",
    "The third workshop, hosted by Payoke, dealt with the later stages of referral: safe return and reintegration in Hungary, and the victim's part in criminal and civil proceedings after going home.": (
        "A Payoke által rendezett harmadik szakmai műhely a továbbirányítás későbbi szakaszaival "
        "foglalkozott: a biztonságos hazatéréssel és a visszailleszkedéssel Magyarországon, valamint azzal, "
        "hogyan vehet részt az áldozat a büntető- és polgári eljárásokban, miután hazatért."
    ),
    "Antwerp": PLACES["Antwerp"],
    "Payoke": "Payoke",
    "Opening by the host": "A házigazda megnyitója",
    "The Belgian victim status and the specialised centres": "A belga áldozati jogállás és a szakosított központok",
    "Preparing a safe return: risk assessment with the receiving country": (
        "A biztonságos hazatérés előkészítése: kockázatértékelés a fogadó országgal közösen"
    ),
    "Working groups: reintegration, debts and the risk of re-trafficking": (
        "Munkacsoportok: visszailleszkedés, adósságok és az ismételt áldozattá válás kockázata"
    ),
    "Testifying from abroad: video hearings and joint investigation teams": (
        "Tanúvallomás külföldről: videókonferencia útján tartott meghallgatás és közös nyomozócsoportok"
    ),
    "Compensation across borders": "Kártérítés és kárenyhítés a határokon át",
    "Closing: the referral mechanism in five stages": "Zárás: a továbbirányítási mechanizmus öt szakasza",
    "Participants agreed that a return is only safe when it is prepared with the receiving services, and that the criminal case should not stop a victim from going home when they wish to.": (
        "A résztvevők egyetértettek abban, hogy a hazatérés csak akkor biztonságos, ha a fogadó "
        "szolgáltatókkal közösen készítik elő, és hogy a büntetőügy nem akadályozhatja meg az áldozatot "
        "abban, hogy hazatérjen, amikor szeretne."
    ),
    "Returns are often organised at short notice, leaving the Hungarian shelters and the victim support service too little time to prepare.": (
        "A hazatérést gyakran rövid határidővel szervezik meg, így a magyar szálláshelyeknek és az "
        "áldozatsegítő szolgálatnak túl kevés ideje marad a felkészülésre."
    ),
    "Victims who return rarely hear about the outcome of the criminal case or about their right to compensation.": (
        "A hazatért áldozatok ritkán értesülnek a büntetőügy kimeneteléről vagy a kártérítéshez és "
        "kárenyhítéshez való jogukról."
    ),
    "Video hearings are possible in all three countries, but are used less than they could be.": (
        "A videókonferencia útján tartott meghallgatás mindhárom országban lehetséges, de a lehetőségeknél "
        "ritkábban élnek vele."
    ),
    "Agree a minimum notice period for planned returns, except when the victim's safety requires otherwise.": (
        "Állapodjanak meg a tervezett hazatérések minimális előzetes értesítési idejében, kivéve, ha az "
        "áldozat biztonsága mást kíván."
    ),
    "Appoint, for each returning victim, one person in the sending country who keeps the victim informed about the proceedings.": (
        "Minden hazatérő áldozat mellé jelöljenek ki a küldő országban egy személyt, aki folyamatosan "
        "tájékoztatja az áldozatot az eljárásról."
    ),
    "Tell victims about state compensation and cross-border applications before they leave.": (
        "Még indulás előtt tájékoztassák az áldozatokat az állami kárenyhítésről és a határokon átnyúló "
        "kérelmek lehetőségéről."
    ),
    # Study visit to Belgium, 2015
    "Study visit of Hungarian experts to Belgium": "Magyar szakértők tanulmányútja Belgiumban",
    "study-visit-belgium-2015": "tanulmanyut-belgium-2015",
    "Hungarian police officers, prosecutors and victim support workers visited a specialised centre, a shelter and a police unit in Belgium to see how the Belgian victim status works in practice.": (
        "Magyar rendőrök, ügyészek és áldozatsegítő munkatársak Belgiumban felkerestek egy szakosított "
        "központot, egy szálláshelyet és egy rendőri egységet, hogy megismerjék, hogyan működik a "
        "gyakorlatban a belga áldozati jogállás."
    ),
    "Antwerp and Brussels": "Antwerpen és Brüsszel",
    "Visit to a specialised centre: intake, shelter and legal support": (
        "Látogatás egy szakosított központban: befogadás, szállás és jogi támogatás"
    ),
    "Meeting with a police unit specialised in trafficking": (
        "Találkozó egy emberkereskedelemre szakosodott rendőri egységgel"
    ),
    "Meeting with a public prosecutor's office": "Találkozó egy ügyészséggel",
    "Meeting with the federal coordination of the fight against trafficking": (
        "Találkozó az emberkereskedelem elleni küzdelem szövetségi szintű koordinátoraival"
    ),
    "Review of the visit and agreements on contact points": (
        "A látogatás értékelése és megállapodás a kapcsolattartó pontokról"
    ),
    "The visitors saw how closely the Belgian police, prosecutors and specialised centres work together in individual cases, and how the centres accompany a victim through every step of the victim procedure.": (
        "A látogatók megtapasztalták, milyen szorosan működik együtt az egyes ügyekben a belga rendőrség, az "
        "ügyészség és a szakosított központok, és hogyan kísérik végig a központok az áldozatot az áldozati "
        "eljárás minden lépésén."
    ),
    "The specialised centres are the single entry point for support, which makes it easy for a foreign partner to know whom to contact.": (
        "A támogatás egyetlen belépési pontját a szakosított központok jelentik, így egy külföldi partner is "
        "könnyen eligazodik, kihez forduljon."
    ),
    "Belgian practitioners asked for earlier information on the situation in the victim's home town in Hungary.": (
        "A belga szakemberek azt kérték, hogy korábban kapjanak tájékoztatást arról, milyen helyzet várja az "
        "áldozatot Magyarországon, a lakóhelyén."
    ),
    "Exchange a short description of each country's procedure, in the other's language, for use in training.": (
        "Az országok cseréljék ki egymással saját eljárásuk rövid leírását a másik fél nyelvén, képzési célra."
    ),
    "Hold a joint case review once a year between the Belgian centres and the Hungarian contact points.": (
        "A belga központok és a magyar kapcsolattartó pontok évente egyszer tartsanak közös esetmegbeszélést."
    ),
    # Study visit to Hungary, 2015
    "Study visit of Belgian and Dutch experts to Hungary": "Belga és holland szakértők tanulmányútja Magyarországon",
    "study-visit-hungary-2015": "tanulmanyut-magyarorszag-2015",
    "Experts from Belgium and the Netherlands visited Hungarian authorities, the victim support service and a shelter to learn how Hungarian victims are received and supported after their return.": (
        "Belgiumból és Hollandiából érkezett szakértők felkeresték a magyar hatóságokat, az áldozatsegítő "
        "szolgálatot és egy szálláshelyet, hogy megismerjék, hogyan fogadják és támogatják a magyar "
        "áldozatokat hazatérésük után."
    ),
    "The Hungarian anti-trafficking strategy and the national coordinator": (
        "A magyar emberkereskedelem elleni stratégia és a nemzeti koordinátor"
    ),
    "Visit to the victim support service": "Látogatás az áldozatsegítő szolgálatnál",
    "Visit to a shelter for victims of trafficking": "Látogatás az emberkereskedelem áldozatainak egyik szálláshelyén",
    "Travel outside Budapest; meeting with the shelter's social workers.": (
        "Utazás Budapesten kívülre; találkozó a szálláshely szociális munkásaival."
    ),
    "Meeting with the police unit responsible for trafficking cases": (
        "Találkozó az emberkereskedelmi ügyekért felelős rendőri egységgel"
    ),
    "Conclusions": "Következtetések",
    "The visitors learned that the Hungarian system relies on a small number of shelters and on NGOs that are well connected to local services, and that the first weeks after return are where support is most needed and most often missing.": (
        "A látogatók megtudták, hogy a magyar rendszer kevés szálláshelyre és a helyi szolgáltatókkal jó "
        "kapcsolatot ápoló civil szervezetekre támaszkodik, és hogy a hazatérést követő első hetekben van a "
        "legnagyobb szükség támogatásra – és éppen ekkor hiányzik a leggyakrabban."
    ),
    "Returning victims often arrive with debts and without documents, which delays access to benefits and work.": (
        "A hazatérő áldozatok gyakran adóssággal és iratok nélkül érkeznek, ami késlelteti, hogy ellátásokhoz "
        "és munkához jussanak."
    ),
    "Shelter places are limited; early notice from Belgium and the Netherlands makes it possible to find one.": (
        "A szálláshelyek száma korlátozott; ha Belgiumból és Hollandiából időben jelzik az érkezést, találni "
        "lehet egy szabad helyet."
    ),
    "Follow-up after return depends on the victim's consent and on informal contacts, and is rarely recorded.": (
        "A hazatérés utáni utánkövetés az áldozat beleegyezésén és informális kapcsolatokon múlik, és ritkán rögzítik."
    ),
    "Use the referral mechanism's handover step for every planned return, with a named person on each side.": (
        "Minden tervezett hazatérésnél alkalmazzák a továbbirányítási mechanizmus átadási lépését, mindkét "
        "oldalon egy-egy név szerint megjelölt személlyel."
    ),
    "Include debt advice and help with documents in the reintegration plan from the start.": (
        "Az adósságrendezési tanácsadás és az iratok pótlásában nyújtott segítség kezdettől fogva legyen "
        "része a visszailleszkedési tervnek."
    ),
    "Record follow-up with the victim's consent, so that the partners can see what happens after return.": (
        "Az áldozat beleegyezésével rögzítsék az utánkövetést, hogy a partnerek lássák, mi történik a hazatérés után."
    ),
}

# The five news items (news.demo)
STRINGS |= {
    # Shared by every news item
    "This news item is sample content for the demonstration site. The project, its partners and its timeline are real; the exact date and the details of the event described here are illustrative.": (
        "Ez a hír a bemutató oldal mintatartalma. A projekt, a partnerei és az ütemezése valós; a pontos "
        "dátum és az itt leírt esemény részletei azonban csak szemléltető jellegűek."
    ),
    # RAVOT-EUR kicks off in Budapest
    "RAVOT-EUR kicks off in Budapest": "Budapesten elindult a RAVOT-EUR projekt",
    "ravot-eur-kicks-off-in-budapest": "budapesten-elindult-a-ravot-eur",
    "Hungary's Ministry of Interior, the Dutch Ministry of Security and Justice and Payoke met in Budapest to start two years of work on a transnational referral mechanism for victims of human trafficking.": (
        "Magyarország Belügyminisztériuma, a holland Biztonsági és Igazságügyi Minisztérium és a Payoke "
        "képviselői Budapesten találkoztak, hogy megkezdjék kétéves közös munkájukat az emberkereskedelem "
        "áldozatainak nemzetközi továbbirányítási mechanizmusán."
    ),
    "Abstract illustration: three connected circles standing for Hungary, Belgium and the Netherlands.": (
        "Absztrakt illusztráció: három, egymáshoz kapcsolódó kör, amely Magyarországot, Belgiumot és "
        "Hollandiát jelképezi."
    ),
    "RAVOT-EUR, short for <i>Referral of and assistance for victims of human trafficking in Europe</i>, started on 1 February 2014. The project is funded by the European Union's programme Prevention of and Fight against Crime (ISEC 2012) and runs until 31 January 2016. It is led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Antwerp centre for victims of human trafficking, as partners.": (
        "A RAVOT-EUR (<i>Referral of and assistance for victims of human trafficking in Europe</i> – az "
        "emberkereskedelem áldozatainak továbbirányítása és támogatása Európában) 2014. február 1-jén indult. "
        "A projektet az Európai Unió „A bűnmegelőzés és a bűnözés elleni küzdelem” programja (ISEC 2012) "
        "finanszírozza, és 2016. január 31-ig tart. Vezetője Magyarország Belügyminisztériuma, partnerei a "
        "holland Biztonsági és Igazságügyi Minisztérium és a Payoke, az emberkereskedelem áldozatainak "
        "Antwerpenben működő központja."
    ),
    "Why these three countries": "Miért éppen ez a három ország?",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking for sexual and labour exploitation are most often found. When a victim is identified abroad, police officers, social workers, shelters and prosecutors in two countries have to work together: to protect the person, to organise a safe return if the victim wants it, and to support criminal and civil proceedings. Without agreed routes this cooperation depends on personal contacts.": (
        "Belgium és Hollandia azok az országok, ahol a szexuális és munkaerő-kizsákmányolás céljából "
        "folytatott emberkereskedelem magyar áldozataira a leggyakrabban rátalálnak. Ha egy áldozatot "
        "külföldön azonosítanak, két ország rendőreinek, szociális munkásainak, szálláshelyeinek és "
        "ügyészeinek kell együttműködniük: hogy megvédjék az érintettet, megszervezzék a biztonságos "
        "hazatérését, ha az áldozat ezt kívánja, és segítsék a büntető- és polgári eljárásokat. Egyeztetett "
        "útvonalak nélkül ez az együttműködés személyes kapcsolatokon múlik."
    ),
    "At the kick-off meeting the partners agreed on the work plan: a transnational referral mechanism that follows the five stages of the European TRM guidelines (identification; first assistance and protection; long-term assistance and social inclusion; return and social inclusion; criminal and civil proceedings), three professional workshops, study visits, a training handbook and an online platform where vetted professionals can find each other.": (
        "A nyitótalálkozón a partnerek elfogadták a munkatervet: egy nemzetközi áldozat-továbbirányítási "
        "mechanizmust, amely az európai TRM-iránymutatás öt szakaszát követi (áldozatazonosítás; első "
        "segítségnyújtás és védelem; hosszú távú támogatás és társadalmi befogadás; hazatérés és társadalmi "
        "befogadás; büntető- és polgári eljárások), három szakmai műhelyt, tanulmányutakat, egy képzési "
        "kézikönyvet és egy online platformot, amelyen az ellenőrzött szakemberek megtalálhatják egymást."
    ),
    "The total budget is EUR 346,069, of which EUR 311,462 is contributed by the European Union (grant HOME/2012/ISEC/AG/4000004405).": (
        "A teljes költségvetés 346 069 euró, ebből 311 462 eurót az Európai Unió biztosít (támogatási szám: "
        "HOME/2012/ISEC/AG/4000004405)."
    ),
    # Workshops and study visits bring professionals together
    "Workshops and study visits bring professionals together": (
        "Szakmai műhelyek és tanulmányutak hozzák össze a szakembereket"
    ),
    "workshops-and-study-visits": "szakmai-muhelyek-es-tanulmanyutak",
    "Three professional workshops, one in each partner country, and a series of study visits let police officers, prosecutors, social workers and shelter staff see how their counterparts work.": (
        "Három szakmai műhely – mindegyik partnerországban egy – és tanulmányutak sorozata révén a rendőrök, "
        "az ügyészek, a szociális munkások és a szálláshelyek munkatársai megismerhetik, hogyan dolgoznak a "
        "másik országbeli kollégáik."
    ),
    "Referral across borders only works when the people at both ends know and trust each other. RAVOT-EUR therefore holds a professional workshop in Hungary, in Belgium and in the Netherlands. Each workshop brings together the authorities and organisations that meet victims: labour inspectors, police and border guards, public prosecutors, victim support services, shelters and NGOs.": (
        "A határokon átnyúló továbbirányítás csak akkor működik, ha a két végponton dolgozó emberek ismerik "
        "egymást, és megbíznak egymásban. Ezért a RAVOT-EUR szakmai műhelyt tart Magyarországon, Belgiumban "
        "és Hollandiában. Mindegyik műhely összehozza azokat a hatóságokat és szervezeteket, amelyek "
        "áldozatokkal találkoznak: a munkaügyi ellenőröket, a rendőrséget és a határőrséget, az "
        "ügyészségeket, az áldozatsegítő szolgálatokat, a szálláshelyeket és a civil szervezeteket."
    ),
    "Learning how the other system works": "Ismerkedés a másik ország rendszerével",
    "During the study visits experts spend time with the services of another partner country. They learn who decides on a victim's right to stay and to shelter, how identification works when a victim does not see themself as a victim, and which documents a Hungarian victim needs for a safe return. The findings of every workshop and study visit are published in the reports section.": (
        "A tanulmányutak során a szakértők egy másik partnerország szolgáltatóinál töltenek időt. Megtudják, "
        "ki dönt az áldozat tartózkodási jogáról és szálláshoz való jogáról, hogyan zajlik az azonosítás, ha "
        "az áldozat nem tekinti magát áldozatnak, és milyen iratokra van szüksége egy magyar áldozatnak a "
        "biztonságos hazatéréshez. Minden szakmai műhely és tanulmányút megállapításai megjelennek a "
        "Beszámolók rovatban."
    ),
    # Training handbook on transnational referral published
    "Training handbook on transnational referral published": (
        "Megjelent a nemzetközi továbbirányításról szóló képzési kézikönyv"
    ),
    "training-handbook-published": "megjelent-a-kepzesi-kezikonyv",
    "The RAVOT-EUR handbook describes, stage by stage, how professionals in Hungary, Belgium and the Netherlands refer and assist victims of trafficking across borders. It is written for training and for academic use.": (
        "A RAVOT-EUR kézikönyve szakaszról szakaszra bemutatja, hogyan irányítják tovább és támogatják a "
        "határokon át az emberkereskedelem áldozatait Magyarország, Belgium és Hollandia szakemberei. Képzési "
        "és felsőoktatási használatra készült."
    ),
    "Abstract illustration: an open book in dark blue and ochre.": (
        "Absztrakt illusztráció: nyitott könyv sötétkék és okker színben."
    ),
    "The handbook brings together what the partners learned in the workshops and study visits. Its chapters follow the five stages of transnational referral, from the first signs that someone may be a victim to the end of criminal and civil proceedings, and add a chapter on cooperation and data protection between professionals.": (
        "A kézikönyv összegzi mindazt, amit a partnerek a szakmai műhelyeken és a tanulmányutakon "
        "megtanultak. Fejezetei a nemzetközi továbbirányítás öt szakaszát követik, attól a pillanattól, hogy "
        "az első jelek arra utalnak, hogy valaki áldozat lehet, egészen a büntető- és polgári eljárások "
        "lezárásáig, és egy további fejezet szól a szakemberek közötti együttműködésről és adatvédelemről."
    ),
    "Each chapter explains who is responsible in each of the three countries, what a victim is entitled to, and what the professionals on both sides of a border need from each other. The chapter on identification includes lists of indicators of sexual and of labour exploitation.": (
        "Minden fejezet elmagyarázza, ki a felelős a három ország mindegyikében, mi illeti meg az áldozatot, "
        "és mire van szükségük egymástól a határ két oldalán dolgozó szakembereknek. Az áldozatazonosításról "
        "szóló fejezet a szexuális és a munkaerő-kizsákmányolás jeleinek listáit is tartalmazza."
    ),
    "The handbook can be read on this site chapter by chapter or printed as a whole. Trainers may use it freely in courses for police, prosecutors, social workers and students.": (
        "A kézikönyv ezen az oldalon fejezetenként olvasható, vagy egészében kinyomtatható. Az oktatók "
        "szabadon felhasználhatják rendőröknek, ügyészeknek, szociális munkásoknak és hallgatóknak szóló "
        "képzéseiken."
    ),
    # Online platform for professionals opens
    "Online platform for professionals opens": "Megnyílt a szakemberek online platformja",
    "online-platform-opens": "megnyilt-az-online-platform",
    "The RAVOT-EUR platform combines public information for victims and the public with a closed forum where vetted professionals from the three countries can discuss referrals.": (
        "A RAVOT-EUR platform egyszerre kínál nyilvános tájékoztatást az áldozatoknak és a nagyközönségnek, "
        "valamint zárt fórumot, ahol a három ország ellenőrzött szakemberei egyeztethetnek a "
        "továbbirányításokról."
    ),
    "Abstract illustration: speech bubbles in teal and light grey.": (
        "Absztrakt illusztráció: szóbuborékok kékeszöld és világosszürke színben."
    ),
    "The public part of the platform holds the training handbook, the reports of the workshops and study visits, and a page for people who need help now, with help lines in each country and a quick exit button on every page.": (
        "A platform nyilvános részén található a képzési kézikönyv, a szakmai műhelyekről és tanulmányutakról "
        "szóló beszámolók, valamint egy oldal azoknak, akiknek most van szükségük segítségre, az egyes "
        "országok segélyvonalaival; minden oldalon „Gyors kilépés” gomb is található."
    ),
    "A closed space for vetted professionals": "Zárt tér ellenőrzött szakembereknek",
    "Professionals who work with victims can apply for an account. After their organisation and role have been checked, they can use a directory of contact points and a forum to prepare referrals with their colleagues abroad. Personal data of victims does not belong in the forum: members discuss procedures and arrange contacts, and exchange case files only through the official channels of their organisations.": (
        "Az áldozatokkal foglalkozó szakemberek fiókot igényelhetnek. Miután ellenőrizték a szervezetüket és "
        "a beosztásukat, a kapcsolattartó pontok címtára és a fórum segítségével készíthetik elő a "
        "továbbirányításokat külföldi kollégáikkal. Az áldozatok személyes adatai nem valók a fórumra: a "
        "tagok az eljárásokról egyeztetnek és kapcsolatokat közvetítenek, az ügyiratokat pedig kizárólag "
        "szervezetük hivatalos csatornáin cserélik ki."
    ),
    # Closing conference looks back on two years of cooperation
    "Closing conference looks back on two years of cooperation": (
        "A zárókonferencia két év együttműködését tekintette át"
    ),
    "closing-conference": "zarokonferencia",
    "At the closing conference the partners presented the referral mechanism, the handbook and the platform, and discussed how cooperation between Hungary, Belgium and the Netherlands continues after the project.": (
        "A zárókonferencián a partnerek bemutatták a továbbirányítási mechanizmust, a kézikönyvet és a "
        "platformot, és megvitatták, hogyan folytatódik az együttműködés Magyarország, Belgium és Hollandia "
        "között a projekt után."
    ),
    "The project ends on 31 January 2016. At the closing conference the partners looked back on what changed since the kick-off: the professionals who refer victims across the three borders now know whom to call, the five stages of referral are described in one handbook, and the platform gives them a place to stay in touch.": (
        "A projekt 2016. január 31-én zárul. A zárókonferencián a partnerek áttekintették, mi változott az "
        "indulás óta: a három ország határain át áldozatokat továbbirányító szakemberek ma már tudják, kit "
        "hívjanak, a továbbirányítás öt szakaszát egyetlen kézikönyv írja le, a platform pedig helyet ad "
        "nekik a kapcsolattartáshoz."
    ),
    "Participants also named what remains to be done: faster exchange of information when a victim wants to return home, long-term support after return, and keeping contact lists up to date when people change jobs. The platform stays open so that this work can go on.": (
        "A résztvevők azt is számba vették, mi maradt még tennivaló: gyorsabb információcsere, ha egy áldozat "
        "haza szeretne térni, hosszú távú támogatás a hazatérés után, és a kapcsolattartási listák "
        "naprakészen tartása, amikor az emberek munkahelyet váltanak. A platform nyitva marad, hogy ez a "
        "munka folytatódhasson."
    ),
}

# Directory: the three project partners and the sample organisations (directory.demo)
STRINGS |= {
    # The project partners (real organisations: no contact details)
    "Ministry of Security and Justice of the Netherlands (Ministerie van Veiligheid en Justitie)": (
        "Hollandia Biztonsági és Igazságügyi Minisztériuma (Ministerie van Veiligheid en Justitie)"
    ),
    "Partner of the RAVOT-EUR project, responsible for the police, the public prosecution service and migration policy in the Netherlands at the time of the project (since 2017 the Ministry of Justice and Security). Contact details are not listed here: please use the ministry's official website.": (
        "A RAVOT-EUR projekt partnere; a projekt idején Hollandiában a rendőrségért, az ügyészségért és a "
        "migrációs politikáért felelt (2017 óta Igazságügyi és Biztonsági Minisztérium). Elérhetőségeit itt "
        "nem közöljük: kérjük, a minisztérium hivatalos weboldalát használja."
    ),
    "Ministry of Interior of Hungary (Belügyminisztérium)": "Magyarország Belügyminisztériuma",
    "Lead partner of the RAVOT-EUR project. The ministry is responsible for the police and for coordinating Hungary's action against trafficking in human beings. Contact details are not listed here: please use the ministry's official website.": (
        "A RAVOT-EUR projekt vezető partnere. A minisztérium felel a rendőrségért, és ő hangolja össze "
        "Magyarország fellépését az emberkereskedelem ellen. Elérhetőségeit itt nem közöljük: kérjük, a "
        "minisztérium hivatalos weboldalát használja."
    ),
    "Partner of the RAVOT-EUR project and one of the three specialised centres for victims of human trafficking recognised in Belgium. It offers shelter and accompanies victims through the Belgian victim status procedure. Contact details are not listed here: please use Payoke's own website.": (
        "A RAVOT-EUR projekt partnere, egyike annak a három szakosított központnak, amelyet Belgiumban az "
        "emberkereskedelem áldozatai számára elismertek. Szállást nyújt, és végigkíséri az áldozatokat a "
        "belga áldozati jogállás megszerzésére irányuló eljáráson. Elérhetőségeit itt nem közöljük: kérjük, a "
        "Payoke saját weboldalát használja."
    ),
    # Cities of the directory entries
    "The Hague": PLACES["The Hague"],
    "Antwerp": PLACES["Antwerp"],
    "Brussels": PLACES["Brussels"],
    "Ghent": PLACES["Ghent"],
    "Liège": PLACES["Liège"],
    "Leuven": PLACES["Leuven"],
    "Bruges": PLACES["Bruges"],
    "Charleroi": PLACES["Charleroi"],
    "Amsterdam": PLACES["Amsterdam"],
    "Rotterdam": PLACES["Rotterdam"],
    "Utrecht": PLACES["Utrecht"],
    "Eindhoven": PLACES["Eindhoven"],
    "Zwolle": PLACES["Zwolle"],
    "Groningen": PLACES["Groningen"],
    "Budapest": PLACES["Budapest"],
    "Pécs": PLACES["Pécs"],
    "Szeged": PLACES["Szeged"],
    "Debrecen": PLACES["Debrecen"],
    "Miskolc": PLACES["Miskolc"],
    "Nyíregyháza": PLACES["Nyíregyháza"],
    "Győr": PLACES["Győr"],
    # Names of the sample organisations
    "Anti-trafficking police unit Antwerp": "Antwerpeni emberkereskedelem elleni rendőri egység",
    "Anti-trafficking police unit Budapest": "Budapesti emberkereskedelem elleni rendőri egység",
    "Anti-trafficking police unit Amsterdam": "Amszterdami emberkereskedelem elleni rendőri egység",
    "Centre for Trafficking Studies Ghent": "Genti Emberkereskedelem-kutató Központ",
    "Centre for Trafficking Studies Pécs": "Pécsi Emberkereskedelem-kutató Központ",
    "Centre for Trafficking Studies Utrecht": "Utrechti Emberkereskedelem-kutató Központ",
    "Community Interpreters Brussels": "Brüsszeli Közösségi Tolmácsszolgálat",
    "Community Interpreters Budapest": "Budapesti Közösségi Tolmácsszolgálat",
    "Community Interpreters Amsterdam": "Amszterdami Közösségi Tolmácsszolgálat",
    "Labour inspection, Charleroi office": "Munkaügyi Felügyelet, Charleroi-i Kirendeltség",
    "Labour inspection, Szeged office": "Munkaügyi Felügyelet, Szegedi Kirendeltség",
    "Labour inspection, Eindhoven office": "Munkaügyi Felügyelet, Eindhoveni Kirendeltség",
    "Legal Aid Clinic Ghent": "Genti Jogsegélyszolgálat",
    "Legal Aid Clinic Pécs": "Pécsi Jogsegélyszolgálat",
    "Legal Aid Clinic Utrecht": "Utrechti Jogsegélyszolgálat",
    "Public prosecutor's office Brussels": "Brüsszeli Ügyészség",
    "Public prosecutor's office Debrecen": "Debreceni Ügyészség",
    "Public prosecutor's office Rotterdam": "Rotterdami Ügyészség",
    "Reintegration Network Antwerp": "Antwerpeni Visszailleszkedést Segítő Hálózat",
    "Reintegration Network Budapest": "Budapesti Visszailleszkedést Segítő Hálózat",
    "Reintegration Network Amsterdam": "Amszterdami Visszailleszkedést Segítő Hálózat",
    "Safe House Liège": "Liège-i Védett Ház",
    "Safe House Miskolc": "Miskolci Védett Ház",
    "Safe House The Hague": "Hágai Védett Ház",
    "Social services Bruges": "Bruggei szociális szolgálat",
    "Social services Győr": "Győri szociális szolgálat",
    "Social services Groningen": "Groningeni szociális szolgálat",
    "Victims' Hotline Brussels": "Brüsszeli Áldozatsegítő Segélyvonal",
    "Victims' Hotline Debrecen": "Debreceni Áldozatsegítő Segélyvonal",
    "Victims' Hotline Rotterdam": "Rotterdami Áldozatsegítő Segélyvonal",
    "Youth Protection Centre Liège": "Liège-i Gyermek- és Ifjúságvédelmi Központ",
    "Youth Protection Centre Miskolc": "Miskolci Gyermek- és Ifjúságvédelmi Központ",
    "Youth Protection Centre The Hague": "Hágai Gyermek- és Ifjúságvédelmi Központ",
    "Return and Reintegration Office Leuven": "Hazatérési és Visszailleszkedési Iroda, Leuven",
    "Return and Reintegration Office Nyíregyháza": "Hazatérési és Visszailleszkedési Iroda, Nyíregyháza",
    "Return and Reintegration Office Zwolle": "Hazatérési és Visszailleszkedési Iroda, Zwolle",
    # Sample addresses
    "Sample Street 1": "Minta utca 1.",
    "Sample Street 2": "Minta utca 2.",
    "Sample Street 3": "Minta utca 3.",
    "Sample Street 4": "Minta utca 4.",
    "Sample Street 5": "Minta utca 5.",
    "Sample Street 6": "Minta utca 6.",
    "Sample Street 7": "Minta utca 7.",
    "Sample Street 8": "Minta utca 8.",
    "Sample Street 9": "Minta utca 9.",
    "Sample Street 10": "Minta utca 10.",
    "Sample Street 11": "Minta utca 11.",
    "Sample Street 12": "Minta utca 12.",
    # Descriptions of the sample organisations (each begins with the sample disclaimer)
    "Sample entry, not a real organisation. Investigates human trafficking, identifies presumed victims and refers them to assistance. Takes reports from other countries' police through the usual police cooperation channels.": (
        "Mintabejegyzés, nem valódi szervezet. Emberkereskedelmi ügyekben nyomoz, azonosítja a feltételezett "
        "áldozatokat, és segítő szolgálatokhoz irányítja őket. Más országok rendőrségeitől a szokásos "
        "rendőrségi együttműködési csatornákon fogad bejelentéseket."
    ),
    "Sample entry, not a real organisation. A university centre that studies trafficking and runs a students' legal clinic supervised by lawyers; also helps professionals with risk assessments for returns.": (
        "Mintabejegyzés, nem valódi szervezet. Egyetemi központ, amely az emberkereskedelmet kutatja, és "
        "ügyvédek felügyelete mellett hallgatói jogklinikát működtet; a hazatérések kockázatértékelésében a "
        "szakembereknek is segít."
    ),
    "Sample entry, not a real organisation. Trained interpreters for police interviews, medical visits and legal consultations, in person or by phone, bound by confidentiality.": (
        "Mintabejegyzés, nem valódi szervezet. Képzett, titoktartásra kötelezett tolmácsok rendőrségi "
        "meghallgatásokhoz, orvosi vizsgálatokhoz és jogi konzultációkhoz, személyesen vagy telefonon."
    ),
    "Sample entry, not a real organisation. Inspects workplaces in agriculture, construction, cleaning and hospitality; identifies signs of labour exploitation and refers presumed victims to the police and assistance services.": (
        "Mintabejegyzés, nem valódi szervezet. Ellenőrzi a mezőgazdasági, építőipari, takarítási és "
        "vendéglátóipari munkahelyeket; felismeri a munkaerő-kizsákmányolás jeleit, és a feltételezett "
        "áldozatokat a rendőrséghez és segítő szolgálatokhoz irányítja."
    ),
    "Sample entry, not a real organisation. Free legal advice and representation for victims: residence, labour claims, civil party claims in criminal proceedings and compensation.": (
        "Mintabejegyzés, nem valódi szervezet. Ingyenes jogi tanácsadás és képviselet áldozatoknak: "
        "tartózkodási ügyek, munkajogi követelések, magánfélként előterjesztett igények a büntetőeljárásban, "
        "kártérítés és kárenyhítés."
    ),
    "Sample entry, not a real organisation. A prosecutor specialised in trafficking cases leads investigations, decides on charges and informs victims of their rights as injured parties.": (
        "Mintabejegyzés, nem valódi szervezet. Emberkereskedelmi ügyekre szakosodott ügyész irányítja a "
        "nyomozást, dönt a vádemelésről, és tájékoztatja az áldozatokat a sértettet megillető jogokról."
    ),
    "Sample entry, not a real organisation. Accompanies returning victims for the first months: housing, training, a job and counselling, in cooperation with the organisations of the sending country.": (
        "Mintabejegyzés, nem valódi szervezet. Az első hónapokban kíséri és támogatja a hazatérő áldozatokat: "
        "lakhatás, képzés, munka és tanácsadás, a küldő ország szervezeteivel együttműködve."
    ),
    "Sample entry, not a real organisation. Prepares voluntary returns with the country of origin: risk assessment, travel, reception on arrival and reintegration support for up to a year.": (
        "Mintabejegyzés, nem valódi szervezet. A származási országgal közösen készíti elő az önkéntes "
        "hazatérést: kockázatértékelés, utazás, fogadás érkezéskor és legfeljebb egy évig tartó "
        "visszailleszkedési támogatás."
    ),
    "Sample entry, not a real organisation. A specialised shelter at a confidential address for women and their children. Offers a safe place to stay, medical and psychological care and time to decide on the next steps.": (
        "Mintabejegyzés, nem valódi szervezet. Titkos címen működő szakosított szálláshely nőknek és "
        "gyermekeiknek. Biztonságos szállást, orvosi és pszichológiai ellátást, valamint időt ad a következő "
        "lépések eldöntésére."
    ),
    "Sample entry, not a real organisation. Municipal social services: case management, access to housing, health insurance, schooling and employment programmes for victims who stay.": (
        "Mintabejegyzés, nem valódi szervezet. Önkormányzati szociális szolgálat a helyben maradó "
        "áldozatoknak: esetkezelés, segítség a lakhatáshoz, az egészségbiztosításhoz, az iskoláztatáshoz és a "
        "foglalkoztatási programokhoz való hozzájutásban."
    ),
    "Sample entry, not a real organisation. A confidential line for victims, witnesses and professionals who suspect trafficking: advice, and referral to the right service the same day.": (
        "Mintabejegyzés, nem valódi szervezet. Bizalmas telefonvonal áldozatoknak, tanúknak és "
        "szakembereknek, akik emberkereskedelmet gyanítanak: tanácsadás és még aznapi továbbirányítás a "
        "megfelelő szolgálathoz."
    ),
    "Sample entry, not a real organisation. Protects children and young people who are presumed victims, appoints a guardian where needed and places them in a safe home.": (
        "Mintabejegyzés, nem valódi szervezet. Védi a feltételezhetően áldozattá vált gyermekeket és "
        "fiatalokat, szükség esetén gyámot rendel ki számukra, és biztonságos otthonban helyezi el őket."
    ),
    # Opening hours
    "Office: Monday to Friday 8:00–16:00; duty officer 24/7": (
        "Ügyfélfogadás: hétfőtől péntekig 8:00–16:00; ügyeletes tiszt: 24/7"
    ),
    "By appointment": "Előzetes bejelentkezés alapján",
    "Bookings by phone 24/7": "Foglalás telefonon: 24/7",
    "Monday to Friday 8:00–16:00": "Hétfőtől péntekig 8:00–16:00",
    "Tuesday and Thursday 10:00–17:00, and by appointment": (
        "Kedden és csütörtökön 10:00–17:00, valamint előzetes bejelentkezés alapján"
    ),
    "Monday to Friday 8:30–16:30": "Hétfőtől péntekig 8:30–16:30",
    "Monday to Friday 9:00–16:00": "Hétfőtől péntekig 9:00–16:00",
    "Monday to Friday 9:00–17:00": "Hétfőtől péntekig 9:00–17:00",
    "Admissions 24 hours a day, 7 days a week": "Felvétel a nap 24 órájában, a hét mind a 7 napján",
    "24 hours a day, 7 days a week": "A nap 24 órájában, a hét mind a 7 napján",
    "Emergency admissions 24/7": "Sürgősségi felvétel: 24/7",
}

# Pathway guidance: what happens at each of the five stages in each country (directory.demo)
STRINGS |= {
    # Belgium
    "In Belgium front-line services (police, social and labour inspection, hospitals, social services) identify presumed victims with the indicators of the multidisciplinary circular on victims of trafficking. A presumed victim must be referred to one of the three specialised centres — Payoke (Antwerp), PAG-ASA (Brussels) or Sürya (Liège) — to enter the victim status procedure.": (
        "Belgiumban az első vonalban dolgozó szolgálatok (rendőrség, szociális és munkaügyi felügyelet, "
        "kórházak, szociális szolgálatok) az emberkereskedelem áldozatairól szóló multidiszciplináris "
        "körlevélben felsorolt jelek alapján azonosítják a feltételezett áldozatokat. Ahhoz, hogy a "
        "feltételezett áldozat bekerüljön az áldozati jogállás megszerzésére irányuló eljárásba, a három "
        "szakosított központ egyikéhez kell irányítani: a Payoke-hoz (Antwerpen), a PAG-ASA-hoz (Brüsszel) "
        "vagy a Süryához (Liège)."
    ),
    "Contact the specialised centre straight away, also outside office hours.": (
        "Azonnal vegye fel a kapcsolatot a szakosított központtal, munkaidőn kívül is."
    ),
    "Inform the reference magistrate for trafficking of the judicial district.": (
        "Értesítse a bírósági körzet emberkereskedelmi ügyekért felelős referens ügyészét."
    ),
    "The specialised centre offers shelter, medical and psychological care, legal support and interpretation. A reflection period of 45 days gives the victim time to recover and decide whether to make statements.": (
        "A szakosított központ szállást, orvosi és pszichológiai ellátást, jogi támogatást és tolmácsolást "
        "biztosít. A 45 napos gondolkodási idő alatt az áldozat felépülhet, és eldöntheti, tesz-e vallomást."
    ),
    "During the procedure the victim must break contact with the suspected exploiters and accept the centre's guidance.": (
        "Az eljárás alatt az áldozatnak meg kell szakítania a kapcsolatot a feltételezett kizsákmányolóival, "
        "és el kell fogadnia a központ kíséretét és támogatását."
    ),
    "Children are referred to the guardianship service and to youth care.": (
        "A gyermekeket a gyámsági szolgálathoz és a gyermekvédelmi ellátáshoz irányítják."
    ),
    "Victims who cooperate with the justice system receive a temporary residence document, which can lead to permanent residence, for example when the case ends in a conviction. The specialised centre accompanies them with housing, training and work.": (
        "Az igazságszolgáltatással együttműködő áldozatok ideiglenes tartózkodási okmányt kapnak, amelyből "
        "állandó tartózkodási jog lehet, például ha az ügy elmarasztaló ítélettel zárul. A szakosított "
        "központ a lakhatásban, a képzésben és a munkavállalásban is segíti őket."
    ),
    "Keep the centre informed of every step in the criminal case: residence depends on it.": (
        "A büntetőügy minden lépéséről tájékoztassa a központot: ettől függ az áldozat tartózkodási joga."
    ),
    "EU citizens' residence is arranged through the same centres.": (
        "Az uniós polgárok tartózkodását ugyanezek a központok intézik."
    ),
    "Voluntary return is prepared with the specialised centre and the voluntary return programme (Fedasil with its partners), which pays for the journey and can give reintegration support in the country of origin.": (
        "Az önkéntes hazatérést a szakosított központ és az önkéntes hazatérési program (a Fedasil és "
        "partnerei) közösen készíti elő; a program fizeti az utazást, és a származási országban "
        "visszailleszkedési támogatást is nyújthat."
    ),
    "Make a risk assessment with the victim before any return.": (
        "Minden hazatérés előtt végezzen kockázatértékelést az áldozattal közösen."
    ),
    "Contact the organisations of the country of origin in this directory before the departure date, and agree who meets the victim.": (
        "Az indulás napja előtt vegye fel a kapcsolatot a származási ország e címtárban szereplő "
        "szervezeteivel, és egyeztesse velük, ki várja az áldozatot."
    ),
    "Victims report to the police or the labour inspection; the public prosecutor's office has a reference magistrate for trafficking in each judicial district. The victim can join the proceedings as a civil party and claim damages; the specialised centres can also act as civil party.": (
        "Az áldozatok a rendőrségen vagy a munkaügyi felügyeletnél tehetnek feljelentést; az ügyészségnek "
        "minden bírósági körzetben van emberkereskedelmi ügyekért felelős referens ügyésze. Az áldozat "
        "magánfélként csatlakozhat az eljáráshoz, és kártérítést követelhet; a szakosított központok is "
        "felléphetnek magánfélként."
    ),
    "Legal aid is free for victims with limited means.": (
        "A szerény anyagi helyzetű áldozatok számára a jogi segítségnyújtás ingyenes."
    ),
    "When the offender cannot pay, the Commission for financial assistance to victims of intentional acts of violence can help.": (
        "Ha az elkövető nem tud fizetni, a szándékos erőszakos cselekmények áldozatainak pénzügyi "
        "segítségnyújtásával foglalkozó bizottság segíthet."
    ),
    # Hungary
    "In Hungary a government decree (354/2012) obliges a range of bodies to identify presumed victims: among others the police, victim support services, family and child welfare services, health-care providers, consular staff abroad and the labour authority. They use a standard identification questionnaire and send it to the victim support service.": (
        "Magyarországon egy kormányrendelet (354/2012.) számos szervet kötelez a feltételezett áldozatok "
        "azonosítására, többek között a rendőrséget, az áldozatsegítő szolgálatokat, a család- és "
        "gyermekjóléti szolgálatokat, az egészségügyi szolgáltatókat, a külképviseletek konzuli tisztviselőit "
        "és a munkaügyi hatóságot. Ezek egységes azonosító kérdőívet töltenek ki, és megküldik az "
        "áldozatsegítő szolgálatnak."
    ),
    "Consular staff of Hungary can start the identification of a Hungarian citizen found abroad.": (
        "Magyarország konzuli tisztviselői megkezdhetik a külföldön talált magyar állampolgár azonosítását."
    ),
    "Any sign of trafficking is enough to start: the victim does not have to make a complaint first.": (
        "Az azonosítás megkezdéséhez elég az emberkereskedelem bármely jele: az áldozatnak nem kell előbb "
        "feljelentést tennie."
    ),
    "The victim support service informs the victim of their rights and can give immediate financial help (for example for travel, clothing or accommodation). The national crisis line can arrange a place in a shelter for victims of trafficking.": (
        "Az áldozatsegítő szolgálat tájékoztatja az áldozatot a jogairól, és azonnali pénzügyi segélyt "
        "nyújthat (például utazásra, ruházatra vagy szállásra). Az országos krízisvonal helyet tud "
        "biztosítani az emberkereskedelem áldozatait befogadó szálláshelyek egyikén."
    ),
    "Arrange an interpreter for every interview.": "Minden meghallgatáshoz biztosítson tolmácsot.",
    "Check health needs first: medical care is available in an emergency regardless of insurance.": (
        "Először az egészségügyi szükségleteket mérje fel: sürgős esetben az orvosi ellátás biztosítástól "
        "függetlenül igénybe vehető."
    ),
    "Give the victim time to recover and decide before asking for a statement.": (
        "Mielőtt vallomást kérne, adjon időt az áldozatnak, hogy felépüljön és döntsön."
    ),
    "After the shelter, transitional (“half-way”) housing, family support services and employment programmes help victims rebuild their lives in Hungary. A case manager keeps the plan together and stays the contact point for partners abroad.": (
        "A szálláshely után átmeneti lakhatás (úgynevezett „félutas ház”), családsegítő szolgálatok és "
        "foglalkoztatási programok segítik az áldozatokat abban, hogy újraépítsék az életüket Magyarországon. "
        "Egy esetfelelős fogja össze a tervet, és ő marad a külföldi partnerek kapcsolattartója."
    ),
    "Help with identity documents, health insurance and registration of an address.": (
        "Segítsen a személyazonosító okmányok, az egészségbiztosítás és a lakcímbejelentés intézésében."
    ),
    "Plan education or vocational training with the victim.": (
        "Az áldozattal közösen tervezze meg a tanulást vagy a szakképzést."
    ),
    "When a Hungarian victim returns from abroad, the return is prepared before departure with the organisations in Hungary: a risk assessment (is the family or home town safe?), who meets the victim on arrival, and a place to stay.": (
        "Ha egy magyar áldozat külföldről tér haza, a hazatérést még az indulás előtt előkészítik a "
        "Magyarországon működő szervezetekkel: elvégzik a kockázatértékelést (biztonságos-e a család vagy a "
        "lakóhely?), egyeztetik, ki várja az áldozatot érkezéskor, és hol szállhat meg."
    ),
    "The consulate can issue an emergency travel document.": "A konzulátus ideiglenes úti okmányt állíthat ki.",
    "Agree who informs the victim support service and the receiving shelter, and send the case summary with the victim's consent.": (
        "Egyeztessék, ki értesíti az áldozatsegítő szolgálatot és a fogadó szálláshelyet, és az áldozat "
        "beleegyezésével küldjék meg az eset összefoglalóját."
    ),
    "Plan follow-up support for at least the first months.": (
        "Legalább az első hónapokra tervezzenek utánkövető támogatást."
    ),
    "Report the crime to the police; the prosecution service directs the investigation. In criminal proceedings the victim is an injured party, can claim damages as a civil party and can ask to be treated as a vulnerable witness (for example a separate hearing room or a recorded interview).": (
        "A bűncselekményt a rendőrségen kell feljelenteni; a nyomozást az ügyészség irányítja. A "
        "büntetőeljárásban az áldozat sértett, magánfélként kártérítést követelhet, és kérheti, hogy "
        "különleges bánásmódot igénylő tanúként kezeljék (például külön meghallgatási helyiséget vagy a "
        "meghallgatás rögzítését kérheti)."
    ),
    "State compensation for victims of violent crime is applied for through the victim support service.": (
        "Az erőszakos bűncselekmények áldozatai az áldozatsegítő szolgálatnál igényelhetnek állami kárenyhítést."
    ),
    "Evidence can be exchanged with Belgium and the Netherlands through a European Investigation Order or a joint investigation team.": (
        "Belgiummal és Hollandiával európai nyomozási határozat vagy közös nyomozócsoport útján lehet "
        "bizonyítékokat cserélni."
    ),
    # The Netherlands
    "In the Netherlands the police must act on even the slightest indication of trafficking. Police, the Royal Marechaussee, the Labour Inspectorate and care professionals report presumed victims to CoMensha, the national coordination centre, which registers them and helps find a place in care.": (
        "Hollandiában a rendőrségnek már az emberkereskedelem legcsekélyebb jelére is intézkednie kell. A "
        "rendőrség, a Királyi Katonai Csendőrség (Koninklijke Marechaussee), a munkaügyi felügyelet és az "
        "ellátásban dolgozó szakemberek a CoMensha országos koordinációs központnak jelzik a feltételezett "
        "áldozatokat; a központ nyilvántartásba veszi őket, és segít helyet találni számukra az "
        "ellátórendszerben."
    ),
    "Foreign nationals from outside the EU must be offered the residence scheme for victims of trafficking as soon as there is an indication.": (
        "Az Európai Unión kívüli országok állampolgárainak már az első jel esetén fel kell ajánlani az "
        "emberkereskedelem áldozataira vonatkozó tartózkodási szabályozás igénybevételét."
    ),
    "Regional care coordinators know the local shelters and services.": (
        "A regionális ellátáskoordinátorok ismerik a helyi szálláshelyeket és szolgáltatókat."
    ),
    "Victims are placed in specialised shelters, including category-specific shelters for victims of trafficking, with medical care, psychological support and legal aid. Non-EU victims get a reflection period of up to three months to decide whether to report.": (
        "Az áldozatokat szakosított szálláshelyeken helyezik el – köztük olyanokon, amelyeket kifejezetten az "
        "emberkereskedelem áldozatainak tartanak fenn –, ahol orvosi ellátást, pszichológiai támogatást és "
        "jogi segítséget kapnak. Az Európai Unión kívülről érkezett áldozatok legfeljebb háromhónapos "
        "gondolkodási időt kapnak annak eldöntésére, hogy tesznek-e feljelentést."
    ),
    "A specialised lawyer is free of charge for victims of trafficking.": (
        "Az emberkereskedelem áldozatai ingyenesen vehetik igénybe szakosodott ügyvéd segítségét."
    ),
    "Arrange a professional interpreter; do not use companions of the victim to translate.": (
        "Gondoskodjon hivatásos tolmácsról; ne az áldozat kísérőit kérje meg a fordításra."
    ),
    "Municipalities are responsible for longer-term care, housing and income support; a care coordinator makes the plan with the victim. Victims who report or cooperate with the investigation can obtain a temporary residence permit, and in some cases continued residence.": (
        "A hosszabb távú ellátásért, a lakhatásért és a jövedelemtámogatásért az önkormányzatok felelnek; az "
        "ellátáskoordinátor az áldozattal közösen készíti el a tervet. Azok az áldozatok, akik feljelentést "
        "tesznek vagy együttműködnek a nyomozással, ideiglenes tartózkodási engedélyt, egyes esetekben pedig "
        "további tartózkodási jogot kaphatnak."
    ),
    "Plan language lessons, education and work early.": (
        "Időben tervezze meg a nyelvtanulást, a tanulást és a munkavállalást."
    ),
    "Keep the case manager in the country of origin informed if a return remains possible.": (
        "Ha a hazatérés továbbra is lehetséges, tájékoztassa a származási ország esetfelelősét."
    ),
    "Voluntary return is prepared with the victim, the care coordinator and a return organisation such as IOM, which can arrange the journey and reintegration support in the country of origin.": (
        "Az önkéntes hazatérést az áldozattal, az ellátáskoordinátorral és egy hazatérést segítő "
        "szervezettel, például a Nemzetközi Migrációs Szervezettel (IOM) közösen készítik elő; ez a szervezet "
        "megszervezheti az utazást és a visszailleszkedés támogatását a származási országban."
    ),
    "Assess the risks of return (traffickers at home, debts, family pressure) with the victim.": (
        "Az áldozattal közösen mérje fel a hazatérés kockázatait (emberkereskedők a lakóhelyén, adósságok, "
        "családi nyomás)."
    ),
    "Agree with the receiving organisations, listed in this directory, who meets the victim on arrival.": (
        "Egyeztesse a fogadó szervezetekkel – ezek szerepelnek ebben a címtárban –, ki várja az áldozatot érkezéskor."
    ),
    "Victims report to the police, where specialised trafficking officers take the statement; the Public Prosecution Service has prosecutors specialised in trafficking. The victim can join the proceedings as an injured party to claim damages.": (
        "Az áldozatok a rendőrségen tehetnek feljelentést, ahol emberkereskedelemre szakosodott rendőrök "
        "veszik fel a vallomásukat; az ügyészségnek (Openbaar Ministerie) emberkereskedelmi ügyekre "
        "szakosodott ügyészei vannak. Az áldozat sértett félként csatlakozhat az eljáráshoz, hogy kártérítést "
        "követeljen."
    ),
    "The Violent Offences Compensation Fund can pay compensation when the damage is not paid by the offender.": (
        "Ha a kárt az elkövető nem téríti meg, az Erőszakos Bűncselekmények Kárenyhítési Alapja (Schadefonds "
        "Geweldsmisdrijven) fizethet kárenyhítést."
    ),
    "The victim has the right to a lawyer, an interpreter and to be informed of the progress of the case.": (
        "Az áldozatnak joga van ügyvédhez, tolmácshoz, és ahhoz, hogy tájékoztassák az ügy állásáról."
    ),
    # Handbook tables (chapters 3 and 4), translated cell by cell (home.blocks.TranslatableTableBlock)
    "First assistance in the three partner countries, as it stood during the project (check current rules before relying on it)": (
        "Első segítségnyújtás a három partnerországban a projekt idején (mielőtt erre támaszkodna, ellenőrizze a "
        "jelenleg hatályos szabályokat)"
    ),
    "Netherlands": PLACES["the Netherlands"],
    "Entry into assistance": "Bekerülés az ellátásba",
    "Through one of the three specialised centres, with the police or the social inspection": (
        "A három szakosított központ egyikén keresztül, a rendőrséggel vagy a szociális felügyelettel együttműködve"
    ),
    "Report to CoMensha, which registers the person and finds a place in a shelter": (
        "Bejelentés a CoMensha felé, amely nyilvántartásba veszi a személyt, és szálláshelyet keres számára"
    ),
    "Identification by the bodies named in the government decree; referral to the victim support service and a shelter": (
        "Azonosítás a kormányrendeletben megnevezett szervek által; továbbirányítás az áldozatsegítő szolgálathoz "
        "és egy szálláshelyre"
    ),
    "Specialised support": "Szakosított támogatás",
    "Payoke (Antwerp), PAG-ASA (Brussels), Sürya (Liège)": (
        f"Payoke ({PLACES['Antwerp']}), PAG-ASA ({PLACES['Brussels']}), Sürya ({PLACES['Liège']})"
    ),
    "Categorical shelters for victims (COSM) and regional care coordinators": (
        "Kifejezetten az áldozatoknak fenntartott szálláshelyek (COSM) és regionális ellátáskoordinátorok"
    ),
    "Shelters run by NGOs under contract with the ministry responsible for social affairs": (
        "Civil szervezetek által, a szociális ügyekért felelős minisztériummal kötött szerződés alapján működtetett "
        "szálláshelyek"
    ),
    "Reflection period": "Gondolkodási idő",
    "45 days": "45 nap",
    "Up to three months (chapter B8/3 of the Aliens Circular)": (
        "Legfeljebb három hónap (a holland idegenrendészeti körlevél [Vreemdelingencirculaire] B8/3. fejezete)"
    ),
    "30 days for third-country nationals": "Harmadik országbeli állampolgárok esetében 30 nap",
    "National coordination": "Nemzeti koordináció",
    "Interdepartmental coordination unit; Myria as independent rapporteur": (
        "Tárcaközi koordinációs egység; a Myria mint független jelentéstevő"
    ),
    "Task Force on trafficking; National Rapporteur": (
        "Emberkereskedelem elleni munkacsoport (Task Force); nemzeti jelentéstevő"
    ),
    "National coordinator at the Ministry of Interior": "Nemzeti koordinátor a Belügyminisztériumban",
    "Who does what in a referral from Belgium to Hungary (example)": (
        f"Ki mit tesz egy {PLACES['Belgium']}ból {PLACES['Hungary']}ra történő továbbirányítás során (példa)"
    ),
    "Step": "Lépés",
    "Belgian side": "Belgiumi oldal",
    "Hungarian side": "Magyar oldal",
    "Consent": "Hozzájárulás",
    "Specialised centre explains and records consent": (
        "A szakosított központ tájékoztatást ad, és rögzíti a hozzájárulást"
    ),
    "—": "—",
    "Contact": "Kapcsolatfelvétel",
    "Specialised centre contacts the Hungarian contact point": (
        "A szakosított központ felveszi a kapcsolatot a magyar kapcsolattartó ponttal"
    ),
    "National coordinator or victim support service confirms receipt": (
        "A nemzeti koordinátor vagy az áldozatsegítő szolgálat visszaigazolja a megkeresés beérkezését"
    ),
    "Assessment": "Felmérés",
    "Centre shares the needs assessment": "A központ megosztja a szükségletfelmérést",
    "Shelter and victim support service check what they can offer": (
        "A szálláshely és az áldozatsegítő szolgálat megvizsgálja, mit tud nyújtani"
    ),
    "Handover": "Átadás",
    "Centre accompanies the person to departure": "A központ az indulásig elkíséri a személyt",
    "Shelter worker meets the person on arrival": "A szálláshely munkatársa érkezéskor fogadja a személyt",
    "Follow-up": "Utókövetés",
    "Centre asks after one and three months": "A központ egy, majd három hónap elteltével érdeklődik",
    "Victim support service reports, with consent": (
        "Az áldozatsegítő szolgálat – a személy hozzájárulásával – visszajelzést küld"
    ),
}
