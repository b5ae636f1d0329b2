"""Scenarios from a file, a TOML string or keyword arguments.

Keyword arguments are written out as TOML and parsed by the one C++ scenario parser, so a keyword scenario is
validated exactly like a file and its errors name the same fields (``person.age_years``, ``simulation.horizon_years``).
"""

import math
import os

from . import _trichosim

Scenario = _trichosim.Scenario

_TOP = ("name", "description", "seed")
_PERSON = ("sex", "age_years", "ethnicity", "family_history", "predisposition", "androgen_level",
           "menopause_age_years")
_SIMULATION = ("horizon_years", "observe_years", "observe_every_years")
_KEYWORDS = _TOP + _PERSON + _SIMULATION + ("parameters", "events")


def _toml_value(value, field):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(c if c >= " " or c == "\t" else "\\u%04x" % ord(c) for c in escaped)
        return '"' + escaped + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v, field) for v in value) + "]"
    try:  # NumPy scalars and other numbers
        return _toml_value(float(value), field)
    except (TypeError, ValueError):
        raise ValueError("%s = %r: must be a number, text, true/false or a list" % (field, value)) from None


def _toml_key(key):
    return '"' + str(key).replace("\\", "\\\\").replace('"', '\\"') + '"'


def scenario_toml(**fields):
    """The TOML text of a scenario given as keyword arguments (see ``scenario``)."""
    unknown = sorted(set(fields) - set(_KEYWORDS))
    if unknown:
        raise ValueError("%s: unknown keyword; accepted keywords are %s" % (unknown[0], ", ".join(_KEYWORDS)))
    lines = ['format = "trichosim-scenario/1"']
    lines += ["%s = %s" % (k, _toml_value(fields[k], k)) for k in _TOP if k in fields]
    lines.append("[person]")
    lines += ["%s = %s" % (k, _toml_value(fields[k], "person." + k)) for k in _PERSON if k in fields]
    lines.append("[simulation]")
    lines += ["%s = %s" % (k, _toml_value(fields[k], "simulation." + k)) for k in _SIMULATION if k in fields]
    parameters = fields.get("parameters") or {}
    if not isinstance(parameters, dict):
        raise ValueError("parameters: must be a dict of registry key -> number")
    if parameters:
        lines.append("[parameters]")
        lines += ["%s = %s" % (_toml_key(k), _toml_value(v, "parameters." + str(k))) for k, v in parameters.items()]
    for i, event in enumerate(fields.get("events") or []):
        if not isinstance(event, dict):
            raise ValueError("events[%d]: must be a dict with a 'type' and the event's fields" % i)
        lines.append("[[events]]")
        lines += ["%s = %s" % (_toml_key(k), _toml_value(v, "events[%d].%s" % (i, k))) for k, v in event.items()]
    return "\n".join(lines) + "\n"


def scenario(path=None, *, toml=None, **fields):
    """A validated scenario from a file path, a TOML string, or keyword arguments.

    >>> s = scenario("examples/man_25_strong_family_history.toml")
    >>> s = scenario(toml=open("examples/woman_50_postmenopause.toml").read())
    >>> s = scenario(sex="male", age_years=25, family_history="strong", horizon_years=20)

    Keywords: name, description, seed; person fields sex, age_years, ethnicity, family_history, predisposition,
    androgen_level, menopause_age_years; horizon_years, observe_years or observe_every_years; parameters (dict of
    registry key -> value); events (list of dicts, each with a "type"). Bad input raises ValueError naming the
    field, the value and the allowed range.
    """
    given = sum(x is not None for x in (path, toml)) + (1 if fields else 0)
    if given != 1:
        raise ValueError("scenario: give exactly one of a path, toml=TEXT or keyword fields")
    if path is not None:
        return _trichosim.load_scenario(os.fspath(path))
    if toml is not None:
        return _trichosim.parse_scenario(toml, "<toml>")
    return _trichosim.parse_scenario(scenario_toml(**fields), "<keywords>")


def as_scenario(path_or_scenario):
    """A Scenario as is; a str holding a newline as TOML text; any other str or os.PathLike as a file path."""
    if isinstance(path_or_scenario, Scenario):
        return path_or_scenario
    if isinstance(path_or_scenario, str) and "\n" in path_or_scenario:
        return scenario(toml=path_or_scenario)
    if isinstance(path_or_scenario, (str, os.PathLike)):
        return scenario(path_or_scenario)
    raise ValueError("scenario: expected a file path, TOML text or a trichosim.Scenario, got %s"
                     % type(path_or_scenario).__name__)
