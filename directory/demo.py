"""Demo directory: the taxonomy, sample organisations and experts, pathway
guidance for every country and stage, and the directory and pathway pages.
Running load() again changes nothing.

Sample entries are labelled as such (name ending in “(sample)”, `is_sample`,
“Sample entry” in the description) and use example.org addresses. Their phone
numbers are invalid on purpose, as in the get-help demo: in Hungary, Belgium
and the Netherlands no subscriber number starts with 0 right after the area
code (0 is the trunk prefix), so +36 1 000 …, +32 2 000 … and +31 20 000 …
can never ring a real person.

The three partner institutions appear under their real names without any
contact details: we do not invent them, and editors add the real ones.
"""

from django.utils.text import slugify
from wagtail.models import Locale

from .models import DirectoryPage, Expert, Language, Organisation, PathwayGuidance, PathwayPage, Service, Stage
from .setup import ensure_directory_setup

# Per country: the cities used for sample organisations, the phone prefix of the
# invalid range, and the languages most sample organisations speak there.
COUNTRIES = {
    "HU": {
        "cities": ["Budapest", "Debrecen", "Miskolc", "Pécs", "Szeged", "Győr", "Nyíregyháza", "Budapest"],
        "phone": "+36 1 000 {n:04d}",
        "languages": ["hu", "en"],
        "extra_languages": ["rom", "de", "ro", "sk"],
        "surname": "Minta",
        "first_names": ["Eszter", "Gábor", "Katalin", "Péter", "Zsófia", "László"],
    },
    "BE": {
        "cities": ["Antwerp", "Brussels", "Liège", "Ghent", "Charleroi", "Bruges", "Leuven", "Brussels"],
        "phone": "+32 2 000 {a:02d} {b:02d}",
        "languages": ["nl", "fr", "en"],
        "extra_languages": ["hu", "bg", "ro", "ar"],
        "surname": "Exemple",
        "first_names": ["Marie", "Luc", "Sofie", "Pieter", "Nadia", "Thomas"],
    },
    "NL": {
        "cities": ["Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven", "Groningen", "Zwolle", "Amsterdam"],
        "phone": "+31 20 000 {n:04d}",
        "languages": ["nl", "en"],
        "extra_languages": ["hu", "pl", "bg", "ro"],
        "surname": "Voorbeeld",
        "first_names": ["Anouk", "Jan", "Fleur", "Bram", "Lotte", "Daan"],
    },
}

