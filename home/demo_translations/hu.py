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

# About, code of conduct and privacy notice (home.demo)
STRINGS |= {
    "About RAVOT-EUR": "A RAVOT-EUR projektről",
    "about": "a-projektrol",
    "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) built a transnational referral mechanism between Hungary, Belgium and the Netherlands.": "A RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe – az emberkereskedelem áldozatainak továbbirányítása és támogatása Európában) nemzetközi áldozat-továbbirányítási mechanizmust hozott létre Magyarország, Belgium és Hollandia között.",
    "Why this project": "Miért volt szükség a projektre?",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking in human beings are most often found. They are exploited in prostitution, in agriculture, in construction, in cleaning and in food processing. When such a person is identified, the police, the shelters, the social services and the courts of at least two countries need to work together: to protect the person, to support a safe return if that is what they want, and to bring the offenders to justice.": "Belgium és Hollandia azok az országok, ahol a magyar emberkereskedelem-áldozatokat a leggyakrabban azonosítják. Prostitúcióban, a mezőgazdaságban, az építőiparban, a takarításban és az élelmiszer-feldolgozásban zsákmányolják ki őket. Ha egy ilyen személyt azonosítanak, legalább két ország rendőrségének, áldozatsegítő szálláshelyeinek, szociális szolgálatainak és bíróságainak kell együttműködnie: hogy megvédjék az érintettet, támogassák a biztonságos hazatérését, ha ezt szeretné, és hogy az elkövetők bíróság elé kerüljenek.",
    "Before RAVOT-EUR, that cooperation depended on individual contacts. Professionals did not know whom to call in the other country, how the other system worked, or whether they could trust the information they received. Victims fell between the systems, were returned without support, or were re-trafficked.": "A RAVOT-EUR előtt ez az együttműködés személyes kapcsolatokon múlt. A szakemberek nem tudták, kit hívjanak a másik országban, hogyan működik ott a rendszer, és megbízhatnak-e a kapott információkban. Az áldozatok kiestek a rendszerek közötti résekben, támogatás nélkül küldték haza őket, vagy ismét emberkereskedők kezébe kerültek.",
    "What the project did": "Mit valósított meg a projekt?",
    "The project was led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Belgian specialised centre for victims of trafficking in Antwerp, as partners. Between 1 February 2014 and 31 January 2016 it:": "A projektet a magyar Belügyminisztérium vezette, partnerként a holland Biztonsági és Igazságügyi Minisztérium, valamint a Payoke, az emberkereskedelem áldozatainak antwerpeni belga szakosított központja vett részt benne. 2014. február 1. és 2016. január 31. között a projekt:",
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
    "Your rights": "Az Ön jogai",
    "Under the General Data Protection Regulation you may ask to see, correct or delete the data we hold about you, and you may complain to your national data protection authority. Write to privacy@example.org (sample address).": "Az általános adatvédelmi rendelet (GDPR) alapján kérheti, hogy betekinthessen az Önről tárolt adatokba, illetve hogy helyesbítsük vagy töröljük azokat, és panaszt tehet az országa adatvédelmi hatóságánál. Írjon a privacy@example.org címre (mintacím).",
}

# Home page body (home.demo_home)
STRINGS |= {
    "RAVOT-EUR: referral of and assistance for victims of human trafficking between Hungary, Belgium and the Netherlands.": "RAVOT-EUR: az emberkereskedelem áldozatainak továbbirányítása és támogatása Magyarország, Belgium és Hollandia között.",
    "RAVOT-EUR connects the police, prosecutors, shelters, social services and NGOs that help victims of human trafficking from Hungary who are found in Belgium and the Netherlands. It offers a transnational referral mechanism, a training handbook, reports from workshops and study visits, and a closed forum for vetted professionals.": "A RAVOT-EUR összeköti a rendőrséget, az ügyészséget, az áldozatsegítő szálláshelyeket, a szociális szolgálatokat és a civil szervezeteket, amelyek a Belgiumban és Hollandiában azonosított magyar emberkereskedelem-áldozatoknak segítenek. Nemzetközi áldozat-továbbirányítási mechanizmust, képzési kézikönyvet, a szakmai műhelyekről és tanulmányutakról szóló beszámolókat, valamint zárt fórumot kínál ellenőrzött szakemberek számára.",
    "The project was led by <b>Hungary's Ministry of Interior</b>, with the <b>Dutch Ministry of Security and Justice</b> and <b>Payoke</b>, the Belgian specialised centre for victims of trafficking, as partners. It ran from 1 February 2014 to 31 January 2016 with a budget of EUR 346,069, of which EUR 311,462 from the European Union.": "A projektet a <b>magyar Belügyminisztérium</b> vezette, partnerei a <b>holland Biztonsági és Igazságügyi Minisztérium</b> és a <b>Payoke</b>, az emberkereskedelem áldozatainak belga szakosított központja voltak. A projekt 2014. február 1. és 2016. január 31. között futott, 346 069 eurós költségvetéssel, amelyből 311 462 eurót az Európai Unió biztosított.",
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
