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
