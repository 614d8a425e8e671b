# ruff: noqa: E501  (translations are prose: long lines read better than broken sentences)
"""French (Belgium) translations of the demo pages: English source segment -> translation."""

# Place names as French readers write them: the one glossary every entry below follows
# (a city field on its own translates to exactly this form; sentences contract the article
# where grammar requires, e.g. "à La Haye", "d'Anvers"). Native names where French has no exonym.
PLACES = {
    "The Hague": "La Haye",
    "Antwerp": "Anvers",
    "Brussels": "Bruxelles",
    "Ghent": "Gand",
    "Liège": "Liège",
    "Leuven": "Louvain",
    "Bruges": "Bruges",
    "Charleroi": "Charleroi",
    "Amsterdam": "Amsterdam",
    "Rotterdam": "Rotterdam",
    "Utrecht": "Utrecht",
    "Eindhoven": "Eindhoven",
    "Zwolle": "Zwolle",
    "Groningen": "Groningue",
    "Budapest": "Budapest",
    "Pécs": "Pécs",
    "Szeged": "Szeged",
    "Debrecen": "Debrecen",
    "Miskolc": "Miskolc",
    "Nyíregyháza": "Nyíregyháza",
    "Győr": "Győr",
    "Belgium": "Belgique",
    "Hungary": "Hongrie",
    "the Netherlands": "Pays-Bas",
}

STRINGS = {
    # Home page
    "RAVOT-EUR": "RAVOT-EUR",
    "home": "home",
    # Get help
    "Get help": "Trouver de l'aide",
    "get-help": "aide",
    "Help lines in Hungary, Belgium and the Netherlands for victims of human trafficking, and advice on staying safe.": (
        "Lignes d'aide en Hongrie, en Belgique et aux Pays-Bas pour les victimes de la traite des êtres humains, "
        "et conseils pour rester en sécurité."
    ),
    "If you, or someone you know, are forced to work, to sell sex or to do anything else against your will, you can get help: in Hungary, in Belgium, in the Netherlands and in every other country of the European Union. This page tells you whom to contact and how to stay safe while you look for help.": (
        "Si vous, ou une personne que vous connaissez, êtes contraint de travailler, de vous prostituer ou de faire "
        "quoi que ce soit contre votre volonté, vous pouvez obtenir de l'aide : en Hongrie, en Belgique, aux Pays-Bas "
        "et dans tous les autres pays de l'Union européenne. Cette page vous indique qui contacter et comment rester "
        "en sécurité pendant que vous cherchez de l'aide."
    ),
    "Signs that you may be exploited": "Signes que vous êtes peut-être exploité",
    "Does any of this sound familiar?": "Reconnaissez-vous l'une de ces situations ?",
    "Someone else keeps your passport or identity card.": "Quelqu'un d'autre garde votre passeport ou votre carte d'identité.",
    "You have to work to pay off a debt that keeps growing.": "Vous devez travailler pour rembourser une dette qui ne cesse d'augmenter.",
    "You cannot stop working, or leave the place where you live, when you want to.": (
        "Vous ne pouvez pas arrêter de travailler, ni quitter l'endroit où vous vivez, quand vous le souhaitez."
    ),
    "You, or your family at home, are threatened.": "Vous, ou votre famille restée au pays, êtes menacés.",
    "You are paid much less than promised, or nothing at all.": "Vous êtes payé beaucoup moins que promis, ou pas du tout.",
    "You are made to sell sex, to beg or to commit crimes.": (
        "On vous oblige à vous prostituer, à mendier ou à commettre des délits."
    ),
    "None of this is your fault. You have rights even if you agreed to the job at first, even if you entered the country or worked without the right papers, and even if you owe money to the people who brought you.": (
        "Rien de tout cela n'est de votre faute. Vous avez des droits, même si vous aviez d'abord accepté ce travail, "
        "même si vous êtes entré dans le pays ou avez travaillé sans les papiers requis, et même si vous devez de "
        "l'argent aux personnes qui vous ont fait venir."
    ),
    "Your rights as a victim": "Vos droits en tant que victime",
    "In the European Union, victims of trafficking in human beings have the right to help: a safe place to stay, medical and psychological care, information in a language they understand, and legal advice. This help may not depend on whether you are willing to make a statement to the police (EU Directive 2011/36/EU). You decide whether you want to report what happened, and the organisations on this page can explain what that would mean for you.": (
        "Dans l'Union européenne, les victimes de la traite des êtres humains ont droit à une aide : un hébergement "
        "sûr, des soins médicaux et psychologiques, des informations dans une langue qu'elles comprennent et des "
        "conseils juridiques. Cette aide ne peut pas dépendre de votre volonté de faire une déclaration à la police "
        "(directive 2011/36/UE). C'est vous qui décidez de porter plainte ou non ; les organisations présentées sur "
        "cette page peuvent vous expliquer ce que cela impliquerait pour vous."
    ),
    "Staying safe while you ask for help": "Rester en sécurité pendant que vous demandez de l'aide",
    "Keep a photo or a copy of your identity documents in a safe place, for example with someone you trust.": (
        "Conservez une photo ou une copie de vos documents d'identité en lieu sûr, par exemple chez une personne de "
        "confiance."
    ),
    "Learn one phone number of a person you trust by heart.": (
        "Apprenez par cœur le numéro de téléphone d'une personne de confiance."
    ),
    "Agree on a code word with a friend or relative that means: call the police for me.": (
        "Convenez avec un ami ou un proche d'un mot de code qui signifie : appelle la police pour moi."
    ),
    "If someone else controls your phone, call from another phone: your phone's call list shows the numbers you called.": (
        "Si quelqu'un d'autre contrôle votre téléphone, appelez depuis un autre appareil : le journal d'appels de "
        "votre téléphone montre les numéros que vous avez composés."
    ),
    "If it is safe, note addresses where you had to live or work, names or nicknames of the people involved, dates and payments. This can help you later.": (
        "Si vous pouvez le faire sans danger, notez les adresses où vous avez dû vivre ou travailler, les noms ou "
        "surnoms des personnes impliquées, les dates et les paiements. Cela pourra vous aider plus tard."
    ),
    "Going home": "Rentrer chez soi",
    "If you want to return to your home country, the organisations on this page can help you prepare a safe return: with documents, with the journey, and with support after you arrive, such as a place to stay, health care and help to find work. RAVOT-EUR was set up so that professionals in Hungary, Belgium and the Netherlands can arrange this together.": (
        "Si vous souhaitez rentrer dans votre pays d'origine, les organisations présentées sur cette page peuvent "
        "vous aider à préparer un retour en sécurité : pour les documents, pour le voyage et, après votre arrivée, "
        "avec un hébergement, des soins de santé et une aide pour trouver du travail. RAVOT-EUR a été créé pour que "
        "les professionnels de Hongrie, de Belgique et des Pays-Bas puissent organiser cela ensemble."
    ),
    "The organisations below help victims of human trafficking and the people around them. You can contact them even if you are not sure whether what happened to you is trafficking. Entries marked “Sample entry” are placeholders on this demonstration site, not real services.": (
        "Les organisations ci-dessous aident les victimes de la traite des êtres humains et leur entourage. Vous "
        "pouvez les contacter même si vous n'êtes pas sûr que ce qui vous est arrivé relève de la traite. Les "
        "entrées signalées comme exemples sont des données fictives de ce site de démonstration, pas de vrais services."
    ),
}

# About, code of conduct and privacy notice (home.demo)
STRINGS |= {
    "About RAVOT-EUR": "À propos de RAVOT-EUR",
    "about": "a-propos",
    "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) built a transnational referral mechanism between Hungary, Belgium and the Netherlands.": "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) a mis en place un mécanisme d'orientation transnational entre la Hongrie, la Belgique et les Pays-Bas.",
    "Why this project": "Pourquoi ce projet",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking in human beings are most often found. They are exploited in prostitution, in agriculture, in construction, in cleaning and in food processing. When such a person is identified, the police, the shelters, the social services and the courts of at least two countries need to work together: to protect the person, to support a safe return if that is what they want, and to bring the offenders to justice.": "La Belgique et les Pays-Bas sont les pays où les victimes hongroises de la traite des êtres humains sont le plus souvent identifiées. Elles sont exploitées dans la prostitution, l'agriculture, la construction, le nettoyage et la transformation alimentaire. Lorsqu'une telle personne est identifiée, la police, les centres d'accueil, les services sociaux et les tribunaux d'au moins deux pays doivent collaborer : pour protéger la personne, pour soutenir un retour en sécurité si elle le souhaite, et pour traduire les auteurs en justice.",
    "Before RAVOT-EUR, that cooperation depended on individual contacts. Professionals did not know whom to call in the other country, how the other system worked, or whether they could trust the information they received. Victims fell between the systems, were returned without support, or were re-trafficked.": "Avant RAVOT-EUR, cette coopération reposait sur des contacts individuels. Les professionnels ne savaient pas qui appeler dans l'autre pays, comment y fonctionnait le système, ni s'ils pouvaient se fier aux informations reçues. Des victimes passaient entre les mailles des systèmes, étaient renvoyées sans accompagnement ou retombaient aux mains de trafiquants.",
    "What the project did": "Ce que le projet a réalisé",
    "The project was led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Belgian specialised centre for victims of trafficking in Antwerp, as partners. Between 1 February 2014 and 31 January 2016 it:": "Le projet était dirigé par le ministère de l'Intérieur de Hongrie, avec pour partenaires le ministère néerlandais de la Sécurité et de la Justice et Payoke, le centre spécialisé belge pour les victimes de la traite des êtres humains à Anvers. Entre le 1er février 2014 et le 31 janvier 2016, il a :",
    "built a transnational referral mechanism (TRM) between Hungary, Belgium and the Netherlands, following the five stages of the European TRM guidelines: identification; first assistance and protection; long-term assistance and social inclusion; return and social inclusion; criminal and civil proceedings;": "mis en place un mécanisme d'orientation transnational (TRM) entre la Hongrie, la Belgique et les Pays-Bas, selon les cinq étapes des lignes directrices européennes relatives aux TRM : identification ; première assistance et protection ; assistance à long terme et inclusion sociale ; retour et inclusion sociale ; procédures pénales et civiles ;",
    "wrote a training handbook for professional and academic use;": "rédigé un manuel de formation à usage professionnel et académique ;",
    "held three professional workshops, one in each partner country;": "organisé trois ateliers professionnels, un dans chaque pays partenaire ;",
    "organised study visits in which experts learned how the Hungarian, Dutch and Belgian authorities and services work;": "organisé des visites d'étude au cours desquelles des experts ont découvert le fonctionnement des autorités et des services hongrois, néerlandais et belges ;",
    "built this online platform, with a forum where vetted professionals can discuss cases.": "créé cette plateforme en ligne, avec un forum où des professionnels ayant fait l'objet d'une vérification peuvent discuter de dossiers.",
    "Aims": "Objectifs",
    "The project aimed to help victims of sexual and labour exploitation to return safely and to reintegrate; to understand what victims need and what the services and NGOs involved can offer; and to build trust between the professionals who have to work together across borders.": "Le projet visait à aider les victimes d'exploitation sexuelle et d'exploitation économique à rentrer en sécurité et à se réintégrer ; à comprendre les besoins des victimes et ce que les services et les ONG concernés peuvent leur offrir ; et à instaurer la confiance entre les professionnels appelés à collaborer par-delà les frontières.",
    "Funding": "Financement",
    "RAVOT-EUR was co-funded by the Prevention of and Fight against Crime Programme (ISEC 2012) of the European Union, grant HOME/2012/ISEC/AG/4000004405. The total budget was EUR 346,069, of which EUR 311,462 came from the European Union.": "RAVOT-EUR a été cofinancé par le programme « Prévenir et combattre la criminalité » (ISEC 2012) de l'Union européenne, subvention HOME/2012/ISEC/AG/4000004405. Le budget total s'élevait à 346 069 EUR, dont 311 462 EUR provenant de l'Union européenne.",
    "Disclaimer": "Clause de non-responsabilité",
    "This website reflects only the authors' views. The European Commission is not responsible for any use that may be made of the information it contains.": "Ce site reflète uniquement le point de vue de ses auteurs. La Commission européenne n'est pas responsable de l'usage qui pourrait être fait des informations qu'il contient.",
    "Code of conduct for the professionals' forum": "Code de conduite du forum des professionnels",
    "code-of-conduct": "code-de-conduite",
    "The forum is a closed space where vetted professionals discuss cases across borders. These rules protect the people whose situations we discuss, and the trust between us.": "Le forum est un espace fermé où des professionnels vérifiés discutent de dossiers transfrontaliers. Ces règles protègent les personnes dont nous évoquons la situation, ainsi que la confiance entre nous.",
    "1. Never identify a victim": "1. Ne jamais rendre une victime identifiable",
    'Do not post names, initials, dates of birth, addresses, phone numbers, photos, case or file numbers, or any combination of details (a small town, an unusual job, a specific date) that could identify a victim or a witness. Describe the situation, not the person: "a Hungarian woman in her twenties, exploited in prostitution in Antwerp" is enough to ask for advice. When a case needs personal data to be exchanged, use the official channels of your organisation, not the forum.': "Ne publiez ni noms, ni initiales, ni dates de naissance, ni adresses, ni numéros de téléphone, ni photos, ni numéros de dossier, ni aucune combinaison de détails (une petite ville, un métier inhabituel, une date précise) qui permettrait d'identifier une victime ou un témoin. Décrivez la situation, pas la personne : « une Hongroise d'une vingtaine d'années, exploitée dans la prostitution à Anvers » suffit pour demander conseil. Lorsqu'un dossier exige l'échange de données personnelles, utilisez les canaux officiels de votre organisation, pas le forum.",
    "2. Confidentiality": "2. Confidentialité",
    "What is written in the forum stays in the forum. Do not copy, forward or screenshot posts for people outside it without the author's agreement. Information about ongoing investigations must not be shared at all. Remember that even a vetted space can be breached: write as if a post might one day be read by someone else.": "Ce qui est écrit sur le forum reste sur le forum. Ne copiez pas, ne transférez pas et ne faites pas de captures d'écran des messages pour des personnes extérieures sans l'accord de leur auteur. Aucune information sur des enquêtes en cours ne peut être partagée. N'oubliez pas que même un espace vérifié peut connaître des fuites : écrivez comme si un message pouvait un jour être lu par quelqu'un d'autre.",
    "3. Respect": "3. Respect",
    "Members come from police forces, prosecution services, NGOs, shelters, ministries and universities, and work in different legal systems. Disagree with arguments, not with people. Speak about victims with dignity: they are people to whom something was done, not cases or numbers. Write so that colleagues who read your post in their second or third language can follow you.": "Les membres viennent des services de police, des parquets, d'ONG, de centres d'accueil, de ministères et d'universités, et travaillent dans des systèmes juridiques différents. Contestez les arguments, pas les personnes. Parlez des victimes avec dignité : ce sont des personnes qui ont subi quelque chose, pas des dossiers ni des numéros. Écrivez de manière à être compris des collègues qui lisent votre message dans leur deuxième ou troisième langue.",
    "4. Cross-border trust": "4. Confiance transfrontalière",
    "The forum exists so that a professional in one country knows whom to trust in another. Be clear about your role and what you can and cannot do. If you promise to follow up, do it or say that you cannot. Correct information you posted when you learn that it is wrong.": "Le forum existe pour qu'un professionnel d'un pays sache à qui se fier dans un autre. Soyez clair sur votre rôle et sur ce que vous pouvez faire ou non. Si vous promettez un suivi, assurez-le, ou dites que vous ne le pouvez pas. Corrigez les informations que vous avez publiées dès que vous apprenez qu'elles sont erronées.",
    "5. Moderation": "5. Modération",
    "Moderators remove posts that break these rules and may suspend members who repeatedly ignore them. If you see a post that identifies someone, report it at once: moderators hide it while they review it. Every moderation decision is recorded in the audit log.": "Les modérateurs suppriment les messages qui enfreignent ces règles et peuvent suspendre les membres qui les ignorent à plusieurs reprises. Si vous voyez un message qui permet d'identifier quelqu'un, signalez-le immédiatement : les modérateurs le masquent pendant leur examen. Chaque décision de modération est consignée dans le journal d'audit.",
    "Privacy notice": "Déclaration de confidentialité",
    "privacy-notice": "vie-privee",
    "What this website stores about you, why, and for how long.": "Ce que ce site conserve à votre sujet, pourquoi et pour combien de temps.",
    "Reading the public pages": "Consulter les pages publiques",
    "You can read the public pages, including the get-help page, without an account. We do not use analytics, advertising or tracking of any kind, and the site loads nothing from other websites. The web server keeps a technical log (address, time, page requested) for security, which is deleted after a short period.": "Vous pouvez consulter les pages publiques, y compris la page « Trouver de l'aide », sans compte. Nous n'utilisons aucun outil d'analyse, aucune publicité ni aucun pistage, et le site ne charge rien depuis d'autres sites web. Pour des raisons de sécurité, le serveur web tient un journal technique (adresse, heure, page demandée) qui est effacé après une courte période.",
    "Cookies": "Cookies",
    "The site sets only two kinds of cookie, both strictly necessary: a session cookie when you sign in (and a security token when you submit a form), and a language cookie that remembers the language you chose. No cookie is used to follow you across websites.": "Le site n'utilise que deux types de cookies, tous deux strictement nécessaires : un cookie de session lorsque vous vous connectez (et un jeton de sécurité lorsque vous envoyez un formulaire), et un cookie de langue qui retient la langue que vous avez choisie. Aucun cookie ne sert à vous suivre d'un site à l'autre.",
    "Accounts": "Comptes",
    "If you create an account we store your e-mail address, your name, your preferred language, a secure hash of your password (never the password itself) and, for staff, the settings of your two-factor authentication. We use them to let you sign in and to write to you about your account.": "Si vous créez un compte, nous conservons votre adresse e-mail, votre nom, votre langue préférée, une empreinte sécurisée de votre mot de passe (jamais le mot de passe lui-même) et, pour le personnel, les paramètres de votre authentification à deux facteurs. Nous les utilisons pour vous permettre de vous connecter et pour vous écrire au sujet de votre compte.",
    "Membership applications": "Demandes d'adhésion",
    "Professionals who apply for access to the forum give their organisation, role, country and the name of a reference. Moderators use this only to check that the applicant is a professional working against trafficking. Rejected applications are deleted after a limited period; accepted ones are kept while the membership lasts.": "Les professionnels qui demandent l'accès au forum indiquent leur organisation, leur fonction, leur pays et le nom d'une personne de référence. Les modérateurs utilisent ces informations uniquement pour vérifier que le demandeur est un professionnel de la lutte contre la traite des êtres humains. Les demandes refusées sont supprimées après une période limitée ; les demandes acceptées sont conservées pendant toute la durée de l'adhésion.",
    "Forum posts": "Messages du forum",
    "Posts are stored with their author and date and are visible only to vetted members. The code of conduct forbids personal data about victims; moderators remove such data when they find it.": "Les messages sont conservés avec leur auteur et leur date et ne sont visibles que par les membres vérifiés. Le code de conduite interdit toute donnée personnelle concernant des victimes ; les modérateurs suppriment ces données dès qu'ils les trouvent.",
    "Audit log": "Journal d'audit",
    "To protect the forum we record security-relevant actions: sign-ins, changes to membership, moderation decisions and edits of pages, with the person who made them and the time. Only administrators can read this log.": "Pour protéger le forum, nous enregistrons les actions importantes pour la sécurité : connexions, modifications d'adhésion, décisions de modération et modifications de pages, avec la personne qui les a effectuées et l'heure. Seuls les administrateurs peuvent consulter ce journal.",
    "How long we keep data": "Combien de temps nous conservons les données",
    "Rejected applications, and applications that were never sent or never completed, are deleted six months after the decision or the last change. Twelve months after a membership has expired or been revoked, its application is reduced to what the record of decisions needs: the account, the state, the dates and the versions of the terms accepted. In the audit log, people are replaced by pseudonyms after five years. Sign-in sessions are deleted the night after they expire. Search terms are not stored, and the web server's log leaves out search terms and what is sent to the get-help and membership pages.": "Les demandes refusées, ainsi que celles qui n'ont jamais été envoyées ou jamais complétées, sont supprimées six mois après la décision ou la dernière modification. Douze mois après l'expiration ou la révocation d'une adhésion, la demande est réduite à ce dont le registre des décisions a besoin : le compte, l'état, les dates et les versions des conditions acceptées. Dans le journal d'audit, les personnes sont remplacées par des pseudonymes au bout de cinq ans. Les sessions de connexion sont supprimées la nuit qui suit leur expiration. Les termes de recherche ne sont pas conservés, et le journal du serveur web omet les termes de recherche ainsi que ce qui est envoyé aux pages d'aide et d'adhésion.",
    "Your rights": "Vos droits",
    "Under the General Data Protection Regulation you may ask to see, correct or delete the data we hold about you, and you may complain to your national data protection authority. Write to privacy@example.org (sample address).": "En vertu du règlement général sur la protection des données (RGPD), vous pouvez demander à consulter, rectifier ou effacer les données que nous détenons à votre sujet, et vous pouvez introduire une réclamation auprès de l'autorité de protection des données de votre pays. Écrivez à privacy@example.org (adresse fictive).",
}

