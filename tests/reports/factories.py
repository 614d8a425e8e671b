import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from reports.models import ReportIndexPage, StudyVisitReportPage, WorkshopReportPage


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    title = "Reports"
    slug = "reports"
    intro = "Reports of the workshops and study visits."

    class Meta:
        model = ReportIndexPage


class ReportPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Report {n}")
    slug = factory.Sequence(lambda n: f"report-{n}")
    summary = "What happened and what we learned."
    start_date = datetime.date(2014, 10, 1)
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(days=1))
    host_country = "HU"
    city = "Budapest"
    host_organisation = "Ministry of Interior (sample)"
    participating_countries = factory.LazyFunction(lambda: ["HU", "BE", "NL"])
    number_of_participants = 30
    agenda = factory.LazyFunction(
        lambda: [
            ("day", datetime.date(2014, 10, 1)),
            (
                "item",
                {
                    "start_time": datetime.time(9, 30),
                    "end_time": datetime.time(10, 15),
                    "title": "Opening and introductions",
                    "description": "",
                },
            ),
        ]
    )
    findings = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Referral works best when agreed.</p>"))])
    recommendations = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Name one contact point.</p>"))])


class WorkshopReportPageFactory(ReportPageFactory):
    class Meta:
        model = WorkshopReportPage


class StudyVisitReportPageFactory(ReportPageFactory):
    host_country = "NL"
    city = "The Hague"

    class Meta:
        model = StudyVisitReportPage
