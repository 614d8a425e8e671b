"""Demo news: the project's milestones. Running load() again changes nothing.

The project's frame (1 February 2014 to 31 January 2016, the partners, the budget,
the workshops, study visits, handbook and platform) is real. Exact dates, places
and the details of each event are invented for the demo, and every item says so.
"""

import datetime
import json

from home.demo import english_home
from home.demo_images import demo_image, gradient
from news.models import NewsCategory, NewsIndexPage, NewsPage

SAMPLE_NOTE = (
    "<p>This news item is sample content for the demonstration site. The project, its partners and its "
    "timeline are real; the exact date and the details of the event described here are illustrative.</p>"
)


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2", "anchor": ""}}


def sample_callout():
    return {"type": "callout", "value": {"style": "info", "title": "Sample content", "body": SAMPLE_NOTE}}


NEWS_ITEMS = [
    {
        "slug": "ravot-eur-kicks-off-in-budapest",
        "title": "RAVOT-EUR kicks off in Budapest",
        "date": datetime.date(2014, 2, 20),
        "category": NewsCategory.PROJECT,
        "intro": (
            "Hungary's Ministry of Interior, the Dutch Ministry of Security and Justice and Payoke met in Budapest "
            "to start two years of work on a transnational referral mechanism for victims of human trafficking."
        ),
        "image": ("Three partner countries, connected (sample image)", (31, 79, 122), (74, 140, 110)),
        "image_alt": "Abstract illustration: three connected circles standing for Hungary, Belgium and the "
        "Netherlands.",
        "body": [
            paragraph(
                "<p>RAVOT-EUR, short for <i>Referral of and assistance for victims of human trafficking in "
                "Europe</i>, started on 1 February 2014. The project is funded by the European Union's programme "
                "Prevention of and Fight against Crime (ISEC 2012) and runs until 31 January 2016. It is led by "
                "Hungary's Ministry of Interior, with the Dutch Ministry of Security and Justice and Payoke, the "
                "Antwerp centre for victims of human trafficking, as partners.</p>"
            ),
            heading("Why these three countries"),
            paragraph(
                "<p>Belgium and the Netherlands are the countries where Hungarian victims of trafficking for sexual "
                "and labour exploitation are most often found. When a victim is identified abroad, police officers, "
                "social workers, shelters and prosecutors in two countries have to work together: to protect the "
                "person, to organise a safe return if the victim wants it, and to support criminal and civil "
                "proceedings. Without agreed routes this cooperation depends on personal contacts.</p>"
            ),
            paragraph(
                "<p>At the kick-off meeting the partners agreed on the work plan: a transnational referral mechanism "
                "that follows the five stages of the European TRM guidelines (identification; first assistance and "
                "protection; long-term assistance and social inclusion; return and social inclusion; criminal and "
                "civil proceedings), three professional workshops, study visits, a training handbook and an online "
                "platform where vetted professionals can find each other.</p>"
            ),
            paragraph(
                "<p>The total budget is EUR 346,069, of which EUR 311,462 is contributed by the European Union "
                "(grant HOME/2012/ISEC/AG/4000004405).</p>"
            ),
            sample_callout(),
        ],
    },
    {
        "slug": "workshops-and-study-visits",
        "title": "Workshops and study visits bring professionals together",
        "date": datetime.date(2014, 10, 14),
        "category": NewsCategory.EVENT,
        "intro": (
            "Three professional workshops, one in each partner country, and a series of study visits let police "
            "officers, prosecutors, social workers and shelter staff see how their counterparts work."
        ),
        "body": [
            paragraph(
                "<p>Referral across borders only works when the people at both ends know and trust each other. "
                "RAVOT-EUR therefore holds a professional workshop in Hungary, in Belgium and in the Netherlands. "
                "Each workshop brings together the authorities and organisations that meet victims: labour "
                "inspectors, police and border guards, public prosecutors, victim support services, shelters and "
                "NGOs.</p>"
            ),
            heading("Learning how the other system works"),
            paragraph(
                "<p>During the study visits experts spend time with the services of another partner country. They "
                "learn who decides on a victim's right to stay and to shelter, how identification works when a "
                "victim does not see themself as a victim, and which documents a Hungarian victim needs for a safe "
                "return. The findings of every workshop and study visit are published in the reports section.</p>"
            ),
            sample_callout(),
        ],
    },
    {
        "slug": "training-handbook-published",
        "title": "Training handbook on transnational referral published",
        "date": datetime.date(2015, 9, 30),
        "category": NewsCategory.PUBLICATION,
        "intro": (
            "The RAVOT-EUR handbook describes, stage by stage, how professionals in Hungary, Belgium and the "
            "Netherlands refer and assist victims of trafficking across borders. It is written for training and "
            "for academic use."
        ),
        "image": ("The referral handbook (sample image)", (44, 62, 80), (160, 120, 60)),
        "image_alt": "Abstract illustration: an open book in dark blue and ochre.",
        "body": [
            paragraph(
                "<p>The handbook brings together what the partners learned in the workshops and study visits. Its "
                "chapters follow the five stages of transnational referral, from the first signs that someone may "
                "be a victim to the end of criminal and civil proceedings, and add a chapter on cooperation and "
                "data protection between professionals.</p>"
            ),
            paragraph(
                "<p>Each chapter explains who is responsible in each of the three countries, what a victim is "
                "entitled to, and what the professionals on both sides of a border need from each other. The "
                "chapter on identification includes lists of indicators of sexual and of labour exploitation.</p>"
            ),
            paragraph(
                "<p>The handbook can be read on this site chapter by chapter or printed as a whole. Trainers may use "
                "it freely in courses for police, prosecutors, social workers and students.</p>"
            ),
            sample_callout(),
        ],
    },
    {
        "slug": "online-platform-opens",
        "title": "Online platform for professionals opens",
        "date": datetime.date(2015, 11, 16),
        "category": NewsCategory.PROJECT,
        "intro": (
            "The RAVOT-EUR platform combines public information for victims and the public with a closed forum "
            "where vetted professionals from the three countries can discuss referrals."
        ),
        "image": ("A platform for professionals (sample image)", (30, 96, 110), (210, 225, 230)),
        "image_alt": "Abstract illustration: speech bubbles in teal and light grey.",
        "body": [
            paragraph(
                "<p>The public part of the platform holds the training handbook, the reports of the workshops and "
                "study visits, and a page for people who need help now, with help lines in each country and a "
                "quick exit button on every page.</p>"
            ),
            heading("A closed space for vetted professionals"),
            paragraph(
                "<p>Professionals who work with victims can apply for an account. After their organisation and role "
                "have been checked, they can use a directory of contact points and a forum to prepare referrals "
                "with their colleagues abroad. Personal data of victims does not belong in the forum: members "
                "discuss procedures and arrange contacts, and exchange case files only through the official "
                "channels of their organisations.</p>"
            ),
            sample_callout(),
        ],
    },
    {
        "slug": "closing-conference",
        "title": "Closing conference looks back on two years of cooperation",
        "date": datetime.date(2016, 1, 21),
        "category": NewsCategory.EVENT,
        "intro": (
            "At the closing conference the partners presented the referral mechanism, the handbook and the "
            "platform, and discussed how cooperation between Hungary, Belgium and the Netherlands continues "
            "after the project."
        ),
        "body": [
            paragraph(
                "<p>The project ends on 31 January 2016. At the closing conference the partners looked back on what "
                "changed since the kick-off: the professionals who refer victims across the three borders now know "
                "whom to call, the five stages of referral are described in one handbook, and the platform gives "
                "them a place to stay in touch.</p>"
            ),
            paragraph(
                "<p>Participants also named what remains to be done: faster exchange of information when a victim "
                "wants to return home, long-term support after return, and keeping contact lists up to date when "
                "people change jobs. The platform stays open so that this work can go on.</p>"
            ),
            sample_callout(),
        ],
    },
]

