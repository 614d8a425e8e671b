from django.core.management.base import BaseCommand

from accounts.demo import DEMO_LOGINS, mfa_hint_lines


class Command(BaseCommand):
    help = "Print the demo accounts that load_demo_content creates."

    def handle(self, *args, **options):
        self.stdout.write("\nDemo logins (local demo only; sign in at http://127.0.0.1:8000/en/accounts/login/):")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:<28} {login.email:<36} password: {login.password}")
        for line in mfa_hint_lines():
            self.stdout.write(f"  {line}")
        self.stdout.write("")
