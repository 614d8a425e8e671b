"""Demo: editing set-up (groups, collections, workflow), site settings and the generic pages.

Idempotent: pages are looked up by slug under the English home page and left alone if they exist.
"""

import json

from wagtail.models import Locale, Site

from home.editing import ensure_editing_setup
from home.models import HomePage, SiteSettings, StandardPage


def _h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level, "anchor": ""}}


def _p(html):
    return {"type": "paragraph", "value": html}


def _callout(title, html, style="info"):
    return {"type": "callout", "value": {"style": style, "title": title, "body": html}}


ABOUT = {
    "title": "About RAVOT-EUR",
    "slug": "about",
    "show_in_menus": True,
    "toc": True,
    "intro": "RAVOT-EUR (Referral of and assistance for victims of human trafficking in Europe) built a "
    "transnational referral mechanism between Hungary, Belgium and the Netherlands.",
    "body": [
        _h("Why this project"),
        _p(
            "<p>Belgium and the Netherlands are the countries where Hungarian victims of trafficking in human "
            "beings are most often found. They are exploited in prostitution, in agriculture, in construction, "
            "in cleaning and in food processing. When such a person is identified, the police, the shelters, the "
            "social services and the courts of at least two countries need to work together: to protect the "
            "person, to support a safe return if that is what they want, and to bring the offenders to justice.</p>"
            "<p>Before RAVOT-EUR, that cooperation depended on individual contacts. Professionals did not know "
            "whom to call in the other country, how the other system worked, or whether they could trust the "
            "information they received. Victims fell between the systems, were returned without support, or "
            "were re-trafficked.</p>"
        ),
        _h("What the project did"),
        _p(
            "<p>The project was led by Hungary's Ministry of Interior, with the Dutch Ministry of Security and "
            "Justice and Payoke, the Belgian specialised centre for victims of trafficking in Antwerp, as "
            "partners. Between 1 February 2014 and 31 January 2016 it:</p>"
            "<ul><li>built a transnational referral mechanism (TRM) between Hungary, Belgium and the Netherlands, "
            "following the five stages of the European TRM guidelines: identification; first assistance and "
            "protection; long-term assistance and social inclusion; return and social inclusion; criminal and "
            "civil proceedings;</li>"
            "<li>wrote a training handbook for professional and academic use;</li>"
            "<li>held three professional workshops, one in each partner country;</li>"
            "<li>organised study visits in which experts learned how the Hungarian, Dutch and Belgian "
            "authorities and services work;</li>"
            "<li>built this online platform, with a forum where vetted professionals can discuss cases.</li></ul>"
        ),
        _h("Aims"),
        _p(
            "<p>The project aimed to help victims of sexual and labour exploitation to return safely and to "
            "reintegrate; to understand what victims need and what the services and NGOs involved can offer; "
            "and to build trust between the professionals who have to work together across borders.</p>"
        ),
        _h("Funding"),
        _p(
            "<p>RAVOT-EUR was co-funded by the Prevention of and Fight against Crime Programme (ISEC 2012) of "
            "the European Union, grant HOME/2012/ISEC/AG/4000004405. The total budget was EUR 346,069, of which "
            "EUR 311,462 came from the European Union.</p>"
        ),
        _callout(
            "Disclaimer",
            "<p>This website reflects only the authors' views. The European Commission is not responsible for "
            "any use that may be made of the information it contains.</p>",
        ),
    ],
}

