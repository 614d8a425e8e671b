# ruff: noqa: E501  (translations are prose: long lines read better than broken sentences)
"""French (Belgium) translations of the demo pages: English source segment -> translation."""

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
    "The project was led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the Belgian specialised centre for victims of trafficking in Antwerp, as partners. Between 1 February 2014 and 31 January 2016 it:": "Le projet était dirigé par le ministère hongrois de l'Intérieur, avec pour partenaires le ministère néerlandais de la Sécurité et de la Justice et Payoke, le centre spécialisé belge pour les victimes de la traite des êtres humains à Anvers. Entre le 1er février 2014 et le 31 janvier 2016, il a :",
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
    "Your rights": "Vos droits",
    "Under the General Data Protection Regulation you may ask to see, correct or delete the data we hold about you, and you may complain to your national data protection authority. Write to privacy@example.org (sample address).": "En vertu du règlement général sur la protection des données (RGPD), vous pouvez demander à consulter, rectifier ou effacer les données que nous détenons à votre sujet, et vous pouvez introduire une réclamation auprès de l'autorité de protection des données de votre pays. Écrivez à privacy@example.org (adresse fictive).",
}

# Home page body (home.demo_home)
STRINGS |= {
    "RAVOT-EUR: referral of and assistance for victims of human trafficking between Hungary, Belgium and the Netherlands.": "RAVOT-EUR : orientation et assistance des victimes de la traite des êtres humains entre la Hongrie, la Belgique et les Pays-Bas.",
    "RAVOT-EUR connects the police, prosecutors, shelters, social services and NGOs that help victims of human trafficking from Hungary who are found in Belgium and the Netherlands. It offers a transnational referral mechanism, a training handbook, reports from workshops and study visits, and a closed forum for vetted professionals.": "RAVOT-EUR relie la police, les parquets, les centres d'accueil, les services sociaux et les ONG qui aident les victimes hongroises de la traite des êtres humains identifiées en Belgique et aux Pays-Bas. Il propose un mécanisme d'orientation transnational, un manuel de formation, les rapports des ateliers et des visites d'étude, et un forum fermé réservé aux professionnels vérifiés.",
    "The project was led by <b>Hungary's Ministry of Interior</b>, with the <b>Dutch Ministry of Security and Justice</b> and <b>Payoke</b>, the Belgian specialised centre for victims of trafficking, as partners. It ran from 1 February 2014 to 31 January 2016 with a budget of EUR 346,069, of which EUR 311,462 from the European Union.": "Le projet était dirigé par le <b>ministère hongrois de l'Intérieur</b>, avec pour partenaires le <b>ministère néerlandais de la Sécurité et de la Justice</b> et <b>Payoke</b>, le centre spécialisé belge pour les victimes de la traite. Il s'est déroulé du 1er février 2014 au 31 janvier 2016 avec un budget de 346 069 EUR, dont 311 462 EUR de l'Union européenne.",
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