# Home page body (home.demo_home)
STRINGS |= {
    "RAVOT-EUR: referral of and assistance for victims of human trafficking between Hungary, Belgium and the Netherlands.": "RAVOT-EUR : orientation et assistance des victimes de la traite des êtres humains entre la Hongrie, la Belgique et les Pays-Bas.",
    "RAVOT-EUR connects the police, prosecutors, shelters, social services and NGOs that help victims of human trafficking from Hungary who are found in Belgium and the Netherlands. It offers a transnational referral mechanism, a training handbook, reports from workshops and study visits, and a closed forum for vetted professionals.": "RAVOT-EUR relie la police, les parquets, les centres d'accueil, les services sociaux et les ONG qui aident les victimes de la traite des êtres humains originaires de Hongrie identifiées en Belgique et aux Pays-Bas. Il propose un mécanisme d'orientation transnational, un manuel de formation, les rapports des ateliers et des visites d'étude, et un forum fermé réservé aux professionnels vérifiés.",
    "The project was led by <b>Hungary's Ministry of Interior</b>, with the <b>Dutch Ministry of Security and Justice</b> and <b>Payoke</b>, the Belgian specialised centre for victims of trafficking, as partners. It ran from 1 February 2014 to 31 January 2016 with a budget of EUR 346,069, of which EUR 311,462 from the European Union.": "Le projet était dirigé par le <b>ministère de l'Intérieur de Hongrie</b>, avec pour partenaires le <b>ministère néerlandais de la Sécurité et de la Justice</b> et <b>Payoke</b>, le centre spécialisé belge pour les victimes de la traite. Il s'est déroulé du 1er février 2014 au 31 janvier 2016 avec un budget de 346 069 EUR, dont 311 462 EUR de l'Union européenne.",
    "Do you need help now?": "Avez-vous besoin d'aide maintenant ?",
    "If you are forced to work, cannot leave, or someone keeps your documents or your money, you can get help in Hungary, Belgium and the Netherlands, free and in your language.": "Si l'on vous force à travailler, si vous ne pouvez pas partir, ou si quelqu'un garde vos documents ou votre argent, vous pouvez obtenir de l'aide en Hongrie, en Belgique et aux Pays-Bas, gratuitement et dans votre langue.",
    "Professionals' forum": "Forum des professionnels",
    "A closed space where vetted professionals discuss cases across borders.": "Un espace fermé où des professionnels vérifiés discutent de dossiers transfrontaliers.",
    "/en/forum/": "/fr/forum/",
    "Help lines in Hungary, Belgium and the Netherlands, and advice on staying safe.": "Lignes d'aide en Hongrie, en Belgique et aux Pays-Bas, et conseils pour rester en sécurité.",
    "News": "Actualités",
    "Events, publications and news from the project.": "Événements, publications et actualités du projet.",
    "This project is co-funded by the Prevention of and Fight against Crime Programme (ISEC) of the European Union (grant HOME/2012/ISEC/AG/4000004405).": "Ce projet est cofinancé par le programme « Prévenir et combattre la criminalité » (ISEC) de l'Union européenne (subvention HOME/2012/ISEC/AG/4000004405).",
    "The content of this website reflects only the authors' views. The European Commission is not responsible for any use that may be made of the information it contains.": "Le contenu de ce site reflète uniquement le point de vue de ses auteurs. La Commission européenne n'est pas responsable de l'usage qui pourrait être fait des informations qu'il contient.",
}

# Home page entry points to the handbook, reports and directory (home.demo_home)
STRINGS |= {
    "Handbook": "Manuel",
    "The training handbook: the five stages of the referral mechanism, indicators of sexual and labour exploitation, cooperation and data protection.": "Le manuel de formation : les cinq étapes du mécanisme d'orientation, les indicateurs d'exploitation sexuelle et d'exploitation par le travail, la coopération et la protection des données.",
    "Reports": "Rapports",
    "Findings and recommendations from the workshops and study visits in the three countries.": "Constats et recommandations des ateliers et des visites d'étude dans les trois pays.",
    "Directory": "Annuaire",
    "Organisations and contact points that work with victims of trafficking.": "Organisations et points de contact qui travaillent avec les victimes de la traite.",
}

# Handbook index and chapters 1 and 2 (handbook.demo)
STRINGS |= {
    "handbook": "manuel",
    "The RAVOT-EUR training handbook on the transnational referral of victims of trafficking in human beings.": "Le manuel de formation RAVOT-EUR sur l'orientation transnationale des victimes de la traite des êtres humains.",
    "The RAVOT-EUR training handbook explains how professionals in Hungary, Belgium and the Netherlands identify, protect and refer victims of trafficking in human beings across borders. Its chapters follow the five stages of the European guidelines for transnational referral mechanisms, from the first signs of exploitation to the end of criminal and civil proceedings. It is written for police officers, labour inspectors, prosecutors, social workers, shelter staff and students.": "Le manuel de formation RAVOT-EUR explique comment les professionnels en Hongrie, en Belgique et aux Pays-Bas identifient, protègent et orientent par-delà les frontières les victimes de la traite des êtres humains. Ses chapitres suivent les cinq étapes des lignes directrices européennes pour les mécanismes d'orientation transnationaux, des premiers signes d'exploitation jusqu'à la fin des procédures pénales et civiles. Il s'adresse aux policiers, aux inspecteurs sociaux, aux magistrats du parquet, aux travailleurs sociaux, au personnel des centres d'accueil et aux étudiants.",
    # Chapter 1
    "Understanding trafficking in human beings": "Comprendre la traite des êtres humains",
    "understanding-trafficking": "comprendre-la-traite",
    "What trafficking in human beings is in law and in practice, how sexual and labour exploitation of Hungarian victims in Belgium and the Netherlands typically happen, and why referral across borders is needed.": "Ce qu'est la traite des êtres humains en droit et en pratique, comment se déroulent habituellement l'exploitation sexuelle et l'exploitation par le travail de victimes hongroises en Belgique et aux Pays-Bas, et pourquoi une orientation transfrontalière est nécessaire.",
    "A definition in three parts": "Une définition en trois éléments",
    "The international definition comes from the Palermo Protocol of 2000, and the European Union took it over in Directive 2011/36/EU. Trafficking in human beings has three elements: an <b>act</b> (recruiting, transporting, transferring, harbouring or receiving a person), a <b>means</b> (threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving payments to someone who controls the person) and a <b>purpose</b> of exploitation.": "La définition internationale provient du Protocole de Palerme de 2000, et l'Union européenne l'a reprise dans la directive 2011/36/UE. La traite des êtres humains comporte trois éléments : un <b>acte</b> (recruter, transporter, transférer, héberger ou accueillir une personne), un <b>moyen</b> (menace, force, contrainte, enlèvement, fraude, tromperie, abus d'autorité ou d'une situation de vulnérabilité, ou offre de paiements à une personne ayant autorité sur la victime) et une <b>finalité</b> d'exploitation.",
    "When one of the means has been used, the consent of the victim is irrelevant. For children, the means do not have to be proven at all: recruiting or moving a child for exploitation is trafficking.": "Lorsque l'un de ces moyens a été utilisé, le consentement de la victime est indifférent. Pour les enfants, le moyen n'a même pas à être prouvé : recruter ou déplacer un enfant à des fins d'exploitation constitue une traite.",
    "Trafficking is not the same as smuggling": "La traite n'est pas le trafic de migrants",
    "Smuggling is helping someone to cross a border irregularly, for money; it ends at the border and it is a crime against the state. Trafficking is a crime against a person, it does not require crossing a border, and the exploitation is its point. Most Hungarian victims in Belgium and the Netherlands travelled legally, as citizens of the European Union.": "Le trafic de migrants consiste à aider quelqu'un, contre paiement, à franchir irrégulièrement une frontière ; il s'arrête à la frontière et constitue une infraction contre l'État. La traite est une infraction contre la personne, elle n'exige pas le passage d'une frontière, et l'exploitation en est la raison d'être. La plupart des victimes hongroises en Belgique et aux Pays-Bas ont voyagé légalement, en tant que citoyens de l'Union européenne.",
    "Forms of exploitation": "Les formes d'exploitation",
    "The directive names sexual exploitation, forced labour or services, slavery and practices similar to slavery, servitude, forced begging, the exploitation of criminal activities and the removal of organs. The professionals who took part in RAVOT-EUR met above all the first two.": "La directive cite l'exploitation sexuelle, le travail ou les services forcés, l'esclavage et les pratiques analogues, la servitude, la mendicité forcée, l'exploitation d'activités criminelles et le prélèvement d'organes. Les professionnels qui ont participé à RAVOT-EUR ont surtout rencontré les deux premières.",
    "Sexual exploitation": "L'exploitation sexuelle",
    "Young Hungarian women and men are recruited by acquaintances, relatives or a new partner who promises a shared future abroad. In the so-called lover-boy method, the recruiter first builds an emotional bond and then pushes the person into prostitution in the window districts, clubs or private flats of Belgian and Dutch cities. Control is kept through debts, threats against the family at home, isolation and the victim's own loyalty to the exploiter.": "De jeunes Hongroises et Hongrois sont recrutés par des connaissances, des proches ou un nouveau partenaire qui leur promet un avenir commun à l'étranger. Selon la méthode dite du « loverboy », le recruteur crée d'abord un lien affectif, puis pousse la personne à se prostituer en vitrine, dans des clubs ou dans des appartements privés de villes belges et néerlandaises. L'emprise est maintenue par les dettes, les menaces contre la famille restée au pays, l'isolement et la loyauté de la victime elle-même envers son exploiteur.",
    "Labour exploitation": "L'exploitation par le travail",
    "Men and women are recruited for work in agriculture and horticulture, meat processing, construction, cleaning or distribution centres. They are charged for transport, housing and tools, paid far less than promised or not at all, and cannot leave because of debts or because their documents are kept. Exploitation often hides behind subcontracting chains and self-employed status.": "Des hommes et des femmes sont recrutés pour travailler dans l'agriculture et l'horticulture, la transformation de la viande, la construction, le nettoyage ou les centres de distribution. On leur facture le transport, le logement et les outils, on les paie bien moins que promis, voire pas du tout, et ils ne peuvent pas partir à cause de leurs dettes ou parce que leurs documents sont retenus. L'exploitation se cache souvent derrière des chaînes de sous-traitance et de faux statuts d'indépendant.",
    "Who becomes a victim": "Qui devient victime",
    "Traffickers look for people with few choices: poverty and long-term unemployment, debts, little schooling, a childhood in state care, violence at home, or a mild intellectual disability. People from marginalised communities, among them Roma communities in north-eastern Hungary, are over-represented among identified victims. None of this makes a person responsible for their own exploitation.": "Les trafiquants cherchent des personnes qui ont peu de choix : pauvreté et chômage de longue durée, dettes, faible scolarité, enfance passée en institution, violences familiales ou déficience intellectuelle légère. Les personnes issues de communautés marginalisées, dont les communautés roms du nord-est de la Hongrie, sont surreprésentées parmi les victimes identifiées. Rien de tout cela ne rend une personne responsable de sa propre exploitation.",
    "The law in the three countries": "Le droit dans les trois pays",
    "Each partner country has written the European definition into its criminal code: Hungary in section 192 of the Criminal Code (Act C of 2012), Belgium in article 433quinquies of the Criminal Code, and the Netherlands in article 273f of the Criminal Code (Wetboek van Strafrecht). The wording differs, and so does what the courts accept as proof of exploitation. Professionals who refer a victim across a border should not assume that the other country will call the same facts by the same name.": "Chaque pays partenaire a inscrit la définition européenne dans son code pénal : la Hongrie à l'article 192 du Code pénal (loi C de 2012), la Belgique à l'article 433quinquies du Code pénal et les Pays-Bas à l'article 273f du Code pénal (Wetboek van Strafrecht). La formulation diffère, tout comme ce que les tribunaux acceptent comme preuve de l'exploitation. Le professionnel qui oriente une victime vers un autre pays ne doit pas supposer que celui-ci qualifiera les mêmes faits de la même manière.",
    "We used to ask whether she was a victim in our law. Now we first ask what she needs, and then who can give it to her.": "Avant, nous nous demandions si elle était une victime au sens de notre loi. Aujourd'hui, nous demandons d'abord de quoi elle a besoin, puis qui peut le lui apporter.",
    "A social worker at the workshop in Antwerp (sample quotation)": "Une assistante sociale lors de l'atelier d'Anvers (citation d'exemple)",
    # Chapter 2
    "Identification of victims": "L'identification des victimes",
    "identification": "identification",
    "Who identifies victims in the three countries, which signs point to sexual or labour exploitation, and how to talk to a person who may be a victim.": "Qui identifie les victimes dans les trois pays, quels signes indiquent une exploitation sexuelle ou une exploitation par le travail, et comment parler à une personne qui pourrait être victime.",
    "Why identification comes first": "Pourquoi l'identification vient en premier",
    "Every right a victim has depends on someone recognising them as a possible victim: shelter, a reflection period, medical and legal help, and protection in criminal proceedings. Many victims do not see themselves as victims, fear the police or their exploiters, or have been told that they will be punished. Identification is therefore the task of every professional who may meet them, not only of specialised units.": "Tous les droits d'une victime dépendent de ce que quelqu'un la reconnaisse comme victime potentielle : l'hébergement, le délai de réflexion, l'aide médicale et juridique, la protection pendant la procédure pénale. Beaucoup de victimes ne se considèrent pas comme telles, ont peur de la police ou de leurs exploiteurs, ou se sont entendu dire qu'elles seraient punies. L'identification est donc l'affaire de tout professionnel susceptible de les rencontrer, et pas seulement des services spécialisés.",
    "Who identifies": "Qui identifie",
    "In <b>Belgium</b> the police, the social inspection services and the specialised centres work together under the multidisciplinary circular of 2008; the specialised centres decide, with the public prosecutor, whether a person enters the victim procedure. In <b>the Netherlands</b> the police must offer the reflection period at the slightest indication of trafficking; labour inspectors, care workers and the Royal Netherlands Marechaussee also report possible victims to CoMensha, the national coordination centre. In <b>Hungary</b> a government decree of 2012 lists the authorities and organisations that must identify victims, among them the police, consular staff, health services and the victim support service, and gives them a common questionnaire.": "En <b>Belgique</b>, la police, les services d'inspection sociale et les centres d'accueil spécialisés coopèrent dans le cadre de la circulaire multidisciplinaire de 2008 ; les centres spécialisés décident avec le parquet si une personne entre dans la procédure de protection des victimes. Aux <b>Pays-Bas</b>, la police doit proposer le délai de réflexion dès le moindre indice de traite ; les inspecteurs du travail, les intervenants sociaux et la Maréchaussée royale signalent également les victimes potentielles à CoMensha, le centre national de coordination. En <b>Hongrie</b>, un décret gouvernemental de 2012 énumère les autorités et organisations tenues d'identifier les victimes, parmi lesquelles la police, le personnel consulaire, les services de santé et le service d'aide aux victimes, et leur fournit un questionnaire commun.",
    "Indicators": "Les indicateurs",
    "No single sign proves trafficking, and most victims show only some of them. Indicators are reasons to look further and to offer help, not a checklist to be completed before a person is taken seriously.": "Aucun signe ne prouve à lui seul la traite, et la plupart des victimes n'en présentent que quelques-uns. Les indicateurs sont des raisons de chercher plus loin et de proposer de l'aide, pas une liste à cocher entièrement avant de prendre une personne au sérieux.",
    "General indicators": "Indicateurs généraux",
    "Someone else keeps the person's identity documents.": "Une autre personne garde les documents d'identité de la personne.",
    "The person has a debt to the recruiter or employer that keeps growing.": "La personne a envers le recruteur ou l'employeur une dette qui ne cesse d'augmenter.",
    "The person cannot move freely or is always accompanied.": "La personne ne peut pas se déplacer librement ou est toujours accompagnée.",
    "The person does not know their own address or the town they are in.": "La personne ne connaît pas sa propre adresse ou la ville où elle se trouve.",
    "The person shows fear, anxiety or signs of physical abuse.": "La personne montre de la peur, de l'anxiété ou des traces de violences physiques.",
    "The person's story seems learned by heart or told for someone else.": "Le récit de la personne semble appris par cœur ou destiné à quelqu'un d'autre.",
    "Indicators of sexual exploitation": "Indicateurs d'exploitation sexuelle",
    "The person works long hours every day and cannot refuse clients.": "La personne travaille de longues heures chaque jour et ne peut pas refuser de clients.",
    "Most or all of the earnings go to someone else.": "La plus grande partie des gains, voire la totalité, revient à quelqu'un d'autre.",
    "The person sleeps where they work, or is moved often between cities.": "La personne dort sur son lieu de travail, ou est souvent déplacée d'une ville à l'autre.",
    "A partner or friend arranged the work and keeps the money.": "Un partenaire ou un ami a organisé le travail et garde l'argent.",
    "Advertisements for the person are placed by someone else.": "Les annonces concernant la personne sont publiées par quelqu'un d'autre.",
    "Indicators of labour exploitation": "Indicateurs d'exploitation par le travail",
    "Wages are far below the legal minimum, or are paid late or not at all.": "Le salaire est très inférieur au minimum légal, ou il est payé en retard, voire pas du tout.",
    "Costs of transport, housing or tools are deducted from the wage.": "Les frais de transport, de logement ou d'outillage sont retenus sur le salaire.",
    "Many workers live in crowded housing provided by the employer.": "De nombreux travailleurs vivent entassés dans un logement fourni par l'employeur.",
    "Working hours are excessive, without days off.": "Les horaires de travail sont excessifs, sans jour de repos.",
    "The person has no contract, or signed one in a language they do not understand.": "La personne n'a pas de contrat, ou en a signé un dans une langue qu'elle ne comprend pas.",
    "Talking to a possible victim": "Parler à une victime potentielle",
    "Speak to the person alone, in a quiet place, and never in front of someone who may control them. Use a professional interpreter, not a friend or co-worker who came with the person. Explain who you are, what will happen with the information, and that help does not depend on making a statement to the police. Do not push for details of the exploitation in a first conversation: safety and basic needs come first.": "Parlez à la personne seule, dans un endroit calme, et jamais devant quelqu'un qui pourrait exercer une emprise sur elle. Faites appel à un interprète professionnel, pas à un ami ou à un collègue venu avec elle. Expliquez qui vous êtes, ce qu'il adviendra des informations, et que l'aide ne dépend pas d'une plainte ou d'une déclaration à la police. Lors d'un premier entretien, n'insistez pas sur les détails de l'exploitation : la sécurité et les besoins essentiels passent d'abord.",
    "Do not wait for certainty": "N'attendez pas d'avoir une certitude",
    "Refer the person to a specialised service as soon as there are reasonable grounds to believe that they may be a victim. Deciding whether the facts amount to trafficking in law is the task of the prosecutor and the court, later.": "Orientez la personne vers un service spécialisé dès qu'il existe des motifs raisonnables de croire qu'elle pourrait être victime. Déterminer si les faits constituent juridiquement une traite relève, plus tard, du parquet et du tribunal.",
}

