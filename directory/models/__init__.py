"""The directory's models, split by kind and re-exported here."""

from .organisations import Expert, Organisation
from .pages import DirectoryPage, PathwayPage
from .taxonomy import (
    COUNTRY_CHOICES,
    PATHWAY_COUNTRIES,
    Language,
    PathwayGuidance,
    Service,
    Stage,
    TargetGroup,
)

__all__ = [
    "COUNTRY_CHOICES",
    "PATHWAY_COUNTRIES",
    "DirectoryPage",
    "Expert",
    "Language",
    "Organisation",
    "PathwayGuidance",
    "PathwayPage",
    "Service",
    "Stage",
    "TargetGroup",
]
