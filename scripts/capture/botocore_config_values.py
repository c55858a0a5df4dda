#!/usr/bin/env python
"""Captures how botocore 1.18.6 (awscli 1.18.147, Python 2.7: the versions labrun claims) reads
values from an awscli config file, for config texts that differ in the ways INI files differ:
line ends, separators, case, comments, indentation, repeated keys and sections, profiles.
Writes Tests/ShellTests/Resources/captures/botocore-config/values.json.

    pip install --target DIR awscli==1.18.147      # under Python 2.7.18
    PYTHONPATH=DIR python2.7 scripts/capture/botocore_config_values.py [OUT.json]

Each case is written to a file and read with botocore.configloader.raw_config_parse, the reader
behind every `aws` call; the capture keeps, for each section and key asked, the string botocore
gives (null when it has none), or the error when botocore refuses the whole file. Nothing here
touches the network. Not run in CI.
"""
import io
import json
import os
import sys
import tempfile

import botocore
import botocore.configloader
import botocore.exceptions

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(REPO, "Tests/ShellTests/Resources/captures/botocore-config/values.json")

# (name, config text, [(section, key)]): the sections as the config file names them.
CASES = [
    ("course", u"[default]\nregion = ap-northeast-2\n", [("default", "region")]),
    ("no-final-newline", u"[default]\nregion=us-east-1", [("default", "region")]),
    ("crlf", u"[default]\r\nregion = eu-west-1\r\n", [("default", "region")]),
    ("upper-case-key", u"[default]\nREGION = us-west-2\n", [("default", "region")]),
    ("colon", u"[default]\nregion: ap-south-1\n", [("default", "region")]),
    ("repeated-key", u"[default]\nregion = a\nregion = b\n", [("default", "region")]),
    ("comments", u"# first\n[default]\n; region = x\n# region = z\nregion = y\n", [("default", "region")]),
    ("profiles", u"[profile dev]\nregion = x\n[default]\nregion = y\n",
     [("default", "region"), ("profile dev", "region"), ("dev", "region")]),
    ("inline-semicolon", u"[default]\nregion = us-east-1 ; comment\n", [("default", "region")]),
    ("inline-semicolon-tight", u"[default]\nregion = us-east-1;comment\n", [("default", "region")]),
    ("inline-hash", u"[default]\nregion = us-east-1 # comment\n", [("default", "region")]),
    ("nested-before", u"[default]\ns3 =\n    addressing_style = path\nregion = x\n",
     [("default", "region"), ("default", "addressing_style")]),
    ("spaced-header", u"[ default ]\nregion = x\n", [("default", "region"), (" default ", "region")]),
    ("empty-value", u"[default]\nregion =\n", [("default", "region")]),
    ("quoted-value", u"[default]\nregion = \"quoted\"\n", [("default", "region")]),
    ("repeated-section", u"[default]\nregion = x\noutput = json\n[default]\nregion = y\n",
     [("default", "region"), ("default", "output")]),
    ("section-without-key", u"[default]\nregion = x\n[profile dev]\n", [("profile dev", "region")]),
    ("non-ascii", u"[default]\nregion = \ud55c\uad6d\n", [("default", "region")]),
    ("spaces-around", u"[default]\n   \nregion   =    spaced    \n", [("default", "region")]),
    ("key-with-space", u"[default]\nregion name = x\n", [("default", "region name"), ("default", "region")]),
    ("equals-in-value", u"[default]\nregion = a=b\n", [("default", "region")]),
    ("colon-then-equals", u"[default]\nregion: a=b\n", [("default", "region")]),
    ("sts", u"[default]\nregion = us-east-1\nsts_regional_endpoints = regional\n",
     [("default", "sts_regional_endpoints")]),
    ("missing-section", u"[profile dev]\nregion = x\n", [("default", "region")]),
    ("empty-file", u"", [("default", "region")]),
    ("key-before-section", u"region = x\n[default]\nregion = y\n", [("default", "region")]),
    ("indented-first-key", u"[default]\n  region = indented\n", [("default", "region")]),
    ("tab-continuation", u"[default]\nregion = x\n\tmore\n", [("default", "region")]),
    ("header-with-trailer", u"[default] # comment\nregion = x\n", [("default", "region")]),
    ("lowercase-header", u"[DEFAULT]\nregion = x\n", [("default", "region"), ("DEFAULT", "region")]),
    ("defaults-section", u"[DEFAULT]\nregion = x\noutput = text\n[default]\noutput = json\n[profile p]\n",
     [("default", "region"), ("default", "output"), ("profile p", "region"), ("profile q", "region")]),
    ("two-double-quotes", u"[default]\nregion = \"\"\n", [("default", "region")]),
    ("rem-comments", u"[default]\nrem region = x\nREM = y\nremark = z\nregion = w\n",
     [("default", "region"), ("default", "rem"), ("default", "remark")]),
    ("indented-comment-continues", u"[default]\nregion = x\n # not a comment\n", [("default", "region")]),
    ("continuation-after-blank", u"[default]\nregion = x\n\n  more\noutput = json\n",
     [("default", "region"), ("default", "output")]),
    ("blank-continuation", u"[default]\nregion = x\n   \n\t\n", [("default", "region")]),
    ("semicolon-first", u"[default]\nregion = ;x\n", [("default", "region")]),
    ("semicolon-first-crlf", u"[default]\r\nregion = ;x\r\n", [("default", "region")]),
    ("second-semicolon", u"[default]\nregion = a;b ;c\n", [("default", "region")]),
    ("tab-semicolon", u"[default]\nregion = a\t;c\n", [("default", "region")]),
    ("spaced-key", u"[default]\nregion\t  = x\n", [("default", "region")]),
    ("nested-asked", u"[default]\ns3 =\n    addressing_style = path\n", [("default", "s3")]),
    ("reassigned-drops-continuation", u"[default]\nregion = x\n  more\nregion = y\n", [("default", "region")]),
    ("merged-sections-continue", u"[default]\nregion = x\n[profile p]\nregion = p\n[default]\n  more\n",
     [("default", "region"), ("profile p", "region")]),
    ("header-bracket-inside", u"[a=b]\nregion = x\n", [("a=b", "region")]),
    ("vertical-tab-strip", u"[default]\nregion = x\x0b\x0c\n", [("default", "region")]),
    ("non-ascii-key-case", u"[default]\nR\u00c9GION = x\nREGION = y\n", [("default", u"r\u00c9gion".encode("utf-8")), ("default", "region")]),
    # Files Python 2.7's RawConfigParser refuses (MissingSectionHeaderError, ParsingError), and
    # near misses it reads.
    ("no-separator", u"[default]\nregion x\n", [("default", "region")]),
    ("unclosed-header", u"[default\nregion = x\n", [("default", "region")]),
    ("unclosed-header-later", u"[default]\nregion = x\n[profile p\n", [("default", "region")]),
    ("empty-header", u"[]\nregion = x\n", [("default", "region")]),
    ("empty-header-later", u"[default]\nregion = x\n[]\n", [("default", "region")]),
    ("equals-first", u"[default]\n= x\n", [("default", "region")]),
    ("colon-first", u"[default]\n: x\n", [("default", "region")]),
    ("indented-header", u"  [default]\nregion = x\n", [("default", "region")]),
    ("indented-header-later", u"[default]\nregion = x\n  [profile p]\n", [("default", "region")]),
    ("indented-after-header", u"[default]\nregion = x\n[profile p]\n  region = y\n",
     [("default", "region"), ("profile p", "region")]),
    ("comment-before-section", u"; note\n# note\n\n[default]\nregion = x\n", [("default", "region")]),
    ("rem-before-section", u"rem note\n[default]\nregion = x\n", [("default", "region")]),
    ("crlf-no-separator", u"[default]\r\nregion\r\n", [("default", "region")]),
    ("only-comments", u"# a\n; b\n", [("default", "region")]),
    ("bad-line-then-good", u"[default]\nnot a setting\nregion = x\n", [("default", "region")]),
    ("header-then-text", u"[default]garbage\nregion = x\n", [("default", "region")]),
    ("defaults-then-indented", u"[DEFAULT]\n  x = y\n", [("default", "region")]),
    # Values that open with a line feed are nested blocks, which botocore splits at `=`
    # (configloader._parse_nested): a line without one refuses the file.
    ("nested-without-equals", u"[default]\ns3 =\n  addressing_style path\n", [("default", "region")]),
    ("nested-with-colon", u"[default]\ns3 =\n  addressing_style: path\n", [("default", "region")]),
    ("empty-then-continued", u"[default]\nregion =\n  us-east-1\n", [("default", "region")]),
    ("nested-reassigned", u"[default]\ns3 =\n  bad\ns3 = fine\n", [("default", "s3")]),
    ("nested-in-defaults-only", u"[DEFAULT]\ns3 =\n  bad\n", [("default", "region")]),
    ("nested-in-defaults-with-section", u"[DEFAULT]\ns3 =\n  bad\n[default]\nregion = x\n", [("default", "region")]),
    ("nested-in-defaults-overridden", u"[DEFAULT]\ns3 =\n  bad\n[default]\ns3 = fine\n", [("default", "s3")]),
    ("nested-good", u"[default]\ns3 =\n  addressing_style = path\n  x=y\nregion = r\n", [("default", "region")]),
    ("nested-key-case", u"[default]\nS3 =\n  bad\ns3 = fine\n", [("default", "s3")]),
]


