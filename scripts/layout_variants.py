#!/usr/bin/env python3
"""Writes layout variants of scored text documents, each beside a copy of its gold file.

usage: layout_variants.py OUT DIR...

Every text document of each DIR (one with a NAME.gold.json whose source is a .txt) is written under
OUT/<variant>/ once per variant. A layout variant changes the layout only, never the words, so the gold file
still holds: the question starts are compared with whitespace removed and NFKC-folded. The script variant
(traditional characters) changes the words, and its gold file is converted with them.
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


def page_wrapped(text, width=80):
    # A PDF's text layer as a typesetter fills lines: a line holds about `width` columns (a Chinese character
    # takes two); Latin text breaks between words, Chinese between any two characters.
    out = []
    for line in text.split('\n'):
        while columns(line) > width:
            cut, used = 0, 0
            while cut < len(line) and used + columns(line[cut]) <= width:
                used += columns(line[cut]); cut += 1
            space = line.rfind(' ', 0, cut + 1)
            if line[cut].isascii() and line[cut - 1].isascii() and space > 0:
                cut = space
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip(' ')
        out.append(line)
    return '\n'.join(out)


def columns(text):
    return sum(2 if ord(c) >= 0x1100 else 1 for c in text)


def full_width_digits(text):
    # Typeset Chinese documents number with full-width digits and points (１．).
    return re.sub(r'[0-9.]', lambda m: chr(ord(m.group()) + 0xFEE0), text)


_TRADITIONAL = None


def traditional(text):
    # The same document in traditional characters (OpenCC's table, first candidate), as Taiwan and Hong Kong
    # sites serve it; the gold file is converted the same way.
    global _TRADITIONAL
    if _TRADITIONAL is None:
        table = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'QuestionExtract.Core', 'Data', 'opencc', 'STCharacters.txt')
        _TRADITIONAL = {}
        for line in open(table, encoding='utf-8'):
            if line.startswith('#') or '\t' not in line:
                continue
            simplified, candidates = line.rstrip('\n').split('\t', 1)
            _TRADITIONAL[ord(simplified)] = candidates.split(' ')[0]
    return text.translate(_TRADITIONAL)


def converted_gold(gold, change):
    copy = json.loads(json.dumps(gold))
    for key in ('title',):
        if isinstance(copy.get(key), str):
            copy[key] = change(copy[key])
    copy['boilerplate_samples'] = [change(b) for b in copy.get('boilerplate_samples', [])]
    for q in copy.get('questions', []):
        for key in ('q_start', 'a_start'):
            if isinstance(q.get(key), str):
                q[key] = change(q[key])
    return copy


# Variants whose words change too, so their gold file is converted with them.
GOLD_CHANGING = {'traditional': traditional}

VARIANTS = {
    'crlf': lambda t: t.replace('\r\n', '\n').replace('\n', '\r\n'),
    'blank-lines-doubled': lambda t: t.replace('\n', '\n\n'),
    'blank-lines-removed': lambda t: re.sub(r'\n\s*\n+', '\n', t),
    'indented': lambda t: '\n'.join('\u3000\u3000' + l if l.strip() else l for l in t.split('\n')),
    'full-width-digits': full_width_digits,
    'flattened': flattened,
    'hard-wrapped': hard_wrapped,
    'page-wrapped': page_wrapped,
    'traditional': traditional,
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
            # Read as it is (line ends kept, no replacement characters), so a variant changes only its layout.
            try:
                with open(os.path.join(folder, source), encoding='utf-8', newline='') as f:
                    text = f.read()
            except UnicodeDecodeError:
                print(f'layout_variants: {source}: not UTF-8, left out', file=sys.stderr)
                continue
            for variant, change in VARIANTS.items():
                target = os.path.join(out, variant)
                os.makedirs(target, exist_ok=True)
                with open(os.path.join(target, source), 'w', encoding='utf-8', newline='') as f:
                    f.write(change(text))
                if variant in GOLD_CHANGING:
                    with open(os.path.join(target, name), 'w', encoding='utf-8') as f:
                        json.dump(converted_gold(gold, change), f, ensure_ascii=False)
                else:
                    shutil.copy(os.path.join(folder, name), os.path.join(target, name))


if __name__ == '__main__':
    main()