# Directory and referral pathways (directory.demo) and their entry point on the home page (home.demo_home)
STRINGS |= {
    "directory": "annuaire",
    "Organisations in Hungary, Belgium and the Netherlands that help victims of human trafficking, with their public contacts.": "Les organisations de Hongrie, de Belgique et des Pays-Bas qui aident les victimes de la traite des êtres humains, avec leurs coordonnées publiques.",
    "Organisations in Hungary, Belgium and the Netherlands that identify, protect and support victims of human trafficking, and the police and prosecutors who handle their cases. Filter by country, stage of the referral, service, language or target group. Most entries in this demonstration are samples with made-up contact details; the three project partners are listed under their real names.": "Les organisations de Hongrie, de Belgique et des Pays-Bas qui identifient, protègent et accompagnent les victimes de la traite des êtres humains, ainsi que la police et les parquets qui traitent leurs dossiers. Filtrez par pays, étape de l'orientation, service, langue ou public. La plupart des fiches de cette démonstration sont des exemples aux coordonnées inventées ; les trois partenaires du projet figurent sous leur vrai nom.",
    "Who do I contact?": "Qui contacter ?",
    "who-do-i-contact": "qui-contacter",
    "Referral pathways between Hungary, Belgium and the Netherlands: what happens at each stage and whom to contact.": "Les parcours d'orientation entre la Hongrie, la Belgique et les Pays-Bas : ce qui se passe à chaque étape et qui contacter.",
    "A victim from one country identified in another: what has to happen at each of the five stages of the transnational referral mechanism, and whom to contact on both sides. Choose the two countries; the page can be printed.": "Une victime originaire d'un pays identifiée dans un autre : ce qui doit se passer à chacune des cinq étapes du mécanisme transnational d'orientation, et qui contacter de part et d'autre. Choisissez les deux pays ; la page peut être imprimée.",
    "Referral pathways between Hungary, Belgium and the Netherlands: what to do at each stage and whom to call.": "Les parcours d'orientation entre la Hongrie, la Belgique et les Pays-Bas : que faire à chaque étape et qui appeler.",
}

# Partners and accessibility statement (home.demo)
STRINGS |= {
    "Partners": "Partenaires",
    "partners": "partenaires",
    "Three organisations from the three countries on the main route of Hungarian victims of trafficking ran RAVOT-EUR together.": "Trois organisations, issues des trois pays situés sur le principal itinéraire des victimes hongroises de la traite des êtres humains, ont mené ensemble le projet RAVOT-EUR.",
    "Ministry of Interior of Hungary (lead partner)": "Ministère de l'Intérieur de Hongrie (partenaire principal)",
    "The Hungarian Ministry of Interior coordinates the national policy against trafficking in human beings and hosts the National Coordinator. It led the project, managed the EU grant and connected the referral mechanism to the Hungarian victim identification and victim support system, including the services that receive victims who return to Hungary.": "Le ministère hongrois de l'Intérieur coordonne la politique nationale de lutte contre la traite des êtres humains et accueille le coordinateur national. Il a dirigé le projet, géré la subvention européenne et relié le mécanisme d'orientation au système hongrois d'identification et d'aide aux victimes, y compris aux services qui accueillent les victimes de retour en Hongrie.",
    "Ministry of Security and Justice of the Netherlands": "Ministère de la Sécurité et de la Justice des Pays-Bas",
    "The Dutch Ministry of Security and Justice is responsible for the police, the public prosecution service and the policy on victims of trafficking in the Netherlands. It brought the experience of the Dutch approach, in which municipalities, care coordinators, the police and the labour inspectorate work together, and hosted the workshop and study visit in the Netherlands.": "Le ministère néerlandais de la Sécurité et de la Justice est responsable de la police, du ministère public et de la politique relative aux victimes de la traite aux Pays-Bas. Il a apporté l'expérience de l'approche néerlandaise, dans laquelle les communes, les coordinateurs de l'aide, la police et l'inspection du travail coopèrent, et a accueilli l'atelier et la visite d'étude organisés aux Pays-Bas.",
    "Payoke (Belgium)": "Payoke (Belgique)",
    "Payoke is one of the three specialised centres in Belgium recognised to receive and support victims of trafficking in human beings. It offers shelter, psychological, administrative and legal support, and accompanies victims through criminal proceedings. In the project it brought the everyday knowledge of the people who support victims, and hosted the Belgian workshop.": "Payoke est l'un des trois centres spécialisés reconnus en Belgique pour accueillir et accompagner les victimes de la traite des êtres humains. Il offre un hébergement ainsi qu'un soutien psychologique, administratif et juridique, et assiste les victimes tout au long de la procédure pénale. Dans le projet, il a apporté l'expérience quotidienne des personnes qui soutiennent les victimes, et il a accueilli l'atelier belge.",
    "Many more organisations took part in the workshops and study visits: police units, labour inspectorates, prosecutors, shelters, NGOs, consular staff and researchers from the three countries. Their experience is collected in the handbook and the reports on this site.": "Bien d'autres organisations ont participé aux ateliers et aux visites d'étude : services de police, inspections du travail, parquets, centres d'accueil, ONG, personnel consulaire et chercheurs des trois pays. Leur expérience est réunie dans le manuel et dans les rapports publiés sur ce site.",
    "Accessibility statement": "Déclaration d'accessibilité",
    "accessibility-statement": "declaration-accessibilite",
    "We want everyone to be able to use this website, including people who use a keyboard, a screen reader or magnification.": "Nous voulons que chacun puisse utiliser ce site, y compris les personnes qui naviguent au clavier ou utilisent un lecteur d'écran ou un logiciel d'agrandissement.",
    "How accessible this website is": "Niveau d'accessibilité de ce site",
    "The website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Pages use headings, landmarks and labelled form fields; every function works with a keyboard, and the focus is always visible; colours have enough contrast; text can be enlarged to 200% without loss of content; and all pages can be read and all forms sent without JavaScript.": "Ce site vise à respecter les Règles pour l'accessibilité des contenus Web (WCAG) 2.1 au niveau AA. Les pages utilisent des titres, des repères de navigation (landmarks) et des champs de formulaire étiquetés ; toutes les fonctions sont utilisables au clavier et le focus est toujours visible ; les couleurs présentent un contraste suffisant ; le texte peut être agrandi jusqu'à 200 % sans perte de contenu ; et toutes les pages peuvent être lues et tous les formulaires envoyés sans JavaScript.",
    'The quick exit button is the first control after the "Skip to main content" link on every page, and pressing the Shift key three times in a row leaves the site from anywhere.': "Sur chaque page, le bouton « Quitter rapidement ce site » est la première commande après le lien « Aller au contenu principal », et trois appuis successifs sur la touche Maj (Shift) permettent de quitter le site depuis n'importe quel endroit.",
    "Known limitations": "Limites connues",
    "Some older documents attached to reports are PDF files that were not produced with accessibility in mind. If you need one in another format, tell us and we will provide it.": "Certains documents plus anciens joints aux rapports sont des fichiers PDF qui n'ont pas été conçus en tenant compte de l'accessibilité. Si vous avez besoin de l'un d'eux dans un autre format, dites-le-nous et nous vous le fournirons.",
    "Feedback": "Vos remarques",
    "If you find a problem we have not mentioned, write to accessibility@example.org (sample address). We aim to reply within ten working days.": "Si vous constatez un problème que nous n'avons pas mentionné, écrivez à accessibility@example.org (adresse fictive). Nous nous efforçons de répondre dans un délai de dix jours ouvrables.",
}

# News index: its title and introduction (news.demo); the news items follow below
STRINGS |= {
    "News": "Actualités",
    "news": "actualites",
    "Milestones, events and publications of the RAVOT-EUR project (February 2014 to January 2016).": "Étapes clés, événements et publications du projet RAVOT-EUR (de février 2014 à janvier 2016).",
}