# Kinds of organisation every country gets one of. Together they offer every service.
# (name pattern, kind, services, target groups, 24/7, accepts referrals from abroad, hours, description)
ARCHETYPES = [
    (
        "Anti-trafficking police unit {city}",
        Organisation.Kind.LAW_ENFORCEMENT,
        ["identification", "police", "reporting-hotline"],
        ["women", "men", "minors", "sexual-exploitation", "labour-exploitation", "forced-criminality"],
        True,
        True,
        "Office: Monday to Friday 8:00–16:00; duty officer 24/7",
        "Investigates human trafficking, identifies presumed victims and refers them to assistance. Takes reports "
        "from other countries' police through the usual police cooperation channels.",
    ),
    (
        "Public prosecutor's office {city}",
        Organisation.Kind.PROSECUTION,
        ["prosecution", "compensation"],
        ["women", "men", "minors", "sexual-exploitation", "labour-exploitation", "forced-criminality"],
        False,
        True,
        "Monday to Friday 8:30–16:30",
        "A prosecutor specialised in trafficking cases leads investigations, decides on charges and informs "
        "victims of their rights as injured parties.",
    ),
    (
        "Safe House {city}",
        Organisation.Kind.NGO,
        ["shelter", "medical-care", "psychological-support", "reflection-period", "outreach"],
        ["women", "minors", "families", "sexual-exploitation", "labour-exploitation"],
        True,
        True,
        "Admissions 24 hours a day, 7 days a week",
        "A specialised shelter at a confidential address for women and their children. Offers a safe place to "
        "stay, medical and psychological care and time to decide on the next steps.",
    ),
    (
        "Legal Aid Clinic {city}",
        Organisation.Kind.NGO,
        ["legal-aid", "victim-lawyer", "compensation", "residence-permit"],
        ["women", "men", "families", "sexual-exploitation", "labour-exploitation", "forced-criminality"],
        False,
        True,
        "Tuesday and Thursday 10:00–17:00, and by appointment",
        "Free legal advice and representation for victims: residence, labour claims, civil party claims in "
        "criminal proceedings and compensation.",
    ),
    (
        "Labour inspection, {city} office",
        Organisation.Kind.LABOUR_INSPECTION,
        ["identification", "outreach"],
        ["men", "women", "labour-exploitation"],
        False,
        False,
        "Monday to Friday 8:00–16:00",
        "Inspects workplaces in agriculture, construction, cleaning and hospitality; identifies signs of labour "
        "exploitation and refers presumed victims to the police and assistance services.",
    ),
    (
        "Social services {city}",
        Organisation.Kind.SOCIAL_SERVICES,
        ["housing", "case-management", "education-employment", "medical-care"],
        ["women", "men", "minors", "families", "other-exploitation"],
        False,
        False,
        "Monday to Friday 9:00–17:00",
        "Municipal social services: case management, access to housing, health insurance, schooling and "
        "employment programmes for victims who stay.",
    ),
    (
        "Return and Reintegration Office {city}",
        Organisation.Kind.INTERNATIONAL,
        ["risk-assessment", "safe-return", "reintegration-support"],
        ["women", "men", "families", "sexual-exploitation", "labour-exploitation", "forced-criminality"],
        False,
        True,
        "Monday to Friday 9:00–17:00",
        "Prepares voluntary returns with the country of origin: risk assessment, travel, reception on arrival and "
        "reintegration support for up to a year.",
    ),
    (
        "Community Interpreters {city}",
        Organisation.Kind.NGO,
        ["interpretation"],
        ["women", "men", "minors", "families"],
        True,
        True,
        "Bookings by phone 24/7",
        "Trained interpreters for police interviews, medical visits and legal consultations, in person or by "
        "phone, bound by confidentiality.",
    ),
    (
        "Reintegration Network {city}",
        Organisation.Kind.NGO,
        ["reintegration-support", "education-employment", "housing", "psychological-support"],
        ["women", "men", "families", "sexual-exploitation", "labour-exploitation"],
        False,
        True,
        "Monday to Friday 9:00–16:00",
        "Accompanies returning victims for the first months: housing, training, a job and counselling, in "
        "cooperation with the organisations of the sending country.",
    ),
    (
        "Victims' Hotline {city}",
        Organisation.Kind.NGO,
        ["reporting-hotline", "identification", "interpretation"],
        ["women", "men", "minors", "sexual-exploitation", "labour-exploitation", "forced-criminality"],
        True,
        True,
        "24 hours a day, 7 days a week",
        "A confidential line for victims, witnesses and professionals who suspect trafficking: advice, and "
        "referral to the right service the same day.",
    ),
    (
        "Youth Protection Centre {city}",
        Organisation.Kind.SOCIAL_SERVICES,
        ["shelter", "case-management", "psychological-support", "identification"],
        ["minors", "families", "sexual-exploitation", "forced-criminality"],
        True,
        True,
        "Emergency admissions 24/7",
        "Protects children and young people who are presumed victims, appoints a guardian where needed and "
        "places them in a safe home.",
    ),
    (
        "Centre for Trafficking Studies {city}",
        Organisation.Kind.ACADEMIC,
        ["legal-aid", "risk-assessment"],
        ["other-exploitation"],
        False,
        False,
        "By appointment",
        "A university centre that studies trafficking and runs a students' legal clinic supervised by "
        "lawyers; also helps professionals with risk assessments for returns.",
    ),
]

