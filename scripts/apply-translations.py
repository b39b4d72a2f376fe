#!/usr/bin/env python3
"""Copies finished translations from one .ts file into another.

Usage: apply-translations.py FROM.ts INTO.ts [FIX=TEXT ...]

For every message of INTO that is unfinished, the message with the same
context, source and comment in FROM gives its translation when that one is
finished. Used to bring translations made on a copy back after lupdate has
run again on the tree. Run lupdate afterwards to restore its formatting.
"""
import sys
import xml.etree.ElementTree as E


def key(ctx, m):
    c = m.find('comment')
    return (ctx, m.findtext('source'), c.text if c is not None else None)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    done = {}
    for ctx in E.parse(src).getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            tr = m.find('translation')
            if tr is not None and tr.get('type') is None and (tr.text or len(tr)):
                done[key(name, m)] = tr
    tree = E.parse(dst)
    copied = 0
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            tr = m.find('translation')
            if tr is None or tr.get('type') != 'unfinished':
                continue
            good = done.get(key(name, m))
            if good is None:
                continue
            m.remove(tr)
            new = E.fromstring(E.tostring(good))
            new.tail = tr.tail
            m.append(new)
            copied += 1
    tree.write(dst, encoding='utf-8', xml_declaration=True)
    print(f'{dst}: {copied} translations copied')


if __name__ == '__main__':
    main()
