# ruff: noqa: E501  (the chapters are prose: long lines read better than broken sentences)
"""Demo handbook: an index under the English home page and seven chapters that follow the
five stages of the European TRM guidelines, plus cooperation and data protection.

The legal and institutional frame (EU directives, the three countries' laws and
services) is described in broad terms as it stood during the project (2014-2016);
the worked example in chapter 4 is invented and says so. No contact details of real
organisations are given. Running load() again changes nothing.
"""

import json

from home.demo import english_home

from .models import HandbookChapterPage, HandbookIndexPage


def h2(text, anchor=""):
    return {"type": "heading", "value": {"text": text, "level": "h2", "anchor": anchor}}


def h3(text, anchor=""):
    return {"type": "heading", "value": {"text": text, "level": "h3", "anchor": anchor}}


def p(html):
    return {"type": "paragraph", "value": html}


def callout(style, title, html):
    return {"type": "callout", "value": {"style": style, "title": title, "body": html}}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def table(caption, rows):
    return {
        "type": "table",
        "value": {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": caption,
        },
    }


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


INDEX_TITLE = "Handbook"
INDEX_INTRO = (
    "<p>The RAVOT-EUR training handbook explains how professionals in Hungary, Belgium and the Netherlands identify, "
    "protect and refer victims of trafficking in human beings across borders. Its chapters follow the five stages of "
    "the European guidelines for transnational referral mechanisms, from the first signs of exploitation to the end of "
    "criminal and civil proceedings. It is written for police officers, labour inspectors, prosecutors, social "
    "workers, shelter staff and students.</p>"
)