# The project's partners: real names, no invented contact details.
PARTNERS = [
    {
        "slug": "hungarian-ministry-of-interior",
        "name": "Ministry of Interior of Hungary (Belügyminisztérium)",
        "kind": Organisation.Kind.GOVERNMENT,
        "country": "HU",
        "city": "Budapest",
        "description": "Lead partner of the RAVOT-EUR project. The ministry is responsible for the police and for "
        "coordinating Hungary's action against trafficking in human beings. Contact details are not listed "
        "here: please use the ministry's official website.",
        "services": [],
    },
    {
        "slug": "dutch-ministry-of-security-and-justice",
        "name": "Ministry of Security and Justice of the Netherlands (Ministerie van Veiligheid en Justitie)",
        "kind": Organisation.Kind.GOVERNMENT,
        "country": "NL",
        "city": "The Hague",
        "description": "Partner of the RAVOT-EUR project, responsible for the police, the public prosecution "
        "service and migration policy in the Netherlands at the time of the project (since 2017 the Ministry of "
        "Justice and Security). Contact details are not listed here: please use the ministry's official website.",
        "services": [],
    },
    {
        "slug": "payoke",
        "name": "Payoke",
        "kind": Organisation.Kind.NGO,
        "country": "BE",
        "city": "Antwerp",
        "description": "Partner of the RAVOT-EUR project and one of the three specialised centres for victims of "
        "human trafficking recognised in Belgium. It offers shelter and accompanies victims through the "
        "Belgian victim status procedure. Contact details are not listed here: please use Payoke's own website.",
        "services": ["shelter", "psychological-support", "legal-aid", "residence-permit", "case-management"],
        "target_groups": ["women", "men", "sexual-exploitation", "labour-exploitation", "forced-criminality"],
        "abroad": True,
    },
]

EXPERT_ROLES = [
    ("Detective inspector, anti-trafficking unit", "Identification interviews; joint investigation teams"),
    ("Prosecutor for trafficking cases", "Cross-border evidence, European Investigation Orders"),
    ("Shelter coordinator", "Emergency placements, safety planning, referrals from abroad"),
    ("Lawyer", "Victims' rights, compensation claims, residence"),
    ("Labour inspector", "Labour exploitation in agriculture and construction"),
    ("Case manager", "Long-term support plans, housing and employment"),
    ("Return counsellor", "Risk assessment and preparation of safe returns"),
]