PARTNERS = {
    "title": "Partners",
    "slug": "partners",
    "show_in_menus": True,
    "toc": False,
    "intro": "Three organisations from the three countries on the main route of Hungarian victims of "
    "trafficking ran RAVOT-EUR together.",
    "body": [
        _h("Ministry of Interior of Hungary (lead partner)"),
        _p(
            "<p>The Hungarian Ministry of Interior coordinates the national policy against trafficking in human "
            "beings and hosts the National Coordinator. It led the project, managed the EU grant and connected "
            "the referral mechanism to the Hungarian victim identification and victim support system, including "
            "the services that receive victims who return to Hungary.</p>"
        ),
        _h("Ministry of Security and Justice of the Netherlands"),
        _p(
            "<p>The Dutch Ministry of Security and Justice is responsible for the police, the public prosecution "
            "service and the policy on victims of trafficking in the Netherlands. It brought the experience of "
            "the Dutch approach, in which municipalities, care coordinators, the police and the labour "
            "inspectorate work together, and hosted the workshop and study visit in the Netherlands.</p>"
        ),
        _h("Payoke (Belgium)"),
        _p(
            "<p>Payoke is one of the three specialised centres in Belgium recognised to receive and support "
            "victims of trafficking in human beings. It offers shelter, psychological, administrative and legal "
            "support, and accompanies victims through criminal proceedings. In the project it brought the "
            "everyday knowledge of the people who support victims, and hosted the Belgian workshop.</p>"
        ),
        _p(
            "<p>Many more organisations took part in the workshops and study visits: police units, labour "
            "inspectorates, prosecutors, shelters, NGOs, consular staff and researchers from the three "
            "countries. Their experience is collected in the handbook and the reports on this site.</p>"
        ),
    ],
}

CODE_OF_CONDUCT = {
    "title": "Code of conduct for the professionals' forum",
    "slug": "code-of-conduct",
    "show_in_menus": False,
    "toc": True,
    "intro": "The forum is a closed space where vetted professionals discuss cases across borders. These rules "
    "protect the people whose situations we discuss, and the trust between us.",
    "body": [
        _h("1. Never identify a victim"),
        _p(
            "<p>Do not post names, initials, dates of birth, addresses, phone numbers, photos, case or file "
            "numbers, or any combination of details (a small town, an unusual job, a specific date) that could "
            'identify a victim or a witness. Describe the situation, not the person: "a Hungarian woman in her '
            'twenties, exploited in prostitution in Antwerp" is enough to ask for advice. When a case needs '
            "personal data to be exchanged, use the official channels of your organisation, not the forum.</p>"
        ),
        _h("2. Confidentiality"),
        _p(
            "<p>What is written in the forum stays in the forum. Do not copy, forward or screenshot posts for "
            "people outside it without the author's agreement. Information about ongoing investigations must not "
            "be shared at all. Remember that even a vetted space can be breached: write as if a post might one "
            "day be read by someone else.</p>"
        ),
        _h("3. Respect"),
        _p(
            "<p>Members come from police forces, prosecution services, NGOs, shelters, ministries and "
            "universities, and work in different legal systems. Disagree with arguments, not with people. Speak "
            "about victims with dignity: they are people to whom something was done, not cases or numbers. Write "
            "so that colleagues who read your post in their second or third language can follow you.</p>"
        ),
        _h("4. Cross-border trust"),
        _p(
            "<p>The forum exists so that a professional in one country knows whom to trust in another. Be clear "
            "about your role and what you can and cannot do. If you promise to follow up, do it or say that you "
            "cannot. Correct information you posted when you learn that it is wrong.</p>"
        ),
        _h("5. Moderation"),
        _p(
            "<p>Moderators remove posts that break these rules and may suspend members who repeatedly ignore "
            "them. If you see a post that identifies someone, report it at once: moderators hide it while they "
            "review it. Every moderation decision is recorded in the audit log.</p>"
        ),
    ],
}

