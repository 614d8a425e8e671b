import pytest

from .factories import ReportIndexPageFactory


@pytest.fixture
def report_index(home_page):
    return ReportIndexPageFactory(parent=home_page)