def capture():
    results = []
    folder = tempfile.mkdtemp()
    for name, text, asked in CASES:
        path = os.path.join(folder, name)
        with io.open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        entry = {"name": name, "text": text}
        try:
            parsed = botocore.configloader.raw_config_parse(path)
        except botocore.exceptions.ConfigParseError as error:
            entry["error"] = type(error).__name__
            results.append(entry)
            continue
        values = []
        for section, key in asked:
            value = parsed.get(section, {}).get(key)
            # Python 2 keeps the file's keys as bytes; a non-ASCII key is asked and written as UTF-8.
            if isinstance(key, bytes):
                key = key.decode("utf-8")
            record = {"section": section, "key": key}
            if value is not None and not isinstance(value, (str, type(u""))):
                # A nested block (`s3 =` and indented lines) is a dict, not a string.
                record["nested"] = True
                value = None
            if isinstance(value, bytes):
                value = value.decode("utf-8")
            record["value"] = value
            values.append(record)
        entry["values"] = values
        results.append(entry)
    return {"tool": "botocore/" + botocore.__version__ + " Python/" + sys.version.split()[0], "cases": results}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else TARGET
    document = capture()
    text = json.dumps(document, indent=2, separators=(",", ": "), sort_keys=True, ensure_ascii=False)
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    with io.open(out, "w", encoding="utf-8") as handle:
        handle.write(text + u"\n")


if __name__ == "__main__":
    main()