# Guidance per country and stage: what has to happen, in general terms.
GUIDANCE = {
    ("HU", 1): "<p>In Hungary a government decree (354/2012) obliges a range of bodies to identify presumed "
    "victims: among others the police, victim support services, family and child welfare services, health-care "
    "providers, consular staff abroad and the labour authority. They use a standard identification "
    "questionnaire and send it to the victim support service.</p><ul><li>Consular staff of Hungary can start "
    "the identification of a Hungarian citizen found abroad.</li><li>Any sign of trafficking is enough to start: "
    "the victim does not have to make a complaint first.</li></ul>",
    ("HU", 2): "<p>The victim support service informs the victim of their rights and can give immediate "
    "financial help (for example for travel, clothing or accommodation). The national crisis line can arrange a "
    "place in a shelter for victims of trafficking.</p><ul><li>Arrange an interpreter for every interview.</li>"
    "<li>Check health needs first: medical care is available in an emergency regardless of "
    "insurance.</li><li>Give the victim time to recover and decide before asking for a statement.</li></ul>",
    ("HU", 3): "<p>After the shelter, transitional (“half-way”) housing, family support services and "
    "employment programmes help victims rebuild their lives in Hungary. A case manager keeps the plan together "
    "and stays the contact point for partners abroad.</p><ul><li>Help with identity documents, health insurance "
    "and registration of an address.</li><li>Plan education or vocational training with the victim.</li></ul>",
    ("HU", 4): "<p>When a Hungarian victim returns from abroad, the return is prepared before departure with "
    "the organisations in Hungary: a risk assessment (is the family or home town safe?), who meets the victim on "
    "arrival, and a place to stay.</p><ul><li>The consulate can issue an emergency travel document.</li>"
    "<li>Agree who informs the victim support service and the receiving shelter, and send the case summary with "
    "the victim's consent.</li><li>Plan follow-up support for at least the first months.</li></ul>",
    ("HU", 5): "<p>Report the crime to the police; the prosecution service directs the investigation. In "
    "criminal proceedings the victim is an injured party, can claim damages as a civil party and can ask to be "
    "treated as a vulnerable witness (for example a separate hearing room or a recorded interview).</p>"
    "<ul><li>State compensation for victims of violent crime is applied for through the victim support "
    "service.</li><li>Evidence can be exchanged with Belgium and the Netherlands through a European "
    "Investigation Order or a joint investigation team.</li></ul>",
    ("BE", 1): "<p>In Belgium front-line services (police, social and labour inspection, hospitals, social "
    "services) identify presumed victims with the indicators of the multidisciplinary circular on victims of "
    "trafficking. A presumed victim must be referred to one of the three specialised centres — Payoke "
    "(Antwerp), PAG-ASA (Brussels) or Sürya (Liège) — to enter the victim status procedure.</p><ul><li>Contact "
    "the specialised centre straight away, also outside office hours.</li><li>Inform the reference magistrate "
    "for trafficking of the judicial district.</li></ul>",
    ("BE", 2): "<p>The specialised centre offers shelter, medical and psychological care, legal support and "
    "interpretation. A reflection period of 45 days gives the victim time to recover and decide whether to make "
    "statements.</p><ul><li>During the procedure the victim must break contact with the suspected "
    "exploiters and accept the centre's guidance.</li><li>Children are referred to the guardianship service "
    "and to youth care.</li></ul>",
    ("BE", 3): "<p>Victims who cooperate with the justice system receive a temporary residence document, "
    "which can lead to permanent residence, for example when the case ends in a conviction. The specialised "
    "centre accompanies them with housing, training and work.</p><ul><li>Keep the centre informed of every "
    "step in the criminal case: residence depends on it.</li><li>EU citizens' residence is arranged through the "
    "same centres.</li></ul>",
    ("BE", 4): "<p>Voluntary return is prepared with the specialised centre and the voluntary return programme "
    "(Fedasil with its partners), which pays for the journey and can give reintegration support in the country "
    "of origin.</p><ul><li>Make a risk assessment with the victim before any return.</li><li>Contact the "
    "organisations of the country of origin in this directory before the departure date, and agree who meets "
    "the victim.</li></ul>",
    ("BE", 5): "<p>Victims report to the police or the labour inspection; the public prosecutor's office has "
    "a reference magistrate for trafficking in each judicial district. The victim can join the proceedings as a "
    "civil party and claim damages; the specialised centres can also act as civil party.</p><ul><li>Legal aid "
    "is free for victims with limited means.</li><li>When the offender cannot pay, the Commission for "
    "financial assistance to victims of intentional acts of violence can help.</li></ul>",
    ("NL", 1): "<p>In the Netherlands the police must act on even the slightest indication of trafficking. "
    "Police, the Royal Marechaussee, the Labour Inspectorate and care professionals report presumed victims to "
    "CoMensha, the national coordination centre, which registers them and helps find a place in "
    "care.</p><ul><li>Foreign nationals from outside the EU must be offered the residence scheme for victims "
    "of trafficking as soon as there is an indication.</li><li>Regional care coordinators know the local "
    "shelters and services.</li></ul>",
    ("NL", 2): "<p>Victims are placed in specialised shelters, including category-specific shelters for "
    "victims of trafficking, with medical care, psychological support and legal aid. Non-EU victims get a "
    "reflection period of up to three months to decide whether to report.</p><ul><li>A specialised lawyer is "
    "free of charge for victims of trafficking.</li><li>Arrange a professional interpreter; do not use "
    "companions of the victim to translate.</li></ul>",
    ("NL", 3): "<p>Municipalities are responsible for longer-term care, housing and income support; a care "
    "coordinator makes the plan with the victim. Victims who report or cooperate with the investigation can "
    "obtain a temporary residence permit, and in some cases continued residence.</p><ul><li>Plan language "
    "lessons, education and work early.</li><li>Keep the case manager in the country of origin informed if a "
    "return remains possible.</li></ul>",
    ("NL", 4): "<p>Voluntary return is prepared with the victim, the care coordinator and a return "
    "organisation such as IOM, which can arrange the journey and reintegration support in the country of "
    "origin.</p><ul><li>Assess the risks of return (traffickers at home, debts, family pressure) with the "
    "victim.</li><li>Agree with the receiving organisations, listed in this directory, who meets the victim on "
    "arrival.</li></ul>",
    ("NL", 5): "<p>Victims report to the police, where specialised trafficking officers take the statement; "
    "the Public Prosecution Service has prosecutors specialised in trafficking. The victim can join the "
    "proceedings as an injured party to claim damages.</p><ul><li>The Violent Offences Compensation Fund can "
    "pay compensation when the damage is not paid by the offender.</li><li>The victim has the right to a "
    "lawyer, an interpreter and to be informed of the progress of the case.</li></ul>",
}