# Handbook chapters 3 to 7 (handbook.demo)
STRINGS |= {
    # Chapter 3
    "First assistance and protection": "Première assistance et protection",
    "first-assistance-and-protection": "premiere-assistance-et-protection",
    "What a presumed victim is entitled to in the first weeks, how the reflection period works, and how shelter and support are organised in Belgium, the Netherlands and Hungary.": (
        "Ce à quoi une victime présumée a droit au cours des premières semaines, comment fonctionne le délai de "
        "réflexion, et comment l'hébergement et l'accompagnement sont organisés en Belgique, aux Pays-Bas et en Hongrie."
    ),
    "What every presumed victim is entitled to": "Ce à quoi toute victime présumée a droit",
    "Under Directive 2011/36/EU, assistance starts as soon as there are reasonable grounds to believe that a person may be a victim, and it may not depend on the victim's willingness to cooperate in the criminal investigation. It covers at least safe accommodation, material assistance, medical treatment including psychological help, counselling and information, and interpretation and translation where needed.": (
        "En vertu de la directive 2011/36/UE, l'assistance commence dès qu'il existe des motifs raisonnables de croire "
        "qu'une personne pourrait être victime, et elle ne peut pas être subordonnée à la volonté de la victime de "
        "coopérer dans le cadre de l'enquête pénale. Elle comprend au minimum un hébergement sûr, une aide matérielle, "
        "les soins médicaux nécessaires, y compris une assistance psychologique, des conseils et des informations, "
        "ainsi que des services d'interprétation et de traduction, le cas échéant."
    ),
    "The reflection period": "Le délai de réflexion",
    "The reflection period gives a presumed victim time to recover and to escape the influence of the traffickers, and to decide in peace whether to cooperate with the authorities. During that time the person may not be expelled. Directive 2004/81/EC requires it for third-country nationals. Hungarian victims, as citizens of the European Union, do not need a residence permit to stay in Belgium or the Netherlands, but entering the same victim procedure is usually what opens specialised shelter and support to them.": (
        "Le délai de réflexion laisse à la victime présumée le temps de se rétablir et de se soustraire à l'influence "
        "des trafiquants, puis de décider sereinement si elle souhaite coopérer avec les autorités. Pendant ce délai, "
        "la personne ne peut pas être éloignée du territoire. La directive 2004/81/CE l'impose pour les ressortissants "
        "de pays tiers. En tant que citoyens de l'Union européenne, les victimes hongroises n'ont pas besoin d'un titre "
        "de séjour pour rester en Belgique ou aux Pays-Bas ; c'est toutefois, en général, leur entrée dans cette même "
        "procédure de protection des victimes qui leur ouvre l'accès à l'hébergement et à l'accompagnement spécialisés."
    ),
    "The three systems in broad terms": "Les trois systèmes dans les grandes lignes",
    "Belgium": PLACES["Belgium"],
    "Belgium recognises three specialised centres for victims of trafficking: Payoke in Antwerp, PAG-ASA in Brussels and Sürya in Liège. They provide shelter or ambulatory support, psychological and legal help, and accompany the victim through the victim procedure. The status is granted in steps, linked to the victim breaking contact with the exploiters, accepting support from a specialised centre and, after the reflection period, cooperating with the justice system.": (
        "La Belgique reconnaît trois centres spécialisés pour les victimes de la traite : Payoke à Anvers, PAG-ASA à "
        "Bruxelles et Sürya à Liège. Ils offrent un hébergement ou un accompagnement ambulatoire, une aide "
        "psychologique et juridique, et accompagnent la victime tout au long de la procédure de protection des "
        "victimes. Le statut est accordé par étapes, à condition que la victime rompe tout contact avec ses "
        "exploiteurs, accepte l'accompagnement d'un centre spécialisé et, au terme du délai de réflexion, coopère "
        "avec la justice."
    ),
    "The Netherlands": "Les Pays-Bas",
    "CoMensha, the coordination centre against human trafficking, registers presumed victims on behalf of the authorities and arranges a place in the categorical shelters or in regular care. The reflection period is set out in chapter B8/3 of the Aliens Circular. Municipalities and care coordinators organise longer-term support once the first weeks are over.": (
        "CoMensha, le centre de coordination de la lutte contre la traite des êtres humains, enregistre les victimes "
        "présumées pour le compte des autorités et leur trouve une place dans les centres d'accueil catégoriels ou "
        "dans les structures d'aide ordinaires. Le délai de réflexion est régi par le chapitre B8/3 de la circulaire "
        "sur les étrangers (Vreemdelingencirculaire). Passé les premières semaines, les communes et les coordinateurs "
        "de l'aide organisent l'accompagnement à plus long terme."
    ),
    "Hungary": PLACES["Hungary"],
    "The victim support service (Áldozatsegítő Szolgálat), the state service for victims of crime, gives information, emotional and practical support and, where the conditions are met, immediate financial aid and state compensation. Shelters for victims of trafficking are run by NGOs and churches under contract with the state. For Hungarian victims identified abroad, the Hungarian consulate, the victim support service and the shelters are the main partners for a safe return.": (
        "Le service d'aide aux victimes (Áldozatsegítő Szolgálat), service public destiné aux victimes d'infractions, "
        "fournit des informations, un soutien moral et pratique et, lorsque les conditions sont remplies, une aide "
        "financière immédiate et une indemnisation par l'État. Les centres d'accueil pour victimes de la traite sont "
        "gérés par des ONG et des Églises sous contrat avec l'État. Pour les victimes hongroises identifiées à "
        "l'étranger, le consulat de Hongrie, le service d'aide aux victimes et les centres d'accueil sont les "
        "principaux partenaires d'un retour en sécurité."
    ),
    "First hours: a short checklist": "Les premières heures : une courte liste de vérification",
    "Is the person safe now, and do they need medical care?": (
        "La personne est-elle désormais en sécurité, et a-t-elle besoin de soins médicaux ?"
    ),
    "Does the person understand what is said? Call an interpreter.": (
        "La personne comprend-elle ce qu'on lui dit ? Faites appel à un interprète."
    ),
    "Has the specialised service (centre, CoMensha or victim support service) been informed?": (
        "Le service spécialisé (centre, CoMensha ou service d'aide aux victimes) a-t-il été informé ?"
    ),
    "Does the person have somewhere safe to sleep tonight?": "La personne a-t-elle un endroit sûr où dormir ce soir ?",
    "Does anyone at home need protection from threats?": (
        "Quelqu'un, au pays, doit-il être protégé contre des menaces ?"
    ),
    # Chapter 4
    "Transnational referral, step by step": "L'orientation transnationale, étape par étape",
    "transnational-referral": "orientation-transnationale",
    "How a referral between Hungary and Belgium or the Netherlands is prepared, agreed and followed up, with a worked example.": (
        "Comment une orientation entre la Hongrie et la Belgique ou les Pays-Bas est préparée, convenue et suivie, "
        "avec un exemple concret."
    ),
    "What a transnational referral is": "Qu'est-ce qu'une orientation transnationale ?",
    "A transnational referral mechanism is the set of agreed steps and contact points by which the services of two or more countries hand over and share the care of a victim. It does not replace the national systems described in the previous chapter: it links them, so that nothing is lost when a person crosses a border, whether to go home or to take part in proceedings in another country.": (
        "Un mécanisme d'orientation transnational est l'ensemble des étapes et des points de contact convenus par "
        "lesquels les services de deux pays ou plus se transmettent et se partagent la prise en charge d'une victime. "
        "Il ne remplace pas les systèmes nationaux décrits au chapitre précédent : il les relie, afin que rien ne se "
        "perde lorsqu'une personne franchit une frontière, que ce soit pour rentrer chez elle ou pour participer à une "
        "procédure dans un autre pays."
    ),
    "The steps": "Les étapes",
    "1. Consent and information": "1. Consentement et information",
    "A referral is made with the victim, not about the victim. Explain in the person's language which services in the other country would be contacted, what information would be shared and why. Record the person's consent, and respect a refusal.": (
        "L'orientation se fait avec la victime, et non à son sujet. Expliquez à la personne, dans sa langue, quels "
        "services de l'autre pays seraient contactés, quelles informations seraient partagées et pourquoi. Consignez "
        "son consentement, et respectez un éventuel refus."
    ),
    "2. Contacting the counterpart": "2. Prendre contact avec l'homologue",
    "Use the contact points agreed in the mechanism: the specialised centres in Belgium, CoMensha in the Netherlands, and the victim support service and the national coordinator in Hungary. Police information goes through police channels. Do not rely on a personal mobile number of a colleague you met once: people change jobs.": (
        "Utilisez les points de contact convenus dans le cadre du mécanisme : les centres spécialisés en Belgique, "
        "CoMensha aux Pays-Bas, ainsi que le service d'aide aux victimes et le coordinateur national en Hongrie. Les "
        "informations policières passent par les canaux policiers. Ne comptez pas sur le numéro de portable personnel "
        "d'un collègue rencontré une seule fois : les gens changent de poste."
    ),
    "3. Joint assessment of needs and risks": "3. Évaluation commune des besoins et des risques",
    "Both sides assess the victim's needs (health, housing, income, family, legal status) and the risks (threats from the network, debts, the situation in the home town). The assessment decides what is prepared before the person moves.": (
        "Les deux parties évaluent les besoins de la victime (santé, logement, revenus, famille, situation juridique) "
        "et les risques (menaces du réseau, dettes, situation dans la ville d'origine). Cette évaluation détermine ce "
        "qui doit être préparé avant le départ de la personne."
    ),
    "4. Handover": "4. Passage de relais",
    "Agree on a date, who accompanies the person, who meets them on arrival, and what documents travel with them. Share only the information the receiving service needs to help.": (
        "Convenez d'une date, de la personne qui accompagne la victime, de celle qui l'accueille à son arrivée et des "
        "documents qui voyagent avec elle. Ne communiquez que les informations dont le service d'accueil a besoin "
        "pour l'aider."
    ),
    "5. Follow-up": "5. Suivi",
    "The referring service asks, with the victim's consent, whether the person arrived and received the support agreed. Follow-up is also how the two services learn from each case.": (
        "Le service qui a orienté la victime vérifie, avec son consentement, qu'elle est bien arrivée et qu'elle a "
        "reçu l'accompagnement convenu. Le suivi permet aussi aux deux services de tirer les enseignements de chaque "
        "dossier."
    ),
    "A worked example": "Un exemple concret",
    "Sample case (invented for training)": "Cas d'exemple (inventé pour la formation)",
    "A 23-year-old Hungarian woman is found by the police during a check in a window prostitution district. She tells the specialised centre that her boyfriend keeps her earnings and has threatened her younger brother at home. After the reflection period she decides to make a statement and, some months later, wishes to go home. The centre contacts the Hungarian contact point; together they check the risk in her home town, a shelter place in another county is found, and the victim support service explains her right to state compensation. A worker from the shelter meets her at the bus station. The centre's follow-up after three months shows that she has started a training course.": (
        "Une Hongroise de 23 ans est découverte par la police lors d'un contrôle dans un quartier de prostitution en "
        "vitrine. Elle confie au centre spécialisé que son petit ami garde ses gains et a menacé son jeune frère resté "
        "au pays. Au terme du délai de réflexion, elle décide de faire une déclaration et, quelques mois plus tard, "
        "souhaite rentrer chez elle. Le centre contacte le point de contact hongrois ; ensemble, ils évaluent le "
        "risque dans sa ville d'origine, une place est trouvée dans un centre d'accueil d'un autre comitat, et le "
        "service d'aide aux victimes lui explique son droit à une indemnisation par l'État. Une intervenante du centre "
        "d'accueil vient la chercher à la gare routière. Le suivi assuré par le centre trois mois plus tard montre "
        "qu'elle a commencé une formation."
    ),
    # Chapter 5
    "Safe return and reintegration": "Retour en sécurité et réintégration",
    "return-and-reintegration": "retour-et-reintegration",
    "How a voluntary return is prepared, what a returning victim needs in the first months at home, and how to reduce the risk of being trafficked again.": (
        "Comment préparer un retour volontaire, ce dont une victime a besoin au cours des premiers mois après son "
        "retour au pays, et comment réduire le risque qu'elle retombe aux mains de trafiquants."
    ),
    "Return is a choice, not the end of the case": "Le retour est un choix, pas la fin du dossier",
    "A return must be voluntary, safe and prepared. Some victims want to go home at once; others need months of support first, or decide to stay. A return organised in a hurry, without a place to go and without income, is the single most common path back into exploitation.": (
        "Un retour doit être volontaire, sûr et préparé. Certaines victimes veulent rentrer immédiatement ; d'autres "
        "ont d'abord besoin de plusieurs mois d'accompagnement, ou décident de rester. Un retour organisé dans la "
        "précipitation, sans lieu où aller et sans revenus, est de loin le chemin le plus fréquent vers une nouvelle "
        "exploitation."
    ),
    "Before departure": "Avant le départ",
    "Assess the risk in the home town together with the receiving service: are the recruiters from the same place or family?": (
        "Évaluez le risque dans la ville d'origine avec le service d'accueil : les recruteurs viennent-ils du même "
        "endroit ou de la même famille ?"
    ),
    "Arrange identity documents; the consulate can issue an emergency travel document.": (
        "Réglez la question des documents d'identité ; le consulat peut délivrer un titre de voyage provisoire."
    ),
    "Agree who pays for the journey. Assisted voluntary return programmes, such as those of the International Organization for Migration, may help.": (
        "Convenez de qui prend en charge le voyage. Les programmes d'aide au retour volontaire, comme ceux de "
        "l'Organisation internationale pour les migrations, peuvent y contribuer."
    ),
    "Make sure the person knows how to reach the police, the lawyer or the prosecutor if the criminal case continues.": (
        "Assurez-vous que la personne sait comment joindre la police, son avocat ou le parquet si la procédure pénale "
        "se poursuit."
    ),
    "Arrival and the first months": "L'arrivée et les premiers mois",
    "Someone the victim already knows by name should meet them on arrival. The first months are about housing, health care, income and, often, debts: victims frequently return with debts to the network or to lenders at home. Reintegration support should include help with education or training and work, because without income the offer of a new job abroad will come again.": (
        "À son arrivée, la victime devrait être accueillie par une personne dont elle connaît déjà le nom. Les premiers "
        "mois sont consacrés au logement, aux soins de santé, aux revenus et, souvent, aux dettes : les victimes "
        "rentrent fréquemment endettées envers le réseau ou envers des prêteurs au pays. L'aide à la réintégration "
        "devrait comprendre un soutien pour les études ou la formation et pour l'emploi, car sans revenus, l'offre "
        "d'un nouveau travail à l'étranger ne tardera pas à revenir."
    ),
    "Long-term assistance and social inclusion": "Assistance à long terme et inclusion sociale",
    "The TRM guidelines treat long-term assistance as a stage of its own. Social inclusion takes time: therapy for trauma, rebuilding relations with family, and for some victims care for a child. Services should agree at the start how long support lasts and who takes over when a project ends.": (
        "Les lignes directrices relatives aux TRM font de l'assistance à long terme une étape à part entière. "
        "L'inclusion sociale prend du temps : thérapie des traumatismes, reconstruction des liens familiaux et, pour "
        "certaines victimes, prise en charge d'un enfant. Les services devraient convenir dès le départ de la durée de "
        "l'accompagnement et de qui prend le relais lorsqu'un projet prend fin."
    ),
    "Signs that a returned victim is at risk again": "Signes qu'une victime rentrée au pays est de nouveau en danger",
    "Contact with the recruiter or the recruiter's family resumes.": (
        "Les contacts avec le recruteur ou avec sa famille reprennent."
    ),
    "Debts grow and there is no regular income.": "Les dettes augmentent et il n'y a pas de revenu régulier.",
    "The person receives a new job offer abroad through acquaintances.": (
        "La personne reçoit, par l'intermédiaire de connaissances, une nouvelle offre d'emploi à l'étranger."
    ),
    "The person breaks off contact with the support service.": (
        "La personne rompt le contact avec le service d'accompagnement."
    ),
    # Chapter 6
    "Criminal and civil proceedings and compensation": "Procédures pénales et civiles, et indemnisation",
    "criminal-and-civil-proceedings": "procedures-penales-et-civiles",
    "The rights of victims in criminal proceedings, giving evidence from another country, the non-punishment principle, and how victims obtain compensation.": (
        "Les droits des victimes dans la procédure pénale, le témoignage depuis un autre pays, le principe de "
        "non-sanction, et la manière dont les victimes obtiennent une indemnisation."
    ),
    "The victim's rights in proceedings": "Les droits de la victime dans la procédure",
    "Directive 2011/36/EU and the Victims' Rights Directive (2012/29/EU) give victims of trafficking the right to information, to free legal counselling and representation, to an interpreter, and to protection during investigations and trials: interviews without unjustified delay and by trained persons, as few interviews as possible, no unnecessary questions about private life, and the possibility of testifying without being present in the courtroom.": (
        "La directive 2011/36/UE et la directive sur les droits des victimes (2012/29/UE) reconnaissent aux victimes "
        "de la traite le droit à l'information, à des conseils juridiques et à une représentation en justice gratuits, "
        "à un interprète, ainsi qu'à une protection pendant l'enquête et le procès : auditions menées sans retard "
        "injustifié et par des personnes formées à cet effet, nombre d'auditions aussi limité que possible, aucune "
        "question inutile sur la vie privée, et possibilité de témoigner sans être présent dans la salle d'audience."
    ),
    "Giving evidence across borders": "Témoigner par-delà les frontières",
    "A victim who has returned to Hungary may still be needed as a witness in Belgium or the Netherlands. Hearings by video link, mutual legal assistance requests and joint investigation teams supported by Eurojust allow a victim to give evidence without travelling back to the place where they were exploited. Agree early with the prosecutor how the victim will be informed about the progress of the case once they are home.": (
        "Une victime rentrée en Hongrie peut encore être appelée à témoigner en Belgique ou aux Pays-Bas. Les "
        "auditions par vidéoconférence, les demandes d'entraide judiciaire et les équipes communes d'enquête soutenues "
        "par Eurojust permettent à une victime de témoigner sans retourner là où elle a été exploitée. Convenez "
        "suffisamment tôt avec le parquet de la manière dont la victime sera informée de l'évolution de l'affaire une "
        "fois rentrée chez elle."
    ),
    "Non-punishment": "Le principe de non-sanction",
    "Victims are often forced to commit offences: working without permits, using false documents, theft, or drug cultivation. Article 8 of Directive 2011/36/EU allows the authorities not to prosecute or punish victims for crimes they were compelled to commit. Raise this with the prosecutor as early as possible.": (
        "Les victimes sont souvent contraintes de commettre des infractions : travail sans permis, usage de faux "
        "documents, vol ou culture de stupéfiants. L'article 8 de la directive 2011/36/UE permet aux autorités de ne "
        "pas poursuivre les victimes et de ne pas leur infliger de sanctions pour les infractions qu'elles ont été "
        "contraintes de commettre. Soulevez cette question auprès du parquet le plus tôt possible."
    ),
    "Compensation": "L'indemnisation",
    "Victims can claim damages from the offenders, usually by joining the criminal case as a civil party, and may also claim state compensation for violent intentional crime. Each partner country has a state fund: the Commission for financial aid to victims of intentional acts of violence in Belgium, the Violent Offences Compensation Fund (Schadefonds Geweldsmisdrijven) in the Netherlands, and state compensation through the victim support service in Hungary. Under Directive 2004/80/EC a victim living in Hungary can apply for compensation from another member state through the Hungarian assisting authority.": (
        "Les victimes peuvent réclamer des dommages et intérêts aux auteurs, généralement en se constituant partie "
        "civile dans la procédure pénale, et peuvent aussi demander une indemnisation publique pour les infractions "
        "intentionnelles violentes. Chaque pays partenaire dispose d'un fonds public : en Belgique, la Commission pour "
        "l'aide financière aux victimes d'actes intentionnels de violence ; aux Pays-Bas, le Fonds d'indemnisation des "
        "victimes d'infractions violentes (Schadefonds Geweldsmisdrijven) ; en Hongrie, l'indemnisation par l'État "
        "accordée par l'intermédiaire du service d'aide aux victimes. En vertu de la directive 2004/80/CE, une victime "
        "résidant en Hongrie peut demander une indemnisation à un autre État membre par l'intermédiaire de l'autorité "
        "chargée de l'assistance en Hongrie."
    ),
    "Confiscated assets": "Les avoirs confisqués",
    "Ask the prosecutor whether assets seized from the offenders can be used to pay the victim's damages. Where the law allows it, this is often the only compensation a victim will actually receive.": (
        "Demandez au parquet si les avoirs saisis chez les auteurs peuvent servir à indemniser la victime. Lorsque la "
        "loi le permet, c'est souvent la seule indemnisation que la victime percevra réellement."
    ),
    # Chapter 7
    "Working together across borders": "Coopérer par-delà les frontières",
    "working-together-across-borders": "cooperer-par-dela-les-frontieres",
    "Building trust between professionals of three countries, and sharing information about victims lawfully and safely.": (
        "Instaurer la confiance entre les professionnels de trois pays, et partager les informations relatives aux "
        "victimes de manière licite et sûre."
    ),
    "Trust is built before the case": "La confiance se construit avant le dossier",
    "The workshops and study visits of RAVOT-EUR showed that referral works when the people at both ends know each other's role, limits and working language. A police officer in Budapest who has visited a Belgian specialised centre knows what the centre can promise; a Dutch care coordinator who has met a Hungarian shelter worker knows whom to ask. Keep such contacts alive, and keep the contact lists of your organisation up to date.": (
        "Les ateliers et les visites d'étude de RAVOT-EUR ont montré que l'orientation fonctionne lorsque les "
        "personnes situées aux deux extrémités de la chaîne connaissent le rôle, les limites et la langue de travail "
        "de l'autre. Un policier de Budapest qui a visité un centre spécialisé belge sait ce que ce centre peut "
        "promettre ; un coordinateur de l'aide néerlandais qui a rencontré un intervenant d'un centre d'accueil "
        "hongrois sait à qui s'adresser. Entretenez ces contacts et tenez à jour les listes de contacts de votre "
        "organisation."
    ),
    "Different systems, different words": "Des systèmes différents, des mots différents",
    "The same word can mean different things in the three countries: identification, victim status, shelter, even victim. When in doubt, describe what will happen instead of using a label, and ask your counterpart to do the same.": (
        "Un même mot peut recouvrir des réalités différentes dans les trois pays : identification, statut de victime, "
        "hébergement, et même victime. En cas de doute, décrivez ce qui va se passer plutôt que d'employer une "
        "étiquette, et demandez à votre homologue d'en faire autant."
    ),
    "Sharing information lawfully": "Partager les informations en toute légalité",
    "Information about a victim is personal data, and much of it, such as health, sexual life or criminal proceedings, is of a special, sensitive kind. European data protection law requires a lawful basis, a clear purpose and no more data than that purpose needs. In practice:": (
        "Les informations relatives à une victime sont des données à caractère personnel, et nombre d'entre elles, "
        "comme celles qui concernent la santé, la vie sexuelle ou des procédures pénales, sont d'une nature "
        "particulière et sensible. Le droit européen de la protection des données exige une base juridique, une "
        "finalité claire et pas davantage de données que cette finalité n'en requiert. En pratique :"
    ),
    "Share only what the receiving service needs in order to help.": (
        "Ne communiquez que ce dont le service destinataire a besoin pour aider."
    ),
    "Ask for the victim's informed consent, and record it.": "Demandez le consentement éclairé de la victime et consignez-le.",
    "Use the secure channels of your organisation; police information goes through police channels.": (
        "Utilisez les canaux sécurisés de votre organisation ; les informations policières passent par les canaux "
        "policiers."
    ),
    "Never put a victim's identifying details in e-mail subjects, chat groups or the forum of this platform.": (
        "Ne mentionnez jamais d'éléments permettant d'identifier une victime dans l'objet d'un e-mail, dans des groupes "
        "de discussion ou sur le forum de cette plateforme."
    ),
    "Agree how long the information is kept, and delete it afterwards.": (
        "Convenez de la durée de conservation des informations, et supprimez-les ensuite."
    ),
    "A leak can endanger a life": "Une fuite peut mettre une vie en danger",
    "Traffickers often know the victim's family and home town. A detail that seems harmless, such as the date of a return journey, can be enough to find the person. When you are unsure whether to share something, ask first.": (
        "Les trafiquants connaissent souvent la famille et la ville d'origine de la victime. Un détail apparemment "
        "anodin, comme la date d'un voyage de retour, peut suffire à retrouver la personne. Si vous hésitez à partager "
        "une information, demandez d'abord conseil."
    ),
}

