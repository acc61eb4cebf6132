"""A school year by its grade: American English counts grades 1 to 12 across schools ("Grade 9",
"9th grade"), Japanese counts the years of each school ("中学3年生", the third year of junior high,
is grade 9; "高校1年", grade 10). The translation's year is read as the grade the source names.
"""

from __future__ import annotations

import re

_GRADE_RE = re.compile(r"(?i)\bgrades?[\x20\u00a0]+(?P<n>\d{1,2})\b|\b(?P<o>\d{1,2})(?:st|nd|rd|th)[\x20\u00a0\-]+grade\b")
# The school and the year in it: 小学 (grades 1-6), 中学 (7-9), 高校 (10-12).
_SCHOOL_YEAR_RE = re.compile(r"(?P<school>小学校?|中学校?|高校|高等学校)(?P<y>[1-6１-６])年")
_FIRST_GRADE_OF = {"小": 1, "中": 7, "高": 10}


def school_years_as_grades(source: str, target: str) -> str:
    """`target` with each school year of a grade the source names written as that grade: "Grade 9" /
    "中学3年生" reads "中学9年生" (its number compared as 9)."""
    grades = {int(found["n"] or found["o"]) for found in _GRADE_RE.finditer(source)}
    if not grades:
        return target

    def as_grade(found: re.Match[str]) -> str:
        year = int(found["y"].translate(str.maketrans("１２３４５６", "123456")))
        grade = _FIRST_GRADE_OF[found["school"][0]] + year - 1
        if grade not in grades or grade == year:
            return found.group()
        return f"{found['school']}{grade}年"

    return _SCHOOL_YEAR_RE.sub(as_grade, target)
