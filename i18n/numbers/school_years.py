"""A school year by its grade: American English counts grades 1 to 12 across schools ("Grade 9",
"9th grade"), Japanese counts the years of each school ("中学3年生", the third year of junior high,
is grade 9; "高校1年", grade 10). The translation's year is read as the grade the source names.
"""

from __future__ import annotations

import re

_GRADE_RE = re.compile(r"(?i)\bgrades?[\x20\u00a0]+(?P<n>\d{1,2})\b(?:[\x20\u00a0]*(?:-|–|to|through|and)[\x20\u00a0]*"
                       r"(?P<m>\d{1,2})\b)?|\b(?P<o>\d{1,2})(?:st|nd|rd|th)[\x20\u00a0\-]+grade\b")
# The school and the year in it, or a range of its years: 小学 (grades 1-6), 中学 (7-9), 高校 (10-12).
_SCHOOL_YEAR_RE = re.compile(r"(?P<school>小学校?|中学校?|高校|高等学校)(?P<y>[1-6１-６])(?:(?P<to>[～〜~\-–])(?P<z>[1-6１-６]))?年")
_FIRST_GRADE_OF = {"小": 1, "中": 7, "高": 10}
_FULL_WIDTH = str.maketrans("１２３４５６", "123456")


def school_years_as_grades(source: str, target: str) -> str:
    """`target` with each school year of a grade the source names written as that grade: "Grade 9" /
    "中学3年生" reads "中学9年生" (its number compared as 9), "grades 7 to 9" / "中学1～3年生" reads
    "中学7～9年生"."""
    grades = {int(grade) for found in _GRADE_RE.finditer(source) for grade in (found["n"] or found["o"], found["m"])
              if grade}
    if not grades:
        return target

    def as_grade(found: re.Match[str]) -> str:
        first = _FIRST_GRADE_OF[found["school"][0]] - 1
        years = [int(year.translate(_FULL_WIDTH)) for year in (found["y"], found["z"]) if year]
        if any(first + year not in grades or first == 0 for year in years):
            return found.group()
        written = [str(first + year) for year in years]
        return f"{found['school']}{written[0]}" + (f"{found['to']}{written[1]}" if found["z"] else "") + "年"

    return _SCHOOL_YEAR_RE.sub(as_grade, target)
