"""One exception hierarchy for newsprism.

Every error names the input it concerns and says what was wrong and what to do; the CLI turns
these into one line on stderr (no traceback) and the web API into one JSON shape.
"""
from __future__ import annotations


class NewsprismError(Exception):
    """Base of every error newsprism raises on purpose."""

    http_status = 500

    def __init__(self, message: str, *, input: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.input = input

    def __str__(self) -> str:
        return f"{self.input}: {self.message}" if self.input else self.message

    def to_dict(self) -> dict:
        return {"error": type(self).__name__, "message": self.message, "input": self.input,
                "status": self.http_status}


class UsageError(NewsprismError):
    """A command or option was given wrong values."""

    http_status = 400


class InputError(NewsprismError):
    """An input could not be read as an article (binary, empty, undecodable, malformed)."""

    http_status = 422


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingInput(InputError):
    pass


class MalformedInput(InputError):
    pass


class TooLargeInput(InputError):
    pass


class NotFound(NewsprismError):
    http_status = 404


class StoreError(NewsprismError):
    """The database could not be opened or written."""

    http_status = 500


__all__ = [
    "NewsprismError", "UsageError", "InputError", "EmptyInput", "BinaryInput", "EncodingInput",
    "MalformedInput", "TooLargeInput", "NotFound", "StoreError",
]
