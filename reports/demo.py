# ruff: noqa: E501  (reports are prose: long lines read better than broken sentences)
"""Demo reports: the three professional workshops (Hungary, the Netherlands, Belgium) and two study visits.

That RAVOT-EUR held one workshop in each partner country and organised study visits is
real; the dates, agendas, numbers and findings here are illustrative, and every report
says so. People appear by their role only. The programme of each event is attached as
a small PDF and the workshops have an abstract picture, both generated here, so the
demo needs no download. Running load() again changes nothing.
"""

import datetime
import io
import json

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.demo import english_home
from home.demo_images import demo_image, gradient

from .models import ReportIndexPage, StudyVisitReportPage, WorkshopReportPage

INDEX_INTRO = (
    "Reports of the three professional workshops, one in each partner country, and of the study visits in which "
    "experts learned how the Hungarian, Dutch and Belgian authorities and services work."
)

SAMPLE_NOTE = (
    "<p>This report is sample content for the demonstration site. RAVOT-EUR's workshops and study visits took place; "
    "the dates, agenda, numbers and details given here are illustrative.</p>"
)


def p(html):
    return {"type": "paragraph", "value": html}


def ul(*items):
    return p("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def ol(*items):
    return p("<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>")


def h3(text):
    return {"type": "heading", "value": {"text": text, "level": "h3", "anchor": ""}}


def sample_callout():
    return {"type": "callout", "value": {"style": "info", "title": "Sample content", "body": SAMPLE_NOTE}}


def day(date):
    return {"type": "day", "value": date.isoformat()}


def item(start, end, title, description=""):
    return {
        "type": "item",
        "value": {"start_time": start, "end_time": end, "title": title, "description": description},
    }


REPORTS = [
    {
        "model": WorkshopReportPage,
        "slug": "workshop-budapest-2014",
        "title": "Workshop in Budapest: identification and the first contact",
        "summary": "The first professional workshop brought Hungarian, Belgian and Dutch police officers, prosecutors, victim support workers and NGOs together to compare how victims are identified and who is the first contact in each country.",
        "start_date": datetime.date(2014, 10, 14),
        "end_date": datetime.date(2014, 10, 15),
        "host_country": "HU",
        "city": "Budapest",
        "host_organisation": "Ministry of Interior of Hungary",
        "participating_countries": ["HU", "BE", "NL"],
        "number_of_participants": 42,
        "agenda": [
            day(datetime.date(2014, 10, 14)),
            item("09:30", "10:00", "Opening", "Welcome by the project lead and the partners."),
            item(
                "10:00",
                "11:30",
                "Trafficking of Hungarian victims to Belgium and the Netherlands",
                "Case patterns seen by the police and the specialised centres.",
            ),
            item(
                "11:45",
                "13:00",
                "Identification in three systems",
                "Short presentations by a Hungarian, a Belgian and a Dutch practitioner.",
            ),
            item("14:00", "16:30", "Working groups: indicators of sexual and of labour exploitation"),
            day(datetime.date(2014, 10, 15)),
            item("09:30", "11:30", "Who calls whom? Mapping the contact points"),
            item("11:45", "13:00", "Conclusions and next steps"),
        ],
        "findings": [
            p(
                "<p>Participants agreed that most Hungarian victims in Belgium and the Netherlands are identified late, often after months of exploitation, and rarely on their own initiative. In all three countries the police are the most frequent first contact, but labour inspectors, health workers and consular staff meet victims too and are less familiar with the indicators.</p>"
            ),
            h3("What works"),
            ul(
                "The Belgian multidisciplinary approach, in which the police and the specialised centres decide together.",
                "The Dutch principle that the reflection period is offered at the slightest indication.",
                "The Hungarian common identification questionnaire, which gives non-specialists a place to start.",
            ),
            h3("What gets in the way"),
            ul(
                "Practitioners do not know whom to call in the other country, and contacts depend on individuals.",
                "Victims fear that cooperation with the police abroad will endanger their families at home.",
                "The same term, such as 'identified victim', means different things in the three systems.",
            ),
            sample_callout(),
        ],
        "recommendations": [
            ol(
                "Name one contact point per country and per profession for transnational referrals, and publish the list to vetted professionals.",
                "Train consular staff and labour inspectors on the indicators of labour exploitation.",
                "Use the handbook's indicator lists in all three languages as a common reference.",
            ),
        ],
        "document": "Programme of the Budapest workshop (sample)",
        "photo": ("Workshop in Budapest (sample illustration)", (31, 79, 122), (120, 160, 190)),
    },
    {
        "model": WorkshopReportPage,
        "slug": "workshop-the-hague-2015",
        "title": "Workshop in The Hague: first assistance, shelter and the reflection period",
        "summary": "The second workshop looked at what happens in the first weeks after identification: the reflection period, shelter and care, and how a Hungarian victim can be supported from both sides of the border.",
        "start_date": datetime.date(2015, 3, 10),
        "end_date": datetime.date(2015, 3, 11),
        "host_country": "NL",
        "city": "The Hague",
        "host_organisation": "Ministry of Security and Justice of the Netherlands",
        "participating_countries": ["NL", "HU", "BE"],
        "number_of_participants": 36,
        "agenda": [
            day(datetime.date(2015, 3, 10)),
            item("09:30", "10:00", "Opening"),
            item(
                "10:00",
                "11:30",
                "The reflection period and shelter in the Netherlands",
                "Presentation by a policy officer and a shelter coordinator.",
            ),
            item("11:45", "13:00", "From registration to shelter: the role of a national coordination centre"),
            item(
                "14:00", "16:30", "Case discussion: a Hungarian victim of labour exploitation in the greenhouse sector"
            ),
            day(datetime.date(2015, 3, 11)),
            item("09:30", "11:00", "Belgian and Hungarian responses to the same case"),
            item("11:15", "12:30", "Agreement on the first-assistance stage of the referral mechanism"),
        ],
        "findings": [
            p(
                "<p>The first weeks decide whether a victim stays in contact with the support services. Participants from the three countries found that their rules for first assistance are close in substance, but differ in who decides and how long each step takes.</p>"
            ),
            ul(
                "Hungarian victims, as EU citizens, are sometimes not offered the same support as third-country nationals, because practitioners think the reflection period does not apply to them.",
                "Interpretation into Hungarian is not always available at once, especially outside office hours.",
                "Victims of labour exploitation are less often placed in specialised shelters than victims of sexual exploitation.",
            ),
            sample_callout(),
        ],
        "recommendations": [
            ol(
                "Make clear in national guidance that victims who are EU citizens are entitled to the same assistance.",
                "Keep a list of Hungarian interpreters with experience of working with victims.",
                "Inform the Hungarian contact point, with the victim's consent, within the first week, so that return or family support can be prepared in time.",
            ),
        ],
        "document": "Programme of the workshop in The Hague (sample)",
        "photo": ("Workshop in The Hague (sample illustration)", (30, 96, 110), (150, 200, 190)),
    },
    {
        "model": WorkshopReportPage,
        "slug": "workshop-antwerp-2015",
        "title": "Workshop in Antwerp: return, reintegration and proceedings",
        "summary": "The third workshop, hosted by Payoke, dealt with the later stages of referral: safe return and reintegration in Hungary, and the victim's part in criminal and civil proceedings after going home.",
        "start_date": datetime.date(2015, 9, 22),
        "end_date": datetime.date(2015, 9, 23),
        "host_country": "BE",
        "city": "Antwerp",
        "host_organisation": "Payoke",
        "participating_countries": ["BE", "HU", "NL"],
        "number_of_participants": 40,
        "agenda": [
            day(datetime.date(2015, 9, 22)),
            item("09:30", "10:00", "Opening by the host"),
            item("10:00", "11:30", "The Belgian victim status and the specialised centres"),
            item("11:45", "13:00", "Preparing a safe return: risk assessment with the receiving country"),
            item("14:00", "16:30", "Working groups: reintegration, debts and the risk of re-trafficking"),
            day(datetime.date(2015, 9, 23)),
            item("09:30", "11:00", "Testifying from abroad: video hearings and joint investigation teams"),
            item("11:15", "12:30", "Compensation across borders"),
            item("12:30", "13:00", "Closing: the referral mechanism in five stages"),
        ],
        "findings": [
            p(
                "<p>Participants agreed that a return is only safe when it is prepared with the receiving services, and that the criminal case should not stop a victim from going home when they wish to.</p>"
            ),
            ul(
                "Returns are often organised at short notice, leaving the Hungarian shelters and the victim support service too little time to prepare.",
                "Victims who return rarely hear about the outcome of the criminal case or about their right to compensation.",
                "Video hearings are possible in all three countries, but are used less than they could be.",
            ),
            sample_callout(),
        ],
        "recommendations": [
            ol(
                "Agree a minimum notice period for planned returns, except when the victim's safety requires otherwise.",
                "Appoint, for each returning victim, one person in the sending country who keeps the victim informed about the proceedings.",
                "Tell victims about state compensation and cross-border applications before they leave.",
            ),
        ],
        "document": "Programme of the Antwerp workshop (sample)",
        "photo": ("Workshop in Antwerp (sample illustration)", (44, 62, 80), (190, 150, 90)),
    },
    {
        "model": StudyVisitReportPage,
        "slug": "study-visit-belgium-2015",
        "title": "Study visit of Hungarian experts to Belgium",
        "summary": "Hungarian police officers, prosecutors and victim support workers visited a specialised centre, a shelter and a police unit in Belgium to see how the Belgian victim status works in practice.",
        "start_date": datetime.date(2015, 5, 5),
        "end_date": datetime.date(2015, 5, 7),
        "host_country": "BE",
        "city": "Antwerp and Brussels",
        "host_organisation": "Payoke",
        "participating_countries": ["HU"],
        "number_of_participants": 12,
        "agenda": [
            day(datetime.date(2015, 5, 5)),
            item("10:00", "12:30", "Visit to a specialised centre: intake, shelter and legal support"),
            item("14:00", "16:00", "Meeting with a police unit specialised in trafficking"),
            day(datetime.date(2015, 5, 6)),
            item("10:00", "12:00", "Meeting with a public prosecutor's office"),
            item("14:00", "16:00", "Meeting with the federal coordination of the fight against trafficking"),
            day(datetime.date(2015, 5, 7)),
            item("09:30", "12:00", "Review of the visit and agreements on contact points"),
        ],
        "findings": [
            p(
                "<p>The visitors saw how closely the Belgian police, prosecutors and specialised centres work together in individual cases, and how the centres accompany a victim through every step of the victim procedure.</p>"
            ),
            ul(
                "The specialised centres are the single entry point for support, which makes it easy for a foreign partner to know whom to contact.",
                "Belgian practitioners asked for earlier information on the situation in the victim's home town in Hungary.",
            ),
            sample_callout(),
        ],
        "recommendations": [
            ol(
                "Exchange a short description of each country's procedure, in the other's language, for use in training.",
                "Hold a joint case review once a year between the Belgian centres and the Hungarian contact points.",
            ),
        ],
        "document": "Programme of the study visit to Belgium (sample)",
    },
    {
        "model": StudyVisitReportPage,
        "slug": "study-visit-hungary-2015",
        "title": "Study visit of Belgian and Dutch experts to Hungary",
        "summary": "Experts from Belgium and the Netherlands visited Hungarian authorities, the victim support service and a shelter to learn how Hungarian victims are received and supported after their return.",
        "start_date": datetime.date(2015, 11, 3),
        "end_date": datetime.date(2015, 11, 5),
        "host_country": "HU",
        "city": "Budapest",
        "host_organisation": "Ministry of Interior of Hungary",
        "participating_countries": ["BE", "NL"],
        "number_of_participants": 10,
        "agenda": [
            day(datetime.date(2015, 11, 3)),
            item("10:00", "12:00", "The Hungarian anti-trafficking strategy and the national coordinator"),
            item("13:30", "16:00", "Visit to the victim support service"),
            day(datetime.date(2015, 11, 4)),
            item(
                "09:00",
                "16:00",
                "Visit to a shelter for victims of trafficking",
                "Travel outside Budapest; meeting with the shelter's social workers.",
            ),
            day(datetime.date(2015, 11, 5)),
            item("09:30", "11:30", "Meeting with the police unit responsible for trafficking cases"),
            item("11:30", "12:30", "Conclusions"),
        ],
        "findings": [
            p(
                "<p>The visitors learned that the Hungarian system relies on a small number of shelters and on NGOs that are well connected to local services, and that the first weeks after return are where support is most needed and most often missing.</p>"
            ),
            ul(
                "Returning victims often arrive with debts and without documents, which delays access to benefits and work.",
                "Shelter places are limited; early notice from Belgium and the Netherlands makes it possible to find one.",
                "Follow-up after return depends on the victim's consent and on informal contacts, and is rarely recorded.",
            ),
            sample_callout(),
        ],
        "recommendations": [
            ol(
                "Use the referral mechanism's handover step for every planned return, with a named person on each side.",
                "Include debt advice and help with documents in the reintegration plan from the start.",
                "Record follow-up with the victim's consent, so that the partners can see what happens after return.",
            ),
        ],
        "document": "Programme of the study visit to Hungary (sample)",
    },
]


def pdf_bytes(title, lines):
    """A one-page PDF with a title and lines of text, written by hand so the demo needs no PDF library."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")

    content = b"BT /F1 18 Tf 72 770 Td (" + escape(title) + b") Tj ET\n"
    y = 740
    for line in lines:
        content += b"BT /F1 11 Tf 72 %d Td (" % y + escape(line) + b") Tj ET\n"
        y -= 16
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return output.getvalue()


def programme_document(report):
    Document = get_document_model()
    title = report["document"]
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    lines = [f"{report['city']}, {report['start_date']:%d %B %Y} to {report['end_date']:%d %B %Y}", ""]
    for block in report["agenda"]:
        if block["type"] == "day":
            lines += ["", datetime.date.fromisoformat(block["value"]).strftime("%A %d %B %Y")]
        else:
            value = block["value"]
            lines.append(f"{value['start_time']}-{value['end_time']}  {value['title']}")
    lines += ["", "Sample document of the RAVOT-EUR demonstration site."]
    file_name = report["slug"] + "-programme.pdf"
    document = Document(title=title, collection=Collection.get_first_root_node())
    document.file.save(file_name, ContentFile(pdf_bytes(report["title"][:70], lines), name=file_name), save=False)
    document.save()
    return document


def illustration(title, start, end):
    """An abstract picture of a round table, drawn locally. Found again by its title."""
    size = (1200, 800)

    def paint(draw):
        gradient(draw, size, start, end, vertical=True)
        draw.ellipse([350, 250, 850, 550], fill=(245, 245, 240), outline=(255, 255, 255), width=6)
        seats = [(600, 190), (860, 280), (930, 420), (860, 560), (600, 620), (340, 560), (270, 420), (340, 280)]
        for x, y in seats:
            draw.ellipse([x - 38, y - 38, x + 38, y + 38], fill=(255, 255, 255), outline=start, width=6)

    return demo_image(title, "report", size, paint)


def ensure_index(home):
    index = ReportIndexPage.objects.child_of(home).first()
    if index is not None:
        return index, False
    index = ReportIndexPage(title="Reports", slug="reports", intro=INDEX_INTRO, show_in_menus=True)
    index.search_description = INDEX_INTRO
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, True


def ensure_report(index, report):
    model = report["model"]
    if model.objects.child_of(index).filter(slug=report["slug"]).exists():
        return False
    document = programme_document(report)
    documents = [{"type": "document", "value": {"document": document.pk, "title": "Programme of the event"}}]
    photos = []
    if "photo" in report:
        image = illustration(*report["photo"])
        photos.append(
            {
                "type": "photo",
                "value": {
                    "image": image.pk,
                    "alt_text": "Abstract illustration: a round table with eight seats.",
                    "caption": "Sample illustration; the demonstration site has no photographs of the event.",
                    "credit": "",
                },
            }
        )
    page = model(
        title=report["title"],
        slug=report["slug"],
        summary=report["summary"],
        search_description=report["summary"][:250],
        start_date=report["start_date"],
        end_date=report["end_date"],
        host_country=report["host_country"],
        city=report["city"],
        host_organisation=report["host_organisation"],
        participating_countries=report["participating_countries"],
        number_of_participants=report["number_of_participants"],
        agenda=json.dumps(report["agenda"]),
        findings=json.dumps(report["findings"]),
        recommendations=json.dumps(report["recommendations"]),
        documents=json.dumps(documents),
        photos=json.dumps(photos),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return True


def load(command):
    home = english_home()
    if home is None:
        command.stdout.write("reports: no English home page, skipped")
        return
    index, created = ensure_index(home)
    added = sum(ensure_report(index, report) for report in REPORTS)
    command.stdout.write(f"reports: index {'created' if created else 'kept'}, {added} report(s) added")