# Reports index and the five workshop and study-visit reports (reports.demo)
STRINGS |= {
    "reports": "rapports",
    "Reports of the three professional workshops, one in each partner country, and of the study visits in which experts learned how the Hungarian, Dutch and Belgian authorities and services work.": (
        "Les rapports des trois ateliers professionnels, organisés dans chacun des pays partenaires, et des visites "
        "d'étude au cours desquelles des experts ont découvert le fonctionnement des autorités et des services "
        "hongrois, néerlandais et belges."
    ),
    # Shared by the reports
    "Opening": "Ouverture",
    "Sample content": "Contenu d'exemple",
    "This report is sample content for the demonstration site. RAVOT-EUR's workshops and study visits took place; the dates, agenda, numbers and details given here are illustrative.": (
        "Ce rapport est un contenu d'exemple du site de démonstration. Les ateliers et les visites d'étude de "
        "RAVOT-EUR ont bien eu lieu ; les dates, le programme, les chiffres et les détails donnés ici sont fournis à "
        "titre d'illustration."
    ),
    "Programme of the event": "Programme de l'événement",
    "Abstract illustration: a round table with eight seats.": "Illustration abstraite : une table ronde à huit places.",
    "Sample illustration; the demonstration site has no photographs of the event.": (
        "Illustration d'exemple ; le site de démonstration ne dispose d'aucune photo de l'événement."
    ),
    "Ministry of Interior of Hungary": "Ministère de l'Intérieur de Hongrie",
    "Budapest": PLACES["Budapest"],
    "The Hague": PLACES["The Hague"],
    "Antwerp": PLACES["Antwerp"],
    "Payoke": "Payoke",
    # Workshop in Budapest, 2014
    "Workshop in Budapest: identification and the first contact": (
        "Atelier de Budapest : l'identification et le premier contact"
    ),
    "workshop-budapest-2014": "atelier-budapest-2014",
    "The first professional workshop brought Hungarian, Belgian and Dutch police officers, prosecutors, victim support workers and NGOs together to compare how victims are identified and who is the first contact in each country.": (
        "Le premier atelier professionnel a réuni des policiers, des magistrats du parquet, des intervenants de l'aide "
        "aux victimes et des ONG hongrois, belges et néerlandais afin de comparer la manière dont les victimes sont "
        "identifiées et de savoir qui est le premier interlocuteur dans chaque pays."
    ),
    "Welcome by the project lead and the partners.": "Mot d'accueil du chef de file du projet et des partenaires.",
    "Trafficking of Hungarian victims to Belgium and the Netherlands": (
        "La traite de victimes hongroises vers la Belgique et les Pays-Bas"
    ),
    "Case patterns seen by the police and the specialised centres.": (
        "Les types de dossiers rencontrés par la police et les centres spécialisés."
    ),
    "Identification in three systems": "L'identification dans trois systèmes",
    "Short presentations by a Hungarian, a Belgian and a Dutch practitioner.": (
        "Brèves présentations par un praticien hongrois, un praticien belge et un praticien néerlandais."
    ),
    "Working groups: indicators of sexual and of labour exploitation": (
        "Groupes de travail : indicateurs d'exploitation sexuelle et d'exploitation par le travail"
    ),
    "Who calls whom? Mapping the contact points": "Qui appelle qui ? Cartographie des points de contact",
    "Conclusions and next steps": "Conclusions et prochaines étapes",
    "Participants agreed that most Hungarian victims in Belgium and the Netherlands are identified late, often after months of exploitation, and rarely on their own initiative. In all three countries the police are the most frequent first contact, but labour inspectors, health workers and consular staff meet victims too and are less familiar with the indicators.": (
        "Les participants ont constaté d'un commun accord que la plupart des victimes hongroises en Belgique et aux "
        "Pays-Bas sont identifiées tardivement, souvent après des mois d'exploitation, et rarement de leur propre "
        "initiative. Dans les trois pays, la police est le plus souvent le premier interlocuteur, mais les inspecteurs "
        "du travail, le personnel de santé et le personnel consulaire rencontrent eux aussi des victimes et "
        "connaissent moins bien les indicateurs."
    ),
    "What works": "Ce qui fonctionne",
    "The Belgian multidisciplinary approach, in which the police and the specialised centres decide together.": (
        "L'approche multidisciplinaire belge, dans laquelle la police et les centres spécialisés décident ensemble."
    ),
    "The Dutch principle that the reflection period is offered at the slightest indication.": (
        "Le principe néerlandais selon lequel le délai de réflexion est proposé dès le moindre indice."
    ),
    "The Hungarian common identification questionnaire, which gives non-specialists a place to start.": (
        "Le questionnaire d'identification commun utilisé en Hongrie, qui offre un point de départ aux non-spécialistes."
    ),
    "What gets in the way": "Ce qui fait obstacle",
    "Practitioners do not know whom to call in the other country, and contacts depend on individuals.": (
        "Les praticiens ne savent pas qui appeler dans l'autre pays, et les contacts reposent sur des personnes."
    ),
    "Victims fear that cooperation with the police abroad will endanger their families at home.": (
        "Les victimes craignent que leur coopération avec la police à l'étranger ne mette en danger leur famille restée "
        "au pays."
    ),
    "The same term, such as 'identified victim', means different things in the three systems.": (
        "Un même terme, comme « victime identifiée », recouvre des réalités différentes dans les trois systèmes."
    ),
    "Name one contact point per country and per profession for transnational referrals, and publish the list to vetted professionals.": (
        "Désigner un point de contact par pays et par profession pour les orientations transnationales, et mettre la "
        "liste à la disposition des professionnels vérifiés."
    ),
    "Train consular staff and labour inspectors on the indicators of labour exploitation.": (
        "Former le personnel consulaire et les inspecteurs du travail aux indicateurs d'exploitation par le travail."
    ),
    "Use the handbook's indicator lists in all three languages as a common reference.": (
        "Utiliser les listes d'indicateurs du manuel, dans les trois langues, comme référence commune."
    ),
    # Workshop in The Hague, 2015
    "Workshop in The Hague: first assistance, shelter and the reflection period": (
        "Atelier de La Haye : la première assistance, l'hébergement et le délai de réflexion"
    ),
    "workshop-the-hague-2015": "atelier-la-haye-2015",
    "The second workshop looked at what happens in the first weeks after identification: the reflection period, shelter and care, and how a Hungarian victim can be supported from both sides of the border.": (
        "Le deuxième atelier s'est penché sur ce qui se passe au cours des premières semaines suivant l'identification : "
        "le délai de réflexion, l'hébergement et les soins, et la manière dont une victime hongroise peut être "
        "accompagnée des deux côtés de la frontière."
    ),
    "The reflection period and shelter in the Netherlands": "Le délai de réflexion et l'hébergement aux Pays-Bas",
    "Presentation by a policy officer and a shelter coordinator.": (
        "Présentation par un chargé de mission et un coordinateur de centre d'accueil."
    ),
    "From registration to shelter: the role of a national coordination centre": (
        "De l'enregistrement à l'hébergement : le rôle d'un centre national de coordination"
    ),
    "Case discussion: a Hungarian victim of labour exploitation in the greenhouse sector": (
        "Étude de cas : une victime hongroise d'exploitation par le travail dans la culture sous serre"
    ),
    "Belgian and Hungarian responses to the same case": "Les réponses belge et hongroise au même cas",
    "Agreement on the first-assistance stage of the referral mechanism": (
        "Accord sur l'étape de première assistance du mécanisme d'orientation"
    ),
    "The first weeks decide whether a victim stays in contact with the support services. Participants from the three countries found that their rules for first assistance are close in substance, but differ in who decides and how long each step takes.": (
        "Les premières semaines déterminent si une victime reste en contact avec les services d'aide. Les participants "
        "des trois pays ont constaté que leurs règles de première assistance sont proches sur le fond, mais diffèrent "
        "quant à l'instance qui décide et à la durée de chaque étape."
    ),
    "Hungarian victims, as EU citizens, are sometimes not offered the same support as third-country nationals, because practitioners think the reflection period does not apply to them.": (
        "Les victimes hongroises, en tant que citoyennes de l'UE, ne se voient parfois pas proposer le même "
        "accompagnement que les ressortissants de pays tiers, parce que les praticiens pensent que le délai de "
        "réflexion ne s'applique pas à elles."
    ),
    "Interpretation into Hungarian is not always available at once, especially outside office hours.": (
        "L'interprétation vers le hongrois n'est pas toujours disponible immédiatement, surtout en dehors des heures "
        "de bureau."
    ),
    "Victims of labour exploitation are less often placed in specialised shelters than victims of sexual exploitation.": (
        "Les victimes d'exploitation par le travail sont moins souvent placées dans des centres d'accueil spécialisés "
        "que les victimes d'exploitation sexuelle."
    ),
    "Make clear in national guidance that victims who are EU citizens are entitled to the same assistance.": (
        "Préciser dans les instructions nationales que les victimes qui sont citoyennes de l'UE ont droit à la même "
        "assistance."
    ),
    "Keep a list of Hungarian interpreters with experience of working with victims.": (
        "Tenir à jour une liste d'interprètes en hongrois ayant l'expérience du travail avec des victimes."
    ),
    "Inform the Hungarian contact point, with the victim's consent, within the first week, so that return or family support can be prepared in time.": (
        "Informer le point de contact hongrois, avec le consentement de la victime, dès la première semaine, afin que "
        "le retour ou le soutien à la famille puisse être préparé à temps."
    ),
    # Workshop in Antwerp, 2015
    "Workshop in Antwerp: return, reintegration and proceedings": (
        "Atelier d'Anvers : retour, réintégration et procédures"
    ),
    "workshop-antwerp-2015": "atelier-anvers-2015",
    "The third workshop, hosted by Payoke, dealt with the later stages of referral: safe return and reintegration in Hungary, and the victim's part in criminal and civil proceedings after going home.": (
        "Le troisième atelier, accueilli par Payoke, a porté sur les dernières étapes de l'orientation : le retour en "
        "sécurité et la réintégration en Hongrie, et la place de la victime dans les procédures pénales et civiles "
        "après son retour au pays."
    ),
    "Opening by the host": "Ouverture par l'organisation hôte",
    "The Belgian victim status and the specialised centres": "Le statut de victime en droit belge et les centres spécialisés",
    "Preparing a safe return: risk assessment with the receiving country": (
        "Préparer un retour en sécurité : l'évaluation des risques avec le pays d'accueil"
    ),
    "Working groups: reintegration, debts and the risk of re-trafficking": (
        "Groupes de travail : réintégration, dettes et risque de retomber dans la traite"
    ),
    "Testifying from abroad: video hearings and joint investigation teams": (
        "Témoigner depuis l'étranger : auditions par vidéoconférence et équipes communes d'enquête"
    ),
    "Compensation across borders": "L'indemnisation transfrontalière",
    "Closing: the referral mechanism in five stages": "Clôture : le mécanisme d'orientation en cinq étapes",
    "Participants agreed that a return is only safe when it is prepared with the receiving services, and that the criminal case should not stop a victim from going home when they wish to.": (
        "Les participants ont convenu qu'un retour n'est sûr que s'il est préparé avec les services d'accueil, et que "
        "la procédure pénale ne devrait pas empêcher une victime de rentrer chez elle lorsqu'elle le souhaite."
    ),
    "Returns are often organised at short notice, leaving the Hungarian shelters and the victim support service too little time to prepare.": (
        "Les retours sont souvent organisés dans des délais très courts, ce qui laisse trop peu de temps aux centres "
        "d'accueil hongrois et au service d'aide aux victimes pour s'y préparer."
    ),
    "Victims who return rarely hear about the outcome of the criminal case or about their right to compensation.": (
        "Les victimes rentrées au pays sont rarement informées de l'issue de la procédure pénale ou de leur droit à une "
        "indemnisation."
    ),
    "Video hearings are possible in all three countries, but are used less than they could be.": (
        "Les auditions par vidéoconférence sont possibles dans les trois pays, mais elles restent sous-utilisées."
    ),
    "Agree a minimum notice period for planned returns, except when the victim's safety requires otherwise.": (
        "Convenir d'un délai de prévenance minimal pour les retours planifiés, sauf lorsque la sécurité de la victime "
        "exige d'agir plus vite."
    ),
    "Appoint, for each returning victim, one person in the sending country who keeps the victim informed about the proceedings.": (
        "Désigner, pour chaque victime qui rentre au pays, une personne du pays de départ chargée de la tenir informée "
        "de la procédure."
    ),
    "Tell victims about state compensation and cross-border applications before they leave.": (
        "Informer les victimes, avant leur départ, de l'indemnisation par l'État et des possibilités de demande "
        "transfrontalière."
    ),
    # Study visit to Belgium, 2015
    "Study visit of Hungarian experts to Belgium": "Visite d'étude d'experts hongrois en Belgique",
    "study-visit-belgium-2015": "visite-etude-belgique-2015",
    "Hungarian police officers, prosecutors and victim support workers visited a specialised centre, a shelter and a police unit in Belgium to see how the Belgian victim status works in practice.": (
        "Des policiers, des magistrats du parquet et des intervenants hongrois de l'aide aux victimes ont visité un "
        "centre spécialisé, un centre d'accueil et un service de police en Belgique pour voir comment le statut de "
        "victime belge fonctionne en pratique."
    ),
    "Antwerp and Brussels": f"{PLACES['Antwerp']} et {PLACES['Brussels']}",
    "Visit to a specialised centre: intake, shelter and legal support": (
        "Visite d'un centre spécialisé : admission, hébergement et soutien juridique"
    ),
    "Meeting with a police unit specialised in trafficking": (
        "Rencontre avec un service de police spécialisé dans la traite des êtres humains"
    ),
    "Meeting with a public prosecutor's office": "Rencontre avec un parquet",
    "Meeting with the federal coordination of the fight against trafficking": (
        "Rencontre avec la coordination fédérale de la lutte contre la traite des êtres humains"
    ),
    "Review of the visit and agreements on contact points": "Bilan de la visite et accords sur les points de contact",
    "The visitors saw how closely the Belgian police, prosecutors and specialised centres work together in individual cases, and how the centres accompany a victim through every step of the victim procedure.": (
        "Les visiteurs ont pu constater l'étroite collaboration entre la police, les parquets et les centres "
        "spécialisés belges dans les dossiers individuels, et la manière dont les centres accompagnent la victime à "
        "chaque étape de la procédure de protection des victimes."
    ),
    "The specialised centres are the single entry point for support, which makes it easy for a foreign partner to know whom to contact.": (
        "Les centres spécialisés sont le point d'entrée unique de l'accompagnement, si bien qu'un partenaire étranger "
        "sait facilement à qui s'adresser."
    ),
    "Belgian practitioners asked for earlier information on the situation in the victim's home town in Hungary.": (
        "Les praticiens belges ont demandé à être informés plus tôt de la situation dans la ville d'origine de la "
        "victime en Hongrie."
    ),
    "Exchange a short description of each country's procedure, in the other's language, for use in training.": (
        "Échanger une brève description de la procédure de chaque pays, dans la langue de l'autre, pour les "
        "formations."
    ),
    "Hold a joint case review once a year between the Belgian centres and the Hungarian contact points.": (
        "Organiser une fois par an un examen conjoint de dossiers entre les centres belges et les points de contact "
        "hongrois."
    ),
    # Study visit to Hungary, 2015
    "Study visit of Belgian and Dutch experts to Hungary": "Visite d'étude d'experts belges et néerlandais en Hongrie",
    "study-visit-hungary-2015": "visite-etude-hongrie-2015",
    "Experts from Belgium and the Netherlands visited Hungarian authorities, the victim support service and a shelter to learn how Hungarian victims are received and supported after their return.": (
        "Des experts de Belgique et des Pays-Bas ont rencontré des autorités hongroises, le service d'aide aux "
        "victimes et un centre d'accueil pour découvrir comment les victimes hongroises sont accueillies et "
        "accompagnées après leur retour."
    ),
    "The Hungarian anti-trafficking strategy and the national coordinator": (
        "La stratégie hongroise de lutte contre la traite et le coordinateur national"
    ),
    "Visit to the victim support service": "Visite du service d'aide aux victimes",
    "Visit to a shelter for victims of trafficking": "Visite d'un centre d'accueil pour victimes de la traite",
    "Travel outside Budapest; meeting with the shelter's social workers.": (
        "Déplacement hors de Budapest ; rencontre avec les travailleurs sociaux du centre d'accueil."
    ),
    "Meeting with the police unit responsible for trafficking cases": (
        "Rencontre avec le service de police chargé des affaires de traite"
    ),
    "Conclusions": "Conclusions",
    "The visitors learned that the Hungarian system relies on a small number of shelters and on NGOs that are well connected to local services, and that the first weeks after return are where support is most needed and most often missing.": (
        "Les visiteurs ont appris que le système hongrois repose sur un petit nombre de centres d'accueil et sur des "
        "ONG bien ancrées dans les services locaux, et que c'est au cours des premières semaines suivant le retour que "
        "l'accompagnement est le plus nécessaire et qu'il fait le plus souvent défaut."
    ),
    "Returning victims often arrive with debts and without documents, which delays access to benefits and work.": (
        "Les victimes qui rentrent arrivent souvent endettées et sans papiers, ce qui retarde leur accès aux "
        "prestations sociales et à l'emploi."
    ),
    "Shelter places are limited; early notice from Belgium and the Netherlands makes it possible to find one.": (
        "Les places en centre d'accueil sont limitées ; être prévenu suffisamment tôt par la Belgique ou les Pays-Bas "
        "permet d'en trouver une."
    ),
    "Follow-up after return depends on the victim's consent and on informal contacts, and is rarely recorded.": (
        "Le suivi après le retour dépend du consentement de la victime et de contacts informels, et il est rarement "
        "consigné."
    ),
    "Use the referral mechanism's handover step for every planned return, with a named person on each side.": (
        "Appliquer l'étape de passage de relais du mécanisme d'orientation à chaque retour planifié, avec une personne "
        "désignée de chaque côté."
    ),
    "Include debt advice and help with documents in the reintegration plan from the start.": (
        "Prévoir dès le départ, dans le plan de réintégration, un accompagnement en matière de dettes et une aide pour "
        "les documents."
    ),
    "Record follow-up with the victim's consent, so that the partners can see what happens after return.": (
        "Consigner le suivi, avec le consentement de la victime, afin que les partenaires puissent voir ce qui se passe "
        "après le retour."
    ),
}

