"""`__in` on an integer column leaves out values the column cannot hold.

Django 5.2 already answers "no row" for `=`, `<` and `>` with an out-of-range integer
(IntegerFieldOverflow), but not for `__in`: the value reaches the driver, and SQLite
raises OverflowError, PostgreSQL a DataError. Forms and filters look choices up with
`pk__in` (ModelMultipleChoiceField, django-filter), so a hostile `?group=9999…9` in an
admin filter or a posted form answered 500. Such a value can match no row, so dropping
it gives the same result the database would give if it could compare it.
"""

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            internal_type = self.lhs.output_field.get_internal_type()
            low, high = connection.ops.integer_field_range(internal_type)
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int) or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)
