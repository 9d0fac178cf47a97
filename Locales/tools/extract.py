#!/usr/bin/env python3
"""Extract the platform's messages into Locales/gpm.pot and merge them into each Locales/<lang>.po.

Sources of messages (see Locales/README.md):
  * templates (Templates/**/*.html, and the mail parts Templates/mail/*.htm and *.txt): {{#t}}text{{/t}},
    {{#tm}}markup{{/tm}} (not in a .txt part: plain text has no markup), {{#tn}}singular|plural{{/tn}};
    a leading "[context]" gives a msgctxt; whitespace runs count as one space;
  * Swift (Sources/GPM/**/*.swift): .t("text"), .t("text", context: "ctx"), .tn("singular", "plural", ...),
    string literals only (an interpolation \\( is refused).

Usage:
  extract.py                      extract, write gpm.pot, merge into every <lang>.po (msgmerge semantics:
                                  translations kept, new messages empty, a close former message's
                                  translation proposed as fuzzy, vanished messages kept as obsolete #~)
  extract.py --check              exit 1 if gpm.pot or a .po file is not up to date (CI, tests)
  extract.py --untranslated fr [--only Templates/pages/cities]
                                  list fr's untranslated or fuzzy messages, optionally only those used
                                  under a folder (to split the work among translators)
"""
import argparse
import difflib
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LOCALES = os.path.join(ROOT, "Locales")
LANGUAGES = ["fr", "es"]

TEMPLATE_SECTION = re.compile(r"\{\{#(tn|tm|t)\}\}(.*?)\{\{/\1\}\}", re.S)
SWIFT_STRING = r'"((?:[^"\\\n]|\\.)*)"'
SWIFT_T = re.compile(r"\.t\(\s*" + SWIFT_STRING + r"(?:\s*,\s*context:\s*" + SWIFT_STRING + r")?")
SWIFT_TN = re.compile(r"\.tn\(\s*" + SWIFT_STRING + r"\s*,\s*" + SWIFT_STRING + r"(?:\s*,\s*count:[^,)]*)?(?:\s*,\s*context:\s*" + SWIFT_STRING + r")?")


class Message:
    def __init__(self, context, msgid, plural=None):
        self.context, self.msgid, self.plural = context, msgid, plural
        self.references = []
        self.flags = set()

    @property
    def key(self):
        return (self.context, self.msgid)


def fold(text):
    return " ".join(text.split())


def swift_unescape(text, where):
    if "\\(" in text:
        sys.exit(f"{where}: a message is a literal: no interpolation \\( — use a named placeholder {{name}}")
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


# References name the file only (xgettext's --add-location=file): a line added above a message must not
# make the catalogues stale, or every template edit would fail the check.
def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def extract():
    messages = {}

    def add(context, msgid, plural, reference, markup=False):
        message = messages.get((context, msgid))
        if message is None:
            message = messages[(context, msgid)] = Message(context, msgid, plural)
        if reference not in message.references:
            message.references.append(reference)
        if markup:
            message.flags.add("markup")
        if "{" in msgid:
            message.flags.add("placeholders")

    template_suffixes = (".html", ".htm", ".txt")
    for folder, suffixes in (("Templates", template_suffixes), ("Sources/GPM", (".swift",))):
        for directory, _, files in sorted(os.walk(os.path.join(ROOT, folder))):
            for name in sorted(files):
                if not name.endswith(suffixes):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, ROOT)
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
                if name.endswith(template_suffixes):
                    for match in TEMPLATE_SECTION.finditer(text):
                        kind, body = match.group(1), fold(match.group(2))
                        reference, where = relative, f"{relative}:{line_of(text, match.start())}"
                        context = None
                        if body.startswith("[") and "]" in body:
                            context, body = body[1:body.index("]")], body[body.index("]") + 1:].lstrip(" ")
                        if kind == "tm" and name.endswith(".txt"):
                            sys.exit(f"{where}: a plain-text part has no markup: use {{{{#t}}}}, not {{{{#tm}}}}")
                        if "{{" in body:
                            sys.exit(f"{where}: a {{{{#{kind}}}}} section holds text only; write {{name}} placeholders")
                        if kind == "tn":
                            if "|" not in body:
                                sys.exit(f"{where}: a {{{{#tn}}}} section holds 'singular|plural'")
                            singular, plural = body.split("|", 1)
                            add(context, singular, plural, reference)
                        else:
                            add(context, body, None, reference, markup=(kind == "tm"))
                else:
                    # Comment lines (documentation examples) are not messages; blanked, so line numbers hold.
                    text = re.sub(r"(?m)^[ \t]*//[^\n]*", lambda m: " " * len(m.group()), text)
                    for match in SWIFT_TN.finditer(text):
                        reference, where = relative, f"{relative}:{line_of(text, match.start())}"
                        context = swift_unescape(match.group(3), where) if match.group(3) is not None else None
                        add(context, swift_unescape(match.group(1), where), swift_unescape(match.group(2), where), reference)
                    for match in SWIFT_T.finditer(text):
                        reference, where = relative, f"{relative}:{line_of(text, match.start())}"
                        context = swift_unescape(match.group(2), where) if match.group(2) is not None else None
                        add(context, swift_unescape(match.group(1), where), None, reference)
    return list(messages.values())