PRIVACY = {
    "title": "Privacy notice",
    "slug": "privacy-notice",
    "show_in_menus": False,
    "toc": True,
    "intro": "What this website stores about you, why, and for how long.",
    "body": [
        _h("Reading the public pages"),
        _p(
            "<p>You can read the public pages, including the get-help page, without an account. We do not use "
            "analytics, advertising or tracking of any kind, and the site loads nothing from other websites. The "
            "web server keeps a technical log (address, time, page requested) for security, which is deleted "
            "after a short period.</p>"
        ),
        _h("Cookies"),
        _p(
            "<p>The site sets only two kinds of cookie, both strictly necessary: a session cookie when you sign "
            "in (and a security token when you submit a form), and a language cookie that remembers the "
            "language you chose. No cookie is used to follow you across websites.</p>"
        ),
        _h("Accounts"),
        _p(
            "<p>If you create an account we store your e-mail address, your name, your preferred language, a "
            "secure hash of your password (never the password itself) and, for staff, the settings of your "
            "two-factor authentication. We use them to let you sign in and to write to you about your account.</p>"
        ),
        _h("Membership applications"),
        _p(
            "<p>Professionals who apply for access to the forum give their organisation, role, country and the "
            "name of a reference. Moderators use this only to check that the applicant is a professional working "
            "against trafficking. Rejected applications are deleted after a limited period; accepted ones are "
            "kept while the membership lasts.</p>"
        ),
        _h("Forum posts"),
        _p(
            "<p>Posts are stored with their author and date and are visible only to vetted members. The code of "
            "conduct forbids personal data about victims; moderators remove such data when they find it.</p>"
        ),
        _h("Audit log"),
        _p(
            "<p>To protect the forum we record security-relevant actions: sign-ins, changes to membership, "
            "moderation decisions and edits of pages, with the person who made them and the time. Only "
            "administrators can read this log.</p>"
        ),
        _h("How long we keep data"),
        _p(
            "<p>Rejected applications, and applications that were never sent or never completed, are deleted six "
            "months after the decision or the last change. Twelve months after a membership has expired or been "
            "revoked, its application is reduced to what the record of decisions needs: the account, the state, "
            "the dates and the versions of the terms accepted. In the audit log, people are replaced by "
            "pseudonyms after five years. Sign-in sessions are deleted the night after they expire. Search terms "
            "are not stored, and the web server's log leaves out search terms and what is sent to the get-help "
            "and membership pages.</p>"
        ),
        _h("Your rights"),
        _p(
            "<p>Under the General Data Protection Regulation you may ask to see, correct or delete the data we "
            "hold about you, and you may complain to your national data protection authority. Write to "
            "privacy@example.org (sample address).</p>"
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "slug": "accessibility-statement",
    "show_in_menus": False,
    "toc": False,
    "intro": "We want everyone to be able to use this website, including people who use a keyboard, a screen "
    "reader or magnification.",
    "body": [
        _h("How accessible this website is"),
        _p(
            "<p>The website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Pages "
            "use headings, landmarks and labelled form fields; every function works with a keyboard, and the "
            "focus is always visible; colours have enough contrast; text can be enlarged to 200% without loss of "
            "content; and all pages can be read and all forms sent without JavaScript.</p>"
            '<p>The quick exit button is the first control after the "Skip to main content" link on every page, '
            "and pressing the Shift key three times in a row leaves the site from anywhere.</p>"
        ),
        _h("Known limitations"),
        _p(
            "<p>Some older documents attached to reports are PDF files that were not produced with accessibility "
            "in mind. If you need one in another format, tell us and we will provide it.</p>"
        ),
        _h("Feedback"),
        _p(
            "<p>If you find a problem we have not mentioned, write to accessibility@example.org (sample "
            "address). We aim to reply within ten working days.</p>"
        ),
    ],
}

GENERIC_PAGES = [ABOUT, PARTNERS, CODE_OF_CONDUCT, PRIVACY, ACCESSIBILITY]


def english_home():
    return HomePage.objects.filter(locale=Locale.get_default()).order_by("pk").first()


def ensure_standard_page(home, data):
    page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
    if page is not None:
        return page, False
    page = StandardPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        show_in_menus=data["show_in_menus"],
        show_table_of_contents=data["toc"],
        search_description=data["intro"][:255],
        body=json.dumps(data["body"]),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_site_settings(site, pages):
    settings = SiteSettings.for_site(site)
    wanted = {
        "privacy_page_id": pages["privacy-notice"].pk,
        "accessibility_page_id": pages["accessibility-statement"].pk,
        "code_of_conduct_page_id": pages["code-of-conduct"].pk,
    }
    # Keep an editor's later choice: only fill links that are empty.
    changed = False
    for field, value in wanted.items():
        if getattr(settings, field) is None:
            setattr(settings, field, value)
            changed = True
    if changed:
        settings.save()


def load(command):
    ensure_editing_setup()
    home = english_home()
    if home is None:
        command.stdout.write("home: no English home page, skipped")
        return
    pages = {}
    created = 0
    for data in GENERIC_PAGES:
        page, was_created = ensure_standard_page(home, data)
        pages[data["slug"]] = page
        created += was_created
    for site in Site.objects.all():
        ensure_site_settings(site, pages)
    command.stdout.write(f"home: editing set-up checked, {created} generic page(s) created")
