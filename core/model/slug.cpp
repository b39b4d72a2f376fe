#include "slug.h"

namespace waymark {

QString slug(const QString &text, const QString &fallback, int maxLength)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() >= maxLength)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

} // namespace waymark