# --- PO reading and writing -------------------------------------------------------------------------

def po_unescape(text):
    out, i = [], 0
    table = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(table.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def po_escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def read_po(path):
    """Returns (header comment lines, header msgstr, {key: entry dict}) of a PO file. Obsolete (`#~`) entries
    are read like the others, so their translations survive every run and come back if the message does."""
    entries, header, header_comments = {}, "", []
    if not os.path.exists(path):
        return header_comments, header, entries
    with open(path, encoding="utf-8") as handle:
        blocks = handle.read().split("\n\n")
    for block in blocks:
        lines = [line for line in block.strip("\n").split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith("#~") for line in lines):
            lines = [line[2:].lstrip(" ") for line in lines]
        entry = {"context": None, "msgid": "", "plural": None, "strings": {}, "flags": set(), "comments": []}
        field = None
        for line in lines:
            if line.startswith("#~"):
                continue
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("# ") or line == "#":
                entry["comments"].append(line)
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                value = po_unescape(line.strip()[1:-1])
                if field == "msgctxt":
                    entry["context"] += value
                elif field == "msgid":
                    entry["msgid"] += value
                elif field == "msgid_plural":
                    entry["plural"] += value
                else:
                    entry["strings"][field] += value
            else:
                keyword, _, rest = line.partition(" ")
                value = po_unescape(rest.strip()[1:-1])
                field = keyword
                if keyword == "msgctxt":
                    entry["context"] = value
                elif keyword == "msgid":
                    entry["msgid"] = value
                elif keyword == "msgid_plural":
                    entry["plural"] = value
                else:
                    entry["strings"][keyword] = value
        if entry["msgid"] == "" and entry["context"] is None:
            header, header_comments = entry["strings"].get("msgstr", ""), entry["comments"]
        else:
            entries[(entry["context"], entry["msgid"])] = entry
    return header_comments, header, entries


def quoted(keyword, text):
    if "\n" in text.rstrip("\n"):
        parts = text.split("\n")
        lines = [f'{keyword} ""'] + [f'"{po_escape(part)}\\n"' for part in parts[:-1]]
        if parts[-1]:
            lines.append(f'"{po_escape(parts[-1])}"')
        return "\n".join(lines)
    return f'{keyword} "{po_escape(text)}"'


def entry_text(message, strings, flags, comments=(), obsolete=False):
    lines = list(comments)
    if not obsolete:
        lines += [f"#: {reference}" for reference in message.references]
    shown_flags = sorted(flags - {"markup", "placeholders"})
    if "markup" in flags:
        shown_flags.append("no-c-format")
    if shown_flags:
        lines.append("#, " + ", ".join(shown_flags))
    if "markup" in flags:
        lines.insert(len(comments), "#. Markup: keep the HTML tags; the text between them is translated.")
    body = []
    if message.context is not None:
        body.append(quoted("msgctxt", message.context))
    body.append(quoted("msgid", message.msgid))
    if message.plural is not None:
        body.append(quoted("msgid_plural", message.plural))
        for index, value in enumerate(strings):
            body.append(quoted(f"msgstr[{index}]", value))
    else:
        body.append(quoted("msgstr", strings[0] if strings else ""))
    if obsolete:
        body = ["#~ " + line for part in body for line in part.split("\n")]
    return "\n".join(lines + body)


POT_HEADER = (
    "Project-Id-Version: GPM Platform\\n\"\n\"Report-Msgid-Bugs-To: secretariat@globalparliamentofmayors.org\\n\"\n"
    "\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n"
    "\"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"
)


def render_pot(messages):
    out = ["# The GPM Platform's messages, extracted by Locales/tools/extract.py: do not edit by hand.",
           'msgid ""', 'msgstr ""', '"' + POT_HEADER + '"', ""]
    for message in messages:
        strings = ["", ""] if message.plural is not None else [""]
        out.append(entry_text(message, strings, message.flags))
        out.append("")
    return "\n".join(out)


def render_po(messages, path):
    header_comments, header, old = read_po(path)
    nplurals = 2
    found = re.search(r"nplurals\s*=\s*(\d+)", header)
    if found:
        nplurals = int(found.group(1))
    out = header_comments + ['msgid ""', quoted("msgstr", header).replace('msgstr ""\n', 'msgstr ""\n', 1), ""]
    used = set()
    old_ids = [key for key in old]
    for message in messages:
        entry = old.get(message.key)
        flags = set(message.flags)
        comments = []
        if entry is not None:
            used.add(message.key)
            comments = entry["comments"]
            flags |= entry["flags"] & {"fuzzy"}
            if message.plural is not None:
                strings = [entry["strings"].get(f"msgstr[{i}]", "") for i in range(nplurals)]
            else:
                strings = [entry["strings"].get("msgstr", "")]
        else:
            # msgmerge's fuzzy match: a close former message's translation, marked for review.
            close = difflib.get_close_matches(message.msgid, [key[1] for key in old_ids if key[0] == message.context], n=1, cutoff=0.8)
            strings = [""] * (nplurals if message.plural is not None else 1)
            if close:
                former = old[(message.context, close[0])]
                if (former["plural"] is None) == (message.plural is None):
                    if message.plural is not None:
                        strings = [former["strings"].get(f"msgstr[{i}]", "") for i in range(nplurals)]
                    else:
                        strings = [former["strings"].get("msgstr", "")]
                    flags.add("fuzzy")
        out.append(entry_text(message, strings, flags, comments))
        out.append("")
    for key, entry in old.items():
        if key in used or not any(entry["strings"].values()):
            continue
        former = Message(entry["context"], entry["msgid"], entry["plural"])
        strings = [entry["strings"][k] for k in sorted(entry["strings"])]
        out.append(entry_text(former, strings, set(), entry["comments"], obsolete=True))
        out.append("")
    return "\n".join(out)


def untranslated(language, only):
    _, _, entries = read_po(os.path.join(LOCALES, f"{language}.po"))
    found = []
    for message in extract():
        if only and not any(reference.startswith(only) for reference in message.references):
            continue
        entry = entries.get(message.key)
        if entry is None or "fuzzy" in entry["flags"] or not all(entry["strings"].values()):
            found.append(message)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when a catalogue is not up to date")
    parser.add_argument("--untranslated", metavar="LANG", help="list LANG's untranslated and fuzzy messages")
    parser.add_argument("--only", metavar="FOLDER", help="with --untranslated: only messages used under FOLDER")
    arguments = parser.parse_args()

    if arguments.untranslated:
        missing = untranslated(arguments.untranslated, arguments.only)
        for message in missing:
            print(f"{message.references[0]}: {message.msgid}")
        print(f"{len(missing)} untranslated or fuzzy in {arguments.untranslated}", file=sys.stderr)
        return 0

    messages = extract()
    outputs = {os.path.join(LOCALES, "gpm.pot"): render_pot(messages)}
    for language in LANGUAGES:
        path = os.path.join(LOCALES, f"{language}.po")
        outputs[path] = render_po(messages, path)
    stale = []
    for path, text in outputs.items():
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != text:
            stale.append(os.path.relpath(path, ROOT))
            if not arguments.check:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
    if arguments.check:
        if stale:
            print("not up to date (run python3 Locales/tools/extract.py): " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    print(f"{len(messages)} messages; updated: {', '.join(stale) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
