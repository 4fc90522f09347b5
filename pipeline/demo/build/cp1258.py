import unicodedata
def to_cp1258(text):
    """Encode like legacy Vietnamese pages: precomposed vowel + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        done = False
        for i in [None] + list(range(len(marks))):
            head = base if i is None else unicodedata.normalize("NFC", base + marks[i])
            rest = marks if i is None else marks[:i] + marks[i + 1:]
            try:
                out += head.encode("cp1258") + rest.encode("cp1258"); done = True; break
            except UnicodeEncodeError:
                continue
        if not done:
            out += f"&#{ord(ch)};".encode()
    return bytes(out)
