#include "textmatch.h"

namespace waymark {

QString matchKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        // Non-breaking and other Unicode spaces count as spaces too.
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c;
    }
    return out.toCaseFolded();
}

} // namespace waymark
