"""Demo memberships: a vetted expert in each of the three countries, a pending
applicant and a rejected applicant. Everything goes through the real
transitions, decided by the demo moderator, so the audit log tells the story.
Running it again changes nothing."""

from django.contrib.auth import get_user_model
from django.test.utils import override_settings

from accounts.demo import DEMO_LOGINS
from directory.models import Organisation

from .models import Application

SAMPLES = {
    "expert.hu@example.org": {
        "country": "HU",
        "sector": "police",
        "role": "Detective, anti-trafficking unit (sample)",
        "organisation_name": "Sample Police Directorate, Budapest",
        "outcome": "approved",
    },
    "expert.be@example.org": {
        "country": "BE",
        "sector": "ngo",
        "role": "Case manager, victim shelter (sample)",
        "organisation_name": "Sample Victim Support Centre, Antwerp",
        "outcome": "approved",
    },
    "expert.nl@example.org": {
        "country": "NL",
        "sector": "labour",
        "role": "Labour inspector (sample)",
        "organisation_name": "Sample Labour Inspectorate, Utrecht",
        "outcome": "approved",
    },
    "applicant@example.org": {
        "country": "HU",
        "sector": "social",
        "role": "Social worker (sample)",
        "organisation_name": "Sample Family Support Service, Pécs",
        "outcome": "submitted",
    },
    "rejected@example.org": {
        "country": "BE",
        "sector": "other",
        "role": "Freelance journalist (sample)",
        "organisation_name": "Sample Media (sample)",
        "outcome": "rejected",
    },
}


def load(command):
    User = get_user_model()
    moderator = User.objects.filter(email="moderator@example.org").first()
    if moderator is None:
        command.stdout.write("Membership: no demo moderator, skipped.")
        return
    logins = {login.email: login for login in DEMO_LOGINS}
    created = 0
    # The demo's e-mails go to example.org addresses: they are not sent at all.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for email, sample in SAMPLES.items():
            user = User.objects.filter(email=email).first()
            if user is None or Application.objects.filter(user=user).exists():
                continue
            login = logins[email]
            organisation = None
            if sample["outcome"] == "approved":
                # Vetted experts work at a (sample) organisation of the directory
                # and get an expert entry there on approval.
                organisation = Organisation.objects.public().filter(country=sample["country"]).order_by("name").first()
            application = Application.objects.create(
                user=user,
                full_name=f"{login.first_name} {login.last_name}",
                organisation=organisation,
                organisation_name="" if organisation else sample["organisation_name"],
                create_directory_entry=organisation is not None,
                role=sample["role"],
                sector=sample["sector"],
                country=sample["country"],
                professional_email=email,
                referee_kind=Application.RefereeKind.SUPERVISOR,
                referee_name="Sam Supervisor (sample)",
                referee_email="supervisor@example.org",
                motivation="I work with victims of trafficking and want to cooperate across borders. (sample)",
            )
            application.submit(by=user)
            if sample["outcome"] == "approved":
                application.approve(by=moderator)
            elif sample["outcome"] == "rejected":
                application.reject(
                    by=moderator,
                    reason="The platform is for professionals who assist victims. (sample)",
                )
            created += 1
    command.stdout.write(f"Membership: {created} demo application(s) created.")
