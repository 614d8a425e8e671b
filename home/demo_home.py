"""Demo: the home page's texts and entry points. Runs after every other demo module, so the pages it links to exist."""

import json

from home.demo import english_home

INTRO = (
    "<p>RAVOT-EUR connects the police, prosecutors, shelters, social services and NGOs that help victims of human "
    "trafficking from Hungary who are found in Belgium and the Netherlands. It offers a transnational referral "
    "mechanism, a training handbook, reports from workshops and study visits, and a closed forum for vetted "
    "professionals.</p>"
)
PARTNERS_INTRO = (
    "<p>The project was led by <b>Hungary's Ministry of Interior</b>, with the <b>Dutch Ministry of Security and "
    "Justice</b> and <b>Payoke</b>, the Belgian specialised centre for victims of trafficking, as partners. It ran "
    "from 1 February 2014 to 31 January 2016 with a budget of EUR 346,069, of which EUR 311,462 from the European "
    "Union.</p>"
)
HELP_TITLE = "Do you need help now?"
HELP_TEXT = (
    "<p>If you are forced to work, cannot leave, or someone keeps your documents or your money, you can get help "
    "in Hungary, Belgium and the Netherlands, free and in your language.</p>"
)
FUNDING = (
    "<p>This project is co-funded by the Prevention of and Fight against Crime Programme (ISEC) of the European "
    "Union (grant HOME/2012/ISEC/AG/4000004405).</p><p>The content of this website reflects only the authors' "
    "views. The European Commission is not responsible for any use that may be made of the information it "
    "contains.</p>"
)

# (slug of the page under the home page, or None for a plain address), title, text, address
ENTRY_POINTS = [
    (
        "handbook",
        "Handbook",
        "The training handbook: the five stages of the referral mechanism, indicators of "
        "sexual and labour exploitation, cooperation and data protection.",
        "",
    ),
    (
        "reports",
        "Reports",
        "Findings and recommendations from the workshops and study visits in the three countries.",
        "",
    ),
    ("directory", "Directory", "Organisations and contact points that work with victims of trafficking.", ""),
    (
        "who-do-i-contact",
        "Who do I contact?",
        "Referral pathways between Hungary, Belgium and the Netherlands: what to do at each stage and whom to call.",
        "",
    ),
    (
        None,
        "Professionals' forum",
        "A closed space where vetted professionals discuss cases across borders.",
        "/en/forum/",
    ),
    ("get-help", "Get help", "Help lines in Hungary, Belgium and the Netherlands, and advice on staying safe.", ""),
    ("news", "News", "Events, publications and news from the project.", ""),
]


def entry_point_blocks(home):
    children = {page.slug: page for page in home.get_children().live()}
    blocks = []
    for slug, title, text, url in ENTRY_POINTS:
        if slug is not None and slug not in children:
            continue  # that part of the site is not built yet
        page_id = children[slug].pk if slug else None
        blocks.append({"type": "entry_point", "value": {"title": title, "text": text, "page": page_id, "url": url}})
    return blocks


def load(command):
    home = english_home()
    if home is None:
        command.stdout.write("home_page: no English home page, skipped")
        return
    home = home.specific
    blocks = entry_point_blocks(home)
    help_page = home.get_children().filter(slug="get-help").first()
    wanted = {
        "intro": INTRO,
        "partners_intro": PARTNERS_INTRO,
        "help_title": HELP_TITLE,
        "help_text": HELP_TEXT,
        "help_page_id": help_page.pk if help_page else None,
        "funding_acknowledgement": FUNDING,
    }
    current_blocks = [{"type": b["type"], "value": b["value"]} for b in home.entry_points.raw_data]
    unchanged = all(getattr(home, field) == value for field, value in wanted.items()) and current_blocks == blocks
    if unchanged:
        command.stdout.write("home_page: unchanged")
        return
    for field, value in wanted.items():
        setattr(home, field, value)
    home.entry_points = json.dumps(blocks)
    home.search_description = (
        "RAVOT-EUR: referral of and assistance for victims of human trafficking between Hungary, Belgium and the "
        "Netherlands."
    )
    home.save_revision().publish()
    command.stdout.write(f"home_page: published with {len(blocks)} entry point(s)")