# The five news items (news.demo)
STRINGS |= {
    # Shared by the news items
    "This news item is sample content for the demonstration site. The project, its partners and its timeline are real; the exact date and the details of the event described here are illustrative.": (
        "Cette actualité est un contenu d'exemple du site de démonstration. Le projet, ses partenaires et son "
        "calendrier sont réels ; la date exacte et les détails de l'événement décrit ici sont fournis à titre "
        "d'illustration."
    ),
    # RAVOT-EUR kicks off in Budapest
    "RAVOT-EUR kicks off in Budapest": "Lancement de RAVOT-EUR à Budapest",
    "ravot-eur-kicks-off-in-budapest": "lancement-de-ravot-eur-a-budapest",
    "Hungary's Ministry of Interior, the Dutch Ministry of Security and Justice and Payoke met in Budapest to start two years of work on a transnational referral mechanism for victims of human trafficking.": (
        "Le ministère de l'Intérieur de Hongrie, le ministère néerlandais de la Sécurité et de la Justice et Payoke se "
        "sont réunis à Budapest pour entamer deux années de travail sur un mécanisme d'orientation transnational pour "
        "les victimes de la traite des êtres humains."
    ),
    "Abstract illustration: three connected circles standing for Hungary, Belgium and the Netherlands.": (
        "Illustration abstraite : trois cercles reliés entre eux, qui représentent la Hongrie, la Belgique et les "
        "Pays-Bas."
    ),
    "RAVOT-EUR, short for <i>Referral of and assistance for victims of human trafficking in Europe</i>, started on 1 February 2014. The project is funded by the European Union's programme Prevention of and Fight against Crime (ISEC 2012) and runs until 31 January 2016. It is led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Antwerp centre for victims of human trafficking, as partners.": (
        "RAVOT-EUR, acronyme de <i>Referral of and assistance for victims of human trafficking in Europe</i> "
        "(orientation et assistance des victimes de la traite des êtres humains en Europe), a démarré le 1er février "
        "2014. Le projet est financé par le programme de l'Union européenne « Prévenir et combattre la criminalité » "
        "(ISEC 2012) et se poursuit jusqu'au 31 janvier 2016. Il est dirigé par le ministère de l'Intérieur de "
        "Hongrie, avec pour partenaires le ministère néerlandais de la Sécurité et de la Justice et Payoke, le centre "
        "d'Anvers pour les victimes de la traite des êtres humains."
    ),
    "Why these three countries": "Pourquoi ces trois pays",
    "Belgium and the Netherlands are the countries where Hungarian victims of trafficking for sexual and labour exploitation are most often found. When a victim is identified abroad, police officers, social workers, shelters and prosecutors in two countries have to work together: to protect the person, to organise a safe return if the victim wants it, and to support criminal and civil proceedings. Without agreed routes this cooperation depends on personal contacts.": (
        "La Belgique et les Pays-Bas sont les pays où les victimes hongroises de la traite aux fins d'exploitation "
        "sexuelle et d'exploitation par le travail sont le plus souvent identifiées. Lorsqu'une victime est identifiée "
        "à l'étranger, les policiers, les travailleurs sociaux, les centres d'accueil et les parquets de deux pays "
        "doivent collaborer : pour protéger la personne, pour organiser un retour en sécurité si la victime le "
        "souhaite, et pour soutenir les procédures pénales et civiles. Sans circuits convenus, cette coopération "
        "dépend des contacts personnels."
    ),
    "At the kick-off meeting the partners agreed on the work plan: a transnational referral mechanism that follows the five stages of the European TRM guidelines (identification; first assistance and protection; long-term assistance and social inclusion; return and social inclusion; criminal and civil proceedings), three professional workshops, study visits, a training handbook and an online platform where vetted professionals can find each other.": (
        "Lors de la réunion de lancement, les partenaires ont arrêté le plan de travail : un mécanisme d'orientation "
        "transnational qui suit les cinq étapes des lignes directrices européennes relatives aux TRM (identification ; "
        "première assistance et protection ; assistance à long terme et inclusion sociale ; retour et inclusion "
        "sociale ; procédures pénales et civiles), trois ateliers professionnels, des visites d'étude, un manuel de "
        "formation et une plateforme en ligne où des professionnels vérifiés peuvent entrer en contact les uns avec "
        "les autres."
    ),
    "The total budget is EUR 346,069, of which EUR 311,462 is contributed by the European Union (grant HOME/2012/ISEC/AG/4000004405).": (
        "Le budget total s'élève à 346 069 EUR, dont 311 462 EUR apportés par l'Union européenne (subvention "
        "HOME/2012/ISEC/AG/4000004405)."
    ),
    # Workshops and study visits bring professionals together
    "Workshops and study visits bring professionals together": (
        "Des ateliers et des visites d'étude pour rapprocher les professionnels"
    ),
    "workshops-and-study-visits": "ateliers-et-visites-d-etude",
    "Three professional workshops, one in each partner country, and a series of study visits let police officers, prosecutors, social workers and shelter staff see how their counterparts work.": (
        "Trois ateliers professionnels, un dans chaque pays partenaire, et une série de visites d'étude permettent aux "
        "policiers, aux magistrats du parquet, aux travailleurs sociaux et au personnel des centres d'accueil de voir "
        "comment travaillent leurs homologues."
    ),
    "Referral across borders only works when the people at both ends know and trust each other. RAVOT-EUR therefore holds a professional workshop in Hungary, in Belgium and in the Netherlands. Each workshop brings together the authorities and organisations that meet victims: labour inspectors, police and border guards, public prosecutors, victim support services, shelters and NGOs.": (
        "L'orientation transfrontalière ne fonctionne que si les personnes situées aux deux extrémités de la chaîne se "
        "connaissent et se font confiance. C'est pourquoi RAVOT-EUR organise un atelier professionnel en Hongrie, en "
        "Belgique et aux Pays-Bas. Chaque atelier réunit les autorités et les organisations qui rencontrent des "
        "victimes : inspecteurs du travail, police et gardes-frontières, parquets, services d'aide aux victimes, "
        "centres d'accueil et ONG."
    ),
    "Learning how the other system works": "Découvrir le fonctionnement de l'autre système",
    "During the study visits experts spend time with the services of another partner country. They learn who decides on a victim's right to stay and to shelter, how identification works when a victim does not see themself as a victim, and which documents a Hungarian victim needs for a safe return. The findings of every workshop and study visit are published in the reports section.": (
        "Lors des visites d'étude, des experts passent du temps auprès des services d'un autre pays partenaire. Ils "
        "découvrent qui décide du droit de séjour et d'hébergement d'une victime, comment se déroule l'identification "
        "lorsqu'une victime ne se considère pas comme telle, et de quels documents une victime hongroise a besoin pour "
        "un retour en sécurité. Les constats de chaque atelier et de chaque visite d'étude sont publiés dans la "
        "rubrique « Rapports »."
    ),
    # Training handbook on transnational referral published
    "Training handbook on transnational referral published": (
        "Publication du manuel de formation sur l'orientation transnationale"
    ),
    "training-handbook-published": "publication-du-manuel-de-formation",
    "The RAVOT-EUR handbook describes, stage by stage, how professionals in Hungary, Belgium and the Netherlands refer and assist victims of trafficking across borders. It is written for training and for academic use.": (
        "Le manuel RAVOT-EUR décrit, étape par étape, comment les professionnels de Hongrie, de Belgique et des "
        "Pays-Bas orientent et assistent les victimes de la traite par-delà les frontières. Il est destiné à la "
        "formation et à un usage académique."
    ),
    "Abstract illustration: an open book in dark blue and ochre.": (
        "Illustration abstraite : un livre ouvert, bleu foncé et ocre."
    ),
    "The handbook brings together what the partners learned in the workshops and study visits. Its chapters follow the five stages of transnational referral, from the first signs that someone may be a victim to the end of criminal and civil proceedings, and add a chapter on cooperation and data protection between professionals.": (
        "Le manuel réunit les enseignements que les partenaires ont tirés des ateliers et des visites d'étude. Ses "
        "chapitres suivent les cinq étapes de l'orientation transnationale, des premiers signes qu'une personne pourrait "
        "être victime jusqu'à la fin des procédures pénales et civiles, et un chapitre supplémentaire est consacré à la "
        "coopération et à la protection des données entre professionnels."
    ),
    "Each chapter explains who is responsible in each of the three countries, what a victim is entitled to, and what the professionals on both sides of a border need from each other. The chapter on identification includes lists of indicators of sexual and of labour exploitation.": (
        "Chaque chapitre explique qui est responsable dans chacun des trois pays, à quoi une victime a droit et ce "
        "dont les professionnels ont besoin les uns des autres de part et d'autre d'une frontière. Le chapitre sur "
        "l'identification comprend des listes d'indicateurs d'exploitation sexuelle et d'exploitation par le travail."
    ),
    "The handbook can be read on this site chapter by chapter or printed as a whole. Trainers may use it freely in courses for police, prosecutors, social workers and students.": (
        "Le manuel peut être lu sur ce site chapitre par chapitre ou imprimé dans son intégralité. Les formateurs "
        "peuvent l'utiliser librement dans leurs cours destinés aux policiers, aux magistrats du parquet, aux "
        "travailleurs sociaux et aux étudiants."
    ),
    # Online platform for professionals opens
    "Online platform for professionals opens": "Ouverture de la plateforme en ligne pour les professionnels",
    "online-platform-opens": "ouverture-de-la-plateforme-en-ligne",
    "The RAVOT-EUR platform combines public information for victims and the public with a closed forum where vetted professionals from the three countries can discuss referrals.": (
        "La plateforme RAVOT-EUR associe des informations publiques destinées aux victimes et au grand public à un "
        "forum fermé où des professionnels vérifiés des trois pays peuvent discuter des orientations."
    ),
    "Abstract illustration: speech bubbles in teal and light grey.": (
        "Illustration abstraite : des bulles de dialogue bleu canard et gris clair."
    ),
    "The public part of the platform holds the training handbook, the reports of the workshops and study visits, and a page for people who need help now, with help lines in each country and a quick exit button on every page.": (
        "La partie publique de la plateforme contient le manuel de formation, les rapports des ateliers et des visites "
        "d'étude, ainsi qu'une page destinée aux personnes qui ont besoin d'aide immédiatement, avec les lignes d'aide "
        "de chaque pays et, sur chaque page, un bouton pour quitter rapidement le site."
    ),
    "A closed space for vetted professionals": "Un espace fermé réservé aux professionnels vérifiés",
    "Professionals who work with victims can apply for an account. After their organisation and role have been checked, they can use a directory of contact points and a forum to prepare referrals with their colleagues abroad. Personal data of victims does not belong in the forum: members discuss procedures and arrange contacts, and exchange case files only through the official channels of their organisations.": (
        "Les professionnels qui travaillent avec des victimes peuvent demander un compte. Une fois leur organisation et "
        "leur fonction vérifiées, ils ont accès à un annuaire des points de contact et à un forum pour préparer des "
        "orientations avec leurs collègues à l'étranger. Les données personnelles des victimes n'ont pas leur place sur "
        "le forum : les membres y discutent des procédures et y nouent des contacts, et n'échangent des dossiers que "
        "par les canaux officiels de leur organisation."
    ),
    # Closing conference looks back on two years of cooperation
    "Closing conference looks back on two years of cooperation": (
        "La conférence de clôture dresse le bilan de deux années de coopération"
    ),
    "closing-conference": "conference-de-cloture",
    "At the closing conference the partners presented the referral mechanism, the handbook and the platform, and discussed how cooperation between Hungary, Belgium and the Netherlands continues after the project.": (
        "Lors de la conférence de clôture, les partenaires ont présenté le mécanisme d'orientation, le manuel et la "
        "plateforme, et ont débattu de la manière dont la coopération entre la Hongrie, la Belgique et les Pays-Bas se "
        "poursuivra après le projet."
    ),
    "The project ends on 31 January 2016. At the closing conference the partners looked back on what changed since the kick-off: the professionals who refer victims across the three borders now know whom to call, the five stages of referral are described in one handbook, and the platform gives them a place to stay in touch.": (
        "Le projet prend fin le 31 janvier 2016. Lors de la conférence de clôture, les partenaires sont revenus sur ce "
        "qui a changé depuis le lancement : les professionnels qui orientent des victimes d'un pays à l'autre savent "
        "désormais qui appeler, les cinq étapes de l'orientation sont décrites dans un seul et même manuel, et la "
        "plateforme leur offre un lieu pour rester en contact."
    ),
    "Participants also named what remains to be done: faster exchange of information when a victim wants to return home, long-term support after return, and keeping contact lists up to date when people change jobs. The platform stays open so that this work can go on.": (
        "Les participants ont également énuméré ce qui reste à faire : un échange d'informations plus rapide lorsqu'une "
        "victime souhaite rentrer chez elle, un accompagnement à long terme après le retour, et la mise à jour des "
        "listes de contacts lorsque des personnes changent de poste. La plateforme reste ouverte pour que ce travail "
        "puisse se poursuivre."
    ),
}