CHAPTERS = [
    {
        "number": 1,
        "slug": "understanding-trafficking",
        "title": "Understanding trafficking in human beings",
        "summary": "What trafficking in human beings is in law and in practice, how sexual and labour exploitation of Hungarian victims in Belgium and the Netherlands typically happen, and why referral across borders is needed.",
        "body": [
            h2("A definition in three parts"),
            p(
                "<p>The international definition comes from the Palermo Protocol of 2000, and the European Union took it over in Directive 2011/36/EU. Trafficking in human beings has three elements: an <b>act</b> (recruiting, transporting, transferring, harbouring or receiving a person), a <b>means</b> (threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving payments to someone who controls the person) and a <b>purpose</b> of exploitation.</p>"
            ),
            p(
                "<p>When one of the means has been used, the consent of the victim is irrelevant. For children, the means do not have to be proven at all: recruiting or moving a child for exploitation is trafficking.</p>"
            ),
            callout(
                "info",
                "Trafficking is not the same as smuggling",
                "<p>Smuggling is helping someone to cross a border irregularly, for money; it ends at the border and it is a crime against the state. Trafficking is a crime against a person, it does not require crossing a border, and the exploitation is its point. Most Hungarian victims in Belgium and the Netherlands travelled legally, as citizens of the European Union.</p>",
            ),
            h2("Forms of exploitation"),
            p(
                "<p>The directive names sexual exploitation, forced labour or services, slavery and practices similar to slavery, servitude, forced begging, the exploitation of criminal activities and the removal of organs. The professionals who took part in RAVOT-EUR met above all the first two.</p>"
            ),
            h3("Sexual exploitation"),
            p(
                "<p>Young Hungarian women and men are recruited by acquaintances, relatives or a new partner who promises a shared future abroad. In the so-called lover-boy method, the recruiter first builds an emotional bond and then pushes the person into prostitution in the window districts, clubs or private flats of Belgian and Dutch cities. Control is kept through debts, threats against the family at home, isolation and the victim's own loyalty to the exploiter.</p>"
            ),
            h3("Labour exploitation"),
            p(
                "<p>Men and women are recruited for work in agriculture and horticulture, meat processing, construction, cleaning or distribution centres. They are charged for transport, housing and tools, paid far less than promised or not at all, and cannot leave because of debts or because their documents are kept. Exploitation often hides behind subcontracting chains and self-employed status.</p>"
            ),
            h2("Who becomes a victim"),
            p(
                "<p>Traffickers look for people with few choices: poverty and long-term unemployment, debts, little schooling, a childhood in state care, violence at home, or a mild intellectual disability. People from marginalised communities, among them Roma communities in north-eastern Hungary, are over-represented among identified victims. None of this makes a person responsible for their own exploitation.</p>"
            ),
            h2("The law in the three countries"),
            p(
                "<p>Each partner country has written the European definition into its criminal code: Hungary in section 192 of the Criminal Code (Act C of 2012), Belgium in article 433quinquies of the Criminal Code, and the Netherlands in article 273f of the Criminal Code (Wetboek van Strafrecht). The wording differs, and so does what the courts accept as proof of exploitation. Professionals who refer a victim across a border should not assume that the other country will call the same facts by the same name.</p>"
            ),
            quote(
                "We used to ask whether she was a victim in our law. Now we first ask what she needs, and then who can give it to her.",
                "A social worker at the workshop in Antwerp (sample quotation)",
            ),
        ],
    },
    {
        "number": 2,
        "slug": "identification",
        "title": "Identification of victims",
        "summary": "Who identifies victims in the three countries, which signs point to sexual or labour exploitation, and how to talk to a person who may be a victim.",
        "body": [
            h2("Why identification comes first"),
            p(
                "<p>Every right a victim has depends on someone recognising them as a possible victim: shelter, a reflection period, medical and legal help, and protection in criminal proceedings. Many victims do not see themselves as victims, fear the police or their exploiters, or have been told that they will be punished. Identification is therefore the task of every professional who may meet them, not only of specialised units.</p>"
            ),
            h2("Who identifies"),
            p(
                "<p>In <b>Belgium</b> the police, the social inspection services and the specialised centres work together under the multidisciplinary circular of 2008; the specialised centres decide, with the public prosecutor, whether a person enters the victim procedure. In <b>the Netherlands</b> the police must offer the reflection period at the slightest indication of trafficking; labour inspectors, care workers and the Royal Netherlands Marechaussee also report possible victims to CoMensha, the national coordination centre. In <b>Hungary</b> a government decree of 2012 lists the authorities and organisations that must identify victims, among them the police, consular staff, health services and the victim support service, and gives them a common questionnaire.</p>"
            ),
            h2("Indicators"),
            p(
                "<p>No single sign proves trafficking, and most victims show only some of them. Indicators are reasons to look further and to offer help, not a checklist to be completed before a person is taken seriously.</p>"
            ),
            callout(
                "indicators",
                "General indicators",
                ul(
                    "Someone else keeps the person's identity documents.",
                    "The person has a debt to the recruiter or employer that keeps growing.",
                    "The person cannot move freely or is always accompanied.",
                    "The person does not know their own address or the town they are in.",
                    "The person shows fear, anxiety or signs of physical abuse.",
                    "The person's story seems learned by heart or told for someone else.",
                ),
            ),
            callout(
                "indicators",
                "Indicators of sexual exploitation",
                ul(
                    "The person works long hours every day and cannot refuse clients.",
                    "Most or all of the earnings go to someone else.",
                    "The person sleeps where they work, or is moved often between cities.",
                    "A partner or friend arranged the work and keeps the money.",
                    "Advertisements for the person are placed by someone else.",
                ),
            ),
            callout(
                "indicators",
                "Indicators of labour exploitation",
                ul(
                    "Wages are far below the legal minimum, or are paid late or not at all.",
                    "Costs of transport, housing or tools are deducted from the wage.",
                    "Many workers live in crowded housing provided by the employer.",
                    "Working hours are excessive, without days off.",
                    "The person has no contract, or signed one in a language they do not understand.",
                ),
            ),
            h2("Talking to a possible victim"),
            p(
                "<p>Speak to the person alone, in a quiet place, and never in front of someone who may control them. Use a professional interpreter, not a friend or co-worker who came with the person. Explain who you are, what will happen with the information, and that help does not depend on making a statement to the police. Do not push for details of the exploitation in a first conversation: safety and basic needs come first.</p>"
            ),
            callout(
                "warning",
                "Do not wait for certainty",
                "<p>Refer the person to a specialised service as soon as there are reasonable grounds to believe that they may be a victim. Deciding whether the facts amount to trafficking in law is the task of the prosecutor and the court, later.</p>",
            ),
        ],
    },
    {
        "number": 3,
        "slug": "first-assistance-and-protection",
        "title": "First assistance and protection",
        "summary": "What a presumed victim is entitled to in the first weeks, how the reflection period works, and how shelter and support are organised in Belgium, the Netherlands and Hungary.",
        "body": [
            h2("What every presumed victim is entitled to"),
            p(
                "<p>Under Directive 2011/36/EU, assistance starts as soon as there are reasonable grounds to believe that a person may be a victim, and it may not depend on the victim's willingness to cooperate in the criminal investigation. It covers at least safe accommodation, material assistance, medical treatment including psychological help, counselling and information, and interpretation and translation where needed.</p>"
            ),
            h2("The reflection period"),
            p(
                "<p>The reflection period gives a presumed victim time to recover and to escape the influence of the traffickers, and to decide in peace whether to cooperate with the authorities. During that time the person may not be expelled. Directive 2004/81/EC requires it for third-country nationals. Hungarian victims, as citizens of the European Union, do not need a residence permit to stay in Belgium or the Netherlands, but entering the same victim procedure is usually what opens specialised shelter and support to them.</p>"
            ),
            h2("The three systems in broad terms"),
            table(
                "First assistance in the three partner countries, as it stood during the project (check current rules before relying on it)",
                [
                    ["", "Belgium", "Netherlands", "Hungary"],
                    [
                        "Entry into assistance",
                        "Through one of the three specialised centres, with the police or the social inspection",
                        "Report to CoMensha, which registers the person and finds a place in a shelter",
                        "Identification by the bodies named in the government decree; referral to the victim support service and a shelter",
                    ],
                    [
                        "Specialised support",
                        "Payoke (Antwerp), PAG-ASA (Brussels), Sürya (Liège)",
                        "Categorical shelters for victims (COSM) and regional care coordinators",
                        "Shelters run by NGOs under contract with the ministry responsible for social affairs",
                    ],
                    [
                        "Reflection period",
                        "45 days",
                        "Up to three months (chapter B8/3 of the Aliens Circular)",
                        "30 days for third-country nationals",
                    ],
                    [
                        "National coordination",
                        "Interdepartmental coordination unit; Myria as independent rapporteur",
                        "Task Force on trafficking; National Rapporteur",
                        "National coordinator at the Ministry of Interior",
                    ],
                ],
            ),
            h3("Belgium"),
            p(
                "<p>Belgium recognises three specialised centres for victims of trafficking: Payoke in Antwerp, PAG-ASA in Brussels and Sürya in Liège. They provide shelter or ambulatory support, psychological and legal help, and accompany the victim through the victim procedure. The status is granted in steps, linked to the victim breaking contact with the exploiters, accepting support from a specialised centre and, after the reflection period, cooperating with the justice system.</p>"
            ),
            h3("The Netherlands"),
            p(
                "<p>CoMensha, the coordination centre against human trafficking, registers presumed victims on behalf of the authorities and arranges a place in the categorical shelters or in regular care. The reflection period is set out in chapter B8/3 of the Aliens Circular. Municipalities and care coordinators organise longer-term support once the first weeks are over.</p>"
            ),
            h3("Hungary"),
            p(
                "<p>The victim support service (Áldozatsegítő Szolgálat), the state service for victims of crime, gives information, emotional and practical support and, where the conditions are met, immediate financial aid and state compensation. Shelters for victims of trafficking are run by NGOs and churches under contract with the state. For Hungarian victims identified abroad, the Hungarian consulate, the victim support service and the shelters are the main partners for a safe return.</p>"
            ),
            callout(
                "info",
                "First hours: a short checklist",
                ul(
                    "Is the person safe now, and do they need medical care?",
                    "Does the person understand what is said? Call an interpreter.",
                    "Has the specialised service (centre, CoMensha or victim support service) been informed?",
                    "Does the person have somewhere safe to sleep tonight?",
                    "Does anyone at home need protection from threats?",
                ),
            ),
        ],
    },
    {
        "number": 4,
        "slug": "transnational-referral",
        "title": "Transnational referral, step by step",
        "summary": "How a referral between Hungary and Belgium or the Netherlands is prepared, agreed and followed up, with a worked example.",
        "body": [
            h2("What a transnational referral is"),
            p(
                "<p>A transnational referral mechanism is the set of agreed steps and contact points by which the services of two or more countries hand over and share the care of a victim. It does not replace the national systems described in the previous chapter: it links them, so that nothing is lost when a person crosses a border, whether to go home or to take part in proceedings in another country.</p>"
            ),
            h2("The steps"),
            h3("1. Consent and information"),
            p(
                "<p>A referral is made with the victim, not about the victim. Explain in the person's language which services in the other country would be contacted, what information would be shared and why. Record the person's consent, and respect a refusal.</p>"
            ),
            h3("2. Contacting the counterpart"),
            p(
                "<p>Use the contact points agreed in the mechanism: the specialised centres in Belgium, CoMensha in the Netherlands, and the victim support service and the national coordinator in Hungary. Police information goes through police channels. Do not rely on a personal mobile number of a colleague you met once: people change jobs.</p>"
            ),
            h3("3. Joint assessment of needs and risks"),
            p(
                "<p>Both sides assess the victim's needs (health, housing, income, family, legal status) and the risks (threats from the network, debts, the situation in the home town). The assessment decides what is prepared before the person moves.</p>"
            ),
            h3("4. Handover"),
            p(
                "<p>Agree on a date, who accompanies the person, who meets them on arrival, and what documents travel with them. Share only the information the receiving service needs to help.</p>"
            ),
            h3("5. Follow-up"),
            p(
                "<p>The referring service asks, with the victim's consent, whether the person arrived and received the support agreed. Follow-up is also how the two services learn from each case.</p>"
            ),
            table(
                "Who does what in a referral from Belgium to Hungary (example)",
                [
                    ["Step", "Belgian side", "Hungarian side"],
                    ["Consent", "Specialised centre explains and records consent", "—"],
                    [
                        "Contact",
                        "Specialised centre contacts the Hungarian contact point",
                        "National coordinator or victim support service confirms receipt",
                    ],
                    [
                        "Assessment",
                        "Centre shares the needs assessment",
                        "Shelter and victim support service check what they can offer",
                    ],
                    [
                        "Handover",
                        "Centre accompanies the person to departure",
                        "Shelter worker meets the person on arrival",
                    ],
                    [
                        "Follow-up",
                        "Centre asks after one and three months",
                        "Victim support service reports, with consent",
                    ],
                ],
            ),
            h2("A worked example"),
            callout(
                "info",
                "Sample case (invented for training)",
                "<p>A 23-year-old Hungarian woman is found by the police during a check in a window prostitution district. She tells the specialised centre that her boyfriend keeps her earnings and has threatened her younger brother at home. After the reflection period she decides to make a statement and, some months later, wishes to go home. The centre contacts the Hungarian contact point; together they check the risk in her home town, a shelter place in another county is found, and the victim support service explains her right to state compensation. A worker from the shelter meets her at the bus station. The centre's follow-up after three months shows that she has started a training course.</p>",
            ),
        ],
    },
    {
        "number": 5,
        "slug": "return-and-reintegration",
        "title": "Safe return and reintegration",
        "summary": "How a voluntary return is prepared, what a returning victim needs in the first months at home, and how to reduce the risk of being trafficked again.",
        "body": [
            h2("Return is a choice, not the end of the case"),
            p(
                "<p>A return must be voluntary, safe and prepared. Some victims want to go home at once; others need months of support first, or decide to stay. A return organised in a hurry, without a place to go and without income, is the single most common path back into exploitation.</p>"
            ),
            h2("Before departure"),
            p(
                ul(
                    "Assess the risk in the home town together with the receiving service: are the recruiters from the same place or family?",
                    "Arrange identity documents; the consulate can issue an emergency travel document.",
                    "Agree who pays for the journey. Assisted voluntary return programmes, such as those of the International Organization for Migration, may help.",
                    "Make sure the person knows how to reach the police, the lawyer or the prosecutor if the criminal case continues.",
                )
            ),
            h2("Arrival and the first months"),
            p(
                "<p>Someone the victim already knows by name should meet them on arrival. The first months are about housing, health care, income and, often, debts: victims frequently return with debts to the network or to lenders at home. Reintegration support should include help with education or training and work, because without income the offer of a new job abroad will come again.</p>"
            ),
            h2("Long-term assistance and social inclusion"),
            p(
                "<p>The TRM guidelines treat long-term assistance as a stage of its own. Social inclusion takes time: therapy for trauma, rebuilding relations with family, and for some victims care for a child. Services should agree at the start how long support lasts and who takes over when a project ends.</p>"
            ),
            callout(
                "warning",
                "Signs that a returned victim is at risk again",
                ul(
                    "Contact with the recruiter or the recruiter's family resumes.",
                    "Debts grow and there is no regular income.",
                    "The person receives a new job offer abroad through acquaintances.",
                    "The person breaks off contact with the support service.",
                ),
            ),
        ],
    },
    {
        "number": 6,
        "slug": "criminal-and-civil-proceedings",
        "title": "Criminal and civil proceedings and compensation",
        "summary": "The rights of victims in criminal proceedings, giving evidence from another country, the non-punishment principle, and how victims obtain compensation.",
        "body": [
            h2("The victim's rights in proceedings"),
            p(
                "<p>Directive 2011/36/EU and the Victims' Rights Directive (2012/29/EU) give victims of trafficking the right to information, to free legal counselling and representation, to an interpreter, and to protection during investigations and trials: interviews without unjustified delay and by trained persons, as few interviews as possible, no unnecessary questions about private life, and the possibility of testifying without being present in the courtroom.</p>"
            ),
            h2("Giving evidence across borders"),
            p(
                "<p>A victim who has returned to Hungary may still be needed as a witness in Belgium or the Netherlands. Hearings by video link, mutual legal assistance requests and joint investigation teams supported by Eurojust allow a victim to give evidence without travelling back to the place where they were exploited. Agree early with the prosecutor how the victim will be informed about the progress of the case once they are home.</p>"
            ),
            h2("Non-punishment"),
            p(
                "<p>Victims are often forced to commit offences: working without permits, using false documents, theft, or drug cultivation. Article 8 of Directive 2011/36/EU allows the authorities not to prosecute or punish victims for crimes they were compelled to commit. Raise this with the prosecutor as early as possible.</p>"
            ),
            h2("Compensation"),
            p(
                "<p>Victims can claim damages from the offenders, usually by joining the criminal case as a civil party, and may also claim state compensation for violent intentional crime. Each partner country has a state fund: the Commission for financial aid to victims of intentional acts of violence in Belgium, the Violent Offences Compensation Fund (Schadefonds Geweldsmisdrijven) in the Netherlands, and state compensation through the victim support service in Hungary. Under Directive 2004/80/EC a victim living in Hungary can apply for compensation from another member state through the Hungarian assisting authority.</p>"
            ),
            callout(
                "info",
                "Confiscated assets",
                "<p>Ask the prosecutor whether assets seized from the offenders can be used to pay the victim's damages. Where the law allows it, this is often the only compensation a victim will actually receive.</p>",
            ),
        ],
    },
    {
        "number": 7,
        "slug": "working-together-across-borders",
        "title": "Working together across borders",
        "summary": "Building trust between professionals of three countries, and sharing information about victims lawfully and safely.",
        "body": [
            h2("Trust is built before the case"),
            p(
                "<p>The workshops and study visits of RAVOT-EUR showed that referral works when the people at both ends know each other's role, limits and working language. A police officer in Budapest who has visited a Belgian specialised centre knows what the centre can promise; a Dutch care coordinator who has met a Hungarian shelter worker knows whom to ask. Keep such contacts alive, and keep the contact lists of your organisation up to date.</p>"
            ),
            h2("Different systems, different words"),
            p(
                "<p>The same word can mean different things in the three countries: identification, victim status, shelter, even victim. When in doubt, describe what will happen instead of using a label, and ask your counterpart to do the same.</p>"
            ),
            h2("Sharing information lawfully"),
            p(
                "<p>Information about a victim is personal data, and much of it, such as health, sexual life or criminal proceedings, is of a special, sensitive kind. European data protection law requires a lawful basis, a clear purpose and no more data than that purpose needs. In practice:</p>"
            ),
            p(
                ul(
                    "Share only what the receiving service needs in order to help.",
                    "Ask for the victim's informed consent, and record it.",
                    "Use the secure channels of your organisation; police information goes through police channels.",
                    "Never put a victim's identifying details in e-mail subjects, chat groups or the forum of this platform.",
                    "Agree how long the information is kept, and delete it afterwards.",
                )
            ),
            callout(
                "warning",
                "A leak can endanger a life",
                "<p>Traffickers often know the victim's family and home town. A detail that seems harmless, such as the date of a return journey, can be enough to find the person. When you are unsure whether to share something, ask first.</p>",
            ),
        ],
    },
]


def ensure_index(home):
    index = HandbookIndexPage.objects.child_of(home).first()
    if index is not None:
        return index, False
    index = HandbookIndexPage(title=INDEX_TITLE, slug="handbook", intro=INDEX_INTRO, show_in_menus=True)
    index.search_description = (
        "The RAVOT-EUR training handbook on the transnational referral of victims of trafficking in human beings."
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, True


def ensure_chapter(index, chapter):
    existing = HandbookChapterPage.objects.child_of(index).filter(slug=chapter["slug"]).first()
    if existing is not None:
        return False
    page = HandbookChapterPage(
        title=chapter["title"],
        slug=chapter["slug"],
        chapter_number=chapter["number"],
        summary=chapter["summary"],
        search_description=chapter["summary"][:250],
        body=json.dumps(chapter["body"]),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return True


def load(command):
    home = english_home()
    if home is None:
        command.stdout.write("handbook: no English home page, skipped")
        return
    index, created = ensure_index(home)
    # In chapter order: the translation loader takes the first chapters by their place in the tree.
    added = sum(ensure_chapter(index, chapter) for chapter in sorted(CHAPTERS, key=lambda c: c["number"]))
    command.stdout.write(f"handbook: index {'created' if created else 'kept'}, {added} chapter(s) added")
