"""The one error type for domain failures.

Services raise ``DomainError`` with a message for the user (translated) and, where it belongs to one form
field, that field's name. Views and forms turn it into a form error or a message; nothing is saved.
"""


class DomainError(Exception):
    def __init__(self, message, *, field: str | None = None, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.code = code
