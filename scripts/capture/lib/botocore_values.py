"""Values as botocore hands them to awscli on Python 2, shared by the capture scripts that feed
awscli's formatters and jmespath hand-made responses (awscli_formatter.py, jmespath_python.py)."""
import sys


def as_parsed(value):
    """The value as botocore's XML parsers hand it over on Python 2: ASCII text values as byte
    strings (`str`), keys as the model's `unicode` names. On Python 3 both are `str` anyway.
    Dicts were already built by `parsed_object` (json's object hook, in file order)."""
    if isinstance(value, list):
        return [as_parsed(item) for item in value]
    if sys.version_info[0] == 2 and isinstance(value, type(u"")):
        try:
            return value.encode("ascii")
        except UnicodeEncodeError:
            return value
    return value


def parsed_object(pairs):
    """A plain dict filled in the file's order, as botocore's parser fills one in shape order."""
    result = {}
    for key, item in pairs:
        result[key] = as_parsed(item)
    return result