DIRECTORY_INTRO = (
    "<p>Organisations in Hungary, Belgium and the Netherlands that identify, protect and support victims of human "
    "trafficking, and the police and prosecutors who handle their cases. Filter by country, stage of the referral, "
    "service, language or target group. Most entries in this demonstration are samples with made-up contact "
    "details; the three project partners are listed under their real names.</p>"
)
PATHWAY_INTRO = (
    "<p>A victim from one country identified in another: what has to happen at each of the five stages of the "
    "transnational referral mechanism, and whom to contact on both sides. Choose the two countries; the page can "
    "be printed.</p>"
)


def _phone(country, number):
    return COUNTRIES[country]["phone"].format(n=number, a=number // 100, b=number % 100)


def sample_organisations():
    """The sample entries as dicts, in a fixed order."""
    entries = []
    for country, data in COUNTRIES.items():
        for index, (pattern, kind, services, targets, always, abroad, hours, description) in enumerate(ARCHETYPES):
            city = data["cities"][index % len(data["cities"])]
            name = pattern.format(city=city)
            slug = slugify(f"sample-{country}-{pattern.format(city=city)}")[:110]
            languages = data["languages"] + data["extra_languages"][index % 2 :: 2][: 1 + index % 2]
            entries.append(
                {
                    "slug": slug,
                    "name": name,
                    "kind": kind,
                    "country": country,
                    "city": city,
                    "address": f"Sample Street {index + 1}",
                    "description": f"Sample entry, not a real organisation. {description}",
                    "website": f"https://{slug}.example.org/",
                    "phone": _phone(country, 100 + index),
                    "email": f"contact@{slug}.example.org",
                    "opening_hours": hours,
                    "available_24_7": always,
                    "abroad": abroad,
                    "services": services,
                    "target_groups": targets,
                    "languages": languages,
                    "is_sample": True,
                }
            )
    return entries


def ensure_organisation(locale, data, services, languages, groups):
    organisation = Organisation.objects.filter(locale=locale, slug=data["slug"]).first()
    if organisation is not None:
        return organisation, False
    organisation = Organisation(
        locale=locale,
        slug=data["slug"],
        name=data["name"],
        kind=data["kind"],
        country=data["country"],
        city=data["city"],
        address=data.get("address", ""),
        description=data["description"],
        website=data.get("website", ""),
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        opening_hours=data.get("opening_hours", ""),
        available_24_7=data.get("available_24_7", False),
        accepts_referrals_from_abroad=data.get("abroad", False),
        is_sample=data.get("is_sample", False),
    )
    organisation.services = [services[slug] for slug in data.get("services", [])]
    organisation.languages = [languages[code] for code in data.get("languages", [])]
    organisation.target_groups = [groups[code] for code in data.get("target_groups", [])]
    organisation.save()
    organisation.save_revision().publish()
    return organisation, True


def ensure_experts(organisations):
    """One or two fictional experts for the first seven kinds of organisation in each country."""
    from .models import Language

    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    for country, data in COUNTRIES.items():
        entries = [org for org in organisations if org.country == country and org.is_sample]
        for index, (role, areas) in enumerate(EXPERT_ROLES):
            if index >= len(entries):
                break
            first_name = data["first_names"][index % len(data["first_names"])]
            full_name = f"{first_name} {data['surname']}"
            if index == 6:
                full_name = f"{data['first_names'][0]}-{data['first_names'][1]} {data['surname']}"
            email = f"{slugify(full_name).replace('-', '.')}.{country.lower()}@example.org"
            expert, was_created = Expert.objects.get_or_create(
                email=email,
                defaults={
                    "organisation": entries[index],
                    "full_name": full_name,
                    "role": role,
                    "areas_of_expertise": areas,
                    "phone": _phone(country, 900 + index),
                    "is_sample": True,
                },
            )
            if was_created:
                expert.languages.set([languages[code] for code in data["languages"] + ["en"] if code in languages])
                created += 1
    return created


def ensure_guidance(locale):
    stages = {stage.number: stage for stage in Stage.objects.filter(locale=locale)}
    created = 0
    for (country, number), text in GUIDANCE.items():
        _row, was_created = PathwayGuidance.objects.get_or_create(
            locale=locale, country=country, stage=stages[number], defaults={"guidance": text}
        )
        created += was_created
    return created


def ensure_pages(home):
    created = []
    directory = DirectoryPage.objects.child_of(home).first()
    if directory is None:
        directory = DirectoryPage(
            title="Directory",
            slug="directory",
            intro=DIRECTORY_INTRO,
            show_in_menus=True,
            search_description="Organisations in Hungary, Belgium and the Netherlands that help victims of human "
            "trafficking, with their public contacts.",
        )
        home.add_child(instance=directory)
        directory.save_revision().publish()
        created.append("directory")
    pathway = PathwayPage.objects.child_of(home).first()
    if pathway is None:
        pathway = PathwayPage(
            title="Who do I contact?",
            slug="who-do-i-contact",
            intro=PATHWAY_INTRO,
            show_in_menus=True,
            search_description="Referral pathways between Hungary, Belgium and the Netherlands: what happens at "
            "each stage and whom to contact.",
        )
        home.add_child(instance=pathway)
        pathway.save_revision().publish()
        created.append("pathways")
    return created


def load(command):
    from home.demo import english_home

    ensure_directory_setup()
    locale = Locale.get_default()
    services = {service.slug: service for service in Service.objects.filter(locale=locale)}
    languages = {language.code: language for language in Language.objects.all()}
    from .models import TargetGroup

    groups = {group.code: group for group in TargetGroup.objects.all()}
    organisations = []
    created = 0
    for data in [*PARTNERS, *sample_organisations()]:
        organisation, was_created = ensure_organisation(locale, data, services, languages, groups)
        organisations.append(organisation)
        created += was_created
    experts = ensure_experts(organisations)
    guidance = ensure_guidance(locale)
    home = english_home()
    pages = ensure_pages(home) if home is not None else []
    command.stdout.write(
        f"directory: {created} organisation(s), {experts} expert(s), {guidance} guidance text(s) created; "
        f"pages created: {', '.join(pages) or 'none'}"
    )