def _of(place):
    """'de Bruxelles', "d'Anvers": the French form of `place` after "de", elided before a vowel."""
    name = PLACES[place]
    return f"d'{name}" if name[0] in "AEIOUYÉ" else f"de {name}"


# Directory: the three project partners (directory.demo)
STRINGS |= {
    "Ministry of Security and Justice of the Netherlands (Ministerie van Veiligheid en Justitie)": (
        "Ministère de la Sécurité et de la Justice des Pays-Bas (Ministerie van Veiligheid en Justitie)"
    ),
    "Partner of the RAVOT-EUR project, responsible for the police, the public prosecution service and migration policy in the Netherlands at the time of the project (since 2017 the Ministry of Justice and Security). Contact details are not listed here: please use the ministry's official website.": (
        "Partenaire du projet RAVOT-EUR, responsable, à l'époque du projet, de la police, du ministère public et de la "
        "politique migratoire aux Pays-Bas (depuis 2017, ministère de la Justice et de la Sécurité). Ses coordonnées "
        "ne figurent pas ici : veuillez consulter le site officiel du ministère."
    ),
    "Ministry of Interior of Hungary (Belügyminisztérium)": "Ministère de l'Intérieur de Hongrie (Belügyminisztérium)",
    "Lead partner of the RAVOT-EUR project. The ministry is responsible for the police and for coordinating Hungary's action against trafficking in human beings. Contact details are not listed here: please use the ministry's official website.": (
        "Partenaire principal du projet RAVOT-EUR. Le ministère est responsable de la police et de la coordination de "
        "l'action de la Hongrie contre la traite des êtres humains. Ses coordonnées ne figurent pas ici : veuillez "
        "consulter le site officiel du ministère."
    ),
    "Partner of the RAVOT-EUR project and one of the three specialised centres for victims of human trafficking recognised in Belgium. It offers shelter and accompanies victims through the Belgian victim status procedure. Contact details are not listed here: please use Payoke's own website.": (
        "Partenaire du projet RAVOT-EUR et l'un des trois centres spécialisés pour les victimes de la traite des êtres "
        "humains reconnus en Belgique. Il offre un hébergement et accompagne les victimes tout au long de la procédure "
        "belge d'octroi du statut de victime. Ses coordonnées ne figurent pas ici : veuillez consulter le site de "
        "Payoke."
    ),
}

# Directory: the sample organisations, the same twelve kinds in each country (directory.demo)
STRINGS |= {
    # Cities: exactly the glossary's form
    **{place: PLACES[place] for place in PLACES if place not in ("Belgium", "Hungary", "the Netherlands")},
    # Sample addresses
    **{f"Sample Street {number}": f"{number}, rue de l'Exemple" for number in range(1, 13)},
    # Names
    "Anti-trafficking police unit Antwerp": f"Unité de police anti-traite {_of('Antwerp')}",
    "Anti-trafficking police unit Budapest": f"Unité de police anti-traite {_of('Budapest')}",
    "Anti-trafficking police unit Amsterdam": f"Unité de police anti-traite {_of('Amsterdam')}",
    "Centre for Trafficking Studies Ghent": f"Centre d'études sur la traite des êtres humains {_of('Ghent')}",
    "Centre for Trafficking Studies Pécs": f"Centre d'études sur la traite des êtres humains {_of('Pécs')}",
    "Centre for Trafficking Studies Utrecht": f"Centre d'études sur la traite des êtres humains {_of('Utrecht')}",
    "Community Interpreters Brussels": f"Service d'interprétariat social {_of('Brussels')}",
    "Community Interpreters Budapest": f"Service d'interprétariat social {_of('Budapest')}",
    "Community Interpreters Amsterdam": f"Service d'interprétariat social {_of('Amsterdam')}",
    "Labour inspection, Charleroi office": f"Inspection du travail, bureau {_of('Charleroi')}",
    "Labour inspection, Szeged office": f"Inspection du travail, bureau {_of('Szeged')}",
    "Labour inspection, Eindhoven office": f"Inspection du travail, bureau {_of('Eindhoven')}",
    "Legal Aid Clinic Ghent": f"Clinique d'aide juridique {_of('Ghent')}",
    "Legal Aid Clinic Pécs": f"Clinique d'aide juridique {_of('Pécs')}",
    "Legal Aid Clinic Utrecht": f"Clinique d'aide juridique {_of('Utrecht')}",
    "Public prosecutor's office Brussels": f"Parquet {_of('Brussels')}",
    "Public prosecutor's office Debrecen": f"Parquet {_of('Debrecen')}",
    "Public prosecutor's office Rotterdam": f"Parquet {_of('Rotterdam')}",
    "Reintegration Network Antwerp": f"Réseau de réintégration {_of('Antwerp')}",
    "Reintegration Network Budapest": f"Réseau de réintégration {_of('Budapest')}",
    "Reintegration Network Amsterdam": f"Réseau de réintégration {_of('Amsterdam')}",
    "Return and Reintegration Office Leuven": f"Bureau d'aide au retour et à la réintégration {_of('Leuven')}",
    "Return and Reintegration Office Nyíregyháza": f"Bureau d'aide au retour et à la réintégration {_of('Nyíregyháza')}",
    "Return and Reintegration Office Zwolle": f"Bureau d'aide au retour et à la réintégration {_of('Zwolle')}",
    "Safe House Liège": f"Maison d'accueil sécurisée {_of('Liège')}",
    "Safe House Miskolc": f"Maison d'accueil sécurisée {_of('Miskolc')}",
    "Safe House The Hague": f"Maison d'accueil sécurisée {_of('The Hague')}",
    "Social services Bruges": f"Services sociaux {_of('Bruges')}",
    "Social services Győr": f"Services sociaux {_of('Győr')}",
    "Social services Groningen": f"Services sociaux {_of('Groningen')}",
    "Victims' Hotline Brussels": f"Ligne d'aide aux victimes {_of('Brussels')}",
    "Victims' Hotline Debrecen": f"Ligne d'aide aux victimes {_of('Debrecen')}",
    "Victims' Hotline Rotterdam": f"Ligne d'aide aux victimes {_of('Rotterdam')}",
    "Youth Protection Centre Liège": f"Centre de protection de la jeunesse {_of('Liège')}",
    "Youth Protection Centre Miskolc": f"Centre de protection de la jeunesse {_of('Miskolc')}",
    "Youth Protection Centre The Hague": f"Centre de protection de la jeunesse {_of('The Hague')}",
    # Descriptions
    "Sample entry, not a real organisation. Investigates human trafficking, identifies presumed victims and refers them to assistance. Takes reports from other countries' police through the usual police cooperation channels.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Enquête sur la traite des êtres humains, identifie les "
        "victimes présumées et les oriente vers l'assistance. Reçoit les signalements des polices d'autres pays par "
        "les canaux habituels de la coopération policière."
    ),
    "Sample entry, not a real organisation. A university centre that studies trafficking and runs a students' legal clinic supervised by lawyers; also helps professionals with risk assessments for returns.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Centre universitaire qui étudie la traite des êtres "
        "humains et gère une clinique juridique étudiante encadrée par des avocats ; aide également les professionnels "
        "à évaluer les risques avant un retour."
    ),
    "Sample entry, not a real organisation. Trained interpreters for police interviews, medical visits and legal consultations, in person or by phone, bound by confidentiality.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Interprètes formés pour les auditions de police, les "
        "consultations médicales et les consultations juridiques, sur place ou par téléphone, tenus à la "
        "confidentialité."
    ),
    "Sample entry, not a real organisation. Inspects workplaces in agriculture, construction, cleaning and hospitality; identifies signs of labour exploitation and refers presumed victims to the police and assistance services.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Contrôle les lieux de travail dans l'agriculture, la "
        "construction, le nettoyage et l'hôtellerie-restauration ; repère les signes d'exploitation par le travail et "
        "oriente les victimes présumées vers la police et les services d'assistance."
    ),
    "Sample entry, not a real organisation. Free legal advice and representation for victims: residence, labour claims, civil party claims in criminal proceedings and compensation.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Conseil juridique et représentation en justice gratuits "
        "pour les victimes : droit de séjour, réclamations en droit du travail, constitution de partie civile dans la "
        "procédure pénale et indemnisation."
    ),
    "Sample entry, not a real organisation. A prosecutor specialised in trafficking cases leads investigations, decides on charges and informs victims of their rights as injured parties.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Un magistrat du parquet spécialisé dans les affaires de "
        "traite dirige les enquêtes, décide des poursuites et informe les victimes de leurs droits en tant que "
        "personnes lésées."
    ),
    "Sample entry, not a real organisation. Accompanies returning victims for the first months: housing, training, a job and counselling, in cooperation with the organisations of the sending country.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Accompagne les victimes de retour au pays pendant les "
        "premiers mois : logement, formation, emploi et soutien psychosocial, en coopération avec les organisations du "
        "pays de départ."
    ),
    "Sample entry, not a real organisation. Prepares voluntary returns with the country of origin: risk assessment, travel, reception on arrival and reintegration support for up to a year.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Prépare les retours volontaires avec le pays d'origine : "
        "évaluation des risques, voyage, accueil à l'arrivée et aide à la réintégration pendant un an au maximum."
    ),
    "Sample entry, not a real organisation. A specialised shelter at a confidential address for women and their children. Offers a safe place to stay, medical and psychological care and time to decide on the next steps.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Centre d'accueil spécialisé, à adresse confidentielle, "
        "pour les femmes et leurs enfants. Offre un hébergement sûr, des soins médicaux et psychologiques, et le temps "
        "de décider de la suite."
    ),
    "Sample entry, not a real organisation. Municipal social services: case management, access to housing, health insurance, schooling and employment programmes for victims who stay.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Services sociaux communaux : suivi individualisé, accès "
        "au logement, à l'assurance maladie, à la scolarité et aux programmes d'emploi pour les victimes qui restent "
        "dans le pays."
    ),
    "Sample entry, not a real organisation. A confidential line for victims, witnesses and professionals who suspect trafficking: advice, and referral to the right service the same day.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Ligne confidentielle pour les victimes, les témoins et "
        "les professionnels qui soupçonnent un cas de traite : conseils et orientation vers le service compétent le "
        "jour même."
    ),
    "Sample entry, not a real organisation. Protects children and young people who are presumed victims, appoints a guardian where needed and places them in a safe home.": (
        "Exemple : il ne s'agit pas d'une organisation réelle. Protège les enfants et les jeunes qui sont des victimes "
        "présumées, désigne un tuteur si nécessaire et les place dans un lieu d'accueil sûr."
    ),
    # Opening hours
    "Office: Monday to Friday 8:00–16:00; duty officer 24/7": (
        "Bureau : du lundi au vendredi, de 8 h 00 à 16 h 00 ; permanence 24 h/24, 7 j/7"
    ),
    "By appointment": "Sur rendez-vous",
    "Bookings by phone 24/7": "Réservations par téléphone 24 h/24, 7 j/7",
    "Monday to Friday 8:00–16:00": "Du lundi au vendredi, de 8 h 00 à 16 h 00",
    "Tuesday and Thursday 10:00–17:00, and by appointment": (
        "Le mardi et le jeudi, de 10 h 00 à 17 h 00, et sur rendez-vous"
    ),
    "Monday to Friday 8:30–16:30": "Du lundi au vendredi, de 8 h 30 à 16 h 30",
    "Monday to Friday 9:00–16:00": "Du lundi au vendredi, de 9 h 00 à 16 h 00",
    "Monday to Friday 9:00–17:00": "Du lundi au vendredi, de 9 h 00 à 17 h 00",
    "Admissions 24 hours a day, 7 days a week": "Admissions 24 heures sur 24, 7 jours sur 7",
    "24 hours a day, 7 days a week": "24 heures sur 24, 7 jours sur 7",
    "Emergency admissions 24/7": "Admissions en urgence 24 h/24, 7 j/7",
}

