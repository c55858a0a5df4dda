#!/usr/bin/env python
"""Rewrites the awscli-moto set's responses/<name>.json with every object's keys in the order of
botocore's output shape, which is the order botocore's parsers insert them into the dict.

    VENV/bin/python scripts/capture/botocore_shape_order.py OUT

Run by awscli-moto.sh with the Python of the awscli the set is captured with (1.18.147 on Python
2.7 prints its keys in Python 2's dict order, which is not the insertion order; labrun's renderer
starts from the insertion order, as botocore does). Keys the shape does not know keep their
place after the known ones. Not run in CI.
"""
from __future__ import print_function

import collections
import io
import json
import os
import sys

import botocore.session
from botocore import xform_name

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "..", "..", "Tests", "ShellTests", "Resources", "captures", "awscli-moto",
                        "manifest.json")
SERVICES = {"s3api": "s3"}


def ordered(value, shape):
    if shape is None:
        return value
    if shape.type_name == "structure" and isinstance(value, dict):
        result = collections.OrderedDict()
        for name, member in shape.members.items():
            if name in value:
                result[name] = ordered(value[name], member)
        for name in value:
            if name not in result:
                result[name] = value[name]
        return result
    if shape.type_name == "list" and isinstance(value, list):
        return [ordered(item, shape.member) for item in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return collections.OrderedDict((k, ordered(v, shape.value)) for k, v in value.items())
    return value


def main():
    out = sys.argv[1]
    session = botocore.session.get_session()
    with io.open(MANIFEST, encoding="utf-8") as handle:
        manifest = json.load(handle)
    for response in manifest["responses"]:
        words = response["command"].split()
        service = SERVICES.get(words[1], words[1])
        model = session.get_service_model(service)
        operations = dict((xform_name(name, "-"), name) for name in model.operation_names)
        shape = model.operation_model(operations[words[2]]).output_shape
        path = os.path.join(out, "responses", response["name"] + ".json")
        with io.open(path, encoding="utf-8") as handle:
            value = json.load(handle)
        text = json.dumps(ordered(value, shape), indent=4, separators=(",", ": "), ensure_ascii=False)
        with io.open(path, "w", encoding="utf-8") as handle:
            handle.write(u"%s\n" % text)
    print("ordered", len(manifest["responses"]), "responses in", out, file=sys.stderr)


if __name__ == "__main__":
    main()