NEWS_INDEX_INTRO = (
    "<p>Milestones, events and publications of the RAVOT-EUR project (February 2014 to January 2016).</p>"
)


def generated_image(title, start, end):
    """A calm abstract picture of three linked circles, drawn locally. Found again by its title."""
    size = (1200, 675)

    def paint(draw):
        gradient(draw, size, start, end, vertical=False)
        centres = [(330, 360), (600, 260), (870, 380)]
        for (x1, y1), (x2, y2) in zip(centres, centres[1:] + centres[:1], strict=True):
            draw.line([(x1, y1), (x2, y2)], fill=(255, 255, 255), width=6)
        for x, y in centres:
            draw.ellipse([x - 70, y - 70, x + 70, y + 70], fill=(255, 255, 255), outline=start, width=8)

    return demo_image(title, "news", size, paint)


def ensure_news_index(home):
    index = NewsIndexPage.objects.child_of(home).first()
    if index:
        return index, False
    index = NewsIndexPage(title="News", slug="news", intro=NEWS_INDEX_INTRO, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, True


def ensure_news_item(index, item):
    if NewsPage.objects.child_of(index).filter(slug=item["slug"]).exists():
        return False
    page = NewsPage(
        title=item["title"],
        slug=item["slug"],
        date=item["date"],
        category=item["category"],
        intro=item["intro"],
        search_description=item["intro"][:250],
        body=json.dumps(item["body"]),
    )
    if "image" in item:
        page.image = generated_image(*item["image"])
        page.image_alt = item["image_alt"]
    index.add_child(instance=page)
    revision = page.save_revision()
    revision.publish()
    return True


def load(command):
    home = english_home()
    if home is None:
        command.stdout.write("news: no English home page, skipped")
        return
    index, created = ensure_news_index(home)
    added = sum(ensure_news_item(index, item) for item in NEWS_ITEMS)
    command.stdout.write(f"news: index {'created' if created else 'kept'}, {added} news item(s) added")
