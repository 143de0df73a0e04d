#!/usr/bin/env python3
"""Writes layout variants of scored text documents, each beside a copy of its gold file.

usage: layout_variants.py OUT DIR...

Every text document of each DIR (one with a NAME.gold.json whose source is a .txt) is written under
OUT/<variant>/ once per variant. A variant changes the layout only, never the words, so the gold file
still holds: the question starts are compared with whitespace removed and NFKC-folded.
"""
import json, os, re, shutil, sys


def flattened(text):
    # A page saved as one line: every line break (and the blank lines) becomes one space.
    return re.sub(r'\s*\n\s*', ' ', text)


def hard_wrapped(text, width=38):
    # A PDF's text layer: long lines cut at a fixed width, anywhere, even inside a word or a number.
    out = []
    for line in text.split('\n'):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return '\n'.join(out)


def full_width_digits(text):
    # Typeset Chinese documents number with full-width digits and points (１．).
    return re.sub(r'[0-9.]', lambda m: chr(ord(m.group()) + 0xFEE0), text)


VARIANTS = {
    'crlf': lambda t: t.replace('\r\n', '\n').replace('\n', '\r\n'),
    'blank-lines-doubled': lambda t: t.replace('\n', '\n\n'),
    'blank-lines-removed': lambda t: re.sub(r'\n\s*\n+', '\n', t),
    'indented': lambda t: '\n'.join('\u3000\u3000' + l if l.strip() else l for l in t.split('\n')),
    'full-width-digits': full_width_digits,
    'flattened': flattened,
    'hard-wrapped': hard_wrapped,
}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = sys.argv[1]
    for folder in sys.argv[2:]:
        for name in sorted(os.listdir(folder)):
            if not name.endswith('.gold.json'):
                continue
            gold = json.load(open(os.path.join(folder, name), encoding='utf-8'))
            source = gold.get('source_file') or name[:-len('.gold.json')] + '.txt'
            if not source.endswith('.txt'):
                continue
            text = open(os.path.join(folder, source), encoding='utf-8', errors='replace').read()
            for variant, change in VARIANTS.items():
                target = os.path.join(out, variant)
                os.makedirs(target, exist_ok=True)
                with open(os.path.join(target, source), 'w', encoding='utf-8', newline='') as f:
                    f.write(change(text))
                shutil.copy(os.path.join(folder, name), os.path.join(target, name))


if __name__ == '__main__':
    main()
