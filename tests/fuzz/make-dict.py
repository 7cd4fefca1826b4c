#!/usr/bin/env python3
"""make-dict.py -- a libFuzzer dictionary from an exchange format's XSD.

Usage: make-dict.py SCHEMA.xsd [SCHEMA.xsd...] OUTPUT.dict

Every element as "<name" and "</name>", every attribute as ' name="', every
enumerated value, the namespace and the bits of XML a fuzzer is slow to
guess: enough for it to write files the importer reads past the first
element.  Built by meson from data/konkurs-KIND.xsd, so a new format's
dictionary comes with its schema.
"""
import sys
import xml.etree.ElementTree as ET

XS = '{http://www.w3.org/2001/XMLSchema}'
EXTRA = ['<?xml version="1.0" encoding="UTF-8"?>', ' xml:lang="kk"', ' xml:lang="ru"',
         ' version="1"', ' version="2"', '2025-03-03', '900315300172', '&amp;', '<![CDATA[',
         ']]>', '<!--', '-->', '/>', '">', ' encoding="ISO-8859-1"', '\u0301', '\u202e', '\u200b']


def escape(text):
    out = []
    for byte in text.encode('utf-8'):
        char = chr(byte)
        if char in '"\\' or byte < 0x20 or byte >= 0x7f:
            out.append('\\x%02X' % byte)
        else:
            out.append(char)
    return ''.join(out)


def schema_words(root):
    words = ['xmlns="%s"' % root.get('targetNamespace')]
    for node in root.iter(XS + 'element'):
        if node.get('name'):
            words += ['<' + node.get('name'), '</' + node.get('name') + '>']
    for node in root.iter(XS + 'attribute'):
        if node.get('name'):
            words.append(' %s="' % node.get('name'))
    for node in root.iter(XS + 'enumeration'):
        words.append(node.get('value'))
    return words


def main():
    schemas, output = sys.argv[1:-1], sys.argv[-1]
    words = []
    for schema in schemas:
        words += schema_words(ET.parse(schema).getroot())
    words += EXTRA
    seen = set()
    with open(output, 'w', encoding='ascii') as out:
        for word in words:
            if word and word not in seen:
                seen.add(word)
                out.write('"%s"\n' % escape(word))


if __name__ == '__main__':
    main()
