"""Who last held a role word: a bare role ('le ministre', 'الوزير', 'Ο διοικητής') goes to the
person last introduced with it. Moved out of ml_claims (session 16)."""
from __future__ import annotations

import re

from ..records import Speaker
from . import ml_lexicon as L
from .ml_marks import words
from .ml_role_link import ROLE_OF

_APPOSED = re.compile(r"\s*[,،]\s*")


def _claims():
    from . import ml_claims
    return ml_claims


def role_key(w: str) -> str:
    return _claims().role_key(w)


def named(text: str, ent, ms: int, me: int) -> Speaker:
    return _claims().named(text, ent, ms, me)


def recent_holder(text: str, index, role: str, lang: str, before: int) -> Speaker | None:
    """The person last introduced with this role word before `before` ("le ministre X",
    "وزير الفلاحة أحمد البواري"): a bare role goes to its latest holder, not its first."""
    key = role_key(role)
    for ms, me, ent in reversed(index.within(max(0, before - 900), before)):
        if ent.type != "PERSON":
            continue
        ctx = text[max(0, ms - 80):ms]
        ctx = ctx[max(ctx.rfind("\n"), ctx.rfind("."), ctx.rfind(","), ctx.rfind("،"), -1) + 1:]
        hit = [b for a, b in words(ctx)[-6:] if same_role(role_key(_title_key(ctx[a:b])), key)]
        if hit and ROLE_OF.fullmatch(ctx, hit[-1]):
            # 'Ο διοικητής της 7ης Υγειονομικής Περιφέρειας, Μανώλης Κουκουράκης': what the
            # role is of, typed a person; the holder is the name set off after it, if any
            after = [r for r in index.within(me, me + 4) if r[2].type == "PERSON"
                     and _APPOSED.fullmatch(text, me, r[0])]
            if after:
                return named(text, after[0][2], after[0][0], after[0][1])
            continue
        if hit:
            return named(text, ent, ms, me)
    return None


def same_role(w: str, key: str) -> bool:
    """'bakanı' and 'bakan', 'ministra' and 'ministro' name one role."""
    return w == key or len(key) >= 4 and (w.startswith(key) and len(w) <= len(key) + 2
                                          or w[:-1] == key[:-1] and len(w) == len(key))


def _title_key(w: str) -> str:
    f = L.fold(w).replace("’", "'")
    return f.rsplit("'", 1)[-1]


__all__ = ["recent_holder", "same_role"]
