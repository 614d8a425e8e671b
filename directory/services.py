"""Grouping services by TRM stage, shared by the organisation page and the preview."""

from .localization import localize_names


def services_by_stage(services):
    """[(stage, [service, …]), …] in stage order, with display names set.

    `services` should come with `stage` selected (select_related / prefetch)."""
    services = sorted(services, key=lambda s: (s.stage.number, s.sort_order, s.name))
    stages = {}
    for service in services:
        stages.setdefault(service.stage.number, (service.stage, []))[1].append(service)
    localize_names(services)
    localize_names([stage for stage, _items in stages.values()])
    return list(stages.values())