# Directory: referral pathway guidance, per country and stage (directory.demo)
STRINGS |= {
    # Belgium
    "In Belgium front-line services (police, social and labour inspection, hospitals, social services) identify presumed victims with the indicators of the multidisciplinary circular on victims of trafficking. A presumed victim must be referred to one of the three specialised centres — Payoke (Antwerp), PAG-ASA (Brussels) or Sürya (Liège) — to enter the victim status procedure.": (
        "En Belgique, les services de première ligne (police, inspection sociale et inspection du travail, hôpitaux, "
        "services sociaux) identifient les victimes présumées à l'aide des indicateurs de la circulaire "
        "multidisciplinaire relative aux victimes de la traite des êtres humains. Une victime présumée doit être "
        "orientée vers l'un des trois centres spécialisés — Payoke (Anvers), PAG-ASA (Bruxelles) ou Sürya (Liège) — "
        "pour entrer dans la procédure d'octroi du statut de victime."
    ),
    "Contact the specialised centre straight away, also outside office hours.": (
        "Contactez immédiatement le centre spécialisé, y compris en dehors des heures de bureau."
    ),
    "Inform the reference magistrate for trafficking of the judicial district.": (
        "Informez le magistrat de référence « traite des êtres humains » de l'arrondissement judiciaire."
    ),
    "The specialised centre offers shelter, medical and psychological care, legal support and interpretation. A reflection period of 45 days gives the victim time to recover and decide whether to make statements.": (
        "Le centre spécialisé offre un hébergement, des soins médicaux et psychologiques, un soutien juridique et des "
        "services d'interprétation. Un délai de réflexion de 45 jours laisse à la victime le temps de se rétablir et de "
        "décider si elle souhaite faire des déclarations."
    ),
    "During the procedure the victim must break contact with the suspected exploiters and accept the centre's guidance.": (
        "Pendant la procédure, la victime doit rompre tout contact avec ses exploiteurs présumés et accepter "
        "l'accompagnement du centre."
    ),
    "Children are referred to the guardianship service and to youth care.": (
        "Les enfants sont orientés vers le service des Tutelles et vers l'aide à la jeunesse."
    ),
    "Victims who cooperate with the justice system receive a temporary residence document, which can lead to permanent residence, for example when the case ends in a conviction. The specialised centre accompanies them with housing, training and work.": (
        "Les victimes qui coopèrent avec la justice reçoivent un titre de séjour temporaire, qui peut déboucher sur un "
        "séjour à durée illimitée, par exemple lorsque l'affaire aboutit à une condamnation. Le centre spécialisé les "
        "accompagne pour le logement, la formation et l'emploi."
    ),
    "Keep the centre informed of every step in the criminal case: residence depends on it.": (
        "Tenez le centre informé de chaque étape de la procédure pénale : le droit de séjour en dépend."
    ),
    "EU citizens' residence is arranged through the same centres.": (
        "Pour les citoyens de l'UE, le séjour est réglé par l'intermédiaire des mêmes centres."
    ),
    "Voluntary return is prepared with the specialised centre and the voluntary return programme (Fedasil with its partners), which pays for the journey and can give reintegration support in the country of origin.": (
        "Le retour volontaire est préparé avec le centre spécialisé et le programme de retour volontaire (Fedasil et "
        "ses partenaires), qui prend en charge le voyage et peut apporter une aide à la réintégration dans le pays "
        "d'origine."
    ),
    "Make a risk assessment with the victim before any return.": (
        "Procédez avec la victime à une évaluation des risques avant tout retour."
    ),
    "Contact the organisations of the country of origin in this directory before the departure date, and agree who meets the victim.": (
        "Avant la date du départ, contactez les organisations du pays d'origine répertoriées dans cet annuaire, et "
        "convenez de qui accueillera la victime."
    ),
    "Victims report to the police or the labour inspection; the public prosecutor's office has a reference magistrate for trafficking in each judicial district. The victim can join the proceedings as a civil party and claim damages; the specialised centres can also act as civil party.": (
        "Les victimes portent plainte auprès de la police ou de l'inspection du travail ; dans chaque arrondissement "
        "judiciaire, le parquet dispose d'un magistrat de référence « traite des êtres humains ». La victime peut se "
        "constituer partie civile et réclamer des dommages et intérêts ; les centres spécialisés peuvent eux aussi se "
        "constituer partie civile."
    ),
    "Legal aid is free for victims with limited means.": (
        "L'aide juridique est gratuite pour les victimes aux ressources limitées."
    ),
    "When the offender cannot pay, the Commission for financial assistance to victims of intentional acts of violence can help.": (
        "Lorsque l'auteur ne peut pas payer, la Commission pour l'aide financière aux victimes d'actes intentionnels de "
        "violence peut intervenir."
    ),
    # Hungary
    "In Hungary a government decree (354/2012) obliges a range of bodies to identify presumed victims: among others the police, victim support services, family and child welfare services, health-care providers, consular staff abroad and the labour authority. They use a standard identification questionnaire and send it to the victim support service.": (
        "En Hongrie, un décret gouvernemental (354/2012) oblige toute une série d'organismes à identifier les victimes "
        "présumées, entre autres la police, les services d'aide aux victimes, les services d'aide à la famille et à "
        "l'enfance, les prestataires de soins de santé, le personnel consulaire à l'étranger et l'autorité du travail. "
        "Ils utilisent un questionnaire d'identification type, qu'ils transmettent au service d'aide aux victimes."
    ),
    "Consular staff of Hungary can start the identification of a Hungarian citizen found abroad.": (
        "Le personnel consulaire de Hongrie peut engager l'identification d'un ressortissant hongrois découvert à "
        "l'étranger."
    ),
    "Any sign of trafficking is enough to start: the victim does not have to make a complaint first.": (
        "Le moindre signe de traite suffit pour agir : la victime n'a pas besoin de porter plainte au préalable."
    ),
    "The victim support service informs the victim of their rights and can give immediate financial help (for example for travel, clothing or accommodation). The national crisis line can arrange a place in a shelter for victims of trafficking.": (
        "Le service d'aide aux victimes informe la victime de ses droits et peut lui accorder une aide financière "
        "immédiate (par exemple pour le voyage, les vêtements ou l'hébergement). La ligne nationale de crise peut "
        "trouver une place dans un centre d'accueil pour victimes de la traite."
    ),
    "Arrange an interpreter for every interview.": "Prévoyez un interprète pour chaque entretien.",
    "Check health needs first: medical care is available in an emergency regardless of insurance.": (
        "Vérifiez d'abord les besoins de santé : en cas d'urgence, les soins médicaux sont dispensés, que la personne "
        "soit assurée ou non."
    ),
    "Give the victim time to recover and decide before asking for a statement.": (
        "Laissez à la victime le temps de se rétablir et de décider avant de lui demander une déclaration."
    ),
    "After the shelter, transitional (“half-way”) housing, family support services and employment programmes help victims rebuild their lives in Hungary. A case manager keeps the plan together and stays the contact point for partners abroad.": (
        "Après le centre d'accueil, des logements de transition, des services d'aide aux familles et des programmes "
        "d'emploi aident les victimes à reconstruire leur vie en Hongrie. Un travailleur social référent veille à la "
        "cohérence du plan et reste le point de contact des partenaires à l'étranger."
    ),
    "Help with identity documents, health insurance and registration of an address.": (
        "Aidez la victime à obtenir ses documents d'identité et une assurance maladie, et à faire enregistrer une "
        "adresse."
    ),
    "Plan education or vocational training with the victim.": (
        "Planifiez avec la victime des études ou une formation professionnelle."
    ),
    "When a Hungarian victim returns from abroad, the return is prepared before departure with the organisations in Hungary: a risk assessment (is the family or home town safe?), who meets the victim on arrival, and a place to stay.": (
        "Lorsqu'une victime hongroise rentre de l'étranger, le retour est préparé avant le départ avec les "
        "organisations en Hongrie : évaluation des risques (la famille ou la ville d'origine sont-elles sûres ?), "
        "personne chargée d'accueillir la victime à son arrivée et lieu d'hébergement."
    ),
    "The consulate can issue an emergency travel document.": "Le consulat peut délivrer un titre de voyage provisoire.",
    "Agree who informs the victim support service and the receiving shelter, and send the case summary with the victim's consent.": (
        "Convenez de qui informe le service d'aide aux victimes et le centre d'accueil de destination, et transmettez "
        "le résumé du dossier avec le consentement de la victime."
    ),
    "Plan follow-up support for at least the first months.": (
        "Prévoyez un accompagnement de suivi pendant au moins les premiers mois."
    ),
    "Report the crime to the police; the prosecution service directs the investigation. In criminal proceedings the victim is an injured party, can claim damages as a civil party and can ask to be treated as a vulnerable witness (for example a separate hearing room or a recorded interview).": (
        "L'infraction est signalée à la police ; le ministère public dirige l'enquête. Dans la procédure pénale, la "
        "victime a la qualité de partie lésée, peut réclamer des dommages et intérêts en tant que partie civile et "
        "peut demander à être traitée comme un témoin vulnérable (par exemple une salle d'audition séparée ou une "
        "audition enregistrée)."
    ),
    "State compensation for victims of violent crime is applied for through the victim support service.": (
        "L'indemnisation par l'État des victimes d'infractions violentes se demande par l'intermédiaire du service "
        "d'aide aux victimes."
    ),
    "Evidence can be exchanged with Belgium and the Netherlands through a European Investigation Order or a joint investigation team.": (
        "Les preuves peuvent être échangées avec la Belgique et les Pays-Bas au moyen d'une décision d'enquête "
        "européenne ou d'une équipe commune d'enquête."
    ),
    # The Netherlands
    "In the Netherlands the police must act on even the slightest indication of trafficking. Police, the Royal Marechaussee, the Labour Inspectorate and care professionals report presumed victims to CoMensha, the national coordination centre, which registers them and helps find a place in care.": (
        "Aux Pays-Bas, la police doit agir dès le moindre indice de traite. La police, la Maréchaussée royale, "
        "l'Inspection du travail et les professionnels de l'aide signalent les victimes présumées à CoMensha, le "
        "centre national de coordination, qui les enregistre et aide à leur trouver une place dans une structure "
        "d'aide."
    ),
    "Foreign nationals from outside the EU must be offered the residence scheme for victims of trafficking as soon as there is an indication.": (
        "Aux ressortissants de pays tiers à l'UE, le régime de séjour pour les victimes de la traite doit être proposé "
        "dès qu'il existe un indice."
    ),
    "Regional care coordinators know the local shelters and services.": (
        "Les coordinateurs régionaux de l'aide connaissent les centres d'accueil et les services locaux."
    ),
    "Victims are placed in specialised shelters, including category-specific shelters for victims of trafficking, with medical care, psychological support and legal aid. Non-EU victims get a reflection period of up to three months to decide whether to report.": (
        "Les victimes sont placées dans des centres d'accueil spécialisés, notamment dans les centres catégoriels "
        "réservés aux victimes de la traite, où elles bénéficient de soins médicaux, d'un soutien psychologique et "
        "d'une aide juridique. Les victimes ressortissantes de pays tiers disposent d'un délai de réflexion de trois "
        "mois au maximum pour décider si elles portent plainte."
    ),
    "A specialised lawyer is free of charge for victims of trafficking.": (
        "Les victimes de la traite bénéficient gratuitement de l'assistance d'un avocat spécialisé."
    ),
    "Arrange a professional interpreter; do not use companions of the victim to translate.": (
        "Faites appel à un interprète professionnel ; ne demandez pas aux accompagnateurs de la victime de traduire."
    ),
    "Municipalities are responsible for longer-term care, housing and income support; a care coordinator makes the plan with the victim. Victims who report or cooperate with the investigation can obtain a temporary residence permit, and in some cases continued residence.": (
        "Les communes sont responsables de l'aide à plus long terme, du logement et de l'aide au revenu ; un "
        "coordinateur de l'aide établit le plan avec la victime. Les victimes qui portent plainte ou coopèrent à "
        "l'enquête peuvent obtenir un titre de séjour temporaire et, dans certains cas, un droit de séjour prolongé."
    ),
    "Plan language lessons, education and work early.": "Planifiez tôt les cours de langue, les études et l'emploi.",
    "Keep the case manager in the country of origin informed if a return remains possible.": (
        "Tenez informé le travailleur social référent du pays d'origine si un retour reste envisageable."
    ),
    "Voluntary return is prepared with the victim, the care coordinator and a return organisation such as IOM, which can arrange the journey and reintegration support in the country of origin.": (
        "Le retour volontaire est préparé avec la victime, le coordinateur de l'aide et une organisation spécialisée "
        "dans le retour, comme l'OIM, qui peut organiser le voyage et une aide à la réintégration dans le pays "
        "d'origine."
    ),
    "Assess the risks of return (traffickers at home, debts, family pressure) with the victim.": (
        "Évaluez avec la victime les risques liés au retour (trafiquants au pays, dettes, pressions familiales)."
    ),
    "Agree with the receiving organisations, listed in this directory, who meets the victim on arrival.": (
        "Convenez avec les organisations d'accueil, répertoriées dans cet annuaire, de qui accueillera la victime à "
        "son arrivée."
    ),
    "Victims report to the police, where specialised trafficking officers take the statement; the Public Prosecution Service has prosecutors specialised in trafficking. The victim can join the proceedings as an injured party to claim damages.": (
        "Les victimes portent plainte auprès de la police, où des policiers spécialisés dans la traite recueillent "
        "leur déclaration ; le ministère public dispose de procureurs spécialisés dans la traite. La victime peut se "
        "joindre à la procédure en tant que partie lésée pour réclamer des dommages et intérêts."
    ),
    "The Violent Offences Compensation Fund can pay compensation when the damage is not paid by the offender.": (
        "Le Fonds d'indemnisation des victimes d'infractions violentes (Schadefonds Geweldsmisdrijven) peut verser une "
        "indemnisation lorsque le préjudice n'est pas réparé par l'auteur."
    ),
    "The victim has the right to a lawyer, an interpreter and to be informed of the progress of the case.": (
        "La victime a droit à un avocat, à un interprète et à être informée de l'évolution de l'affaire."
    ),
}

# Handbook tables (chapters 3 and 4). wagtail-localize does not extract TableBlock cells yet,
# so these are not applied today and the tables stay in English; they are here so that the
# catalogue is complete as soon as the table block offers its caption and cells as segments.
STRINGS |= {
    # Chapter 3
    "First assistance in the three partner countries, as it stood during the project (check current rules before relying on it)": (
        "La première assistance dans les trois pays partenaires, telle qu'elle se présentait pendant le projet "
        "(vérifiez les règles en vigueur avant de vous y fier)"
    ),
    "Netherlands": PLACES["the Netherlands"],
    "Entry into assistance": "Accès à l'assistance",
    "Through one of the three specialised centres, with the police or the social inspection": (
        "Par l'un des trois centres spécialisés, avec la police ou l'inspection sociale"
    ),
    "Report to CoMensha, which registers the person and finds a place in a shelter": (
        "Signalement à CoMensha, qui enregistre la personne et lui trouve une place dans un centre d'accueil"
    ),
    "Identification by the bodies named in the government decree; referral to the victim support service and a shelter": (
        "Identification par les organismes désignés dans le décret gouvernemental ; orientation vers le service d'aide "
        "aux victimes et un centre d'accueil"
    ),
    "Specialised support": "Accompagnement spécialisé",
    "Payoke (Antwerp), PAG-ASA (Brussels), Sürya (Liège)": "Payoke (Anvers), PAG-ASA (Bruxelles), Sürya (Liège)",
    "Categorical shelters for victims (COSM) and regional care coordinators": (
        "Centres d'accueil catégoriels pour victimes (COSM) et coordinateurs régionaux de l'aide"
    ),
    "Shelters run by NGOs under contract with the ministry responsible for social affairs": (
        "Centres d'accueil gérés par des ONG sous contrat avec le ministère chargé des affaires sociales"
    ),
    "Reflection period": "Délai de réflexion",
    "45 days": "45 jours",
    "Up to three months (chapter B8/3 of the Aliens Circular)": (
        "Jusqu'à trois mois (chapitre B8/3 de la circulaire sur les étrangers)"
    ),
    "30 days for third-country nationals": "30 jours pour les ressortissants de pays tiers",
    "National coordination": "Coordination nationale",
    "Interdepartmental coordination unit; Myria as independent rapporteur": (
        "Cellule interdépartementale de coordination ; Myria comme rapporteur indépendant"
    ),
    "Task Force on trafficking; National Rapporteur": (
        "Task Force de lutte contre la traite des êtres humains ; rapporteur national"
    ),
    "National coordinator at the Ministry of Interior": "Coordinateur national au ministère de l'Intérieur",
    # Chapter 4
    "Who does what in a referral from Belgium to Hungary (example)": (
        "Qui fait quoi lors d'une orientation de la Belgique vers la Hongrie (exemple)"
    ),
    "Step": "Étape",
    "Belgian side": "Côté belge",
    "Hungarian side": "Côté hongrois",
    "Consent": "Consentement",
    "Specialised centre explains and records consent": "Le centre spécialisé explique la démarche et consigne le consentement",
    "—": "—",
    "Contact": "Prise de contact",
    "Specialised centre contacts the Hungarian contact point": (
        "Le centre spécialisé contacte le point de contact hongrois"
    ),
    "National coordinator or victim support service confirms receipt": (
        "Le coordinateur national ou le service d'aide aux victimes accuse réception"
    ),
    "Assessment": "Évaluation",
    "Centre shares the needs assessment": "Le centre communique l'évaluation des besoins",
    "Shelter and victim support service check what they can offer": (
        "Le centre d'accueil et le service d'aide aux victimes examinent ce qu'ils peuvent proposer"
    ),
    "Handover": "Passage de relais",
    "Centre accompanies the person to departure": "Le centre accompagne la personne jusqu'au départ",
    "Shelter worker meets the person on arrival": "Un intervenant du centre d'accueil accueille la personne à son arrivée",
    "Follow-up": "Suivi",
    "Centre asks after one and three months": "Le centre prend des nouvelles après un mois et après trois mois",
    "Victim support service reports, with consent": (
        "Le service d'aide aux victimes fait rapport, avec le consentement de la personne"
    ),
}
